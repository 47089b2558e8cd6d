//! Public pages: the upcoming and past sessions, one session with its registration form, the
//! personal page a registration's link opens (meeting link, cancel), and the iCalendar files.

use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::domain::{self, RegistrationForm};
use super::flow::{self, Cancelled, Registered};
use super::ical;
use super::repo::{self, Registration};
use super::view::SessionView;
use crate::crypto::sha256_hex;
use crate::db::now;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{Form, PageCtx, html, render, see_other};

#[derive(Template)]
#[template(path = "webinars/list.html")]
struct ListPage {
    page: PageCtx,
    upcoming: Vec<SessionView>,
    past: Vec<SessionView>,
}

async fn views(app: &AppState, upcoming: bool) -> AppResult<Vec<SessionView>> {
    let t = now();
    let list = repo::list(&app.db, t, upcoming, 60).await?;
    let ids: Vec<String> = list.iter().map(|w| w.id.clone()).collect();
    let counts = repo::seat_counts(&app.db, &ids).await?;
    let taken = |id: &str| counts.iter().find(|(i, _)| i == id).map_or(0, |(_, n)| *n);
    Ok(list
        .iter()
        .map(|w| SessionView::new(w, taken(&w.id), t))
        .collect())
}

/// GET /webinars
pub async fn list_get(State(app): State<AppState>, page: PageCtx) -> AppResult<Response> {
    let upcoming = views(&app, true).await?;
    let past = views(&app, false).await?;
    html(&ListPage {
        page,
        upcoming,
        past,
    })
}

#[derive(Template)]
#[template(path = "webinars/detail.html")]
struct DetailPage {
    page: PageCtx,
    s: SessionView,
    form: RegistrationForm,
    errors: FieldErrors,
}

async fn detail(app: &AppState, id: &str) -> AppResult<SessionView> {
    let w = repo::get(&app.db, id).await?.ok_or(AppError::NotFound)?;
    let taken = repo::seat_counts(&app.db, std::slice::from_ref(&w.id)).await?;
    Ok(SessionView::new(
        &w,
        taken.first().map_or(0, |(_, n)| *n),
        now(),
    ))
}

/// GET /webinars/{id}
pub async fn detail_get(
    State(app): State<AppState>,
    page: PageCtx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let s = detail(&app, &id).await?;
    html(&DetailPage {
        page,
        s,
        form: RegistrationForm::default(),
        errors: FieldErrors::new(),
    })
}

/// POST /webinars/{id} — registers; a full session puts the person on the waiting list.
pub async fn register_post(
    State(app): State<AppState>,
    page: PageCtx,
    Path(id): Path<String>,
    Form(form): Form<RegistrationForm>,
) -> AppResult<Response> {
    let s = detail(&app, &id).await?;
    let mut errors = FieldErrors::new();
    match domain::check_registration(&form) {
        Err(e) => errors = e,
        Ok((name, email)) => match flow::register(&app, &id, &name, &email).await? {
            Registered::Done(token) => {
                return Ok(see_other(&format!("/webinars/inschrijving/{token}")));
            }
            Registered::Closed => errors.add("name", "webinar-error-closed"),
            Registered::Twice => errors.add("email", "webinar-error-twice"),
            Registered::Missing => return Err(AppError::NotFound),
        },
    }
    render(
        StatusCode::UNPROCESSABLE_ENTITY,
        &DetailPage {
            page,
            s,
            form,
            errors,
        },
    )
}

#[derive(Template)]
#[template(path = "webinars/personal.html")]
struct PersonalPage {
    page: PageCtx,
    s: SessionView,
    r: Registration,
    meeting_url: String,
    position: i64,
    used: bool,
}

async fn registration(app: &AppState, token: &str) -> AppResult<Registration> {
    repo::by_token_hash(&app.db, &sha256_hex(token))
        .await?
        .ok_or(AppError::NotFound)
}

async fn personal(
    app: &AppState,
    page: PageCtx,
    r: Registration,
    used: bool,
) -> AppResult<Response> {
    let w = repo::get(&app.db, &r.webinar_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let taken = repo::seat_counts(&app.db, std::slice::from_ref(&w.id)).await?;
    let s = SessionView::new(&w, taken.first().map_or(0, |(_, n)| *n), now());
    let position = if r.status == "waiting" {
        repo::waiting_position(&app.db, &r).await?
    } else {
        0
    };
    let meeting_url = if r.status == "registered" {
        w.meeting_url.clone()
    } else {
        String::new()
    };
    let status = if used {
        StatusCode::GONE
    } else {
        StatusCode::OK
    };
    render(
        status,
        &PersonalPage {
            page,
            s,
            r,
            meeting_url,
            position,
            used,
        },
    )
}

/// GET /webinars/inschrijving/{token} — the personal page: status, meeting link, cancel.
pub async fn personal_get(
    State(app): State<AppState>,
    page: PageCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let r = registration(&app, &token).await?;
    personal(&app, page, r, false).await
}

/// POST /webinars/inschrijving/{token} — cancels; a used link says so (410).
pub async fn cancel_post(
    State(app): State<AppState>,
    page: PageCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let used = match flow::cancel(&app, &token).await? {
        Cancelled::Unknown => return Err(AppError::NotFound),
        Cancelled::Used => true,
        Cancelled::Done => false,
    };
    let r = registration(&app, &token).await?;
    personal(&app, page, r, used).await
}

fn calendar(body: String, file: &str) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ),
        ],
        body,
    )
        .into_response()
}

/// GET /webinars/{id}/agenda.ics — one session, without the meeting link.
pub async fn ics_get(State(app): State<AppState>, Path(id): Path<String>) -> AppResult<Response> {
    let w = repo::get(&app.db, &id).await?.ok_or(AppError::NotFound)?;
    Ok(calendar(
        ical::session(&w, app.config.base_url(), None),
        "webinar.ics",
    ))
}

/// GET /webinars/agenda.ics — the feed of all sessions (the coming ones and a year back).
pub async fn feed_get(State(app): State<AppState>, page: PageCtx) -> AppResult<Response> {
    let t = now() - time::Duration::days(366);
    let list = repo::list(&app.db, t, true, 500).await?;
    let name = page.t("webinar-feed-name");
    Ok(calendar(
        ical::feed(&list, app.config.base_url(), &name),
        "webinars.ics",
    ))
}
