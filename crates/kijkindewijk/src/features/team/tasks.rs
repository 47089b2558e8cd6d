//! Tasks and reminders: added on the team page for any member of the team, ticked off by any of
//! them; a task may concern a young person of the author's own caseload.

use axum::extract::State;
use axum::response::Response;

use super::domain;
use super::page::{TaskForm, render_page};
use super::repo;
use super::team_grant;
use crate::access::{self, Action, Actor, Part, Tie};
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{Form, PageCtx};

/// A task on the start page's "Taken" card.
pub struct StartTask {
    /// What.
    pub title: String,
    /// By when, as shown.
    pub due: String,
    /// Whether the date has passed.
    pub overdue: bool,
}

/// The open tasks of a member, for the start page.
pub async fn for_start(app: &AppState, user_id: &str) -> AppResult<Vec<StartTask>> {
    let today = now().date();
    Ok(repo::tasks::open_for_user(&app.db, user_id)
        .await?
        .into_iter()
        .map(|t| StartTask {
            overdue: domain::task_overdue(t.due_on, today),
            due: t
                .due_on
                .map(crate::features::youth::validate::date_value)
                .unwrap_or_default(),
            title: t.title,
        })
        .collect())
}

/// POST /team/taken
pub async fn task_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Form(form): Form<TaskForm>,
) -> AppResult<Response> {
    let grant = team_grant(&actor.user)?;
    let team_id = grant.team_id.clone().unwrap_or_default();
    let members: Vec<String> = repo::team::members(&app.db, &team_id)
        .await?
        .into_iter()
        .map(|m| m.id)
        .collect();
    // A young person only from the author's own caseload: the gate decides (and logs).
    let mut own = Vec::new();
    let young = form.young_person_id.trim();
    if !young.is_empty()
        && access::probe(&app, &actor, young, Part::Identity, Action::Read)
            .await
            .or_else(|e| {
                if matches!(e, AppError::NotFound) {
                    Ok(None)
                } else {
                    Err(e)
                }
            })?
            .is_some_and(|a| a.tie == Tie::Professional)
    {
        own.push(young.to_string());
    }
    let f = &form;
    match domain::check_task(&f.title, &f.due_on, &f.assignee, young, &members, &own) {
        Err(errors) => render_page(&app, page, &actor, &grant, form, errors).await,
        Ok(task) => {
            let mut tx = app.db.begin().await?;
            let id = repo::tasks::insert(&mut tx, &team_id, &actor.user.id, &task).await?;
            if let Some(due_on) = task.due_on {
                super::reminder::schedule(&mut tx, &id, due_on).await?;
            }
            tx.commit().await?;
            Ok(crate::web::flash::see_other(
                &app,
                "/team/overzicht#taken",
                "flash-task-saved",
            ))
        }
    }
}

/// POST /team/taken/{task_id}/klaar
pub async fn done_post(
    State(app): State<AppState>,
    actor: Actor,
    Path(task_id): Path<String>,
) -> AppResult<Response> {
    let grant = team_grant(&actor.user)?;
    let team_id = grant.team_id.unwrap_or_default();
    if repo::tasks::mark_done(&app.db, &team_id, &task_id).await? == 0 {
        return Err(AppError::NotFound);
    }
    Ok(crate::web::flash::see_other(
        &app,
        "/team/overzicht#taken",
        "flash-task-done",
    ))
}
