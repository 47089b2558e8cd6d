//! The governance report's rows: barriers reduced to what may be counted.

use sea_query::{Alias, Expr, Order, Query};
use time::{Date, OffsetDateTime};

use super::*;
use crate::db::Db;

/// One row of the governance report: a barrier reduced to what may be counted.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReportRow {
    /// Category key.
    pub category: String,
    /// Status.
    pub status: String,
    /// Wijk id.
    pub wijk_id: Option<String>,
    /// Recorded.
    pub created_at: OffsetDateTime,
    /// Young people hit.
    pub young_count: i64,
    /// Days to the first answer, when answered.
    pub answered_at: Option<OffsetDateTime>,
    /// Escalated.
    pub escalated_at: Option<OffsetDateTime>,
    /// The solution, only when marked fit for this view.
    pub solution: Option<String>,
    /// Title, only with an approved solution.
    pub title: Option<String>,
}

/// The report's rows for a municipality, a wijk (optional) and a period of recording.
pub async fn report_rows(
    db: &Db,
    municipality_id: &str,
    wijk_id: Option<&str>,
    from: Date,
    to: Date,
) -> Result<Vec<ReportRow>, sqlx::Error> {
    let b = Barriers::Table;
    let start = from.midnight().assume_utc();
    let end = to.next_day().unwrap_or(to).midnight().assume_utc();
    let mut q = Query::select()
        .columns([
            (b, Barriers::Category),
            (b, Barriers::Status),
            (b, Barriers::WijkId),
            (b, Barriers::CreatedAt),
        ])
        .expr_as(
            Expr::cust(
                "(SELECT COUNT(*) FROM barrier_young_people byp WHERE byp.barrier_id = barriers.id)",
            ),
            Alias::new("young_count"),
        )
        .expr_as(
            Expr::cust(
                "(SELECT MIN(e.answered_at) FROM barrier_escalations e WHERE e.barrier_id = barriers.id)",
            ),
            Alias::new("answered_at"),
        )
        .expr_as(
            Expr::cust(
                "(SELECT MIN(e.escalated_at) FROM barrier_escalations e WHERE e.barrier_id = barriers.id)",
            ),
            Alias::new("escalated_at"),
        )
        .expr_as(
            Expr::cust("CASE WHEN barriers.solution_for_policy THEN barriers.solution END"),
            Alias::new("solution"),
        )
        .expr_as(
            Expr::cust("CASE WHEN barriers.solution_for_policy THEN barriers.title END"),
            Alias::new("title"),
        )
        .from(b)
        .and_where(Expr::col((b, Barriers::MunicipalityId)).eq(municipality_id))
        .and_where(Expr::col((b, Barriers::MergedIntoId)).is_null())
        .and_where(Expr::col((b, Barriers::CreatedAt)).gte(start))
        .and_where(Expr::col((b, Barriers::CreatedAt)).lt(end))
        .order_by((b, Barriers::CreatedAt), Order::Asc)
        .to_owned();
    if let Some(w) = wijk_id {
        q.and_where(Expr::col((b, Barriers::WijkId)).eq(w));
    }
    db.fetch_all(&q).await
}
