//! The plan printed (as a *familiegroepsplan* / 1Gezin1Plan) and exported as JSON.

use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::pages::{DomainView, GoalView, domain_views, goal_views};
use super::repo::{self, PlanAction, Profile};
use crate::access::{self, Action, Actor, Part};
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{PageCtx, html};

#[derive(Template)]
#[template(path = "youth/plan_print.html")]
struct PrintPage {
    page: PageCtx,
    young: access::YoungPerson,
    profile: Option<Profile>,
    domains: Vec<DomainView>,
    goals: Vec<GoalView>,
    t_score: Option<String>,
    actions: Vec<PlanAction>,
    printed_on: String,
}

impl PrintPage {
    fn owner_kind_id(&self, kind: &str) -> String {
        format!("youth-owner-{kind}")
    }
    fn due(&self, a: &PlanAction) -> String {
        a.due_on
            .map(crate::features::youth::validate::date_value)
            .unwrap_or_default()
    }
}

/// GET /jongeren/{id}/plan/afdrukken
pub async fn print_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (access, shared) = access::check_with(
        &app,
        &actor,
        &id,
        (Part::Plan, Action::Export),
        &[
            (Part::Profile, Action::Export),
            (Part::Ratings, Action::Export),
        ],
    )
    .await?;
    let (profile_ok, ratings_ok) = (shared[0].is_some(), shared[1].is_some());
    let db = &app.db;
    let domains = repo::domains(db, &access.young.municipality_id).await?;
    let entries = repo::entries(db, &id).await?;
    let ratings = if ratings_ok {
        repo::ratings(db, &id).await?
    } else {
        Vec::new()
    };
    let (goals, t) = goal_views(
        repo::goals(db, &id).await?,
        &repo::goal_scores(db, &id).await?,
    );
    html(&PrintPage {
        domains: domain_views(domains, &entries, &ratings, page.loc),
        profile: if profile_ok {
            Some(repo::profile(db, &id).await?)
        } else {
            None
        },
        goals,
        t_score: t.map(|t| format!("{t:.1}")),
        actions: repo::actions(db, &id).await?,
        printed_on: crate::features::youth::format_moment(crate::db::now()),
        page,
        young: access.young,
    })
}

/// GET /jongeren/{id}/plan/export — the plan as JSON (what the actor may see of it).
pub async fn json_get(
    State(app): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (access, shared) = access::check_with(
        &app,
        &actor,
        &id,
        (Part::Plan, Action::Export),
        &[
            (Part::Profile, Action::Export),
            (Part::Ratings, Action::Export),
        ],
    )
    .await?;
    let (profile_ok, ratings_ok) = (shared[0].is_some(), shared[1].is_some());
    let db = &app.db;
    let body = serde_json::json!({
        "young_person": {
            "first_name": access.young.first_name,
            "last_name": access.young.last_name,
            "birth_date": crate::features::youth::validate::date_value(access.young.birth_date),
        },
        "domains": repo::domains(db, &access.young.municipality_id).await?,
        "entries": repo::entries(db, &id).await?,
        "ratings": if ratings_ok { serde_json::to_value(repo::ratings(db, &id).await?).unwrap_or_default() } else { serde_json::Value::Null },
        "profile": if profile_ok { serde_json::to_value(repo::profile(db, &id).await?).unwrap_or_default() } else { serde_json::Value::Null },
        "goals": repo::goals(db, &id).await?,
        "goal_scores": repo::goal_scores(db, &id).await?,
        "actions": repo::actions(db, &id).await?,
    });
    Ok((
        [(
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"plan.json\"",
        )],
        axum::Json(body),
    )
        .into_response())
}
