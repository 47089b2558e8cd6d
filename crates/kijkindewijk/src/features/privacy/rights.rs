//! The young person's rights (AVG): download everything, a printable overview, ask for a
//! correction, ask for erasure — which respects the retention rules and says what stays and why.

use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{Value, json};

use super::repo::{self, NewRequest};
use crate::access::{self, Action, Actor, Part, Tie};
use crate::db::{Db, now};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::features::youth::network::repo as network;
use crate::features::youth::plan::load::{PlanData, Visible};
use crate::features::youth::{self, format_moment, validate};
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{Form, PageCtx, render, see_other};

#[derive(Template)]
#[template(path = "privacy/rights.html")]
struct RightsPage {
    page: PageCtx,
    nav: youth::Nav,
    young: access::YoungPerson,
    involved: bool,
    correction: String,
    errors: FieldErrors,
    notice: &'static str,
}

async fn holder(app: &AppState, actor: &Actor, id: &str) -> AppResult<access::Access> {
    // The rights are the young person's, and under 16 also a parent's with authority: the same
    // people who may read the log.
    let access = access::check(app, actor, id, Part::Log, Action::Read).await?;
    if !matches!(access.tie, Tie::Own | Tie::Parent { authority: true }) {
        return Err(AppError::Forbidden);
    }
    Ok(access)
}

/// Whether a team is involved: then the file is a youth-care record with its own retention.
async fn team_involved(db: &Db, id: &str) -> AppResult<bool> {
    Ok(youth::repo::relations(db, id)
        .await?
        .iter()
        .any(|r| r.kind == "professional"))
}

async fn page_for(
    app: &AppState,
    page: PageCtx,
    actor: &Actor,
    access: access::Access,
    correction: String,
    errors: FieldErrors,
    notice: &'static str,
) -> AppResult<Response> {
    let involved = team_involved(&app.db, &access.young.id).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let nav = youth::nav(app, actor, &access).await?;
    render(
        status,
        &RightsPage {
            page,
            nav,
            young: access.young,
            involved,
            correction,
            errors,
            notice,
        },
    )
}

/// `?verzonden=…`
#[derive(Deserialize, Default)]
pub struct NoticeQuery {
    verzonden: Option<String>,
}

/// GET /jongeren/{id}/gegevens
pub async fn rights_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    crate::web::extract::Query(q): crate::web::extract::Query<NoticeQuery>,
) -> AppResult<Response> {
    let access = holder(&app, &actor, &id).await?;
    let notice = match q.verzonden.as_deref() {
        Some("correctie") => "rights-correction-sent",
        Some("verwijderen") => "rights-erasure-sent",
        _ => "",
    };
    page_for(
        &app,
        page,
        &actor,
        access,
        String::new(),
        FieldErrors::new(),
        notice,
    )
    .await
}

/// The parts a download holds when the holder may export them, in this order; each is logged as
/// an export by the gate.
const DOWNLOADED: [Part; 5] = [
    Part::Profile,
    Part::Plan,
    Part::Ratings,
    Part::Network,
    Part::Notes,
];

/// GET /jongeren/{id}/gegevens/download — everything the holder may see, as JSON. The log says
/// what the download holds: the log itself, the identity, the consents and people with access
/// (sharing) and each part the holder may export, each as an export, in one statement.
pub async fn download_get(
    State(app): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let mut wanted = vec![
        (Part::Identity, Action::Export),
        (Part::Sharing, Action::Export),
    ];
    wanted.extend(DOWNLOADED.map(|p| (p, Action::Export)));
    let required = (Part::Log, Action::Export);
    let (access, shown) = access::check_with(&app, &actor, &id, required, &wanted).await?;
    if !matches!(access.tie, Tie::Own | Tie::Parent { authority: true }) {
        return Err(AppError::Forbidden);
    }
    let mut body = json!({ "exported_at": format_moment(now()) });
    let may = |i: usize| shown.get(i).is_some_and(Option::is_some);
    if may(0) {
        body["young_person"] = json!({
            "first_name": access.young.first_name,
            "last_name": access.young.last_name,
            "birth_date": validate::date_value(access.young.birth_date),
        });
    }
    for (i, part) in DOWNLOADED.into_iter().enumerate() {
        if may(i + 2) {
            body[part.as_str()] = part_json(&app.db, &access.young, part).await?;
        }
    }
    if may(1) {
        body["people_with_access"] = people_with_access(&app.db, &id).await?;
        body["consents"] = consents_json(&app.db, &id).await?;
    }
    body["access_log"] = log_json(&app.db, &id).await?;
    Ok((
        [(
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"mijn-gegevens.json\"",
        )],
        axum::Json(body),
    )
        .into_response())
}

/// One part of the download, read after the gate let it through.
async fn part_json(db: &Db, young: &access::YoungPerson, part: Part) -> AppResult<Value> {
    let id = young.id.as_str();
    let plan_part = |visible| PlanData::load(db, young, visible);
    let value = match part {
        Part::Profile => serde_json::to_value(
            plan_part(Visible {
                profile: true,
                ..Visible::default()
            })
            .await?
            .profile,
        ),
        Part::Plan => Ok(plan_part(Visible {
            plan: true,
            ..Visible::default()
        })
        .await?
        .plan_json()),
        Part::Ratings => serde_json::to_value(
            plan_part(Visible {
                ratings: true,
                ..Visible::default()
            })
            .await?
            .ratings,
        ),
        Part::Network => serde_json::to_value(network::people(db, id).await?),
        Part::Notes => serde_json::to_value(youth::notes::notes(db, id).await?),
        _ => Ok(Value::Null),
    };
    Ok(value.unwrap_or_default())
}

async fn people_with_access(db: &Db, id: &str) -> AppResult<Value> {
    let relations: Vec<Value> = youth::repo::relations(db, id)
        .await?
        .into_iter()
        .map(|r| json!({ "kind": r.kind, "name": r.display_name, "team": r.team_name }))
        .collect();
    Ok(relations.into())
}

async fn consents_json(db: &Db, id: &str) -> AppResult<Value> {
    let consents: Vec<Value> = youth::repo::consents(db, id)
        .await?
        .into_iter()
        .map(|c| json!({ "part": c.part, "audience": c.audience_key, "young": c.by_young, "parent": c.by_parent }))
        .collect();
    Ok(consents.into())
}

async fn log_json(db: &Db, id: &str) -> AppResult<Value> {
    let log: Vec<Value> = access::log::lines(db, id, None, None, 10_000)
        .await?
        .into_iter()
        .map(|l| {
            json!({
                "at": format_moment(l.at), "who": l.actor_name, "role": l.actor_role, "part": l.part,
                "action": l.action, "allowed": l.allowed, "ground": l.ground, "emergency": l.emergency,
            })
        })
        .collect();
    Ok(log.into())
}

/// A request text.
#[derive(Deserialize, Default)]
pub struct RequestForm {
    #[serde(default)]
    body: String,
}

/// POST /jongeren/{id}/gegevens/correctie
pub async fn correction_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Form(form): Form<RequestForm>,
) -> AppResult<Response> {
    let access = holder(&app, &actor, &id).await?;
    let mut errors = FieldErrors::new();
    if form.body.trim().chars().count() < 5 {
        errors.add("body", "rights-correction-required");
    }
    validate::text(&form.body, "body", &mut errors);
    if !errors.is_empty() {
        return page_for(&app, page, &actor, access, form.body, errors, "").await;
    }
    let request = NewRequest {
        kind: "correction",
        body: &form.body,
        requested_by: &actor.user.id,
        status: "open",
    };
    let mut tx = app.db.begin().await?;
    repo::insert_request(&mut tx, &id, &request).await?;
    tx.commit().await?;
    Ok(see_other(&format!(
        "/jongeren/{id}/gegevens?verzonden=correctie"
    )))
}

/// POST /jongeren/{id}/gegevens/verwijderen — with a team involved the file is a youth-care record
/// that is kept unless the team grants early destruction, so the request goes to them; without one
/// the data is erased at once.
pub async fn erasure_post(
    State(app): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let access = holder(&app, &actor, &id).await?;
    let involved = team_involved(&app.db, &id).await?;
    let request = NewRequest {
        kind: "erasure",
        body: "",
        requested_by: &actor.user.id,
        status: if involved { "open" } else { "done" },
    };
    let mut tx = app.db.begin().await?;
    if involved {
        repo::insert_request(&mut tx, &id, &request).await?;
        tx.commit().await?;
        return Ok(see_other(&format!(
            "/jongeren/{id}/gegevens?verzonden=verwijderen"
        )));
    }
    repo::erase(&mut tx, &id).await?;
    repo::insert_request(&mut tx, &id, &request).await?;
    tx.commit().await?;
    if let Some(user_id) = &access.young.user_id {
        crate::auth::repo::delete_user_sessions(&app.db, user_id).await?;
    }
    access::log::record(
        &app.db,
        &access::log::Entry {
            young_person_id: &id,
            actor_user_id: Some(&actor.user.id),
            actor_role: if access.tie == Tie::Own {
                "jongere"
            } else {
                "ouder"
            },
            actor_name: &actor.user.display_name,
            part: Part::Identity,
            action: "erase",
            allowed: true,
            ground: access::Ground::Own.as_str(),
            emergency: false,
            request_id: actor.request_id.as_deref(),
        },
    )
    .await?;
    Ok(see_other("/inloggen?uitgelogd=1"))
}
