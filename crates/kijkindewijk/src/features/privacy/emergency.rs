//! Emergency access (*noodtoegang*): an involved professional may read without consent for a few
//! hours, with a written reason. The young person sees it on their sharing page and in their log.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use crate::access::{self, Action, Actor, Part, Tie};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::features::youth::{professional_grant, repo};
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{Form, PageCtx, render, see_other};

/// How long an emergency access lasts.
pub const HOURS: i64 = 4;
/// A reason must say something.
const REASON_MIN: usize = 20;

#[derive(Template)]
#[template(path = "privacy/emergency.html")]
struct EmergencyPage {
    page: PageCtx,
    young_person_id: String,
    name: String,
    reason: String,
    errors: FieldErrors,
}

/// The form.
#[derive(Deserialize, Default)]
pub struct EmergencyForm {
    #[serde(default)]
    reason: String,
}

/// Only a professional with an involvement may use it: the involvement is the tie; the emergency
/// replaces only the missing consent.
async fn allowed(app: &AppState, actor: &Actor, id: &str) -> AppResult<access::Access> {
    professional_grant(&actor.user)?;
    let access = access::check(app, actor, id, Part::Identity, Action::Read).await?;
    if access.tie != Tie::Professional {
        return Err(AppError::Forbidden);
    }
    Ok(access)
}

fn form_page(
    page: PageCtx,
    access: access::Access,
    reason: String,
    errors: FieldErrors,
) -> AppResult<Response> {
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let name = format!("{} {}", access.young.first_name, access.young.last_name);
    render(
        status,
        &EmergencyPage {
            page,
            young_person_id: access.young.id,
            name,
            reason,
            errors,
        },
    )
}

/// GET /jongeren/{id}/noodtoegang
pub async fn emergency_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let access = allowed(&app, &actor, &id).await?;
    form_page(page, access, String::new(), FieldErrors::new())
}

/// POST /jongeren/{id}/noodtoegang
pub async fn emergency_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Form(form): Form<EmergencyForm>,
) -> AppResult<Response> {
    let access = allowed(&app, &actor, &id).await?;
    let mut errors = FieldErrors::new();
    let reason = form.reason.trim();
    if reason.chars().count() < REASON_MIN {
        errors.add("reason", "youth-emergency-reason-short");
    } else if reason.chars().count() > 1000 {
        errors.add("reason", "youth-text-too-long");
    }
    if !errors.is_empty() {
        return form_page(page, access, form.reason, errors);
    }
    let mut tx = app.db.begin().await?;
    repo::start_emergency(&mut tx, &id, &actor.user.id, reason, HOURS).await?;
    tx.commit().await?;
    access::log::record(
        &app.db,
        &access::log::Entry {
            young_person_id: &id,
            actor_user_id: Some(&actor.user.id),
            actor_role: "jeugdprofessional",
            actor_name: &actor.user.display_name,
            part: Part::Plan,
            action: "emergency_start",
            allowed: true,
            ground: access::Ground::Emergency.as_str(),
            emergency: true,
            request_id: actor.request_id.as_deref(),
        },
    )
    .await?;
    Ok(see_other(&format!("/jongeren/{id}/plan")))
}
