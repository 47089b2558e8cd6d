//! Organisations and the partner accounts that keep their listings.

use sea_query::{Alias, Expr, Func, JoinType, Order, Query};
use time::OffsetDateTime;

use super::tables::*;
use crate::db::Db;

/// An organisation row.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
#[allow(missing_docs)]
pub struct OrgRow {
    pub id: String,
    pub municipality_id: String,
    pub name: String,
    pub alternate_name: Option<String>,
    pub description: String,
    pub email: Option<String>,
    pub website: Option<String>,
    pub phone: Option<String>,
    pub updated_at: OffsetDateTime,
}

/// A partner account linked to an organisation.
#[derive(Debug, Clone, sqlx::FromRow)]
#[allow(missing_docs)]
pub struct MemberRow {
    pub organization_id: String,
    pub user_id: String,
    pub display_name: String,
    pub login_name: String,
}

const COLUMNS: [Organizations; 9] = [
    Organizations::Id,
    Organizations::MunicipalityId,
    Organizations::Name,
    Organizations::AlternateName,
    Organizations::Description,
    Organizations::Email,
    Organizations::Website,
    Organizations::Phone,
    Organizations::UpdatedAt,
];

/// The organisations of a municipality, by name.
pub async fn of_municipality(db: &Db, municipality_id: &str) -> Result<Vec<OrgRow>, sqlx::Error> {
    let q = Query::select()
        .columns(COLUMNS)
        .from(Organizations::Table)
        .and_where(Expr::col(Organizations::MunicipalityId).eq(municipality_id))
        .order_by(Organizations::Name, Order::Asc)
        .order_by(Organizations::Id, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// Organisations by id.
pub async fn by_ids(db: &Db, ids: &[String]) -> Result<Vec<OrgRow>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let q = Query::select()
        .columns(COLUMNS)
        .from(Organizations::Table)
        .and_where(Expr::col(Organizations::Id).is_in(ids.iter().cloned()))
        .order_by(Organizations::Name, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// One organisation.
pub async fn by_id(db: &Db, id: &str) -> Result<Option<OrgRow>, sqlx::Error> {
    Ok(by_ids(db, &[id.to_string()]).await?.pop())
}

/// The organisations a partner account keeps, within one municipality.
pub async fn ids_of_member(
    db: &Db,
    user_id: &str,
    municipality_id: &str,
) -> Result<Vec<String>, sqlx::Error> {
    let m = Alias::new("m");
    let q = Query::select()
        .column((Organizations::Table, Organizations::Id))
        .from(Organizations::Table)
        .join_as(
            JoinType::InnerJoin,
            OrganizationMembers::Table,
            m.clone(),
            Expr::col((m.clone(), OrganizationMembers::OrganizationId))
                .equals((Organizations::Table, Organizations::Id)),
        )
        .and_where(Expr::col((m, OrganizationMembers::UserId)).eq(user_id))
        .and_where(
            Expr::col((Organizations::Table, Organizations::MunicipalityId)).eq(municipality_id),
        )
        .to_owned();
    let rows: Vec<(String,)> = db.fetch_all(&q).await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// The partner accounts of a municipality's organisations.
pub async fn members(db: &Db, municipality_id: &str) -> Result<Vec<MemberRow>, sqlx::Error> {
    let (m, u) = (Alias::new("m"), Alias::new("u"));
    let q = Query::select()
        .expr_as(
            Expr::col((m.clone(), OrganizationMembers::OrganizationId)),
            Alias::new("organization_id"),
        )
        .expr_as(
            Expr::col((m.clone(), OrganizationMembers::UserId)),
            Alias::new("user_id"),
        )
        .expr_as(
            Expr::col((u.clone(), Alias::new("display_name"))),
            Alias::new("display_name"),
        )
        .expr_as(
            Expr::col((u.clone(), Alias::new("login_name"))),
            Alias::new("login_name"),
        )
        .from_as(OrganizationMembers::Table, m.clone())
        .join_as(
            JoinType::InnerJoin,
            Alias::new("users"),
            u.clone(),
            Expr::col((u.clone(), Alias::new("id")))
                .equals((m.clone(), OrganizationMembers::UserId)),
        )
        .inner_join(
            Organizations::Table,
            Expr::col((Organizations::Table, Organizations::Id))
                .equals((m, OrganizationMembers::OrganizationId)),
        )
        .and_where(
            Expr::col((Organizations::Table, Organizations::MunicipalityId)).eq(municipality_id),
        )
        .order_by((u, Alias::new("display_name")), Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// A page of organisations for the HSDS API, optionally within a municipality and with a name that
/// contains `search`; plus the total.
pub async fn page(
    db: &Db,
    municipality_id: Option<&str>,
    search: Option<&str>,
    limit: u64,
    offset: u64,
) -> Result<(Vec<OrgRow>, i64), sqlx::Error> {
    let mut q = Query::select().from(Organizations::Table).to_owned();
    if let Some(m) = municipality_id {
        q.and_where(Expr::col(Organizations::MunicipalityId).eq(m));
    }
    if let Some(s) = search.map(str::trim).filter(|s| !s.is_empty()) {
        q.and_where(Expr::expr(Func::lower(Expr::col(Organizations::Name))).like(like_pattern(s)));
    }
    let mut count = q.clone();
    count.expr(Expr::cust("COUNT(*)"));
    let (total,): (i64,) = db.fetch_one(&count).await?;
    q.columns(COLUMNS)
        .order_by(Organizations::Name, Order::Asc)
        .order_by(Organizations::Id, Order::Asc)
        .limit(limit)
        .offset(offset);
    Ok((db.fetch_all(&q).await?, total))
}

/// `%text%` for LIKE, lower case, with the wildcards of the text itself taken literally.
pub fn like_pattern(s: &str) -> sea_query::LikeExpr {
    let escaped: String = s
        .chars()
        .take(100)
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            c => c.to_lowercase().collect(),
        })
        .collect();
    sea_query::LikeExpr::new(format!("%{escaped}%")).escape('\\')
}

/// Whether a place is also used by a listing of another organisation (a data set can share one
/// place between organisations): editing one listing must then not move the other's place.
pub async fn location_shared_with_others(
    db: &Db,
    location_id: &str,
    organization_id: &str,
) -> Result<bool, sqlx::Error> {
    let (sal, s) = (Alias::new("service_at_locations"), Alias::new("services"));
    let q = Query::select()
        .expr(Expr::col((sal.clone(), Alias::new("id"))).count())
        .from(sal.clone())
        .inner_join(
            s.clone(),
            Expr::col((s.clone(), Alias::new("id")))
                .equals((sal.clone(), Alias::new("service_id"))),
        )
        .and_where(Expr::col((sal, Alias::new("location_id"))).eq(location_id))
        .and_where(Expr::col((s, Alias::new("organization_id"))).ne(organization_id))
        .to_owned();
    Ok(db.fetch_one::<(i64,)>(&q).await?.0 > 0)
}
