//! What the search index needs beyond a result card: the stemmed search texts and the areas a
//! service is for (by id only), for a list of services.

use sea_query::{Expr, Query};

use super::read::in_chunks;
use super::tables::{ServiceAreas, Services};
use crate::db::Db;

/// The stemmed search columns of a service.
#[derive(Debug, Clone, sqlx::FromRow)]
#[allow(missing_docs)]
pub struct TextRow {
    pub id: String,
    pub search_title: String,
    pub search_body: String,
}

/// An area a service is for: a wijk, a buurt of it, or (both empty) its whole municipality.
#[derive(Debug, Clone, sqlx::FromRow)]
#[allow(missing_docs)]
pub struct AreaIds {
    pub service_id: String,
    pub wijk_id: Option<String>,
    pub buurt_id: Option<String>,
}

/// Search texts of these services.
pub async fn texts(db: &Db, ids: &[String]) -> Result<Vec<TextRow>, sqlx::Error> {
    in_chunks(db, ids, |c| {
        Query::select()
            .columns([Services::Id, Services::SearchTitle, Services::SearchBody])
            .from(Services::Table)
            .and_where(Expr::col(Services::Id).is_in(c.iter().cloned()))
            .to_owned()
    })
    .await
}

/// Areas of these services.
pub async fn areas(db: &Db, ids: &[String]) -> Result<Vec<AreaIds>, sqlx::Error> {
    in_chunks(db, ids, |c| {
        Query::select()
            .columns([
                ServiceAreas::ServiceId,
                ServiceAreas::WijkId,
                ServiceAreas::BuurtId,
            ])
            .from(ServiceAreas::Table)
            .and_where(Expr::col(ServiceAreas::ServiceId).is_in(c.iter().cloned()))
            .to_owned()
    })
    .await
}
