//! `/sociale-kaart/beheer/organisaties` (redacteur and beheerder): the organisations of the
//! municipality, adding one, and linking a partner account to an organisation so that partner
//! can keep its listings.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::access::{self, Editor};
use super::choices::Choice;
use crate::auth::{CurrentUser, Role, repo as users};
use crate::error::{AppResult, FieldErrors};
use crate::features::socialmap::domain::listing::{
    looks_like_email, looks_like_phone, looks_like_url,
};
use crate::features::socialmap::model::OrganizationRecord;
use crate::features::socialmap::repo::orgs::{self, OrgRow};
use crate::features::socialmap::repo::write;
use crate::state::AppState;
use crate::web::{Form, PageCtx, render, see_other};

/// An organisation, as typed (new, or changed on its own page).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OrgForm {
    pub(super) name: String,
    pub(super) description: String,
    pub(super) email: String,
    pub(super) website: String,
    pub(super) phone: String,
}

impl OrgForm {
    /// The form filled with a stored organisation.
    pub(super) fn of(o: &OrgRow) -> OrgForm {
        OrgForm {
            name: o.name.clone(),
            description: o.description.clone(),
            email: o.email.clone().unwrap_or_default(),
            website: o.website.clone().unwrap_or_default(),
            phone: o.phone.clone().unwrap_or_default(),
        }
    }

    /// One message per field that does not pass; `others` are the municipality's other
    /// organisations (a name must be unique among them).
    pub(super) fn check(&self, others: &[OrgRow]) -> FieldErrors {
        let mut errors = FieldErrors::new();
        let name = self.name.trim();
        if name.is_empty() {
            errors.add("name", "map-form-required");
        } else if name.chars().count() > 120 {
            errors.add("name", "map-form-too-long");
        }
        let description = self.description.trim();
        if description.is_empty() {
            errors.add("description", "map-form-required");
        } else if description.chars().count() > 2000 {
            errors.add("description", "map-form-too-long");
        }
        if opt(&self.email).is_some_and(|m| !looks_like_email(&m)) {
            errors.add("email", "map-form-email-invalid");
        }
        if opt(&self.website).is_some_and(|u| !looks_like_url(&u)) {
            errors.add("website", "map-form-url-invalid");
        }
        if opt(&self.phone).is_some_and(|p| !looks_like_phone(&p)) {
            errors.add("phone", "map-form-phone-invalid");
        }
        for (field, value) in [
            ("name", &self.name),
            ("email", &self.email),
            ("website", &self.website),
            ("phone", &self.phone),
        ] {
            crate::web::validate::one_line(value.trim(), field, &mut errors);
        }
        if others.iter().any(|o| o.name.eq_ignore_ascii_case(name)) {
            errors.add("name", "map-orgs-name-taken");
        }
        errors
    }

    /// The record to store for organisation `id` of `municipality_id`.
    pub(super) fn record(
        &self,
        id: String,
        municipality_id: String,
        alternate_name: Option<String>,
    ) -> OrganizationRecord {
        OrganizationRecord {
            id,
            municipality_id,
            name: self.name.trim().to_string(),
            alternate_name,
            description: self.description.trim().to_string(),
            email: opt(&self.email).map(|m| m.to_lowercase()),
            website: opt(&self.website),
            phone: opt(&self.phone),
        }
    }
}

/// A partner link, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct LinkForm {
    organization_id: String,
    login: String,
}

/// A partner linked to an organisation: the user id (for unlinking) and how they are shown.
pub struct PartnerView {
    user_id: String,
    label: String,
}

/// An organisation with its partners.
pub struct OrgView {
    org: OrgRow,
    partners: Vec<PartnerView>,
}

/// The page.
#[derive(Template)]
#[template(path = "socialmap/organizations.html")]
pub struct OrgsPage {
    page: PageCtx,
    orgs: Vec<OrgView>,
    choices: Vec<Choice>,
    org_form: OrgForm,
    org_errors: FieldErrors,
    link_form: LinkForm,
    link_errors: FieldErrors,
}

async fn show(
    app: &AppState,
    page: PageCtx,
    e: &Editor,
    org: (OrgForm, FieldErrors),
    link: (LinkForm, FieldErrors),
) -> AppResult<Response> {
    let list = orgs::of_municipality(&app.db, &e.municipality_id).await?;
    let members = orgs::members(&app.db, &e.municipality_id).await?;
    let status = if org.1.is_empty() && link.1.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let view = OrgsPage {
        choices: list
            .iter()
            .map(|o| Choice {
                value: o.id.clone(),
                label: o.name.clone(),
                selected: o.id == link.0.organization_id,
            })
            .collect(),
        orgs: list
            .into_iter()
            .map(|o| OrgView {
                partners: members
                    .iter()
                    .filter(|m| m.organization_id == o.id)
                    .map(|m| PartnerView {
                        user_id: m.user_id.clone(),
                        label: format!("{} ({})", m.display_name, m.login_name),
                    })
                    .collect(),
                org: o,
            })
            .collect(),
        org_form: org.0,
        org_errors: org.1,
        link_form: link.0,
        link_errors: link.1,
        page,
    };
    render(status, &view)
}

/// GET /sociale-kaart/beheer/organisaties
pub async fn orgs_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    let e = access::staff(&app, &user).await?;
    show(&app, page, &e, Default::default(), Default::default()).await
}

pub(super) fn opt(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// POST /sociale-kaart/beheer/organisaties
pub async fn org_post(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Form(form): Form<OrgForm>,
) -> AppResult<Response> {
    let e = access::staff(&app, &user).await?;
    let existing = orgs::of_municipality(&app.db, &e.municipality_id).await?;
    let errors = form.check(&existing);
    if !errors.is_empty() {
        return show(&app, page, &e, (form, errors), Default::default()).await;
    }
    let record = form.record(crate::db::new_id(), e.municipality_id.clone(), None);
    let mut tx = app.db.begin().await?;
    write::save_organization(&mut tx, &record).await?;
    crate::features::socialmap::sync::commit(&app, tx).await?;
    Ok(see_other("/sociale-kaart/beheer/organisaties?klaar=1"))
}

/// POST /sociale-kaart/beheer/organisaties/partner
pub async fn link_post(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Form(form): Form<LinkForm>,
) -> AppResult<Response> {
    let e = access::staff(&app, &user).await?;
    let mut errors = FieldErrors::new();
    let org = orgs::by_id(&app.db, form.organization_id.trim())
        .await?
        .filter(|o| o.municipality_id == e.municipality_id);
    if org.is_none() {
        errors.add("organization_id", "map-form-organization-required");
    }
    // Only partner accounts of this municipality; anyone else is "unknown" (no account probing).
    let mut partner = None;
    if let Some(u) = users::user_by_login(&app.db, &form.login).await? {
        let grants = users::grants(&app.db, &u.id).await?;
        if grants
            .iter()
            .any(|g| g.role == Role::Partner && g.municipality_id == e.municipality_id)
        {
            partner = Some(u);
        }
    }
    if partner.is_none() {
        errors.add("login", "map-orgs-partner-unknown");
    }
    match (org, partner) {
        (Some(org), Some(partner)) if errors.is_empty() => {
            let mut tx = app.db.begin().await?;
            write::add_member(&mut tx, &org.id, &partner.id).await?;
            tx.commit().await?;
            Ok(see_other("/sociale-kaart/beheer/organisaties?klaar=1"))
        }
        _ => show(&app, page, &e, Default::default(), (form, errors)).await,
    }
}

/// Which link to end.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct UnlinkForm {
    organization_id: String,
    user_id: String,
}

/// POST /sociale-kaart/beheer/organisaties/partner/ontkoppelen — ends a partner's link to an
/// organisation (someone left the club, or the wrong account was linked): from then on they keep
/// none of its listings and see none of its introductions. An organisation of another
/// municipality, or a link that does not exist, is not found.
pub async fn unlink_post(
    State(app): State<AppState>,
    user: CurrentUser,
    Form(form): Form<UnlinkForm>,
) -> AppResult<Response> {
    let e = access::staff(&app, &user).await?;
    let org = orgs::by_id(&app.db, form.organization_id.trim())
        .await?
        .filter(|o| o.municipality_id == e.municipality_id)
        .ok_or(crate::error::AppError::NotFound)?;
    let mut tx = app.db.begin().await?;
    if !write::remove_member(&mut tx, &org.id, form.user_id.trim()).await? {
        return Err(crate::error::AppError::NotFound);
    }
    tx.commit().await?;
    Ok(see_other("/sociale-kaart/beheer/organisaties?klaar=1"))
}
