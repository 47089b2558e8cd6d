//! Queries for municipalities, wijken, buurten and teams.

use sea_query::{Expr, Iden, Order, Query};

use crate::db::{Db, Tx, new_id, now};

/// `municipalities`
#[derive(Iden, Clone, Copy)]
pub enum Municipalities {
    Table,
    Id,
    Code,
    Name,
    CreatedAt,
    UpdatedAt,
}

/// `wijken`
#[derive(Iden, Clone, Copy)]
pub enum Wijken {
    Table,
    Id,
    MunicipalityId,
    Code,
    Name,
    CreatedAt,
    UpdatedAt,
}

/// `buurten`
#[derive(Iden, Clone, Copy)]
pub enum Buurten {
    Table,
    Id,
    WijkId,
    Code,
    Name,
    CreatedAt,
    UpdatedAt,
}

/// `teams`
#[derive(Iden, Clone, Copy)]
pub enum Teams {
    Table,
    Id,
    MunicipalityId,
    Name,
    CreatedAt,
    UpdatedAt,
}

/// `team_wijken`
#[derive(Iden, Clone, Copy)]
pub enum TeamWijken {
    Table,
    TeamId,
    WijkId,
}

/// A municipality.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Municipality {
    /// Id.
    pub id: String,
    /// CBS code, `GM` + 4 digits.
    pub code: String,
    /// Name.
    pub name: String,
}

/// A wijk or buurt.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Area {
    /// Id.
    pub id: String,
    /// Id of the parent (municipality for a wijk, wijk for a buurt).
    pub parent_id: String,
    /// CBS code.
    pub code: String,
    /// Name.
    pub name: String,
}

/// A team with the codes of its wijken.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Team {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
}

/// All municipalities, by name.
pub async fn municipalities(db: &Db) -> Result<Vec<Municipality>, sqlx::Error> {
    let q = Query::select()
        .columns([
            Municipalities::Id,
            Municipalities::Code,
            Municipalities::Name,
        ])
        .from(Municipalities::Table)
        .order_by(Municipalities::Name, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// One municipality by id.
pub async fn municipality(db: &Db, id: &str) -> Result<Option<Municipality>, sqlx::Error> {
    let q = Query::select()
        .columns([
            Municipalities::Id,
            Municipalities::Code,
            Municipalities::Name,
        ])
        .from(Municipalities::Table)
        .and_where(Expr::col(Municipalities::Id).eq(id))
        .to_owned();
    db.fetch_optional(&q).await
}

/// One municipality by CBS code.
pub async fn municipality_by_code(
    db: &Db,
    code: &str,
) -> Result<Option<Municipality>, sqlx::Error> {
    let q = Query::select()
        .columns([
            Municipalities::Id,
            Municipalities::Code,
            Municipalities::Name,
        ])
        .from(Municipalities::Table)
        .and_where(Expr::col(Municipalities::Code).eq(code.trim().to_ascii_uppercase()))
        .to_owned();
    db.fetch_optional(&q).await
}

/// The wijken of a municipality, by code.
pub async fn wijken(db: &Db, municipality_id: &str) -> Result<Vec<Area>, sqlx::Error> {
    let q = Query::select()
        .columns([Wijken::Id, Wijken::Code, Wijken::Name])
        .expr_as(
            Expr::col(Wijken::MunicipalityId),
            sea_query::Alias::new("parent_id"),
        )
        .from(Wijken::Table)
        .and_where(Expr::col(Wijken::MunicipalityId).eq(municipality_id))
        .order_by(Wijken::Code, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// All buurten of a municipality, by code (one query for every wijk).
pub async fn buurten(db: &Db, municipality_id: &str) -> Result<Vec<Area>, sqlx::Error> {
    let q = Query::select()
        .columns([
            (Buurten::Table, Buurten::Id),
            (Buurten::Table, Buurten::Code),
            (Buurten::Table, Buurten::Name),
        ])
        .expr_as(
            Expr::col((Buurten::Table, Buurten::WijkId)),
            sea_query::Alias::new("parent_id"),
        )
        .from(Buurten::Table)
        .inner_join(
            Wijken::Table,
            Expr::col((Wijken::Table, Wijken::Id)).equals((Buurten::Table, Buurten::WijkId)),
        )
        .and_where(Expr::col((Wijken::Table, Wijken::MunicipalityId)).eq(municipality_id))
        .order_by((Buurten::Table, Buurten::Code), Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// A team's wijk, as a (team id, wijk code, wijk name) row.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TeamWijk {
    /// Team id.
    pub team_id: String,
    /// Wijk code.
    pub code: String,
    /// Wijk name.
    pub name: String,
}

/// The teams of a municipality, by name, and the wijken each is bound to (two queries in all).
pub async fn teams(
    db: &Db,
    municipality_id: &str,
) -> Result<(Vec<Team>, Vec<TeamWijk>), sqlx::Error> {
    let q = Query::select()
        .columns([Teams::Id, Teams::Name])
        .from(Teams::Table)
        .and_where(Expr::col(Teams::MunicipalityId).eq(municipality_id))
        .order_by(Teams::Name, Order::Asc)
        .to_owned();
    let teams: Vec<Team> = db.fetch_all(&q).await?;
    let q = Query::select()
        .column((TeamWijken::Table, TeamWijken::TeamId))
        .columns([(Wijken::Table, Wijken::Code), (Wijken::Table, Wijken::Name)])
        .from(TeamWijken::Table)
        .inner_join(
            Wijken::Table,
            Expr::col((Wijken::Table, Wijken::Id)).equals((TeamWijken::Table, TeamWijken::WijkId)),
        )
        .and_where(Expr::col((Wijken::Table, Wijken::MunicipalityId)).eq(municipality_id))
        .order_by((Wijken::Table, Wijken::Code), Order::Asc)
        .to_owned();
    Ok((teams, db.fetch_all(&q).await?))
}

/// Finds a team of a municipality by name.
pub async fn team_by_name(
    db: &Db,
    municipality_id: &str,
    name: &str,
) -> Result<Option<Team>, sqlx::Error> {
    let q = Query::select()
        .columns([Teams::Id, Teams::Name])
        .from(Teams::Table)
        .and_where(Expr::col(Teams::MunicipalityId).eq(municipality_id))
        .and_where(Expr::col(Teams::Name).eq(name.trim()))
        .to_owned();
    db.fetch_optional(&q).await
}

/// Adds a municipality; returns its id.
pub async fn insert_municipality(
    tx: &mut Tx,
    code: &str,
    name: &str,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let t = now();
    let q = Query::insert()
        .into_table(Municipalities::Table)
        .columns([
            Municipalities::Id,
            Municipalities::Code,
            Municipalities::Name,
            Municipalities::CreatedAt,
            Municipalities::UpdatedAt,
        ])
        .values_panic([
            id.clone().into(),
            code.into(),
            name.trim().into(),
            t.into(),
            t.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// Adds a wijk; returns its id.
pub async fn insert_wijk(
    tx: &mut Tx,
    municipality_id: &str,
    code: &str,
    name: &str,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let t = now();
    let q = Query::insert()
        .into_table(Wijken::Table)
        .columns([
            Wijken::Id,
            Wijken::MunicipalityId,
            Wijken::Code,
            Wijken::Name,
            Wijken::CreatedAt,
            Wijken::UpdatedAt,
        ])
        .values_panic([
            id.clone().into(),
            municipality_id.into(),
            code.into(),
            name.trim().into(),
            t.into(),
            t.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// Adds a buurt; returns its id.
pub async fn insert_buurt(
    tx: &mut Tx,
    wijk_id: &str,
    code: &str,
    name: &str,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let t = now();
    let q = Query::insert()
        .into_table(Buurten::Table)
        .columns([
            Buurten::Id,
            Buurten::WijkId,
            Buurten::Code,
            Buurten::Name,
            Buurten::CreatedAt,
            Buurten::UpdatedAt,
        ])
        .values_panic([
            id.clone().into(),
            wijk_id.into(),
            code.into(),
            name.trim().into(),
            t.into(),
            t.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// Adds a team bound to the given wijken; returns its id.
pub async fn insert_team(
    tx: &mut Tx,
    municipality_id: &str,
    name: &str,
    wijk_ids: &[String],
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let t = now();
    let q = Query::insert()
        .into_table(Teams::Table)
        .columns([
            Teams::Id,
            Teams::MunicipalityId,
            Teams::Name,
            Teams::CreatedAt,
            Teams::UpdatedAt,
        ])
        .values_panic([
            id.clone().into(),
            municipality_id.into(),
            name.trim().into(),
            t.into(),
            t.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    if !wijk_ids.is_empty() {
        let mut q = Query::insert()
            .into_table(TeamWijken::Table)
            .columns([TeamWijken::TeamId, TeamWijken::WijkId])
            .to_owned();
        for w in wijk_ids {
            q.values_panic([id.clone().into(), w.clone().into()]);
        }
        tx.execute(&q).await?;
    }
    Ok(id)
}

/// A wijk of the municipality by code (the municipality check keeps tenants apart).
pub async fn wijk_by_code(
    db: &Db,
    municipality_id: &str,
    code: &str,
) -> Result<Option<Area>, sqlx::Error> {
    let q = Query::select()
        .columns([Wijken::Id, Wijken::Code, Wijken::Name])
        .expr_as(
            Expr::col(Wijken::MunicipalityId),
            sea_query::Alias::new("parent_id"),
        )
        .from(Wijken::Table)
        .and_where(Expr::col(Wijken::MunicipalityId).eq(municipality_id))
        .and_where(Expr::col(Wijken::Code).eq(code.trim().to_ascii_uppercase()))
        .to_owned();
    db.fetch_optional(&q).await
}

/// One team by id.
pub async fn team(db: &Db, id: &str) -> Result<Option<Team>, sqlx::Error> {
    let q = Query::select()
        .columns([Teams::Id, Teams::Name])
        .from(Teams::Table)
        .and_where(Expr::col(Teams::Id).eq(id))
        .to_owned();
    db.fetch_optional(&q).await
}
