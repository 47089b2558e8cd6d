//! Wijken, buurten and municipalities as the social map needs them: the tables and the plain
//! lookups belong to `places`; here only the social map's shape (a wijk or buurt as one [`Place`]).

use sea_query::{Alias, Expr, JoinType, Query, SelectStatement};

use crate::db::Db;
use crate::places::repo::{self as places, Buurten, Wijken};

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

/// Wijken as [`Place`]s (`wijk_id` empty).
fn wijk_select() -> SelectStatement {
    Query::select()
        .columns([
            Wijken::Id,
            Wijken::Code,
            Wijken::Name,
            Wijken::MunicipalityId,
        ])
        .expr_as(Expr::cust("CAST(NULL AS TEXT)"), Alias::new("wijk_id"))
        .from(Wijken::Table)
        .to_owned()
}

/// The alias of the wijk joined to a buurt.
fn w() -> Alias {
    Alias::new("w")
}

/// Buurten as [`Place`]s, with their wijk (`w`) joined for the municipality.
fn buurt_select() -> SelectStatement {
    Query::select()
        .columns([
            (Buurten::Table, Buurten::Id),
            (Buurten::Table, Buurten::Code),
            (Buurten::Table, Buurten::Name),
        ])
        .expr_as(
            Expr::col((w(), Wijken::MunicipalityId)),
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
            w(),
            Expr::col((w(), Wijken::Id)).equals((Buurten::Table, Buurten::WijkId)),
        )
        .to_owned()
}

/// Every wijk (with `wijk_id` empty) and buurt of some municipalities (all when `None`), ordered
/// by code, so buurten follow their wijk.
pub async fn places(db: &Db, municipality_id: Option<&str>) -> Result<Vec<Place>, sqlx::Error> {
    let (mut wijken, mut buurten) = (wijk_select(), buurt_select());
    if let Some(m) = municipality_id {
        wijken.and_where(Expr::col(Wijken::MunicipalityId).eq(m));
        buurten.and_where(Expr::col((w(), Wijken::MunicipalityId)).eq(m));
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
    let by_code = code.starts_with("WK") || code.starts_with("BU");
    let value = if by_code { code } else { key.to_string() };
    let (wijk_col, buurt_col) = if by_code {
        (Wijken::Code, Buurten::Code)
    } else {
        (Wijken::Id, Buurten::Id)
    };
    let wijk = wijk_select()
        .and_where(Expr::col(wijk_col).eq(value.as_str()))
        .to_owned();
    if let Some(p) = db.fetch_optional::<Place>(&wijk).await? {
        return Ok(Some(p));
    }
    let buurt = buurt_select()
        .and_where(Expr::col((Buurten::Table, buurt_col)).eq(value.as_str()))
        .to_owned();
    db.fetch_optional(&buurt).await
}

/// A municipality's id and name by CBS code.
pub async fn municipality_by_code(
    db: &Db,
    code: &str,
) -> Result<Option<(String, String)>, sqlx::Error> {
    Ok(places::municipality_by_code(db, code)
        .await?
        .map(|m| (m.id, m.name)))
}
