//! Which of a set of ids already exist, and where: what an import needs to know before it plans.

use std::collections::{HashMap, HashSet};

use sea_query::{Alias, Expr, Query};

use crate::db::Db;

async fn pairs(
    db: &Db,
    table: &str,
    key: &str,
    value: &str,
    ids: &[String],
) -> Result<Vec<(String, String)>, sqlx::Error> {
    let mut out = Vec::new();
    for chunk in ids.chunks(500) {
        let q = Query::select()
            .columns([Alias::new(key), Alias::new(value)])
            .from(Alias::new(table))
            .and_where(Expr::col(Alias::new(key)).is_in(chunk.iter().cloned()))
            .to_owned();
        out.extend(db.fetch_all::<(String, String)>(&q).await?);
    }
    Ok(out)
}

/// Existing organisations, locations and services among `ids`: id → municipality id.
pub async fn owners(db: &Db, ids: &[String]) -> Result<HashMap<String, String>, sqlx::Error> {
    let mut out = HashMap::new();
    for table in ["organizations", "locations", "services"] {
        out.extend(pairs(db, table, "id", "municipality_id", ids).await?);
    }
    Ok(out)
}

/// Existing service-at-locations, schedules and areas among `ids`: id → service id.
pub async fn child_owners(db: &Db, ids: &[String]) -> Result<HashMap<String, String>, sqlx::Error> {
    let mut out = HashMap::new();
    for table in ["service_at_locations", "schedules", "service_areas"] {
        out.extend(pairs(db, table, "id", "service_id", ids).await?);
    }
    Ok(out)
}

/// Existing terms among `ids`: id → taxonomy id.
pub async fn terms(db: &Db, ids: &[String]) -> Result<HashMap<String, String>, sqlx::Error> {
    Ok(pairs(db, "taxonomy_terms", "id", "taxonomy_id", ids)
        .await?
        .into_iter()
        .collect())
}

/// Existing taxonomies among `ids`.
pub async fn taxonomies(db: &Db, ids: &[String]) -> Result<HashSet<String>, sqlx::Error> {
    Ok(pairs(db, "taxonomies", "id", "name", ids)
        .await?
        .into_iter()
        .map(|p| p.0)
        .collect())
}

/// What the existing organisations, locations, services, taxonomies and terms among `ids` looked
/// like when they were last saved: id → fingerprint (records saved before fingerprints were kept
/// are left out).
pub async fn fingerprints(db: &Db, ids: &[String]) -> Result<HashMap<String, String>, sqlx::Error> {
    let mut out = HashMap::new();
    for table in [
        "organizations",
        "locations",
        "services",
        "taxonomies",
        "taxonomy_terms",
    ] {
        for chunk in ids.chunks(500) {
            let q = Query::select()
                .columns([Alias::new("id"), Alias::new("fingerprint")])
                .from(Alias::new(table))
                .and_where(Expr::col(Alias::new("id")).is_in(chunk.iter().cloned()))
                .and_where(Expr::col(Alias::new("fingerprint")).is_not_null())
                .to_owned();
            out.extend(db.fetch_all::<(String, String)>(&q).await?);
        }
    }
    Ok(out)
}
