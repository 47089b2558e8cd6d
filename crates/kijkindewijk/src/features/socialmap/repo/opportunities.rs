//! What introductions ask of the social map: one active listing with its organisation's contact,
//! and the active listings that fit an age, with what suggestions weigh. Reached through
//! `socialmap::search`, the seam for other features.

use sea_query::{Cond, Expr, Order, Query};

use super::tables::{Organizations, ServiceAreas, ServiceTaxonomyTerms, Services, TaxonomyTerms};
use crate::db::Db;

/// A listing a young person can be introduced to: active, in their municipality.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ServiceHead {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Organisation.
    pub organization_id: String,
    /// Organisation name.
    pub organization_name: String,
    /// Organisation e-mail, for the partner's notice.
    pub organization_email: Option<String>,
    /// Minimum age.
    pub minimum_age: Option<i64>,
    /// Maximum age.
    pub maximum_age: Option<i64>,
    /// Free.
    pub is_free: bool,
    /// Jeugdfonds possible.
    pub jeugdfonds: bool,
}

/// An active listing of the municipality, or none.
pub async fn service_head(
    db: &Db,
    municipality_id: &str,
    service_id: &str,
) -> Result<Option<ServiceHead>, sqlx::Error> {
    let (s, o) = (Services::Table, Organizations::Table);
    let q = Query::select()
        .columns([
            (s, Services::Id),
            (s, Services::Name),
            (s, Services::OrganizationId),
        ])
        .expr_as(
            Expr::col((o, Organizations::Name)),
            sea_query::Alias::new("organization_name"),
        )
        .expr_as(
            Expr::col((o, Organizations::Email)),
            sea_query::Alias::new("organization_email"),
        )
        .columns([
            (s, Services::MinimumAge),
            (s, Services::MaximumAge),
            (s, Services::IsFree),
            (s, Services::Jeugdfonds),
        ])
        .from(s)
        .inner_join(
            o,
            Expr::col((o, Organizations::Id)).equals((s, Services::OrganizationId)),
        )
        .and_where(Expr::col((s, Services::Id)).eq(service_id))
        .and_where(Expr::col((s, Services::MunicipalityId)).eq(municipality_id))
        .and_where(Expr::col((s, Services::Status)).eq("active"))
        .to_owned();
    db.fetch_optional(&q).await
}

/// What the ranking of suggestions knows of a listing.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Service id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Organisation (an activity offered at many places is one listing per place).
    pub organization_id: String,
    /// Organisation name.
    pub organization_name: String,
    /// Description.
    pub description: String,
    /// Category names.
    pub categories: Vec<String>,
    /// Wijken it serves (empty: the whole municipality).
    pub wijk_ids: Vec<String>,
    /// Free of charge.
    pub is_free: bool,
    /// The Jeugdfonds Sport & Cultuur can pay.
    pub jeugdfonds: bool,
    /// Places left, when known.
    pub capacity: Option<i64>,
}

/// Most candidates a suggestion list weighs; the age filter runs in the database first.
const CANDIDATES: u64 = 1000;

/// Active listings of the municipality that fit this age, with their categories and wijken (three
/// queries in all).
pub async fn candidates(
    db: &Db,
    municipality_id: &str,
    age: i64,
) -> Result<Vec<Candidate>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: String,
        name: String,
        organization_id: String,
        organization_name: String,
        description: String,
        is_free: bool,
        jeugdfonds: bool,
        capacity_available: Option<i64>,
    }
    let (s, o) = (Services::Table, Organizations::Table);
    let q = Query::select()
        .columns([
            (s, Services::Id),
            (s, Services::Name),
            (s, Services::OrganizationId),
        ])
        .expr_as(
            Expr::col((o, Organizations::Name)),
            sea_query::Alias::new("organization_name"),
        )
        .columns([
            (s, Services::Description),
            (s, Services::IsFree),
            (s, Services::Jeugdfonds),
            (s, Services::CapacityAvailable),
        ])
        .from(s)
        .inner_join(
            o,
            Expr::col((o, Organizations::Id)).equals((s, Services::OrganizationId)),
        )
        .and_where(Expr::col((s, Services::MunicipalityId)).eq(municipality_id))
        .and_where(Expr::col((s, Services::Status)).eq("active"))
        .cond_where(
            Cond::any()
                .add(Expr::col((s, Services::MinimumAge)).is_null())
                .add(Expr::col((s, Services::MinimumAge)).lte(age)),
        )
        .cond_where(
            Cond::any()
                .add(Expr::col((s, Services::MaximumAge)).is_null())
                .add(Expr::col((s, Services::MaximumAge)).gte(age)),
        )
        .order_by((s, Services::Name), Order::Asc)
        .limit(CANDIDATES)
        .to_owned();
    let rows: Vec<Row> = db.fetch_all(&q).await?;
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let (st, t) = (ServiceTaxonomyTerms::Table, TaxonomyTerms::Table);
    let q = Query::select()
        .column((st, ServiceTaxonomyTerms::ServiceId))
        .column((t, TaxonomyTerms::Name))
        .from(st)
        .inner_join(
            t,
            Expr::col((t, TaxonomyTerms::Id)).equals((st, ServiceTaxonomyTerms::TaxonomyTermId)),
        )
        .and_where(Expr::col((st, ServiceTaxonomyTerms::ServiceId)).is_in(ids.clone()))
        .to_owned();
    let terms: Vec<(String, String)> = db.fetch_all(&q).await?;
    let q = Query::select()
        .columns([ServiceAreas::ServiceId, ServiceAreas::WijkId])
        .from(ServiceAreas::Table)
        .and_where(Expr::col(ServiceAreas::ServiceId).is_in(ids))
        .to_owned();
    let areas: Vec<(String, Option<String>)> = db.fetch_all(&q).await?;
    Ok(rows
        .into_iter()
        .map(|r| Candidate {
            categories: terms
                .iter()
                .filter(|(s, _)| *s == r.id)
                .map(|(_, n)| n.clone())
                .collect(),
            wijk_ids: areas
                .iter()
                .filter(|(s, _)| *s == r.id)
                .filter_map(|(_, w)| w.clone())
                .collect(),
            id: r.id,
            name: r.name,
            organization_id: r.organization_id,
            organization_name: r.organization_name,
            description: r.description,
            is_free: r.is_free,
            jeugdfonds: r.jeugdfonds,
            capacity: r.capacity_available,
        })
        .collect())
}

/// The first listing (by id) of the municipality whose name matches a LIKE pattern: its id and its
/// organisation's (for other features' demo data).
pub async fn first_by_name(
    tx: &mut crate::db::Tx,
    municipality_id: &str,
    pattern: &str,
) -> Result<Option<(String, String)>, sqlx::Error> {
    let q = Query::select()
        .columns([Services::Id, Services::OrganizationId])
        .from(Services::Table)
        .and_where(Expr::col(Services::MunicipalityId).eq(municipality_id))
        .and_where(Expr::col(Services::Name).like(pattern))
        .order_by(Services::Id, Order::Asc)
        .limit(1)
        .to_owned();
    tx.fetch_optional(&q).await
}
