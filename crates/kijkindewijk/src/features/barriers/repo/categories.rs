//! A municipality's own list of barrier categories, or the default list.

use std::collections::HashMap;

use sea_query::{Alias, Expr, Order, Query};

use super::{BarrierCategories, Barriers, domain};
use crate::db::{Db, Tx, new_id, now};

/// Category keys and names in force for a municipality: its own list, or the default.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Category {
    /// Key.
    pub key: String,
    /// Dutch name (empty for a default category: the translation is used).
    pub name_nl: String,
    /// English name.
    pub name_en: String,
}

/// The categories of a municipality.
pub async fn categories(db: &Db, municipality_id: &str) -> Result<Vec<Category>, sqlx::Error> {
    let q = Query::select()
        .columns([
            BarrierCategories::Key,
            BarrierCategories::NameNl,
            BarrierCategories::NameEn,
        ])
        .from(BarrierCategories::Table)
        .and_where(Expr::col(BarrierCategories::MunicipalityId).eq(municipality_id))
        .order_by(BarrierCategories::Position, Order::Asc)
        .to_owned();
    let own: Vec<Category> = db.fetch_all(&q).await?;
    if !own.is_empty() {
        return Ok(own);
    }
    Ok(domain::DEFAULT_CATEGORIES
        .iter()
        .map(|k| Category {
            key: (*k).to_string(),
            name_nl: String::new(),
            name_en: String::new(),
        })
        .collect())
}

/// How many barriers of a municipality use each category key.
pub async fn category_use(
    db: &Db,
    municipality_id: &str,
) -> Result<HashMap<String, i64>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Use {
        category: String,
        n: i64,
    }
    let b = Barriers::Table;
    let q = Query::select()
        .column(Barriers::Category)
        .expr_as(Expr::cust("COUNT(*)"), Alias::new("n"))
        .from(b)
        .and_where(Expr::col(Barriers::MunicipalityId).eq(municipality_id))
        .group_by_col(Barriers::Category)
        .to_owned();
    let rows: Vec<Use> = db.fetch_all(&q).await?;
    Ok(rows.into_iter().map(|u| (u.category, u.n)).collect())
}

/// Replaces a municipality's own category list with `list`, in this order.
pub async fn replace_categories(
    tx: &mut Tx,
    municipality_id: &str,
    list: &[Category],
) -> Result<(), sqlx::Error> {
    let del = Query::delete()
        .from_table(BarrierCategories::Table)
        .and_where(Expr::col(BarrierCategories::MunicipalityId).eq(municipality_id))
        .to_owned();
    tx.execute(&del).await?;
    let at = now();
    for (position, c) in list.iter().enumerate() {
        let q = Query::insert()
            .into_table(BarrierCategories::Table)
            .columns([
                BarrierCategories::Id,
                BarrierCategories::MunicipalityId,
                BarrierCategories::Key,
                BarrierCategories::NameNl,
                BarrierCategories::NameEn,
                BarrierCategories::Position,
                BarrierCategories::CreatedAt,
            ])
            .values_panic([
                new_id().into(),
                municipality_id.into(),
                c.key.clone().into(),
                c.name_nl.clone().into(),
                c.name_en.clone().into(),
                (position as i64).into(),
                at.into(),
            ])
            .to_owned();
        tx.execute(&q).await?;
    }
    Ok(())
}
