//! Taxonomies and their terms (installation-wide vocabularies).

use super::changes::{self, Change};
use sea_query::{Expr, OnConflict, Order, Query};

use super::tables::*;
use crate::db::{Db, Tx, now};
use crate::features::socialmap::domain::taxonomy::{Term, YOUTH_TAXONOMY_ID};
use crate::features::socialmap::model::fingerprint;

/// A taxonomy row.
#[derive(Debug, Clone, sqlx::FromRow, PartialEq)]
#[allow(missing_docs)]
pub struct TaxonomyRow {
    pub id: String,
    pub name: String,
    pub description: String,
    pub uri: Option<String>,
    pub version: Option<String>,
}

/// A term row with everything HSDS shows.
#[derive(Debug, Clone, sqlx::FromRow, PartialEq)]
#[allow(missing_docs)]
pub struct TermRow {
    pub id: String,
    pub taxonomy_id: String,
    pub parent_id: Option<String>,
    pub code: Option<String>,
    pub name: String,
    pub description: String,
    pub language: Option<String>,
    pub term_uri: Option<String>,
}

const TERM_COLUMNS: [TaxonomyTerms; 8] = [
    TaxonomyTerms::Id,
    TaxonomyTerms::TaxonomyId,
    TaxonomyTerms::ParentId,
    TaxonomyTerms::Code,
    TaxonomyTerms::Name,
    TaxonomyTerms::Description,
    TaxonomyTerms::Language,
    TaxonomyTerms::TermUri,
];

/// The youth taxonomy's terms, in their order (a tree of two levels).
pub async fn youth_terms(db: &Db) -> Result<Vec<Term>, sqlx::Error> {
    let q = Query::select()
        .columns([
            TaxonomyTerms::Id,
            TaxonomyTerms::TaxonomyId,
            TaxonomyTerms::ParentId,
            TaxonomyTerms::Code,
            TaxonomyTerms::Name,
        ])
        .from(TaxonomyTerms::Table)
        .and_where(Expr::col(TaxonomyTerms::TaxonomyId).eq(YOUTH_TAXONOMY_ID))
        .order_by(TaxonomyTerms::Position, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// (id, parent) of every term in the taxonomy of term `id`; empty when the term does not exist.
pub async fn tree_of(db: &Db, id: &str) -> Result<Vec<(String, Option<String>)>, sqlx::Error> {
    let q = Query::select()
        .columns([TaxonomyTerms::Id, TaxonomyTerms::ParentId])
        .from(TaxonomyTerms::Table)
        .and_where(
            Expr::col(TaxonomyTerms::TaxonomyId).in_subquery(
                Query::select()
                    .column(TaxonomyTerms::TaxonomyId)
                    .from(TaxonomyTerms::Table)
                    .and_where(Expr::col(TaxonomyTerms::Id).eq(id))
                    .to_owned(),
            ),
        )
        .to_owned();
    db.fetch_all(&q).await
}

/// Every term as (id, parent, taxonomy), for the search index's category trees.
pub async fn all_term_parents(
    db: &Db,
) -> Result<Vec<(String, Option<String>, String)>, sqlx::Error> {
    let q = Query::select()
        .columns([
            TaxonomyTerms::Id,
            TaxonomyTerms::ParentId,
            TaxonomyTerms::TaxonomyId,
        ])
        .from(TaxonomyTerms::Table)
        .to_owned();
    db.fetch_all(&q).await
}

/// A page of taxonomies and the total.
pub async fn taxonomies(
    db: &Db,
    limit: u64,
    offset: u64,
    id: Option<&str>,
) -> Result<(Vec<TaxonomyRow>, i64), sqlx::Error> {
    let mut q = Query::select().from(Taxonomies::Table).to_owned();
    if let Some(id) = id {
        q.and_where(Expr::col(Taxonomies::Id).eq(id));
    }
    let mut count = q.clone();
    count.expr(Expr::cust("COUNT(*)"));
    let (total,): (i64,) = db.fetch_one(&count).await?;
    q.columns([
        Taxonomies::Id,
        Taxonomies::Name,
        Taxonomies::Description,
        Taxonomies::Uri,
        Taxonomies::Version,
    ])
    .order_by(Taxonomies::Name, Order::Asc)
    .order_by(Taxonomies::Id, Order::Asc)
    .limit(limit)
    .offset(offset);
    Ok((db.fetch_all(&q).await?, total))
}

/// Which terms to list.
#[derive(Debug, Clone, Default)]
pub struct TermFilter {
    /// One term.
    pub id: Option<String>,
    /// Terms of this taxonomy.
    pub taxonomy_id: Option<String>,
    /// Children of this term.
    pub parent_id: Option<String>,
    /// Only terms without a parent.
    pub top_only: bool,
    /// Name contains.
    pub search: Option<String>,
}

/// A page of terms and the total.
pub async fn terms(
    db: &Db,
    f: &TermFilter,
    limit: u64,
    offset: u64,
) -> Result<(Vec<TermRow>, i64), sqlx::Error> {
    let mut q = Query::select().from(TaxonomyTerms::Table).to_owned();
    if let Some(id) = &f.id {
        q.and_where(Expr::col(TaxonomyTerms::Id).eq(id.as_str()));
    }
    if let Some(t) = &f.taxonomy_id {
        q.and_where(Expr::col(TaxonomyTerms::TaxonomyId).eq(t.as_str()));
    }
    if let Some(p) = &f.parent_id {
        q.and_where(Expr::col(TaxonomyTerms::ParentId).eq(p.as_str()));
    }
    if f.top_only {
        q.and_where(Expr::col(TaxonomyTerms::ParentId).is_null());
    }
    if let Some(s) = f.search.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        q.and_where(
            Expr::expr(sea_query::Func::lower(Expr::col(TaxonomyTerms::Name)))
                .like(super::orgs::like_pattern(s)),
        );
    }
    let mut count = q.clone();
    count.expr(Expr::cust("COUNT(*)"));
    let (total,): (i64,) = db.fetch_one(&count).await?;
    q.columns(TERM_COLUMNS)
        .order_by(TaxonomyTerms::TaxonomyId, Order::Asc)
        .order_by(TaxonomyTerms::Position, Order::Asc)
        .order_by(TaxonomyTerms::Id, Order::Asc)
        .limit(limit)
        .offset(offset);
    Ok((db.fetch_all(&q).await?, total))
}

/// Inserts or updates a taxonomy (imports).
pub async fn save_taxonomy(tx: &mut Tx, t: &TaxonomyRow) -> Result<(), sqlx::Error> {
    let at = now();
    let q = Query::insert()
        .into_table(Taxonomies::Table)
        .columns([
            Taxonomies::Id,
            Taxonomies::Name,
            Taxonomies::Description,
            Taxonomies::Uri,
            Taxonomies::Version,
            Taxonomies::CreatedAt,
            Taxonomies::UpdatedAt,
        ])
        .values_panic([
            t.id.clone().into(),
            t.name.clone().into(),
            t.description.clone().into(),
            t.uri.clone().into(),
            t.version.clone().into(),
            at.into(),
            at.into(),
        ])
        .on_conflict(
            OnConflict::column(Taxonomies::Id)
                .update_columns([
                    Taxonomies::Name,
                    Taxonomies::Description,
                    Taxonomies::Uri,
                    Taxonomies::Version,
                    Taxonomies::UpdatedAt,
                ])
                .to_owned(),
        )
        .to_owned();
    tx.execute(&q).await?;
    super::write::stamp(tx, "taxonomies", &t.id, fingerprint(t)).await?;
    changes::record(tx, &Change::Everything).await
}

/// Inserts or updates a term (imports); new terms go to the end of their taxonomy.
pub async fn save_term(tx: &mut Tx, t: &TermRow, position: i64) -> Result<(), sqlx::Error> {
    let at = now();
    let q = Query::insert()
        .into_table(TaxonomyTerms::Table)
        .columns([
            TaxonomyTerms::Id,
            TaxonomyTerms::TaxonomyId,
            TaxonomyTerms::ParentId,
            TaxonomyTerms::Code,
            TaxonomyTerms::Name,
            TaxonomyTerms::Description,
            TaxonomyTerms::Language,
            TaxonomyTerms::TermUri,
            TaxonomyTerms::Position,
            TaxonomyTerms::CreatedAt,
            TaxonomyTerms::UpdatedAt,
        ])
        .values_panic([
            t.id.clone().into(),
            t.taxonomy_id.clone().into(),
            t.parent_id.clone().into(),
            t.code.clone().into(),
            t.name.clone().into(),
            t.description.clone().into(),
            t.language.clone().into(),
            t.term_uri.clone().into(),
            position.into(),
            at.into(),
            at.into(),
        ])
        .on_conflict(
            OnConflict::column(TaxonomyTerms::Id)
                .update_columns([
                    TaxonomyTerms::ParentId,
                    TaxonomyTerms::Code,
                    TaxonomyTerms::Name,
                    TaxonomyTerms::Description,
                    TaxonomyTerms::Language,
                    TaxonomyTerms::TermUri,
                    TaxonomyTerms::UpdatedAt,
                ])
                .to_owned(),
        )
        .to_owned();
    tx.execute(&q).await?;
    super::write::stamp(tx, "taxonomy_terms", &t.id, fingerprint(t)).await?;
    changes::record(tx, &Change::Everything).await
}

/// Terms and taxonomies that exist, by id (to check references during an import).
pub async fn existing_term_ids(db: &Db, ids: &[String]) -> Result<Vec<TermRow>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for chunk in ids.chunks(500) {
        let q = Query::select()
            .columns(TERM_COLUMNS)
            .from(TaxonomyTerms::Table)
            .and_where(Expr::col(TaxonomyTerms::Id).is_in(chunk.iter().cloned()))
            .to_owned();
        out.extend(db.fetch_all::<TermRow>(&q).await?);
    }
    Ok(out)
}
