//! What the wijkmonitor's job may read of barriers: per barrier of one municipality its wijk, dates
//! and status, and per escalation when it was made and answered. No titles, no texts, no people.

use sea_query::{Alias, Expr, IntoIden, Query, TableRef};
use time::OffsetDateTime;

use crate::db::Db;

/// One barrier (merged ones left out: they live on in the one they were merged into).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct BarrierRow {
    /// Id (only to join the escalations).
    pub id: String,
    /// Wijk id.
    pub wijk_id: Option<String>,
    /// Status key.
    pub status: String,
    /// Recorded at.
    pub created_at: OffsetDateTime,
    /// Closed at.
    pub closed_at: Option<OffsetDateTime>,
}

/// The municipality's barriers.
pub async fn barriers(db: &Db, municipality_id: &str) -> Result<Vec<BarrierRow>, sqlx::Error> {
    let a = |s: &str| Alias::new(s);
    let q = Query::select()
        .columns([
            a("id"),
            a("wijk_id"),
            a("status"),
            a("created_at"),
            a("closed_at"),
        ])
        .from(a("barriers"))
        .and_where(Expr::col(a("municipality_id")).eq(municipality_id))
        .and_where(Expr::col(a("merged_into_id")).is_null())
        .to_owned();
    db.fetch_all(&q).await
}

/// One escalation.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EscalationRow {
    /// Barrier.
    pub barrier_id: String,
    /// Escalated at.
    pub escalated_at: OffsetDateTime,
    /// Answered at.
    pub answered_at: Option<OffsetDateTime>,
}

/// The escalations of the municipality's barriers.
pub async fn escalations(
    db: &Db,
    municipality_id: &str,
) -> Result<Vec<EscalationRow>, sqlx::Error> {
    let a = |s: &str| Alias::new(s);
    let q = Query::select()
        .expr_as(Expr::cust("e.barrier_id"), a("barrier_id"))
        .expr_as(Expr::cust("e.escalated_at"), a("escalated_at"))
        .expr_as(Expr::cust("e.answered_at"), a("answered_at"))
        .from_as(a("barrier_escalations"), a("e"))
        .inner_join(
            TableRef::TableAlias(a("barriers").into_iden(), a("b").into_iden()),
            Expr::cust("b.id = e.barrier_id"),
        )
        .and_where(Expr::col((a("b"), a("municipality_id"))).eq(municipality_id))
        .to_owned();
    db.fetch_all(&q).await
}
