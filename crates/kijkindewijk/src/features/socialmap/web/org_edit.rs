//! `/sociale-kaart/beheer/organisaties/{id}`: an organisation's own details (name, description,
//! e-mail, website, phone). The partners linked to it keep them, so that introductions and
//! questions reach the right address; the municipality's redacteur and beheerder may too. Anyone
//! else, and any organisation of another municipality, is "not found".

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::access::{self, Editor};
use super::orgs::OrgForm;
use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::features::socialmap::repo::orgs::{self, OrgRow};
use crate::features::socialmap::repo::{save_service, write};
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{Form, PageCtx, render, see_other};

/// The page.
#[derive(Template)]
#[template(path = "socialmap/organization_edit.html")]
pub struct OrgEditPage {
    page: PageCtx,
    id: String,
    form: OrgForm,
    errors: FieldErrors,
}

/// The organisation, if the editor keeps it.
async fn kept(app: &AppState, e: &Editor, id: &str) -> AppResult<OrgRow> {
    let org = orgs::by_id(&app.db, id).await?.ok_or(AppError::NotFound)?;
    e.check(&org.municipality_id, &org.id)?;
    Ok(org)
}

/// GET /sociale-kaart/beheer/organisaties/{id}
pub async fn org_edit_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let e = access::editor(&app, &user).await?;
    let org = kept(&app, &e, &id).await?;
    let view = OrgEditPage {
        page,
        form: OrgForm::of(&org),
        id: org.id,
        errors: FieldErrors::new(),
    };
    render(StatusCode::OK, &view)
}

/// POST /sociale-kaart/beheer/organisaties/{id}
pub async fn org_edit_post(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(form): Form<OrgForm>,
) -> AppResult<Response> {
    let e = access::editor(&app, &user).await?;
    let org = kept(&app, &e, &id).await?;
    let others: Vec<OrgRow> = orgs::of_municipality(&app.db, &org.municipality_id)
        .await?
        .into_iter()
        .filter(|o| o.id != org.id)
        .collect();
    let errors = form.check(&others);
    if !errors.is_empty() {
        let view = OrgEditPage {
            page,
            id: org.id,
            form,
            errors,
        };
        return render(StatusCode::UNPROCESSABLE_ENTITY, &view);
    }
    let record = form.record(org.id, org.municipality_id, org.alternate_name);
    let mut tx = app.db.begin().await?;
    write::save_organization(&mut tx, &record).await?;
    if record.name != org.name {
        // The organisation's name is part of its listings' search words.
        save_service::reindex_organization(&mut tx, &record.id).await?;
    }
    crate::features::socialmap::sync::commit(&app, tx).await?;
    Ok(see_other("/sociale-kaart/beheer?klaar=organisatie"))
}
