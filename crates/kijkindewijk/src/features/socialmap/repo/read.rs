//! Reading whole services for pages, the edit form, the HSDS API and the export: one query per kind
//! of child for a whole list of services (never one per service).

use std::collections::HashMap;

use sea_query::{Alias, Expr, Query, SelectStatement, SimpleExpr};
use time::{Date, OffsetDateTime};

use super::tables::*;
use crate::db::Db;
use crate::features::socialmap::model::ServiceFields;

/// Ids per `IN (…)` list, well below both backends' parameter limits.
const CHUNK: usize = 500;

/// A service row: its fields with its organisation's name and the last change.
#[derive(Debug, Clone, sqlx::FromRow)]
#[allow(missing_docs)]
pub struct ServiceRow {
    #[sqlx(flatten)]
    pub fields: ServiceFields,
    pub organization_name: String,
    pub updated_at: OffsetDateTime,
    /// The day a keeper last confirmed the listing (see `domain::confirm`).
    pub confirmed_on: Option<Date>,
}

impl std::ops::Deref for ServiceRow {
    type Target = ServiceFields;
    fn deref(&self) -> &ServiceFields {
        &self.fields
    }
}

/// A location of a service (through its service-at-location).
#[derive(Debug, Clone, sqlx::FromRow)]
#[allow(missing_docs)]
pub struct LocationRow {
    pub service_id: String,
    pub sal_id: String,
    pub sal_description: Option<String>,
    pub id: String,
    pub organization_id: Option<String>,
    pub location_type: String,
    pub name: Option<String>,
    pub description: Option<String>,
    pub transportation: Option<String>,
    pub url: Option<String>,
    pub address_1: Option<String>,
    pub postal_code: Option<String>,
    pub city: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub external_identifier: Option<String>,
    pub external_identifier_type: Option<String>,
}

/// A stored schedule.
#[derive(Debug, Clone, sqlx::FromRow)]
#[allow(missing_docs)]
pub struct ScheduleRow {
    pub id: String,
    pub service_id: String,
    pub service_at_location_id: Option<String>,
    pub freq: String,
    pub repeat_interval: i64,
    pub byday: String,
    pub bymonthday: Option<String>,
    pub days_mask: i64,
    pub opens_minute: i64,
    pub closes_minute: i64,
    pub dtstart: Date,
    pub until_date: Option<Date>,
    pub repeat_count: Option<i64>,
    pub valid_from: Option<Date>,
    pub valid_to: Option<Date>,
    pub ends_on: Date,
    pub description: Option<String>,
}

/// A category of a service.
#[derive(Debug, Clone, sqlx::FromRow)]
#[allow(missing_docs)]
pub struct ServiceTermRow {
    pub service_id: String,
    pub id: String,
    pub taxonomy_id: String,
    pub parent_id: Option<String>,
    pub code: Option<String>,
    pub name: String,
    pub description: String,
    pub language: Option<String>,
    pub term_uri: Option<String>,
    pub taxonomy_name: String,
    pub taxonomy_description: String,
    pub taxonomy_uri: Option<String>,
    pub taxonomy_version: Option<String>,
}

/// A language of a service.
#[derive(Debug, Clone, sqlx::FromRow)]
#[allow(missing_docs)]
pub struct LanguageRow {
    pub service_id: String,
    pub code: String,
    pub name: String,
}

/// An area a service is for, with the names and codes of its wijk and buurt.
#[derive(Debug, Clone, sqlx::FromRow)]
#[allow(missing_docs)]
pub struct AreaRow {
    pub service_id: String,
    pub id: String,
    pub wijk_id: Option<String>,
    pub buurt_id: Option<String>,
    pub name: Option<String>,
    pub wijk_name: Option<String>,
    pub wijk_code: Option<String>,
    pub buurt_name: Option<String>,
    pub buurt_code: Option<String>,
}

/// An accessibility feature of a location.
#[derive(Debug, Clone, sqlx::FromRow)]
#[allow(missing_docs)]
pub struct AccessRow {
    pub id: String,
    pub location_id: String,
    pub code: Option<String>,
    pub description: String,
    pub details: Option<String>,
    pub url: Option<String>,
}

/// A service with everything that hangs off it.
#[derive(Debug, Clone)]
#[allow(missing_docs)]
pub struct FullService {
    pub service: ServiceRow,
    pub locations: Vec<LocationRow>,
    pub schedules: Vec<ScheduleRow>,
    pub terms: Vec<ServiceTermRow>,
    pub languages: Vec<LanguageRow>,
    pub areas: Vec<AreaRow>,
    pub accessibility: Vec<AccessRow>,
}

fn services_select() -> SelectStatement {
    let s = Alias::new("s");
    Query::select()
        .columns(
            SERVICE_FIELDS
                .into_iter()
                .chain([Services::UpdatedAt, Services::ConfirmedOn])
                .map(|c| (s.clone(), c)),
        )
        .expr_as(
            Expr::col((Organizations::Table, Organizations::Name)),
            Alias::new("organization_name"),
        )
        .from_as(Services::Table, s.clone())
        .inner_join(
            Organizations::Table,
            Expr::col((Organizations::Table, Organizations::Id))
                .equals((s, Services::OrganizationId)),
        )
        .to_owned()
}

/// Which services a read covers: the ids asked, or every id in an inclusive range. The search
/// index walks the whole table in id order by ranges, so its build needs no long `IN` lists.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// These ids (read in `IN` lists of [`CHUNK`]).
    Ids(&'a [String]),
    /// Every id from the first to the last, both included.
    Range(&'a str, &'a str),
}

/// Runs `build(condition)` for the scope, where the condition limits `col` to the scope's ids:
/// one query for a range, one per [`CHUNK`] ids for a list.
pub(super) async fn in_scope<T: crate::db::DbRow>(
    db: &Db,
    scope: Scope<'_>,
    col: impl Fn() -> Expr,
    build: impl Fn(SimpleExpr) -> SelectStatement,
) -> Result<Vec<T>, sqlx::Error> {
    match scope {
        Scope::Range(first, last) => db.fetch_all::<T>(&build(col().between(first, last))).await,
        Scope::Ids(ids) => {
            let mut out = Vec::new();
            for chunk in ids.chunks(CHUNK) {
                let cond = col().is_in(chunk.iter().cloned());
                out.extend(db.fetch_all::<T>(&build(cond)).await?);
            }
            Ok(out)
        }
    }
}

/// Services by id, in the order asked (missing ones are left out).
pub async fn services(db: &Db, ids: &[String]) -> Result<Vec<ServiceRow>, sqlx::Error> {
    let rows = services_in(db, Scope::Ids(ids)).await?;
    let mut by_id: HashMap<String, ServiceRow> =
        rows.into_iter().map(|r| (r.id.clone(), r)).collect();
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}

/// Services of a scope, in no particular order.
pub(super) async fn services_in(db: &Db, scope: Scope<'_>) -> Result<Vec<ServiceRow>, sqlx::Error> {
    in_scope(
        db,
        scope,
        || Expr::col((Alias::new("s"), Services::Id)),
        |w| services_select().and_where(w).to_owned(),
    )
    .await
}
