//! Queries of the public site: edited pages per language and uploaded images.

use sea_query::{Expr, Iden, OnConflict, Order, Query};
use time::OffsetDateTime;

use crate::db::{Db, Tx, now};

/// `site_pages`
#[derive(Iden, Clone, Copy)]
enum SitePages {
    Table,
    Slug,
    Lang,
    Title,
    Body,
    UpdatedBy,
    UpdatedAt,
}

/// `site_images`
#[derive(Iden, Clone, Copy)]
pub enum SiteImages {
    Table,
    Hash,
    ContentType,
    Alt,
    Size,
    Bytes,
    UploadedBy,
    CreatedAt,
}

/// An edited page in one language.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct PageText {
    /// Language code.
    pub lang: String,
    /// Title.
    pub title: String,
    /// Markdown body.
    pub body: String,
    /// Last change.
    pub updated_at: OffsetDateTime,
}

/// The edited texts of a page (zero, one or two languages).
pub async fn page(db: &Db, slug: &str) -> Result<Vec<PageText>, sqlx::Error> {
    let q = Query::select()
        .columns([
            SitePages::Lang,
            SitePages::Title,
            SitePages::Body,
            SitePages::UpdatedAt,
        ])
        .from(SitePages::Table)
        .and_where(Expr::col(SitePages::Slug).eq(slug))
        .to_owned();
    db.fetch_all(&q).await
}

/// The last change of every edited page: (slug, when).
pub async fn changes(db: &Db) -> Result<Vec<(String, OffsetDateTime)>, sqlx::Error> {
    let q = Query::select()
        .columns([SitePages::Slug, SitePages::UpdatedAt])
        .from(SitePages::Table)
        .order_by(SitePages::UpdatedAt, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// Stores a page's text in one language (insert or replace).
pub async fn save_page(
    tx: &mut Tx,
    slug: &str,
    lang: &str,
    title: &str,
    body: &str,
    by: &str,
) -> Result<(), sqlx::Error> {
    let q = Query::insert()
        .into_table(SitePages::Table)
        .columns([
            SitePages::Slug,
            SitePages::Lang,
            SitePages::Title,
            SitePages::Body,
            SitePages::UpdatedBy,
            SitePages::UpdatedAt,
        ])
        .values_panic([
            slug.into(),
            lang.into(),
            title.trim().into(),
            body.into(),
            by.into(),
            now().into(),
        ])
        .on_conflict(
            OnConflict::columns([SitePages::Slug, SitePages::Lang])
                .update_columns([
                    SitePages::Title,
                    SitePages::Body,
                    SitePages::UpdatedBy,
                    SitePages::UpdatedAt,
                ])
                .to_owned(),
        )
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// An uploaded image, without its bytes.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct ImageRow {
    /// SHA-256 of the bytes.
    pub hash: String,
    /// Media type.
    pub content_type: String,
    /// Alt text.
    pub alt: String,
    /// Size in bytes.
    pub size: i64,
}

/// Stores an image; the same bytes twice keep the first row (and its alt text).
pub async fn insert_image(
    tx: &mut Tx,
    hash: &str,
    content_type: &str,
    alt: &str,
    bytes: Vec<u8>,
    by: Option<&str>,
) -> Result<(), sqlx::Error> {
    let size = i64::try_from(bytes.len()).unwrap_or(i64::MAX);
    let q = Query::insert()
        .into_table(SiteImages::Table)
        .columns([
            SiteImages::Hash,
            SiteImages::ContentType,
            SiteImages::Alt,
            SiteImages::Size,
            SiteImages::Bytes,
            SiteImages::UploadedBy,
            SiteImages::CreatedAt,
        ])
        .values_panic([
            hash.into(),
            content_type.into(),
            alt.trim().into(),
            size.into(),
            bytes.into(),
            by.map(str::to_string).into(),
            now().into(),
        ])
        .on_conflict(OnConflict::column(SiteImages::Hash).do_nothing().to_owned())
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// Every image, newest first.
pub async fn images(db: &Db) -> Result<Vec<ImageRow>, sqlx::Error> {
    let q = Query::select()
        .columns([
            SiteImages::Hash,
            SiteImages::ContentType,
            SiteImages::Alt,
            SiteImages::Size,
        ])
        .from(SiteImages::Table)
        .order_by(SiteImages::CreatedAt, Order::Desc)
        .limit(500)
        .to_owned();
    db.fetch_all(&q).await
}

/// One image's type and bytes.
pub async fn image_bytes(db: &Db, hash: &str) -> Result<Option<(String, Vec<u8>)>, sqlx::Error> {
    let q = Query::select()
        .columns([SiteImages::ContentType, SiteImages::Bytes])
        .from(SiteImages::Table)
        .and_where(Expr::col(SiteImages::Hash).eq(hash))
        .to_owned();
    db.fetch_optional(&q).await
}

/// One image's row (without bytes).
pub async fn image(db: &Db, hash: &str) -> Result<Option<ImageRow>, sqlx::Error> {
    let q = Query::select()
        .columns([
            SiteImages::Hash,
            SiteImages::ContentType,
            SiteImages::Alt,
            SiteImages::Size,
        ])
        .from(SiteImages::Table)
        .and_where(Expr::col(SiteImages::Hash).eq(hash))
        .to_owned();
    db.fetch_optional(&q).await
}
