//! The listings overview for partners and editors.

use sea_query::{Alias, Cond, Expr, JoinType, Order, Query};
use time::{Date, OffsetDateTime};

use super::tables::*;
use crate::db::Db;

/// A row of the overview.
#[derive(Debug, Clone, sqlx::FromRow)]
#[allow(missing_docs)]
pub struct ManageRow {
    pub id: String,
    pub name: String,
    pub status: String,
    pub organization_name: String,
    pub assured_date: Option<Date>,
    pub confirmed_on: Option<Date>,
    pub updated_at: OffsetDateTime,
}

/// A page of a municipality's listings (of some organisations, or all), by name; with
/// `needs_check_before` only those never checked or last checked before that day; with
/// `name_contains` only names containing that text.
pub async fn overview(
    db: &Db,
    municipality_id: &str,
    organizations: Option<&[String]>,
    needs_check_before: Option<Date>,
    name_contains: Option<&str>,
    limit: u64,
    offset: u64,
) -> Result<(Vec<ManageRow>, i64), sqlx::Error> {
    let s = Alias::new("s");
    let mut q = Query::select()
        .from_as(Services::Table, s.clone())
        .join(
            JoinType::InnerJoin,
            Organizations::Table,
            Expr::col((Organizations::Table, Organizations::Id))
                .equals((s.clone(), Services::OrganizationId)),
        )
        .and_where(Expr::col((s.clone(), Services::MunicipalityId)).eq(municipality_id))
        .to_owned();
    if let Some(orgs) = organizations {
        q.and_where(Expr::col((s.clone(), Services::OrganizationId)).is_in(orgs.iter().cloned()));
    }
    if let Some(before) = needs_check_before {
        q.cond_where(
            Cond::any()
                .add(Expr::col((s.clone(), Services::AssuredDate)).is_null())
                .add(Expr::col((s.clone(), Services::AssuredDate)).lt(before)),
        );
    }
    if let Some(text) = name_contains.map(str::trim).filter(|t| !t.is_empty()) {
        q.and_where(
            Expr::expr(sea_query::Func::lower(Expr::col((
                s.clone(),
                Services::Name,
            ))))
            .like(super::orgs::like_pattern(text)),
        );
    }
    let mut count = q.clone();
    count.expr(Expr::cust("COUNT(*)"));
    let (total,): (i64,) = db.fetch_one(&count).await?;
    q.columns(
        [
            Services::Id,
            Services::Name,
            Services::Status,
            Services::AssuredDate,
            Services::ConfirmedOn,
            Services::UpdatedAt,
        ]
        .map(|c| (s.clone(), c)),
    )
    .expr_as(
        Expr::col((Organizations::Table, Organizations::Name)),
        Alias::new("organization_name"),
    )
    .order_by((s.clone(), Services::Name), Order::Asc)
    .order_by((s, Services::Id), Order::Asc)
    .limit(limit)
    .offset(offset);
    Ok((db.fetch_all(&q).await?, total))
}
