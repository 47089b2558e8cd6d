//! The young person's rights (AVG): download everything, a printable overview, ask for a
//! correction, ask for erasure — which respects the retention rules and says what stays and why.

use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_query::{Expr, Iden, Query};
use serde::Deserialize;

use super::network::repo as network;
use super::plan::load::{PlanData, Visible};
use super::repo;
use crate::access::{self, Action, Actor, Part, Tie, YoungPeople};
use crate::db::{Tx, new_id, now};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{Form, PageCtx, render, see_other};

#[derive(Iden, Clone, Copy)]
enum RightsRequests {
    Table,
    Id,
    YoungPersonId,
    Kind,
    Body,
    RequestedBy,
    Status,
    CreatedAt,
    UpdatedAt,
}

#[derive(Template)]
#[template(path = "youth/rights.html")]
struct RightsPage {
    page: PageCtx,
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

async fn page_for(
    app: &AppState,
    page: PageCtx,
    access: access::Access,
    correction: String,
    errors: FieldErrors,
    notice: &'static str,
) -> AppResult<Response> {
    let involved = repo::relations(&app.db, &access.young.id)
        .await?
        .iter()
        .any(|r| r.kind == "professional");
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(
        status,
        &RightsPage {
            page,
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
        access,
        String::new(),
        FieldErrors::new(),
        notice,
    )
    .await
}

/// GET /jongeren/{id}/gegevens/download — everything the holder may see, as JSON. Every part read
/// for it is logged as an export.
pub async fn download_get(
    State(app): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let access = holder(&app, &actor, &id).await?;
    let db = &app.db;
    let mut body = serde_json::json!({
        "young_person": {
            "first_name": access.young.first_name,
            "last_name": access.young.last_name,
            "birth_date": super::validate::date_value(access.young.birth_date),
        },
        "exported_at": super::format_moment(now()),
    });
    let mut visible = Visible::default();
    for (part, shown) in [
        (Part::Profile, &mut visible.profile),
        (Part::Plan, &mut visible.plan),
        (Part::Ratings, &mut visible.ratings),
    ] {
        *shown = access::probe(&app, &actor, &id, part, Action::Export)
            .await?
            .is_some();
    }
    let data = PlanData::load(db, &access.young, visible).await?;
    if let Some(profile) = &data.profile {
        body["profile"] = serde_json::to_value(profile).unwrap_or_default();
    }
    if visible.plan {
        body["plan"] = data.plan_json();
    }
    if let Some(ratings) = &data.ratings {
        body["ratings"] = serde_json::to_value(ratings).unwrap_or_default();
    }
    if access::probe(&app, &actor, &id, Part::Network, Action::Export)
        .await?
        .is_some()
    {
        body["network"] = serde_json::to_value(network::people(db, &id).await?).unwrap_or_default();
    }
    if access::probe(&app, &actor, &id, Part::Notes, Action::Export)
        .await?
        .is_some()
    {
        body["notes"] =
            serde_json::to_value(super::notes::notes(db, &id).await?).unwrap_or_default();
    }
    let relations: Vec<serde_json::Value> = repo::relations(db, &id)
        .await?
        .into_iter()
        .map(|r| serde_json::json!({ "kind": r.kind, "name": r.display_name, "team": r.team_name }))
        .collect();
    body["people_with_access"] = relations.into();
    let consents: Vec<serde_json::Value> = repo::consents(db, &id)
        .await?
        .into_iter()
        .map(|c| serde_json::json!({ "part": c.part, "audience": c.audience_key, "young": c.by_young, "parent": c.by_parent }))
        .collect();
    body["consents"] = consents.into();
    let log: Vec<serde_json::Value> = access::log::lines(db, &id, None, None, 10_000)
        .await?
        .into_iter()
        .map(|l| {
            serde_json::json!({
                "at": super::format_moment(l.at), "who": l.actor_name, "role": l.actor_role, "part": l.part,
                "action": l.action, "allowed": l.allowed, "ground": l.ground, "emergency": l.emergency,
            })
        })
        .collect();
    body["access_log"] = log.into();
    Ok((
        [(
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"mijn-gegevens.json\"",
        )],
        axum::Json(body),
    )
        .into_response())
}

/// A request text.
#[derive(Deserialize, Default)]
pub struct RequestForm {
    #[serde(default)]
    body: String,
}

async fn insert_request(
    tx: &mut Tx,
    id: &str,
    kind: &str,
    body: &str,
    by: &str,
    status: &str,
) -> Result<(), sqlx::Error> {
    let t = now();
    let q = Query::insert()
        .into_table(RightsRequests::Table)
        .columns([
            RightsRequests::Id,
            RightsRequests::YoungPersonId,
            RightsRequests::Kind,
            RightsRequests::Body,
            RightsRequests::RequestedBy,
            RightsRequests::Status,
            RightsRequests::CreatedAt,
            RightsRequests::UpdatedAt,
        ])
        .values_panic([
            new_id().into(),
            id.into(),
            kind.into(),
            body.trim().into(),
            by.into(),
            status.into(),
            t.into(),
            t.into(),
        ])
        .to_owned();
    tx.execute(&q).await.map(|_| ())
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
    super::validate::text(&form.body, "body", &mut errors);
    if !errors.is_empty() {
        return page_for(&app, page, access, form.body, errors, "").await;
    }
    let mut tx = app.db.begin().await?;
    insert_request(
        &mut tx,
        &id,
        "correction",
        &form.body,
        &actor.user.id,
        "open",
    )
    .await?;
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
    let involved = repo::relations(&app.db, &id)
        .await?
        .iter()
        .any(|r| r.kind == "professional");
    let mut tx = app.db.begin().await?;
    if involved {
        insert_request(&mut tx, &id, "erasure", "", &actor.user.id, "open").await?;
        tx.commit().await?;
        return Ok(see_other(&format!(
            "/jongeren/{id}/gegevens?verzonden=verwijderen"
        )));
    }
    erase(&mut tx, &id).await?;
    insert_request(&mut tx, &id, "erasure", "", &actor.user.id, "done").await?;
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

/// Erases a young person's data: everything but a blanked row and the access log (kept five years
/// under NEN 7513), and switches off their account.
pub async fn erase(tx: &mut Tx, id: &str) -> Result<(), sqlx::Error> {
    for table in [
        "introductions",
        "domain_entries",
        "self_ratings",
        "goals",
        "plan_actions",
        "youth_profiles",
        "youth_notes",
        "network_snapshots",
        "network_people",
        "consents",
        "emergency_access",
    ] {
        let q = Query::delete()
            .from_table(sea_query::Alias::new(table))
            .and_where(Expr::col(sea_query::Alias::new("young_person_id")).eq(id))
            .to_owned();
        tx.execute(&q).await?;
    }
    let t = now();
    let q = Query::update()
        .table(access::YouthRelations::Table)
        .values([(access::YouthRelations::EndedAt, t.into())])
        .and_where(Expr::col(access::YouthRelations::YoungPersonId).eq(id))
        .and_where(Expr::col(access::YouthRelations::EndedAt).is_null())
        .to_owned();
    tx.execute(&q).await?;
    let q = Query::update()
        .table(crate::auth::repo::Users::Table)
        .values([(crate::auth::repo::Users::DisabledAt, t.into())])
        .and_where(
            Expr::col(crate::auth::repo::Users::Id).in_subquery(
                Query::select()
                    .column(YoungPeople::UserId)
                    .from(YoungPeople::Table)
                    .and_where(Expr::col(YoungPeople::Id).eq(id))
                    .to_owned(),
            ),
        )
        .to_owned();
    tx.execute(&q).await?;
    let q = Query::update()
        .table(YoungPeople::Table)
        .values([
            (YoungPeople::FirstName, "—".into()),
            (YoungPeople::LastName, "—".into()),
            (YoungPeople::ErasedAt, t.into()),
            (YoungPeople::UpdatedAt, t.into()),
        ])
        .and_where(Expr::col(YoungPeople::Id).eq(id))
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}
