//! What the search index needs beyond a result card: the stemmed search texts and the areas a
//! service is for (by id only), for a list of services.

use sea_query::{Expr, Query};

use super::read::{Scope, in_scope};
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

/// Search texts of the services of a scope.
pub async fn texts(db: &Db, scope: Scope<'_>) -> Result<Vec<TextRow>, sqlx::Error> {
    in_scope(
        db,
        scope,
        || Expr::col(Services::Id),
        |w| {
            Query::select()
                .columns([Services::Id, Services::SearchTitle, Services::SearchBody])
                .from(Services::Table)
                .and_where(w)
                .to_owned()
        },
    )
    .await
}

/// Areas of the services of a scope.
pub async fn areas(db: &Db, scope: Scope<'_>) -> Result<Vec<AreaIds>, sqlx::Error> {
    in_scope(
        db,
        scope,
        || Expr::col(ServiceAreas::ServiceId),
        |w| {
            Query::select()
                .columns([
                    ServiceAreas::ServiceId,
                    ServiceAreas::WijkId,
                    ServiceAreas::BuurtId,
                ])
                .from(ServiceAreas::Table)
                .and_where(w)
                .to_owned()
        },
    )
    .await
}
