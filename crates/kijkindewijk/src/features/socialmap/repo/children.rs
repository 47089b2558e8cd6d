//! The children of a list of services, one query per kind, assembled into [`FullService`]s.

use std::collections::HashMap;

use sea_query::{Alias, Expr, JoinType, Order, Query};

pub use super::lookup::*;
use super::read::*;
use super::tables::*;
use crate::db::Db;
use crate::places::repo::{Buurten, Wijken};

async fn locations(db: &Db, scope: Scope<'_>) -> Result<Vec<LocationRow>, sqlx::Error> {
    let (sal, l) = (Alias::new("sal"), Alias::new("l"));
    in_scope(
        db,
        scope,
        || Expr::col((sal.clone(), ServiceAtLocations::ServiceId)),
        |w| {
            Query::select()
                .expr_as(
                    Expr::col((sal.clone(), ServiceAtLocations::ServiceId)),
                    Alias::new("service_id"),
                )
                .expr_as(
                    Expr::col((sal.clone(), ServiceAtLocations::Id)),
                    Alias::new("sal_id"),
                )
                .expr_as(
                    Expr::col((sal.clone(), ServiceAtLocations::Description)),
                    Alias::new("sal_description"),
                )
                .columns(
                    std::iter::once(Locations::Id)
                        .chain(LOCATION_FIELDS)
                        .map(|col| (l.clone(), col)),
                )
                .from_as(ServiceAtLocations::Table, sal.clone())
                .join_as(
                    JoinType::InnerJoin,
                    Locations::Table,
                    l.clone(),
                    Expr::col((l.clone(), Locations::Id))
                        .equals((sal.clone(), ServiceAtLocations::LocationId)),
                )
                .and_where(w)
                .order_by((sal.clone(), ServiceAtLocations::Id), Order::Asc)
                .to_owned()
        },
    )
    .await
}

async fn schedules(db: &Db, scope: Scope<'_>) -> Result<Vec<ScheduleRow>, sqlx::Error> {
    in_scope(
        db,
        scope,
        || Expr::col(Schedules::ServiceId),
        |w| {
            Query::select()
                .columns(SCHEDULE_FIELDS)
                .from(Schedules::Table)
                .and_where(w)
                .order_by(Schedules::OpensMinute, Order::Asc)
                .order_by(Schedules::Id, Order::Asc)
                .to_owned()
        },
    )
    .await
}

async fn terms(db: &Db, scope: Scope<'_>) -> Result<Vec<ServiceTermRow>, sqlx::Error> {
    let (st, t, x) = (Alias::new("st"), Alias::new("t"), Alias::new("x"));
    in_scope(
        db,
        scope,
        || Expr::col((st.clone(), ServiceTaxonomyTerms::ServiceId)),
        |w| {
            Query::select()
                .expr_as(
                    Expr::col((st.clone(), ServiceTaxonomyTerms::ServiceId)),
                    Alias::new("service_id"),
                )
                .columns(
                    [
                        TaxonomyTerms::Id,
                        TaxonomyTerms::TaxonomyId,
                        TaxonomyTerms::ParentId,
                        TaxonomyTerms::Code,
                        TaxonomyTerms::Name,
                        TaxonomyTerms::Description,
                        TaxonomyTerms::Language,
                        TaxonomyTerms::TermUri,
                    ]
                    .map(|col| (t.clone(), col)),
                )
                .expr_as(
                    Expr::col((x.clone(), Taxonomies::Name)),
                    Alias::new("taxonomy_name"),
                )
                .expr_as(
                    Expr::col((x.clone(), Taxonomies::Description)),
                    Alias::new("taxonomy_description"),
                )
                .expr_as(
                    Expr::col((x.clone(), Taxonomies::Uri)),
                    Alias::new("taxonomy_uri"),
                )
                .expr_as(
                    Expr::col((x.clone(), Taxonomies::Version)),
                    Alias::new("taxonomy_version"),
                )
                .from_as(ServiceTaxonomyTerms::Table, st.clone())
                .join_as(
                    JoinType::InnerJoin,
                    TaxonomyTerms::Table,
                    t.clone(),
                    Expr::col((t.clone(), TaxonomyTerms::Id))
                        .equals((st.clone(), ServiceTaxonomyTerms::TaxonomyTermId)),
                )
                .join_as(
                    JoinType::InnerJoin,
                    Taxonomies::Table,
                    x.clone(),
                    Expr::col((x.clone(), Taxonomies::Id))
                        .equals((t.clone(), TaxonomyTerms::TaxonomyId)),
                )
                .and_where(w)
                .order_by((t.clone(), TaxonomyTerms::Position), Order::Asc)
                .to_owned()
        },
    )
    .await
}

async fn languages(db: &Db, scope: Scope<'_>) -> Result<Vec<LanguageRow>, sqlx::Error> {
    in_scope(
        db,
        scope,
        || Expr::col(ServiceLanguages::ServiceId),
        |w| {
            Query::select()
                .columns([
                    ServiceLanguages::ServiceId,
                    ServiceLanguages::Code,
                    ServiceLanguages::Name,
                ])
                .from(ServiceLanguages::Table)
                .and_where(w)
                .order_by(ServiceLanguages::Code, Order::Asc)
                .to_owned()
        },
    )
    .await
}

async fn areas(db: &Db, scope: Scope<'_>) -> Result<Vec<AreaRow>, sqlx::Error> {
    let a = Alias::new("a");
    in_scope(
        db,
        scope,
        || Expr::col((a.clone(), ServiceAreas::ServiceId)),
        |w| {
            Query::select()
                .columns(
                    [
                        ServiceAreas::ServiceId,
                        ServiceAreas::Id,
                        ServiceAreas::WijkId,
                        ServiceAreas::BuurtId,
                        ServiceAreas::Name,
                    ]
                    .map(|col| (a.clone(), col)),
                )
                .expr_as(
                    Expr::col((Wijken::Table, Wijken::Name)),
                    Alias::new("wijk_name"),
                )
                .expr_as(
                    Expr::col((Wijken::Table, Wijken::Code)),
                    Alias::new("wijk_code"),
                )
                .expr_as(
                    Expr::col((Buurten::Table, Buurten::Name)),
                    Alias::new("buurt_name"),
                )
                .expr_as(
                    Expr::col((Buurten::Table, Buurten::Code)),
                    Alias::new("buurt_code"),
                )
                .from_as(ServiceAreas::Table, a.clone())
                .left_join(
                    Wijken::Table,
                    Expr::col((Wijken::Table, Wijken::Id))
                        .equals((a.clone(), ServiceAreas::WijkId)),
                )
                .left_join(
                    Buurten::Table,
                    Expr::col((Buurten::Table, Buurten::Id))
                        .equals((a.clone(), ServiceAreas::BuurtId)),
                )
                .and_where(w)
                .order_by((Wijken::Table, Wijken::Code), Order::Asc)
                .order_by((Buurten::Table, Buurten::Code), Order::Asc)
                .to_owned()
        },
    )
    .await
}

/// Accessibility features of locations.
pub async fn accessibility(
    db: &Db,
    location_ids: &[String],
) -> Result<Vec<AccessRow>, sqlx::Error> {
    in_scope(
        db,
        Scope::Ids(location_ids),
        || Expr::col(LocationAccessibility::LocationId),
        |w| {
            Query::select()
                .columns([
                    LocationAccessibility::Id,
                    LocationAccessibility::LocationId,
                    LocationAccessibility::Code,
                    LocationAccessibility::Description,
                    LocationAccessibility::Details,
                    LocationAccessibility::Url,
                ])
                .from(LocationAccessibility::Table)
                .and_where(w)
                .order_by(LocationAccessibility::Id, Order::Asc)
                .to_owned()
        },
    )
    .await
}

/// Whole services by id, in the order asked: seven queries however many services.
pub async fn full_services(db: &Db, ids: &[String]) -> Result<Vec<FullService>, sqlx::Error> {
    let services = services(db, ids).await?;
    let found: Vec<String> = services.iter().map(|s| s.id.clone()).collect();
    assemble(db, services, Scope::Ids(&found), true).await
}

/// Services with what a result card shows (places, times, categories), four queries: languages,
/// areas and accessibility stay empty.
pub async fn card_services(db: &Db, ids: &[String]) -> Result<Vec<FullService>, sqlx::Error> {
    let services = services(db, ids).await?;
    let found: Vec<String> = services.iter().map(|s| s.id.clone()).collect();
    assemble(db, services, Scope::Ids(&found), false).await
}

/// The cards of every service from `first` to `last` (ids, both included), in id order: four
/// queries that each read one stretch of an index.
pub async fn card_services_between(
    db: &Db,
    first: &str,
    last: &str,
) -> Result<Vec<FullService>, sqlx::Error> {
    let mut services = services_in(db, Scope::Range(first, last)).await?;
    services.sort_by(|a, b| a.id.cmp(&b.id));
    assemble(db, services, Scope::Range(first, last), false).await
}

/// Puts the children of `scope` (the same services) under their services.
async fn assemble(
    db: &Db,
    services: Vec<ServiceRow>,
    scope: Scope<'_>,
    everything: bool,
) -> Result<Vec<FullService>, sqlx::Error> {
    let locations = locations(db, scope).await?;
    let mut location_ids: Vec<String> = locations.iter().map(|l| l.id.clone()).collect();
    location_ids.sort();
    location_ids.dedup();
    let (access, languages, areas) = if everything {
        (
            accessibility(db, &location_ids).await?,
            languages(db, scope).await?,
            areas(db, scope).await?,
        )
    } else {
        (Vec::new(), Vec::new(), Vec::new())
    };
    let access = group(access, |a| &a.location_id);
    let mut locations = group(locations, |r| &r.service_id);
    let mut schedules = group(schedules(db, scope).await?, |r| &r.service_id);
    let mut terms = group(terms(db, scope).await?, |r| &r.service_id);
    let mut languages = group(languages, |r| &r.service_id);
    let mut areas = group(areas, |r| &r.service_id);
    Ok(services
        .into_iter()
        .map(|service| {
            let id = service.id.as_str();
            let locs = locations.remove(id).unwrap_or_default();
            let accessibility = locs
                .iter()
                .flat_map(|l| access.get(&l.id).cloned().unwrap_or_default())
                .collect();
            FullService {
                locations: locs,
                schedules: schedules.remove(id).unwrap_or_default(),
                terms: terms.remove(id).unwrap_or_default(),
                languages: languages.remove(id).unwrap_or_default(),
                areas: areas.remove(id).unwrap_or_default(),
                accessibility,
                service,
            }
        })
        .collect())
}

/// Groups rows by the service (or location) they belong to, keeping their order.
fn group<T>(rows: Vec<T>, key: impl Fn(&T) -> &String) -> HashMap<String, Vec<T>> {
    let mut out: HashMap<String, Vec<T>> = HashMap::new();
    for r in rows {
        out.entry(key(&r).clone()).or_default().push(r);
    }
    out
}
