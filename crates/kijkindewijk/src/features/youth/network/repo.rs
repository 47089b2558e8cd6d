//! Queries for the network map and its snapshots.

use sea_query::{Expr, Iden, Order, Query};
use time::Date;

use super::model::Placed;
use crate::db::{Db, Tx, new_id, now};

#[derive(Iden, Clone, Copy)]
enum NetworkPeople {
    Table,
    Id,
    YoungPersonId,
    Name,
    Sector,
    Ring,
    Concrete,
    Emotional,
    Informational,
    Criticism,
    Direction,
    Frequency,
    YearsKnown,
    Trusted,
    CreatedAt,
    UpdatedAt,
}

#[derive(Iden, Clone, Copy)]
enum NetworkSnapshots {
    Table,
    Id,
    YoungPersonId,
    TakenOn,
    CreatedAt,
}

#[derive(Iden, Clone, Copy)]
enum NetworkSnapshotPeople {
    Table,
    Id,
    SnapshotId,
    Sector,
    Ring,
    Trusted,
}

/// A person on the map with the Social Network Map dimensions of the tie.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Person {
    /// Id.
    pub id: String,
    /// Name or nickname.
    pub name: String,
    /// Sector.
    pub sector: String,
    /// Ring 1 (close) – 3.
    pub ring: i64,
    /// Concrete support 1–3.
    pub concrete: i64,
    /// Emotional support 1–3.
    pub emotional: i64,
    /// Information and advice 1–3.
    pub informational: i64,
    /// Criticism 1–3.
    pub criticism: i64,
    /// both, from_me, to_me.
    pub direction: String,
    /// 1 (a few times a year) – 4 (daily).
    pub frequency: i64,
    /// lt1, 1to5, gt5.
    pub years_known: String,
    /// Trusted person.
    pub trusted: bool,
}

const COLUMNS: [NetworkPeople; 12] = [
    NetworkPeople::Id,
    NetworkPeople::Name,
    NetworkPeople::Sector,
    NetworkPeople::Ring,
    NetworkPeople::Concrete,
    NetworkPeople::Emotional,
    NetworkPeople::Informational,
    NetworkPeople::Criticism,
    NetworkPeople::Direction,
    NetworkPeople::Frequency,
    NetworkPeople::YearsKnown,
    NetworkPeople::Trusted,
];

/// Everyone on the map (one query).
pub async fn people(db: &Db, young_person_id: &str) -> Result<Vec<Person>, sqlx::Error> {
    let q = Query::select()
        .columns(COLUMNS)
        .from(NetworkPeople::Table)
        .and_where(Expr::col(NetworkPeople::YoungPersonId).eq(young_person_id))
        .order_by(NetworkPeople::Ring, Order::Asc)
        .order_by(NetworkPeople::Name, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// Number of people on the map (checked inside the writing transaction).
pub async fn count(tx: &mut Tx, young_person_id: &str) -> Result<i64, sqlx::Error> {
    let q = Query::select()
        .expr(Expr::col(NetworkPeople::Id).count())
        .from(NetworkPeople::Table)
        .and_where(Expr::col(NetworkPeople::YoungPersonId).eq(young_person_id))
        .to_owned();
    Ok(tx.fetch_one::<(i64,)>(&q).await?.0)
}

fn values(p: &Person) -> Vec<sea_query::SimpleExpr> {
    vec![
        p.name.trim().into(),
        p.sector.clone().into(),
        p.ring.into(),
        p.concrete.into(),
        p.emotional.into(),
        p.informational.into(),
        p.criticism.into(),
        p.direction.clone().into(),
        p.frequency.into(),
        p.years_known.clone().into(),
        p.trusted.into(),
    ]
}

/// Adds a person; returns the id.
pub async fn add(tx: &mut Tx, young_person_id: &str, p: &Person) -> Result<String, sqlx::Error> {
    let id = new_id();
    let t = now();
    let mut row = vec![id.clone().into(), young_person_id.into()];
    row.extend(values(p));
    row.extend([t.into(), t.into()]);
    let q = Query::insert()
        .into_table(NetworkPeople::Table)
        .columns([
            NetworkPeople::Id,
            NetworkPeople::YoungPersonId,
            NetworkPeople::Name,
            NetworkPeople::Sector,
            NetworkPeople::Ring,
            NetworkPeople::Concrete,
            NetworkPeople::Emotional,
            NetworkPeople::Informational,
            NetworkPeople::Criticism,
            NetworkPeople::Direction,
            NetworkPeople::Frequency,
            NetworkPeople::YearsKnown,
            NetworkPeople::Trusted,
            NetworkPeople::CreatedAt,
            NetworkPeople::UpdatedAt,
        ])
        .values_panic(row)
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// Changes a person of this young person; false when not theirs.
pub async fn update(tx: &mut Tx, young_person_id: &str, p: &Person) -> Result<bool, sqlx::Error> {
    let cols = [
        NetworkPeople::Name,
        NetworkPeople::Sector,
        NetworkPeople::Ring,
        NetworkPeople::Concrete,
        NetworkPeople::Emotional,
        NetworkPeople::Informational,
        NetworkPeople::Criticism,
        NetworkPeople::Direction,
        NetworkPeople::Frequency,
        NetworkPeople::YearsKnown,
        NetworkPeople::Trusted,
    ];
    let mut set: Vec<(NetworkPeople, sea_query::SimpleExpr)> =
        cols.into_iter().zip(values(p)).collect();
    set.push((NetworkPeople::UpdatedAt, now().into()));
    let q = Query::update()
        .table(NetworkPeople::Table)
        .values(set)
        .and_where(Expr::col(NetworkPeople::Id).eq(p.id.clone()))
        .and_where(Expr::col(NetworkPeople::YoungPersonId).eq(young_person_id))
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}

/// Removes a person; false when not theirs.
pub async fn remove(
    tx: &mut Tx,
    young_person_id: &str,
    person_id: &str,
) -> Result<bool, sqlx::Error> {
    let q = Query::delete()
        .from_table(NetworkPeople::Table)
        .and_where(Expr::col(NetworkPeople::Id).eq(person_id))
        .and_where(Expr::col(NetworkPeople::YoungPersonId).eq(young_person_id))
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}

/// A snapshot's date.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Snapshot {
    /// Id.
    pub id: String,
    /// Date.
    pub taken_on: Date,
}

/// Snapshots, oldest first.
pub async fn snapshots(db: &Db, young_person_id: &str) -> Result<Vec<Snapshot>, sqlx::Error> {
    let q = Query::select()
        .columns([NetworkSnapshots::Id, NetworkSnapshots::TakenOn])
        .from(NetworkSnapshots::Table)
        .and_where(Expr::col(NetworkSnapshots::YoungPersonId).eq(young_person_id))
        .order_by(NetworkSnapshots::TakenOn, Order::Asc)
        .order_by(NetworkSnapshots::CreatedAt, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// Keeps today's map as a snapshot (sector, ring and trusted mark of everyone); returns its id.
pub async fn take_snapshot(
    tx: &mut Tx,
    young_person_id: &str,
    people: &[Person],
) -> Result<String, sqlx::Error> {
    take_snapshot_on(tx, young_person_id, people, now().date()).await
}

/// Keeps a map as the snapshot of a given day.
pub async fn take_snapshot_on(
    tx: &mut Tx,
    young_person_id: &str,
    people: &[Person],
    day: Date,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let t = now();
    let q = Query::insert()
        .into_table(NetworkSnapshots::Table)
        .columns([
            NetworkSnapshots::Id,
            NetworkSnapshots::YoungPersonId,
            NetworkSnapshots::TakenOn,
            NetworkSnapshots::CreatedAt,
        ])
        .values_panic([
            id.clone().into(),
            young_person_id.into(),
            day.into(),
            t.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    if !people.is_empty() {
        let mut q = Query::insert()
            .into_table(NetworkSnapshotPeople::Table)
            .columns([
                NetworkSnapshotPeople::Id,
                NetworkSnapshotPeople::SnapshotId,
                NetworkSnapshotPeople::Sector,
                NetworkSnapshotPeople::Ring,
                NetworkSnapshotPeople::Trusted,
            ])
            .to_owned();
        for p in people {
            q.values_panic([
                new_id().into(),
                id.clone().into(),
                p.sector.clone().into(),
                p.ring.into(),
                p.trusted.into(),
            ]);
        }
        tx.execute(&q).await?;
    }
    Ok(id)
}

/// The people of one snapshot of this young person (empty when the snapshot is not theirs).
pub async fn snapshot_people(
    db: &Db,
    young_person_id: &str,
    snapshot_id: &str,
) -> Result<Vec<Placed>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        sector: String,
        ring: i64,
        trusted: bool,
    }
    let sp = NetworkSnapshotPeople::Table;
    let q = Query::select()
        .columns([
            (sp, NetworkSnapshotPeople::Sector),
            (sp, NetworkSnapshotPeople::Ring),
            (sp, NetworkSnapshotPeople::Trusted),
        ])
        .from(sp)
        .inner_join(
            NetworkSnapshots::Table,
            Expr::col((NetworkSnapshots::Table, NetworkSnapshots::Id))
                .equals((sp, NetworkSnapshotPeople::SnapshotId)),
        )
        .and_where(Expr::col((NetworkSnapshots::Table, NetworkSnapshots::Id)).eq(snapshot_id))
        .and_where(
            Expr::col((NetworkSnapshots::Table, NetworkSnapshots::YoungPersonId))
                .eq(young_person_id),
        )
        .to_owned();
    let rows: Vec<Row> = db.fetch_all(&q).await?;
    Ok(rows
        .into_iter()
        .map(|r| Placed {
            sector: r.sector,
            ring: r.ring,
            trusted: r.trusted,
        })
        .collect())
}
