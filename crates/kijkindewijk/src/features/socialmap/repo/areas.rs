//! Wijken, buurten and municipalities as the social map needs them (the tables belong to `places`).

use sea_query::{Alias, Expr, JoinType, Order, Query};

use crate::db::Db;
use crate::places::repo::{Buurten, Municipalities, Wijken};

/// A wijk or buurt with its municipality (for a buurt, `wijk_id` is its wijk).
#[derive(Debug, Clone, sqlx::FromRow, PartialEq, Eq)]
#[allow(missing_docs)]
pub struct Place {
    pub id: String,
    pub code: String,
    pub name: String,
    pub wijk_id: Option<String>,
    pub municipality_id: String,
}

/// Every wijk (with `wijk_id` empty) and buurt of some municipalities (all when `None`), ordered
/// by code, so buurten follow their wijk.
pub async fn places(db: &Db, municipality_id: Option<&str>) -> Result<Vec<Place>, sqlx::Error> {
    let w = Alias::new("w");
    let mut wijken = Query::select()
        .columns([
            Wijken::Id,
            Wijken::Code,
            Wijken::Name,
            Wijken::MunicipalityId,
        ])
        .expr_as(Expr::cust("CAST(NULL AS TEXT)"), Alias::new("wijk_id"))
        .from(Wijken::Table)
        .to_owned();
    let mut buurten = Query::select()
        .columns([
            (Buurten::Table, Buurten::Id),
            (Buurten::Table, Buurten::Code),
            (Buurten::Table, Buurten::Name),
        ])
        .expr_as(
            Expr::col((w.clone(), Wijken::MunicipalityId)),
            Alias::new("municipality_id"),
        )
        .expr_as(
            Expr::col((Buurten::Table, Buurten::WijkId)),
            Alias::new("wijk_id"),
        )
        .from(Buurten::Table)
        .join_as(
            JoinType::InnerJoin,
            Wijken::Table,
            w.clone(),
            Expr::col((w.clone(), Wijken::Id)).equals((Buurten::Table, Buurten::WijkId)),
        )
        .to_owned();
    if let Some(m) = municipality_id {
        wijken.and_where(Expr::col(Wijken::MunicipalityId).eq(m));
        buurten.and_where(Expr::col((w, Wijken::MunicipalityId)).eq(m));
    }
    let mut all: Vec<Place> = db.fetch_all(&wijken).await?;
    all.extend(db.fetch_all::<Place>(&buurten).await?);
    all.sort_by(|a, b| a.code.cmp(&b.code));
    Ok(all)
}

/// A wijk or buurt by id, or by CBS code.
pub async fn place(db: &Db, id_or_code: &str) -> Result<Option<Place>, sqlx::Error> {
    let key = id_or_code.trim();
    let code = key.to_ascii_uppercase();
    let col = if code.starts_with("WK") || code.starts_with("BU") {
        "code"
    } else {
        "id"
    };
    let value = if col == "code" { code } else { key.to_string() };
    let w = Alias::new("w");
    let wijk = Query::select()
        .columns([
            Wijken::Id,
            Wijken::Code,
            Wijken::Name,
            Wijken::MunicipalityId,
        ])
        .expr_as(Expr::cust("CAST(NULL AS TEXT)"), Alias::new("wijk_id"))
        .from(Wijken::Table)
        .and_where(Expr::col(Alias::new(col)).eq(value.as_str()))
        .to_owned();
    if let Some(p) = db.fetch_optional::<Place>(&wijk).await? {
        return Ok(Some(p));
    }
    let buurt = Query::select()
        .columns([
            (Buurten::Table, Buurten::Id),
            (Buurten::Table, Buurten::Code),
            (Buurten::Table, Buurten::Name),
        ])
        .expr_as(
            Expr::col((w.clone(), Wijken::MunicipalityId)),
            Alias::new("municipality_id"),
        )
        .expr_as(
            Expr::col((Buurten::Table, Buurten::WijkId)),
            Alias::new("wijk_id"),
        )
        .from(Buurten::Table)
        .join_as(
            JoinType::InnerJoin,
            Wijken::Table,
            w.clone(),
            Expr::col((w, Wijken::Id)).equals((Buurten::Table, Buurten::WijkId)),
        )
        .and_where(Expr::col((Buurten::Table, Alias::new(col))).eq(value.as_str()))
        .to_owned();
    db.fetch_optional(&buurt).await
}

/// A municipality's id and name by CBS code.
pub async fn municipality_by_code(
    db: &Db,
    code: &str,
) -> Result<Option<(String, String)>, sqlx::Error> {
    let q = Query::select()
        .columns([Municipalities::Id, Municipalities::Name])
        .from(Municipalities::Table)
        .and_where(Expr::col(Municipalities::Code).eq(code.trim().to_ascii_uppercase()))
        .order_by(Municipalities::Id, Order::Asc)
        .to_owned();
    db.fetch_optional(&q).await
}
