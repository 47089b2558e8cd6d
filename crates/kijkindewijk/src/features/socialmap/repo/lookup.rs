//! Small lookups around services: by municipality, organisation or service-at-location.

use sea_query::{Alias, Expr, Order, Query};

use super::read::LocationRow;
use super::tables::*;
use crate::db::Db;

/// Ids of a municipality's services (all of them, or of some organisations), by name.
pub async fn service_ids_of_municipality(
    db: &Db,
    municipality_id: &str,
    organization_ids: Option<&[String]>,
) -> Result<Vec<String>, sqlx::Error> {
    let mut q = Query::select()
        .column(Services::Id)
        .from(Services::Table)
        .and_where(Expr::col(Services::MunicipalityId).eq(municipality_id))
        .order_by(Services::Name, Order::Asc)
        .order_by(Services::Id, Order::Asc)
        .to_owned();
    if let Some(orgs) = organization_ids {
        q.and_where(Expr::col(Services::OrganizationId).is_in(orgs.iter().cloned()));
    }
    let rows: Vec<(String,)> = db.fetch_all(&q).await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// Ids of an organisation's services, by name.
pub async fn service_ids_of_organization(
    db: &Db,
    organization_id: &str,
) -> Result<Vec<String>, sqlx::Error> {
    let q = Query::select()
        .column(Services::Id)
        .from(Services::Table)
        .and_where(Expr::col(Services::OrganizationId).eq(organization_id))
        .order_by(Services::Name, Order::Asc)
        .order_by(Services::Id, Order::Asc)
        .to_owned();
    let rows: Vec<(String,)> = db.fetch_all(&q).await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// The locations of an organisations (as [`LocationRow`]s without a service).
pub async fn locations_of_organization(
    db: &Db,
    organization_id: &str,
) -> Result<Vec<LocationRow>, sqlx::Error> {
    let empty = || Expr::cust("''");
    let q = Query::select()
        .expr_as(empty(), Alias::new("service_id"))
        .expr_as(empty(), Alias::new("sal_id"))
        .expr_as(
            Expr::cust("CAST(NULL AS TEXT)"),
            Alias::new("sal_description"),
        )
        .columns(std::iter::once(Locations::Id).chain(LOCATION_FIELDS))
        .from(Locations::Table)
        .and_where(Expr::col(Locations::OrganizationId).eq(organization_id))
        .order_by(Locations::Name, Order::Asc)
        .order_by(Locations::Id, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// The service a service-at-location belongs to.
pub async fn service_of_sal(db: &Db, sal_id: &str) -> Result<Option<String>, sqlx::Error> {
    let q = Query::select()
        .column(ServiceAtLocations::ServiceId)
        .from(ServiceAtLocations::Table)
        .and_where(Expr::col(ServiceAtLocations::Id).eq(sal_id))
        .to_owned();
    Ok(db.fetch_optional::<(String,)>(&q).await?.map(|r| r.0))
}
