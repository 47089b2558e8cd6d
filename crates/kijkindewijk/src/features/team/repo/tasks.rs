//! Tasks and reminders of a team's members; a task may concern a young person.

use sea_query::{Expr, NullOrdering, Order, Query};
use time::{Date, OffsetDateTime};

use super::TeamTasks;
use crate::auth::repo::Users;
use crate::db::{Db, Tx, new_id, now};
use crate::features::team::domain::TaskInput;

/// A task as shown.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Task {
    /// Id.
    pub id: String,
    /// Whose task.
    pub assignee_user_id: String,
    /// Their name.
    pub assignee_name: String,
    /// The young person it concerns, if any.
    pub young_person_id: Option<String>,
    /// What.
    pub title: String,
    /// By when.
    pub due_on: Option<Date>,
    /// Done at.
    pub done_at: Option<OffsetDateTime>,
}

fn select() -> sea_query::SelectStatement {
    let t = TeamTasks::Table;
    Query::select()
        .columns([
            (t, TeamTasks::Id),
            (t, TeamTasks::AssigneeUserId),
            (t, TeamTasks::YoungPersonId),
            (t, TeamTasks::Title),
            (t, TeamTasks::DueOn),
            (t, TeamTasks::DoneAt),
        ])
        .expr_as(
            Expr::col((Users::Table, Users::DisplayName)),
            sea_query::Alias::new("assignee_name"),
        )
        .from(t)
        .inner_join(
            Users::Table,
            Expr::col((Users::Table, Users::Id)).equals((t, TeamTasks::AssigneeUserId)),
        )
        .and_where(Expr::col((t, TeamTasks::DoneAt)).is_null())
        .order_by_with_nulls((t, TeamTasks::DueOn), Order::Asc, NullOrdering::Last)
        .order_by((t, TeamTasks::CreatedAt), Order::Asc)
        .to_owned()
}

/// The open tasks of a team, soonest first.
pub async fn open_for_team(db: &Db, team_id: &str) -> Result<Vec<Task>, sqlx::Error> {
    let q = select()
        .and_where(Expr::col((TeamTasks::Table, TeamTasks::TeamId)).eq(team_id))
        .limit(500)
        .to_owned();
    db.fetch_all(&q).await
}

/// The open tasks of one member (the start page's "Taken"), soonest first.
pub async fn open_for_user(db: &Db, user_id: &str) -> Result<Vec<Task>, sqlx::Error> {
    let q = select()
        .and_where(Expr::col((TeamTasks::Table, TeamTasks::AssigneeUserId)).eq(user_id))
        .limit(50)
        .to_owned();
    db.fetch_all(&q).await
}

/// Adds a task; returns its id.
pub async fn insert(
    tx: &mut Tx,
    team_id: &str,
    created_by: &str,
    task: &TaskInput,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let t = now();
    let q = Query::insert()
        .into_table(TeamTasks::Table)
        .columns([
            TeamTasks::Id,
            TeamTasks::TeamId,
            TeamTasks::AssigneeUserId,
            TeamTasks::CreatedBy,
            TeamTasks::YoungPersonId,
            TeamTasks::Title,
            TeamTasks::DueOn,
            TeamTasks::CreatedAt,
            TeamTasks::UpdatedAt,
        ])
        .values_panic([
            id.clone().into(),
            team_id.into(),
            task.assignee.clone().into(),
            created_by.into(),
            task.young_person_id.clone().into(),
            task.title.clone().into(),
            task.due_on.into(),
            t.into(),
            t.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// Marks an open task of the team done; 0 when there is no such open task in this team.
pub async fn mark_done(db: &Db, team_id: &str, task_id: &str) -> Result<u64, sqlx::Error> {
    let t = now();
    let q = Query::update()
        .table(TeamTasks::Table)
        .values([
            (TeamTasks::DoneAt, t.into()),
            (TeamTasks::UpdatedAt, t.into()),
        ])
        .and_where(Expr::col(TeamTasks::Id).eq(task_id))
        .and_where(Expr::col(TeamTasks::TeamId).eq(team_id))
        .and_where(Expr::col(TeamTasks::DoneAt).is_null())
        .to_owned();
    db.execute(&q).await
}

/// What the overdue reminder needs of a task.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReminderTask {
    /// By when.
    pub due_on: Option<Date>,
    /// The assignee's e-mail address.
    pub email: Option<String>,
    /// The assignee's language.
    pub locale: Option<String>,
    /// Done at.
    pub done_at: Option<OffsetDateTime>,
    /// Reminded at.
    pub reminded_at: Option<OffsetDateTime>,
}

/// One task, for its reminder.
pub async fn for_reminder(db: &Db, task_id: &str) -> Result<Option<ReminderTask>, sqlx::Error> {
    let t = TeamTasks::Table;
    let q = Query::select()
        .columns([
            (t, TeamTasks::DueOn),
            (t, TeamTasks::DoneAt),
            (t, TeamTasks::RemindedAt),
        ])
        .columns([(Users::Table, Users::Email), (Users::Table, Users::Locale)])
        .from(t)
        .inner_join(
            Users::Table,
            Expr::col((Users::Table, Users::Id)).equals((t, TeamTasks::AssigneeUserId)),
        )
        .and_where(Expr::col((t, TeamTasks::Id)).eq(task_id))
        .to_owned();
    db.fetch_optional(&q).await
}

/// Marks an open task reminded; false when it is done or was reminded meanwhile.
pub async fn mark_reminded(tx: &mut Tx, task_id: &str) -> Result<bool, sqlx::Error> {
    let q = Query::update()
        .table(TeamTasks::Table)
        .value(TeamTasks::RemindedAt, now())
        .and_where(Expr::col(TeamTasks::Id).eq(task_id))
        .and_where(Expr::col(TeamTasks::DoneAt).is_null())
        .and_where(Expr::col(TeamTasks::RemindedAt).is_null())
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}
