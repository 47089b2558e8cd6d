//! The introduction loop as JSON, for a club's own administration or an app: the partner's inbox,
//! one introduction with its history and the steps the caller may take, a step, and a new
//! introduction. Sessions authenticate; unsafe calls carry the `X-CSRF-Token` header; the same gate,
//! log and rules as the pages apply. Errors use the shared `{"error": {code, message, fields}}` shape.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use time::format_description::well_known::Rfc3339;

use super::domain::{self, Side};
use super::flow::{self, Proposal, StepRequest, side_of};
use super::partner;
use super::repo::{self, Event, Intro};
use crate::access::{self, Access, Action, Actor, Part};
use crate::error::AppResult;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{Json, PageCtx};

/// A listing or an organisation, by id and name.
#[derive(Serialize)]
pub struct Named {
    id: String,
    name: String,
}

/// The young person as the introduction shows them: first name and age only.
#[derive(Serialize)]
pub struct YoungOut {
    first_name: String,
    age: i32,
}

/// A line of the history.
#[derive(Serialize)]
pub struct EventOut {
    status: String,
    reason: Option<String>,
    note: Option<String>,
    by_name: String,
    by_side: String,
    at: String,
}

/// An introduction.
#[derive(Serialize)]
pub struct IntroOut {
    id: String,
    status: String,
    reason: Option<String>,
    service: Named,
    organization: Named,
    young_person: YoungOut,
    message: String,
    no_contact: bool,
    started_on: Option<String>,
    created_at: String,
    history: Vec<EventOut>,
    /// The statuses the caller may move it to now.
    next_steps: Vec<&'static str>,
}

fn stamp(t: time::OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

fn out(
    intro: Intro,
    events: &[(String, Event)],
    young: YoungOut,
    steps: Vec<&'static str>,
) -> IntroOut {
    let history = events
        .iter()
        .filter(|(id, _)| *id == intro.id)
        .map(|(_, e)| EventOut {
            status: e.status.clone(),
            reason: e.reason.clone(),
            note: e.note.clone(),
            by_name: e.by_name.clone(),
            by_side: e.by_side.clone(),
            at: stamp(e.at),
        })
        .collect();
    IntroOut {
        status: intro.status.clone(),
        reason: intro.reason.clone(),
        service: Named {
            id: intro.service_id,
            name: intro.service_name,
        },
        organization: Named {
            id: intro.organization_id,
            name: intro.organization_name,
        },
        young_person: young,
        message: intro.message,
        no_contact: intro.no_contact,
        started_on: intro.started_on.map(|d| d.to_string()),
        created_at: stamp(intro.created_at),
        history,
        next_steps: steps,
        id: intro.id,
    }
}

/// The statuses `side` may move the introduction to now.
fn steps_for(intro: &Intro, side: Side) -> Vec<&'static str> {
    domain::next_steps(intro.status(), side, intro.days_started())
        .into_iter()
        .map(domain::Status::as_str)
        .collect()
}

/// One introduction as the holder of `access` sees it.
async fn one_out(
    app: &AppState,
    intro: Intro,
    access: &Access,
    loc: Locale,
) -> AppResult<IntroOut> {
    let mut events = repo::events(&app.db, std::slice::from_ref(&intro.id)).await?;
    let side = side_of(access.tie);
    let first_name = &access.young.first_name;
    flow::history_for(side, first_name, loc, events.iter_mut().map(|(_, e)| e));
    let steps = if access.may(Action::Write) {
        steps_for(&intro, side)
    } else {
        Vec::new()
    };
    let young = YoungOut {
        first_name: access.young.first_name.clone(),
        age: access.young.age(),
    };
    Ok(out(intro, &events, young, steps))
}

/// GET /api/v1/introducties — the partner's inbox.
pub async fn inbox_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
) -> AppResult<Response> {
    let rows = partner::rows(&app, &actor).await?;
    let ids: Vec<String> = rows.iter().map(|r| r.intro.id.clone()).collect();
    let mut events = repo::events(&app.db, &ids).await?;
    for (intro_id, e) in events.iter_mut() {
        if let Some(r) = rows.iter().find(|r| r.intro.id == *intro_id) {
            flow::history_for(Side::Partner, &r.first_name, page.loc, [e]);
        }
    }
    let contents: Vec<IntroOut> = rows
        .into_iter()
        .map(|r| {
            let steps = steps_for(&r.intro, Side::Partner);
            let who = YoungOut {
                first_name: r.first_name,
                age: r.age,
            };
            out(r.intro, &events, who, steps)
        })
        .collect();
    Ok(axum::Json(serde_json::json!({ "contents": contents })).into_response())
}

/// GET /api/v1/introducties/{intro_id}
pub async fn one_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(intro_id): Path<String>,
) -> AppResult<Response> {
    let (intro, access) = flow::gate(&app, &actor, &intro_id, Action::Read).await?;
    Ok(axum::Json(one_out(&app, intro, &access, page.loc).await?).into_response())
}

/// Body of `POST /api/v1/introducties/{intro_id}/status`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepBody {
    to: String,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    note: Option<String>,
}

/// POST /api/v1/introducties/{intro_id}/status
pub async fn status_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(intro_id): Path<String>,
    Json(body): Json<StepBody>,
) -> AppResult<Response> {
    let (intro, access) = flow::gate(&app, &actor, &intro_id, Action::Write).await?;
    let step = StepRequest {
        to: &body.to,
        reason: body.reason.as_deref().unwrap_or_default(),
        note: body.note.as_deref().unwrap_or_default(),
    };
    flow::advance(&app, &actor, &access, &intro, step).await?;
    let intro = repo::one(&app.db, &intro_id)
        .await?
        .ok_or(crate::error::AppError::NotFound)?;
    Ok(axum::Json(one_out(&app, intro, &access, page.loc).await?).into_response())
}

/// Body of `POST /api/v1/jongeren/{id}/introducties`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewBody {
    service_id: String,
    #[serde(default)]
    message: String,
    #[serde(default)]
    no_contact: bool,
}

/// POST /api/v1/jongeren/{id}/introducties
pub async fn new_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Json(body): Json<NewBody>,
) -> AppResult<Response> {
    let access = access::check(&app, &actor, &id, Part::Introductions, Action::Write).await?;
    let service = flow::service_for(&app, &access, &body.service_id).await?;
    let proposal = Proposal {
        service: &service,
        message: &body.message,
        no_contact: body.no_contact,
        contact_via: "",
    };
    let intro_id = flow::propose(&app, &actor, &access, proposal, page.loc).await?;
    let intro = repo::one(&app.db, &intro_id)
        .await?
        .ok_or(crate::error::AppError::NotFound)?;
    let body = one_out(&app, intro, &access, page.loc).await?;
    Ok((StatusCode::CREATED, axum::Json(body)).into_response())
}
