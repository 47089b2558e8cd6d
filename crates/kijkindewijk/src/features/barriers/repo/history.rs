//! A barrier's history: each raise, status change, toets step, escalation, answer and merge.

use sea_query::{Expr, Order, Query};
use time::OffsetDateTime;

use super::*;
use crate::db::{Db, Tx, new_id, now};

/// A history line to write.
#[derive(Debug, Clone, Copy)]
pub struct EventLine<'a> {
    /// `raised`, `status`, `escalated`, `answered`, `merged`, `merged_from`, `toets`, `reminded`.
    pub kind: &'a str,
    /// Status before.
    pub from: Option<Status>,
    /// Status after.
    pub to: Option<Status>,
    /// A short note.
    pub note: &'a str,
    /// Who (none for the system).
    pub by_user_id: Option<&'a str>,
    /// Their name.
    pub by_name: &'a str,
    /// As whom (a [`RaisedBy`] name, `teamleider`, `beleid` or `system`).
    pub by_kind: &'a str,
}

/// Writes a history line now.
pub async fn event(tx: &mut Tx, barrier_id: &str, e: &EventLine<'_>) -> Result<(), sqlx::Error> {
    event_at(tx, barrier_id, e, now()).await
}

/// Writes a history line at a given moment (the demo's history lies in the past).
pub async fn event_at(
    tx: &mut Tx,
    barrier_id: &str,
    e: &EventLine<'_>,
    at: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let q = Query::insert()
        .into_table(BarrierEvents::Table)
        .columns([
            BarrierEvents::Id,
            BarrierEvents::BarrierId,
            BarrierEvents::Kind,
            BarrierEvents::FromStatus,
            BarrierEvents::ToStatus,
            BarrierEvents::Note,
            BarrierEvents::ByUserId,
            BarrierEvents::ByName,
            BarrierEvents::ByKind,
            BarrierEvents::At,
        ])
        .values_panic([
            new_id().into(),
            barrier_id.into(),
            e.kind.into(),
            e.from.map(|s| s.as_str().to_string()).into(),
            e.to.map(|s| s.as_str().to_string()).into(),
            e.note.into(),
            e.by_user_id.map(str::to_string).into(),
            e.by_name.into(),
            e.by_kind.into(),
            at.into(),
        ])
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// A history line as read.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Event {
    /// Kind.
    pub kind: String,
    /// Status before.
    pub from_status: Option<String>,
    /// Status after.
    pub to_status: Option<String>,
    /// Note.
    pub note: String,
    /// Name.
    pub by_name: String,
    /// As whom.
    pub by_kind: String,
    /// When.
    pub at: OffsetDateTime,
}

/// The history, oldest first.
pub async fn events(db: &Db, barrier_id: &str) -> Result<Vec<Event>, sqlx::Error> {
    let q = Query::select()
        .columns([
            BarrierEvents::Kind,
            BarrierEvents::FromStatus,
            BarrierEvents::ToStatus,
            BarrierEvents::Note,
            BarrierEvents::ByName,
            BarrierEvents::ByKind,
            BarrierEvents::At,
        ])
        .from(BarrierEvents::Table)
        .and_where(Expr::col(BarrierEvents::BarrierId).eq(barrier_id))
        .order_by(BarrierEvents::At, Order::Asc)
        .order_by(BarrierEvents::Id, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}
