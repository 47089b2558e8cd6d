//! The NEN 7513 access log: written by the gate, read (and that read logged) by the young person
//! and, under 16, a parent with authority. There is no code path that changes or deletes a line;
//! database triggers refuse it as well.

use sea_query::{Expr, Iden, Order, Query};
use time::OffsetDateTime;

use super::rules::Part;
use crate::db::{Db, new_id, now};

#[derive(Iden, Clone, Copy)]
enum AccessLog {
    Table,
    Id,
    At,
    YoungPersonId,
    ActorUserId,
    ActorRole,
    ActorName,
    OnBehalfOf,
    Part,
    Action,
    Allowed,
    Ground,
    Emergency,
    RequestId,
}

/// One line to write.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    /// Whose data.
    pub young_person_id: &'a str,
    /// Who acted (None for the system itself).
    pub actor_user_id: Option<&'a str>,
    /// In which role.
    pub actor_role: &'a str,
    /// The actor's name at that moment (the log stays readable if the account goes).
    pub actor_name: &'a str,
    /// Which part.
    pub part: Part,
    /// What: read, write, export, or an event such as `consent` or `emergency_start`.
    pub action: &'a str,
    /// Allowed or refused.
    pub allowed: bool,
    /// Legal ground, or the reason for refusal.
    pub ground: &'a str,
    /// Under emergency access.
    pub emergency: bool,
    /// Request id, to match application logs.
    pub request_id: Option<&'a str>,
}

/// Writes one line.
pub async fn record(db: &Db, e: &Entry<'_>) -> Result<(), sqlx::Error> {
    record_many(db, std::slice::from_ref(e)).await
}

/// Lines per statement: 13 values each stays far below the bind limits of SQLite (32,766) and
/// PostgreSQL (65,535).
const LINES_PER_STATEMENT: usize = 1_000;

/// Writes several lines (a list of young people shown at once): one statement, or for a very long
/// list one transaction of several, so that the log has all of them or none.
pub async fn record_many(db: &Db, entries: &[Entry<'_>]) -> Result<(), sqlx::Error> {
    if entries.is_empty() {
        return Ok(());
    }
    let at = now();
    if entries.len() <= LINES_PER_STATEMENT {
        return db.execute(&insert(entries, at)).await.map(|_| ());
    }
    let mut tx = db.begin().await?;
    for chunk in entries.chunks(LINES_PER_STATEMENT) {
        tx.execute(&insert(chunk, at)).await?;
    }
    tx.commit().await
}

fn insert(entries: &[Entry<'_>], at: OffsetDateTime) -> sea_query::InsertStatement {
    let mut q = Query::insert()
        .into_table(AccessLog::Table)
        .columns([
            AccessLog::Id,
            AccessLog::At,
            AccessLog::YoungPersonId,
            AccessLog::ActorUserId,
            AccessLog::ActorRole,
            AccessLog::ActorName,
            AccessLog::OnBehalfOf,
            AccessLog::Part,
            AccessLog::Action,
            AccessLog::Allowed,
            AccessLog::Ground,
            AccessLog::Emergency,
            AccessLog::RequestId,
        ])
        .to_owned();
    for e in entries {
        q.values_panic([
            new_id().into(),
            at.into(),
            e.young_person_id.into(),
            e.actor_user_id.map(str::to_string).into(),
            e.actor_role.into(),
            e.actor_name.into(),
            Option::<String>::None.into(),
            e.part.as_str().into(),
            e.action.into(),
            e.allowed.into(),
            e.ground.into(),
            e.emergency.into(),
            e.request_id.map(str::to_string).into(),
        ]);
    }
    q
}

/// A log line as shown on the timeline.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Line {
    /// When.
    pub at: OffsetDateTime,
    /// Role.
    pub actor_role: String,
    /// Name.
    pub actor_name: String,
    /// Part.
    pub part: String,
    /// Action.
    pub action: String,
    /// Allowed.
    pub allowed: bool,
    /// Ground or refusal reason.
    pub ground: String,
    /// Emergency.
    pub emergency: bool,
}

/// Lines of one young person between two moments, newest first (at most `limit`).
pub async fn lines(
    db: &Db,
    young_person_id: &str,
    from: Option<OffsetDateTime>,
    until: Option<OffsetDateTime>,
    limit: u64,
) -> Result<Vec<Line>, sqlx::Error> {
    let mut q = Query::select()
        .columns([
            AccessLog::At,
            AccessLog::ActorRole,
            AccessLog::ActorName,
            AccessLog::Part,
            AccessLog::Action,
            AccessLog::Allowed,
            AccessLog::Ground,
            AccessLog::Emergency,
        ])
        .from(AccessLog::Table)
        .and_where(Expr::col(AccessLog::YoungPersonId).eq(young_person_id))
        .order_by(AccessLog::At, Order::Desc)
        .limit(limit)
        .to_owned();
    if let Some(from) = from {
        q.and_where(Expr::col(AccessLog::At).gte(from));
    }
    if let Some(until) = until {
        q.and_where(Expr::col(AccessLog::At).lt(until));
    }
    db.fetch_all(&q).await
}
