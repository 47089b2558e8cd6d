//! `/sociale-kaart/beheer`: the listings a partner or editor keeps, and marking one as checked.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;
use time::Duration;

use super::access;
use super::format;
use crate::auth::CurrentUser;
use crate::clock;
use crate::error::{AppError, AppResult};
use crate::features::socialmap::domain::confirm;
use crate::features::socialmap::domain::listing::STATUSES;
use crate::features::socialmap::domain::query::parse_count;
use crate::features::socialmap::repo::{manage, save_service};
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::extract::{Path, Query};
use crate::web::{Form, PageCtx, html, see_other};

const PER_PAGE: u32 = 50;

/// A row as shown.
pub struct Row {
    id: String,
    name: String,
    organization: String,
    status_id: &'static str,
    changed: String,
    checked: Option<String>,
    changed_after_check: bool,
    /// The last confirmation (a check or a keeper's "still right"), when there was one.
    confirmed: Option<String>,
    /// Not confirmed within `listing_confirm_days`.
    stale: bool,
}

/// The overview page.
#[derive(Template)]
#[template(path = "socialmap/manage.html")]
pub struct ManagePage {
    page: PageCtx,
    rows: Vec<Row>,
    caption: String,
    staff: bool,
    /// A partner's own organisations (id, name), whose details they keep.
    own_organizations: Vec<(String, String)>,
    no_organization: bool,
    only_unchecked: bool,
    zoek: String,
    notice: Option<&'static str>,
    prev: Option<String>,
    next: Option<String>,
}

/// Query parameters of the overview.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ManageParams {
    /// `1`: show only listings that need a check.
    controle: Option<String>,
    /// Page.
    pagina: Option<String>,
    /// What just happened: `opgeslagen`, `gecontroleerd`.
    klaar: Option<String>,
    /// Part of a name.
    zoek: Option<String>,
}

impl ManageParams {
    fn only_unchecked(&self) -> bool {
        self.controle.as_deref() == Some("1")
    }

    fn page_no(&self) -> u32 {
        self.pagina
            .as_deref()
            .and_then(|p| parse_count(p, 100_000))
            .unwrap_or(1)
            .max(1)
    }

    /// The overview's address for page `n` with the same filters.
    fn link(&self, n: u32) -> String {
        let mut q = form_urlencoded::Serializer::new(String::new());
        if self.only_unchecked() {
            q.append_pair("controle", "1");
        }
        if let Some(z) = self.zoek.as_deref().filter(|z| !z.trim().is_empty()) {
            q.append_pair("zoek", z);
        }
        q.append_pair("pagina", &n.to_string());
        format!("/sociale-kaart/beheer?{}", q.finish())
    }

    fn notice(&self) -> Option<&'static str> {
        match self.klaar.as_deref() {
            Some("opgeslagen") => Some("map-manage-saved"),
            Some("gecontroleerd") => Some("map-manage-checked-done"),
            Some("bevestigd") => Some("map-manage-confirmed-done"),
            Some("organisatie") => Some("map-orgs-saved"),
            _ => None,
        }
    }
}

/// GET /sociale-kaart/beheer
pub async fn manage_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Query(params): Query<ManageParams>,
) -> AppResult<Response> {
    let editor = access::editor(&app, &user).await?;
    let loc = page.loc;
    let (only_unchecked, page_no) = (params.only_unchecked(), params.page_no());
    let check_before =
        only_unchecked.then(|| clock::today() - Duration::days(app.config.listing_confirm_days));
    let (rows, total) = manage::overview(
        &app.db,
        &editor.municipality_id,
        editor.organizations.as_deref(),
        check_before,
        params.zoek.as_deref(),
        u64::from(PER_PAGE),
        u64::from(page_no - 1) * u64::from(PER_PAGE),
    )
    .await?;
    let pages = (total.max(0) as u32).div_ceil(PER_PAGE);
    let own_organizations = match &editor.organizations {
        Some(ids) => crate::features::socialmap::repo::orgs::by_ids(&app.db, ids)
            .await?
            .into_iter()
            .map(|o| (o.id, o.name))
            .collect(),
        None => Vec::new(),
    };
    html(&ManagePage {
        rows: rows
            .into_iter()
            .map(|r| Row::of(r, loc, app.config.listing_confirm_days))
            .collect(),
        caption: loc.t_args("map-manage-caption", &[("count", total.into())]),
        staff: editor.is_staff(),
        own_organizations,
        no_organization: editor.organizations.as_ref().is_some_and(Vec::is_empty),
        only_unchecked,
        zoek: params.zoek.clone().unwrap_or_default(),
        notice: params.notice(),
        prev: (page_no > 1).then(|| params.link(page_no - 1)),
        next: (page_no < pages).then(|| params.link(page_no + 1)),
        page,
    })
}

impl Row {
    fn of(r: manage::ManageRow, loc: Locale, confirm_days: i64) -> Row {
        let last = confirm::last_confirmed(r.assured_date, r.confirmed_on);
        Row {
            confirmed: last.map(|d| format::date(d, loc)),
            stale: confirm::stale(last, clock::today(), confirm_days),
            status_id: STATUSES
                .iter()
                .find(|(s, _)| *s == r.status)
                .map_or("map-status-active", |(_, id)| *id),
            changed: format::date(r.updated_at.date(), loc),
            checked: r.assured_date.map(|d| format::date(d, loc)),
            changed_after_check: r.assured_date.is_some_and(|d| r.updated_at.date() > d),
            id: r.id,
            name: r.name,
            organization: r.organization_name,
        }
    }
}

/// The (empty) body of the check form; the CSRF layer reads its token.
#[derive(Debug, Default, Deserialize)]
pub struct CheckForm {}

/// POST /sociale-kaart/beheer/{id}/gecontroleerd (redacteur and beheerder only)
pub async fn check_post(
    State(app): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(_): Form<CheckForm>,
) -> AppResult<Response> {
    let editor = access::staff(&app, &user).await?;
    let s = super::detail::load(&app, &id).await?;
    editor.check(&s.service.municipality_id, &s.service.organization_id)?;
    let mut tx = app.db.begin().await?;
    if !save_service::mark_checked(&mut tx, &id, &editor.user_id, clock::today()).await? {
        return Err(AppError::NotFound);
    }
    crate::features::socialmap::sync::commit(&app, tx).await?;
    Ok(see_other("/sociale-kaart/beheer?klaar=gecontroleerd"))
}

/// POST /sociale-kaart/beheer/{id}/bevestigd — a keeper (partner of the organisation, or an
/// editor) says the listing is still right; this renews its "last confirmed" date.
pub async fn confirm_post(
    State(app): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(_): Form<CheckForm>,
) -> AppResult<Response> {
    let editor = access::editor(&app, &user).await?;
    let s = super::detail::load(&app, &id).await?;
    editor.check(&s.service.municipality_id, &s.service.organization_id)?;
    let mut tx = app.db.begin().await?;
    if !save_service::mark_confirmed(&mut tx, &id, &editor.user_id, clock::today()).await? {
        return Err(AppError::NotFound);
    }
    crate::features::socialmap::sync::commit(&app, tx).await?;
    Ok(see_other("/sociale-kaart/beheer?klaar=bevestigd"))
}
