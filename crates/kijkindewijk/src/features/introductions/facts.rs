//! What the wijkmonitor's job may read of introductions: per introduction of one municipality's
//! young people its dates and status, no messages and no organisation. Only the monitor's refresh
//! job calls this; nothing here reaches a page.

use sea_query::{Alias, Expr, IntoIden, Query, TableRef};
use time::{Date, OffsetDateTime};

use crate::db::Db;

/// One introduction.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct IntroRow {
    /// Young person (only to join; never stored by the monitor).
    pub young_person_id: String,
    /// The young person's wijk.
    pub wijk_id: Option<String>,
    /// Proposed at.
    pub created_at: OffsetDateTime,
    /// Last change.
    pub updated_at: OffsetDateTime,
    /// Started on.
    pub started_on: Option<Date>,
    /// Status key.
    pub status: String,
    /// Reason key, for declined and ended ones.
    pub reason: Option<String>,
}

/// Every introduction of the municipality's young people (not erased).
pub async fn introductions(db: &Db, municipality_id: &str) -> Result<Vec<IntroRow>, sqlx::Error> {
    let a = |s: &str| Alias::new(s);
    let q = Query::select()
        .expr_as(Expr::cust("i.young_person_id"), a("young_person_id"))
        .expr_as(Expr::cust("y.wijk_id"), a("wijk_id"))
        .expr_as(Expr::cust("i.created_at"), a("created_at"))
        .expr_as(Expr::cust("i.updated_at"), a("updated_at"))
        .expr_as(Expr::cust("i.started_on"), a("started_on"))
        .expr_as(Expr::cust("i.status"), a("status"))
        .expr_as(Expr::cust("i.reason"), a("reason"))
        .from_as(a("introductions"), a("i"))
        .inner_join(
            TableRef::TableAlias(a("young_people").into_iden(), a("y").into_iden()),
            Expr::cust("y.id = i.young_person_id"),
        )
        .and_where(Expr::col((a("y"), a("municipality_id"))).eq(municipality_id))
        .and_where(Expr::col((a("y"), a("erased_at"))).is_null())
        .to_owned();
    db.fetch_all(&q).await
}
