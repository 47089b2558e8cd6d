//! The redacteur's screens: sessions of their municipality, the session form (create and edit,
//! recording and materials afterwards), registrations and their CSV export. Another
//! municipality's session is "not found".

use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::domain::{self, SessionForm};
use super::repo::{self, Registration, Webinar};
use super::view::{SessionView, local_parts};
use super::{flow, reminder};
use crate::auth::{CurrentUser, Role};
use crate::db::now;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{Form, PageCtx, html, render, see_other};

/// The redacteur's municipality (403 for anyone else).
pub fn municipality(user: &CurrentUser) -> AppResult<String> {
    Ok(user.require(Role::Redacteur)?.municipality_id.clone())
}

async fn own(app: &AppState, user: &CurrentUser, id: &str) -> AppResult<Webinar> {
    let m = municipality(user)?;
    repo::get(&app.db, id)
        .await?
        .filter(|w| w.municipality_id == m)
        .ok_or(AppError::NotFound)
}

#[derive(Template)]
#[template(path = "webinars/admin_list.html")]
struct AdminList {
    page: PageCtx,
    sessions: Vec<SessionView>,
}

/// GET /redactie/webinars
pub async fn list_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    let list = repo::of_municipality(&app.db, &municipality(&user)?).await?;
    let ids: Vec<String> = list.iter().map(|w| w.id.clone()).collect();
    let counts = repo::seat_counts(&app.db, &ids).await?;
    let taken = |id: &str| counts.iter().find(|(i, _)| i == id).map_or(0, |(_, n)| *n);
    let t = now();
    let sessions = list
        .iter()
        .map(|w| SessionView::new(w, taken(&w.id), t))
        .collect();
    html(&AdminList { page, sessions })
}

#[derive(Template)]
#[template(path = "webinars/admin_form.html")]
struct FormPage {
    page: PageCtx,
    id: Option<String>,
    form: SessionForm,
    errors: FieldErrors,
}

fn form_of(w: &Webinar) -> SessionForm {
    let (date, start) = local_parts(w.starts_at);
    let (_, end) = local_parts(w.ends_at);
    SessionForm {
        title: w.title.clone(),
        description: w.description.clone(),
        speakers: w.speakers.clone(),
        date,
        start,
        end,
        meeting_url: w.meeting_url.clone(),
        capacity: w.capacity.to_string(),
        recording_url: w.recording_url.clone(),
        materials: w.materials.clone(),
    }
}

/// GET /redactie/webinars/nieuw
pub async fn new_get(page: PageCtx, user: CurrentUser) -> AppResult<Response> {
    municipality(&user)?;
    let form = SessionForm {
        capacity: "50".into(),
        ..Default::default()
    };
    html(&FormPage {
        page,
        id: None,
        form,
        errors: FieldErrors::new(),
    })
}

/// POST /redactie/webinars/nieuw
pub async fn new_post(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Form(form): Form<SessionForm>,
) -> AppResult<Response> {
    let m = municipality(&user)?;
    let s = match domain::check_session(&form) {
        Ok(s) => s,
        Err(errors) => {
            return render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &FormPage {
                    page,
                    id: None,
                    form,
                    errors,
                },
            );
        }
    };
    let mut tx = app.db.begin().await?;
    let id = repo::insert(&mut tx, &m, &s).await?;
    reminder::schedule(&mut tx, &id, s.starts_at).await?;
    tx.commit().await?;
    Ok(see_other(&format!("/redactie/webinars/{id}/aanmeldingen")))
}

/// GET /redactie/webinars/{id}
pub async fn edit_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let w = own(&app, &user, &id).await?;
    html(&FormPage {
        page,
        id: Some(w.id.clone()),
        form: form_of(&w),
        errors: FieldErrors::new(),
    })
}

/// POST /redactie/webinars/{id} — saves; a moved start re-queues the reminder, more seats let
/// people on the waiting list move up.
pub async fn edit_post(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(form): Form<SessionForm>,
) -> AppResult<Response> {
    let w = own(&app, &user, &id).await?;
    let s = match domain::check_session(&form) {
        Ok(s) => s,
        Err(errors) => {
            return render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &FormPage {
                    page,
                    id: Some(id),
                    form,
                    errors,
                },
            );
        }
    };
    let moved = s.starts_at != w.starts_at;
    let mut tx = app.db.begin().await?;
    repo::update(&mut tx, &w.id, &s, moved).await?;
    if moved {
        reminder::schedule(&mut tx, &w.id, s.starts_at).await?;
    }
    if let Some(updated) = repo::get_locked(&mut tx, &w.id).await? {
        flow::fill_free_seats(&app, &mut tx, &updated).await?;
    }
    tx.commit().await?;
    Ok(see_other(&format!("/redactie/webinars/{id}/aanmeldingen")))
}

#[derive(Template)]
#[template(path = "webinars/admin_registrations.html")]
struct RegistrationsPage {
    page: PageCtx,
    s: SessionView,
    registrations: Vec<Registration>,
}

impl RegistrationsPage {
    fn status_id(&self, status: &str) -> String {
        format!("webinar-status-{status}")
    }
    fn moment(&self, at: &time::OffsetDateTime) -> String {
        crate::clock::format_moment(*at)
    }
}

/// GET /redactie/webinars/{id}/aanmeldingen
pub async fn registrations_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let w = own(&app, &user, &id).await?;
    let registrations = repo::registrations(&app.db, &w.id).await?;
    let taken = registrations
        .iter()
        .filter(|r| r.status == "registered")
        .count() as i64;
    let s = SessionView::new(&w, taken, now());
    html(&RegistrationsPage {
        page,
        s,
        registrations,
    })
}

/// GET /redactie/webinars/{id}/aanmeldingen.csv
pub async fn csv_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let w = own(&app, &user, &id).await?;
    let registrations = repo::registrations(&app.db, &w.id).await?;
    let io = |e: csv::Error| AppError::Internal(anyhow::anyhow!("csv: {e}"));
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(["name", "email", "status", "registered_at"])
        .map_err(io)?;
    for r in &registrations {
        let status = page.t(&format!("webinar-status-{}", r.status));
        let at = crate::clock::format_moment(r.created_at);
        out.write_record([r.name.as_str(), &r.email, &status, &at])
            .map_err(io)?;
    }
    let body = out
        .into_inner()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("csv: {e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"aanmeldingen.csv\"",
            ),
        ],
        body,
    )
        .into_response())
}
