//! Queries of the magazine: articles with their tags, kinds, lists with filters and search, and
//! the publish job's update. Search matches the stemmed words in `search_terms` (the social map's
//! Dutch stemming); a magazine has hundreds of articles, not millions, so a prefix match per term
//! on that column is the same plain SQL on both backends.

use sea_query::{Alias, Cond, Expr, Iden, JoinType, Order, Query, SelectStatement};
use time::OffsetDateTime;

use super::domain::{Checked, PAGE_SIZE, Status};
use crate::db::{Db, Tx, new_id, now};
use crate::features::site::repo::SiteImages;
use crate::places::repo::Wijken;

/// `magazine_articles`
#[derive(Iden, Clone, Copy)]
pub enum MagazineArticles {
    Table,
    Id,
    Kind,
    Title,
    Author,
    Lead,
    Body,
    CoverHash,
    WijkId,
    Status,
    PublishAt,
    SearchTerms,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

/// `magazine_tags`
#[derive(Iden, Clone, Copy)]
enum MagazineTags {
    Table,
    ArticleId,
    Tag,
}

/// `magazine_kinds`
#[derive(Iden, Clone, Copy)]
enum MagazineKinds {
    Table,
    Code,
    NameNl,
    NameEn,
    Position,
}

/// A kind of article.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Kind {
    /// Code (in URLs).
    pub code: String,
    /// Dutch name.
    pub name_nl: String,
    /// English name.
    pub name_en: String,
}

/// The kinds, in their order.
pub async fn kinds(db: &Db) -> Result<Vec<Kind>, sqlx::Error> {
    let q = Query::select()
        .columns([
            MagazineKinds::Code,
            MagazineKinds::NameNl,
            MagazineKinds::NameEn,
        ])
        .from(MagazineKinds::Table)
        .order_by(MagazineKinds::Position, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// An article as lists and pages show it (the body only where asked).
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct Article {
    /// Id.
    pub id: String,
    /// Kind code.
    pub kind: String,
    /// Title.
    pub title: String,
    /// Author.
    pub author: String,
    /// Lead.
    pub lead: String,
    /// Markdown body (empty in lists).
    pub body: String,
    /// Cover image hash.
    pub cover_hash: Option<String>,
    /// Cover media type.
    pub cover_type: Option<String>,
    /// Cover alt text.
    pub cover_alt: Option<String>,
    /// Wijk id.
    pub wijk_id: Option<String>,
    /// Wijk name.
    pub wijk_name: Option<String>,
    /// `draft`, `scheduled` or `published`.
    pub status: String,
    /// Date of publication.
    pub publish_at: Option<OffsetDateTime>,
    /// Last change.
    pub updated_at: OffsetDateTime,
}

fn select(with_body: bool) -> SelectStatement {
    let a = MagazineArticles::Table;
    let mut q = Query::select();
    q.columns([
        (a, MagazineArticles::Id),
        (a, MagazineArticles::Kind),
        (a, MagazineArticles::Title),
        (a, MagazineArticles::Author),
        (a, MagazineArticles::Lead),
        (a, MagazineArticles::CoverHash),
        (a, MagazineArticles::WijkId),
        (a, MagazineArticles::Status),
        (a, MagazineArticles::PublishAt),
        (a, MagazineArticles::UpdatedAt),
    ]);
    if with_body {
        q.column((a, MagazineArticles::Body));
    } else {
        q.expr_as(Expr::val(""), Alias::new("body"));
    }
    q.expr_as(
        Expr::col((SiteImages::Table, SiteImages::ContentType)),
        Alias::new("cover_type"),
    )
    .expr_as(
        Expr::col((SiteImages::Table, SiteImages::Alt)),
        Alias::new("cover_alt"),
    )
    .expr_as(
        Expr::col((Wijken::Table, Wijken::Name)),
        Alias::new("wijk_name"),
    )
    .from(a)
    .join(
        JoinType::LeftJoin,
        SiteImages::Table,
        Expr::col((SiteImages::Table, SiteImages::Hash)).equals((a, MagazineArticles::CoverHash)),
    )
    .join(
        JoinType::LeftJoin,
        Wijken::Table,
        Expr::col((Wijken::Table, Wijken::Id)).equals((a, MagazineArticles::WijkId)),
    );
    q
}

/// Filters of the public list.
#[derive(Default, Clone, Debug)]
pub struct Filter {
    /// Kind code.
    pub kind: Option<String>,
    /// Tag.
    pub tag: Option<String>,
    /// Stemmed search terms (plain `[a-z0-9]` words).
    pub terms: Vec<String>,
    /// Page, from 1.
    pub page: u64,
}

fn published() -> Cond {
    Cond::all().add(Expr::col((MagazineArticles::Table, MagazineArticles::Status)).eq("published"))
}

/// One page of published articles, newest first; `true` when there is a next page.
pub async fn list(db: &Db, f: &Filter) -> Result<(Vec<Article>, bool), sqlx::Error> {
    let a = MagazineArticles::Table;
    let mut q = select(false);
    q.cond_where(published());
    if let Some(kind) = &f.kind {
        q.and_where(Expr::col((a, MagazineArticles::Kind)).eq(kind.clone()));
    }
    if let Some(tag) = &f.tag {
        q.and_where(
            Expr::col((a, MagazineArticles::Id)).in_subquery(
                Query::select()
                    .column(MagazineTags::ArticleId)
                    .from(MagazineTags::Table)
                    .and_where(Expr::col(MagazineTags::Tag).eq(tag.clone()))
                    .to_owned(),
            ),
        );
    }
    for term in &f.terms {
        // Terms are plain [a-z0-9] words (no LIKE wildcards); three letters or more match as a
        // prefix (Dutch compounds), shorter ones only whole.
        let pattern = if term.len() >= 3 {
            format!("% {term}%")
        } else {
            format!("% {term} %")
        };
        q.and_where(
            Expr::expr(Expr::cust("(' ' || magazine_articles.search_terms || ' ')")).like(pattern),
        );
    }
    q.order_by((a, MagazineArticles::PublishAt), Order::Desc)
        .order_by((a, MagazineArticles::Id), Order::Desc)
        .limit(PAGE_SIZE + 1)
        .offset((f.page.max(1) - 1) * PAGE_SIZE);
    let mut rows: Vec<Article> = db.fetch_all(&q).await?;
    let more = rows.len() as u64 > PAGE_SIZE;
    rows.truncate(PAGE_SIZE as usize);
    Ok((rows, more))
}

/// Every article for the editor, newest change first.
pub async fn all(db: &Db) -> Result<Vec<Article>, sqlx::Error> {
    let mut q = select(false);
    q.order_by(
        (MagazineArticles::Table, MagazineArticles::UpdatedAt),
        Order::Desc,
    )
    .limit(1000);
    db.fetch_all(&q).await
}

/// One article, whatever its status.
pub async fn article(db: &Db, id: &str) -> Result<Option<Article>, sqlx::Error> {
    let mut q = select(true);
    q.and_where(Expr::col((MagazineArticles::Table, MagazineArticles::Id)).eq(id));
    db.fetch_optional(&q).await
}

/// The newest published articles, with their bodies (for the feed).
pub async fn newest(db: &Db, n: u64) -> Result<Vec<Article>, sqlx::Error> {
    let mut q = select(true);
    q.cond_where(published())
        .order_by(
            (MagazineArticles::Table, MagazineArticles::PublishAt),
            Order::Desc,
        )
        .limit(n);
    db.fetch_all(&q).await
}

/// The tags of some articles: (article id, tag).
pub async fn tags_of(db: &Db, ids: &[String]) -> Result<Vec<(String, String)>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let q = Query::select()
        .columns([MagazineTags::ArticleId, MagazineTags::Tag])
        .from(MagazineTags::Table)
        .and_where(Expr::col(MagazineTags::ArticleId).is_in(ids.iter().cloned()))
        .order_by(MagazineTags::Tag, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// Published articles that share a tag or the kind with an article (newest first, at most 30).
pub async fn related_candidates(
    db: &Db,
    id: &str,
    kind: &str,
    tags: &[String],
) -> Result<Vec<Article>, sqlx::Error> {
    let a = MagazineArticles::Table;
    let sharing = Query::select()
        .column(MagazineTags::ArticleId)
        .from(MagazineTags::Table)
        .and_where(Expr::col(MagazineTags::Tag).is_in(tags.iter().cloned()))
        .to_owned();
    let mut q = select(false);
    q.cond_where(published())
        .and_where(Expr::col((a, MagazineArticles::Id)).ne(id))
        .cond_where(
            Cond::any()
                .add(Expr::col((a, MagazineArticles::Kind)).eq(kind))
                .add(Expr::col((a, MagazineArticles::Id)).in_subquery(sharing)),
        )
        .order_by((a, MagazineArticles::PublishAt), Order::Desc)
        .limit(30);
    db.fetch_all(&q).await
}

async fn write_tags(tx: &mut Tx, id: &str, tags: &[String]) -> Result<(), sqlx::Error> {
    let del = Query::delete()
        .from_table(MagazineTags::Table)
        .and_where(Expr::col(MagazineTags::ArticleId).eq(id))
        .to_owned();
    tx.execute(&del).await?;
    if tags.is_empty() {
        return Ok(());
    }
    let mut ins = Query::insert();
    ins.into_table(MagazineTags::Table)
        .columns([MagazineTags::ArticleId, MagazineTags::Tag]);
    for t in tags {
        ins.values_panic([id.into(), t.clone().into()]);
    }
    tx.execute(&ins).await.map(|_| ())
}

/// Stores a new article with its tags; returns its id.
pub async fn insert(
    tx: &mut Tx,
    c: &Checked,
    terms: &str,
    by: Option<&str>,
    at: OffsetDateTime,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let q = Query::insert()
        .into_table(MagazineArticles::Table)
        .columns([
            MagazineArticles::Id,
            MagazineArticles::Kind,
            MagazineArticles::Title,
            MagazineArticles::Author,
            MagazineArticles::Lead,
            MagazineArticles::Body,
            MagazineArticles::CoverHash,
            MagazineArticles::WijkId,
            MagazineArticles::Status,
            MagazineArticles::PublishAt,
            MagazineArticles::SearchTerms,
            MagazineArticles::CreatedBy,
            MagazineArticles::CreatedAt,
            MagazineArticles::UpdatedAt,
        ])
        .values_panic([
            id.clone().into(),
            c.kind.clone().into(),
            c.title.clone().into(),
            c.author.clone().into(),
            c.lead.clone().into(),
            c.body.clone().into(),
            c.cover.clone().into(),
            c.wijk_id.clone().into(),
            c.status.as_str().into(),
            c.publish_at.into(),
            terms.into(),
            by.map(str::to_string).into(),
            at.into(),
            at.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    write_tags(tx, &id, &c.tags).await?;
    Ok(id)
}

/// Replaces an article's fields and tags.
pub async fn update(tx: &mut Tx, id: &str, c: &Checked, terms: &str) -> Result<bool, sqlx::Error> {
    let q = Query::update()
        .table(MagazineArticles::Table)
        .values([
            (MagazineArticles::Kind, c.kind.clone().into()),
            (MagazineArticles::Title, c.title.clone().into()),
            (MagazineArticles::Author, c.author.clone().into()),
            (MagazineArticles::Lead, c.lead.clone().into()),
            (MagazineArticles::Body, c.body.clone().into()),
            (MagazineArticles::CoverHash, c.cover.clone().into()),
            (MagazineArticles::WijkId, c.wijk_id.clone().into()),
            (MagazineArticles::Status, c.status.as_str().into()),
            (MagazineArticles::PublishAt, c.publish_at.into()),
            (MagazineArticles::SearchTerms, terms.into()),
            (MagazineArticles::UpdatedAt, now().into()),
        ])
        .and_where(Expr::col(MagazineArticles::Id).eq(id))
        .to_owned();
    let n = tx.execute(&q).await?;
    if n == 0 {
        return Ok(false);
    }
    write_tags(tx, id, &c.tags).await?;
    Ok(true)
}

/// Publishes every scheduled article whose moment has come; returns how many.
pub async fn publish_due(db: &Db, at: OffsetDateTime) -> Result<u64, sqlx::Error> {
    let q = Query::update()
        .table(MagazineArticles::Table)
        .values([
            (MagazineArticles::Status, Status::Published.as_str().into()),
            (MagazineArticles::UpdatedAt, at.into()),
        ])
        .and_where(Expr::col(MagazineArticles::Status).eq(Status::Scheduled.as_str()))
        .and_where(Expr::col(MagazineArticles::PublishAt).lte(at))
        .to_owned();
    db.execute(&q).await
}
