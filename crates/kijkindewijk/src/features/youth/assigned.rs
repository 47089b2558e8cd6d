//! Actions a parent or network member took on: one list across the young people who assigned them,
//! with a button to mark them done. Each young person's actions are read through the gate.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use sea_query::{Alias, Expr, Order, Query};
use time::Date;

use crate::access::{self, Action, Actor, Part, YouthRelations};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{PageCtx, html, see_other};

/// An action assigned to the viewer.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AssignedAction {
    /// Action id.
    pub id: String,
    /// Young person.
    pub young_person_id: String,
    /// What.
    pub description: String,
    /// When.
    pub due_on: Option<Date>,
    /// Status.
    pub status: String,
}

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

async fn assigned_to(app: &AppState, user_id: &str) -> Result<Vec<AssignedAction>, sqlx::Error> {
    let (a, r) = (Alias::new("plan_actions"), YouthRelations::Table);
    let q = Query::select()
        .expr_as(Expr::col((a.clone(), Alias::new("id"))), Alias::new("id"))
        .expr_as(
            Expr::col((a.clone(), Alias::new("young_person_id"))),
            Alias::new("young_person_id"),
        )
        .expr_as(
            Expr::col((a.clone(), Alias::new("description"))),
            Alias::new("description"),
        )
        .expr_as(
            Expr::col((a.clone(), Alias::new("due_on"))),
            Alias::new("due_on"),
        )
        .expr_as(
            Expr::col((a.clone(), Alias::new("status"))),
            Alias::new("status"),
        )
        .from(a.clone())
        .inner_join(
            r,
            Expr::col((r, YouthRelations::Id)).equals((a.clone(), Alias::new("owner_relation_id"))),
        )
        .and_where(Expr::col((r, YouthRelations::UserId)).eq(user_id))
        .and_where(Expr::col((r, YouthRelations::EndedAt)).is_null())
        .order_by((a.clone(), Alias::new("due_on")), Order::Asc)
        .to_owned();
    app.db.fetch_all(&q).await
}

/// GET /mijn-acties
pub async fn assigned_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
) -> AppResult<Response> {
    let actions = assigned_to(&app, &actor.user.id).await?;
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
    let actions = assigned_to(&app, &actor.user.id).await?;
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
