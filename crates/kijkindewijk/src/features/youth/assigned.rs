//! Actions a parent or network member took on: one list across the young people who assigned them,
//! with a button to mark them done. Each young person's actions are read through the gate.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::access::{self, Action, Actor, Part};
use crate::error::{AppError, AppResult};
use crate::features::team::repo::actions::{AssignedAction, assigned_to};
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{PageCtx, html, see_other};

#[derive(Template)]
#[template(path = "youth/assigned.html")]
struct AssignedPage {
    page: PageCtx,
    groups: Vec<(String, Vec<AssignedAction>)>,
}

impl AssignedPage {
    fn due(&self, a: &AssignedAction) -> String {
        a.due_on
            .map(super::validate::date_value)
            .unwrap_or_default()
    }
    fn status_id(&self, status: &str) -> String {
        format!("youth-action-{status}")
    }
}

/// GET /mijn-acties
pub async fn assigned_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
) -> AppResult<Response> {
    let actions = assigned_to(&app.db, &actor.user.id).await?;
    let mut ids: Vec<String> = actions.iter().map(|a| a.young_person_id.clone()).collect();
    ids.sort();
    ids.dedup();
    let mut groups = Vec::new();
    for id in ids {
        // One gate call per young person (not per action): each read is logged in their log. A
        // young person the gate refuses (a tie that ended meanwhile) is left out, not an error.
        let Some(access) = access::probe(&app, &actor, &id, Part::Actions, Action::Read).await?
        else {
            continue;
        };
        let name = format!("{} {}", access.young.first_name, access.young.last_name);
        groups.push((
            name,
            actions
                .iter()
                .filter(|a| a.young_person_id == id)
                .cloned()
                .collect(),
        ));
    }
    html(&AssignedPage { page, groups })
}

/// POST /mijn-acties/{action_id}/klaar
pub async fn done_post(
    State(app): State<AppState>,
    actor: Actor,
    Path(action_id): Path<String>,
) -> AppResult<Response> {
    let actions = assigned_to(&app.db, &actor.user.id).await?;
    let Some(action) = actions.into_iter().find(|a| a.id == action_id) else {
        return Err(AppError::NotFound);
    };
    access::check(
        &app,
        &actor,
        &action.young_person_id,
        Part::Actions,
        Action::Write,
    )
    .await?;
    let mut tx = app.db.begin().await?;
    super::plan::repo::set_action_status(&mut tx, &action.young_person_id, &action.id, "done")
        .await?;
    super::repo::touch(&mut tx, &action.young_person_id).await?;
    tx.commit().await?;
    Ok(see_other("/mijn-acties"))
}
