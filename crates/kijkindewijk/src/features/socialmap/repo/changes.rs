//! The social map's change log (`socialmap_changes`, see `0011_socialmap_changes.sql`): every write
//! to services, locations, schedules, organisations and taxonomies records what changed in the same
//! transaction, and each instance's search index reads the rows it has not applied yet.

use sea_query::{Expr, Iden, Order, Query};
use time::OffsetDateTime;

use super::tables::{ServiceAtLocations, Services};
use crate::db::{Db, Tx, now};

/// `socialmap_changes`
#[derive(Iden, Clone, Copy)]
enum SocialmapChanges {
    Table,
    Seq,
    Kind,
    RefId,
    ChangedAt,
}

/// What a write changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// One service (its fields, places, times, categories or areas).
    Service(String),
    /// A location: every service held there.
    Location(String),
    /// An organisation (its name shows on cards and is searched): every service it offers.
    Organization(String),
    /// Taxonomies or bulk loads: the index is rebuilt.
    Everything,
}

impl Change {
    fn parts(&self) -> (&'static str, &str) {
        match self {
            Change::Service(id) => ("service", id),
            Change::Location(id) => ("location", id),
            Change::Organization(id) => ("organization", id),
            Change::Everything => ("everything", ""),
        }
    }

    fn from_parts(kind: &str, id: String) -> Change {
        match kind {
            "service" => Change::Service(id),
            "location" => Change::Location(id),
            "organization" => Change::Organization(id),
            _ => Change::Everything,
        }
    }
}

/// Records a change in the writing transaction. Every write of the social map calls this (the
/// repository's save functions do), so no change can reach the database without the index hearing
/// of it.
pub async fn record(tx: &mut Tx, change: &Change) -> Result<(), sqlx::Error> {
    let (kind, id) = change.parts();
    let q = Query::insert()
        .into_table(SocialmapChanges::Table)
        .columns([
            SocialmapChanges::Kind,
            SocialmapChanges::RefId,
            SocialmapChanges::ChangedAt,
        ])
        .values_panic([kind.into(), id.into(), now().into()])
        .to_owned();
    tx.execute(&q).await?;
    Ok(())
}

/// A recorded change.
#[derive(Debug, Clone)]
pub struct Logged {
    /// Its place in the log.
    pub seq: i64,
    /// What changed.
    pub change: Change,
}

/// Changes after `seq`, oldest first, at most `limit`.
pub async fn since(db: &Db, seq: i64, limit: u64) -> Result<Vec<Logged>, sqlx::Error> {
    let q = Query::select()
        .columns([
            SocialmapChanges::Seq,
            SocialmapChanges::Kind,
            SocialmapChanges::RefId,
        ])
        .from(SocialmapChanges::Table)
        .and_where(Expr::col(SocialmapChanges::Seq).gt(seq))
        .order_by(SocialmapChanges::Seq, Order::Asc)
        .limit(limit)
        .to_owned();
    let rows: Vec<(i64, String, String)> = db.fetch_all(&q).await?;
    Ok(rows
        .into_iter()
        .map(|(seq, kind, id)| Logged {
            seq,
            change: Change::from_parts(&kind, id),
        })
        .collect())
}

/// The highest recorded sequence number (0 for an empty log).
pub async fn last_seq(db: &Db) -> Result<i64, sqlx::Error> {
    let q = Query::select()
        .expr(Expr::cust("COALESCE(MAX(seq), 0)"))
        .from(SocialmapChanges::Table)
        .to_owned();
    let (n,): (i64,) = db.fetch_one(&q).await?;
    Ok(n)
}

/// Forgets changes older than `before` (every instance has long applied them).
pub async fn prune(db: &Db, before: OffsetDateTime) -> Result<u64, sqlx::Error> {
    let q = Query::delete()
        .from_table(SocialmapChanges::Table)
        .and_where(Expr::col(SocialmapChanges::ChangedAt).lt(before))
        .to_owned();
    db.execute(&q).await
}

/// The services a change touches (a service stands for itself, even when it no longer exists).
pub async fn services_of(db: &Db, change: &Change) -> Result<Vec<String>, sqlx::Error> {
    let q = match change {
        Change::Service(id) => return Ok(vec![id.clone()]),
        Change::Everything => return all_service_ids(db).await,
        Change::Location(id) => Query::select()
            .column(ServiceAtLocations::ServiceId)
            .from(ServiceAtLocations::Table)
            .and_where(Expr::col(ServiceAtLocations::LocationId).eq(id.as_str()))
            .to_owned(),
        Change::Organization(id) => Query::select()
            .column(Services::Id)
            .from(Services::Table)
            .and_where(Expr::col(Services::OrganizationId).eq(id.as_str()))
            .to_owned(),
    };
    let rows: Vec<(String,)> = db.fetch_all(&q).await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// Every service id.
pub async fn all_service_ids(db: &Db) -> Result<Vec<String>, sqlx::Error> {
    let q = Query::select()
        .column(Services::Id)
        .from(Services::Table)
        .order_by(Services::Id, Order::Asc)
        .to_owned();
    let rows: Vec<(String,)> = db.fetch_all(&q).await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}
