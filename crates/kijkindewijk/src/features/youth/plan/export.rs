//! The plan printed (as a *familiegroepsplan* / 1Gezin1Plan) and exported as JSON.

use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::load::{self, PlanData};
use super::pages::{DomainView, GoalView, domain_views, goal_views};
use super::repo::{PlanAction, Profile};
use crate::access::{self, Action, Actor};
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
    let (access, visible) = load::open(&app, &actor, &id, Action::Export, false).await?;
    let data = PlanData::load(&app.db, &access.young, visible).await?;
    let ratings = data.ratings.as_deref().unwrap_or_default();
    let domains = domain_views(data.domains, &data.entries, ratings, page.loc);
    let (goals, t) = goal_views(data.goals, &data.goal_scores);
    html(&PrintPage {
        domains,
        profile: data.profile,
        goals,
        t_score: t.map(|t| format!("{t:.1}")),
        actions: data.actions,
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
    let (access, visible) = load::open(&app, &actor, &id, Action::Export, false).await?;
    let data = PlanData::load(&app.db, &access.young, visible).await?;
    let or_null = |v: serde_json::Result<serde_json::Value>| v.unwrap_or_default();
    let body = serde_json::json!({
        "young_person": {
            "first_name": access.young.first_name,
            "last_name": access.young.last_name,
            "birth_date": crate::features::youth::validate::date_value(access.young.birth_date),
        },
        "domains": data.domains,
        "entries": data.entries,
        "ratings": or_null(serde_json::to_value(&data.ratings)),
        "profile": or_null(serde_json::to_value(&data.profile)),
        "goals": data.goals,
        "goal_scores": data.goal_scores,
        "actions": data.actions,
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
