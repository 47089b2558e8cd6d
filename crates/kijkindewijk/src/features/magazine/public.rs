//! The magazine for every reader: the list (per kind, per tag, searched, in pages), an article
//! with its reading time and related articles, and the Atom feed. Reading writes nothing.

use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::domain::{self, Candidate, Status};
use super::feed;
use super::repo::{self, Filter, Kind};
use super::view::Card;
use crate::error::{AppError, AppResult};
use crate::features::socialmap::search::query_terms;
use crate::state::AppState;
use crate::web::extract::{Path, Query};
use crate::web::markdown;
use crate::web::{PageCtx, html};

/// `?soort=&tag=&q=&pagina=`
#[derive(Deserialize, Default, Clone)]
pub struct ListQuery {
    #[serde(default)]
    soort: String,
    #[serde(default)]
    tag: String,
    #[serde(default)]
    q: String,
    #[serde(default)]
    pagina: String,
}

impl ListQuery {
    fn link(&self, page: u64) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        for (k, v) in [("soort", &self.soort), ("tag", &self.tag), ("q", &self.q)] {
            if !v.is_empty() {
                s.append_pair(k, v);
            }
        }
        if page > 1 {
            s.append_pair("pagina", &page.to_string());
        }
        let q = s.finish();
        if q.is_empty() {
            "/magazine".into()
        } else {
            format!("/magazine?{q}")
        }
    }
}

#[derive(Template)]
#[template(path = "magazine/list.html")]
struct ListPage {
    page: PageCtx,
    kinds: Vec<Kind>,
    cards: Vec<Card>,
    query: ListQuery,
    kind_name: String,
    prev: Option<String>,
    next: Option<String>,
}

/// GET /magazine
pub async fn list_get(
    State(app): State<AppState>,
    page: PageCtx,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let kinds = repo::kinds(&app.db).await?;
    let number = domain::page_number(&q.pagina);
    let filter = Filter {
        kind: kinds
            .iter()
            .find(|k| k.code == q.soort)
            .map(|k| k.code.clone()),
        tag: (!q.tag.trim().is_empty()).then(|| q.tag.trim().to_lowercase()),
        terms: query_terms(&q.q),
        page: number,
    };
    let (rows, more) = repo::list(&app.db, &filter).await?;
    let cards = rows.iter().map(|a| Card::of(a, &kinds, page.loc)).collect();
    let kind_name = filter
        .kind
        .as_deref()
        .map(|k| super::view::kind_name(&kinds, k, page.loc))
        .unwrap_or_default();
    let prev = (number > 1).then(|| q.link(number - 1));
    let next = more.then(|| q.link(number + 1));
    html(&ListPage {
        page,
        kinds,
        cards,
        query: q,
        kind_name,
        prev,
        next,
    })
}

#[derive(Template)]
#[template(path = "magazine/article.html")]
struct ArticlePage {
    page: PageCtx,
    card: Card,
    body: String,
    minutes: usize,
    tags: Vec<String>,
    related: Vec<Card>,
}

/// GET /magazine/{id} — a published article.
pub async fn article_get(
    State(app): State<AppState>,
    page: PageCtx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let a = repo::article(&app.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    if Status::parse(&a.status) != Status::Published {
        return Err(AppError::NotFound);
    }
    let kinds = repo::kinds(&app.db).await?;
    let tags: Vec<String> = repo::tags_of(&app.db, std::slice::from_ref(&a.id))
        .await?
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    let related = related(&app, &a, &tags, &kinds, &page).await?;
    html(&ArticlePage {
        card: Card::of(&a, &kinds, page.loc),
        body: markdown::to_html(&a.body),
        minutes: markdown::reading_minutes(&a.body),
        page,
        tags,
        related,
    })
}

async fn related(
    app: &AppState,
    a: &repo::Article,
    tags: &[String],
    kinds: &[Kind],
    page: &PageCtx,
) -> AppResult<Vec<Card>> {
    let rows = repo::related_candidates(&app.db, &a.id, &a.kind, tags).await?;
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let their_tags = repo::tags_of(&app.db, &ids).await?;
    let per: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            their_tags
                .iter()
                .filter(|(id, _)| *id == r.id)
                .map(|(_, t)| t.clone())
                .collect()
        })
        .collect();
    let candidates: Vec<Candidate> = rows
        .iter()
        .zip(&per)
        .map(|(r, t)| Candidate {
            id: &r.id,
            kind: &r.kind,
            tags: t,
        })
        .collect();
    let chosen = domain::related(&a.kind, tags, &candidates);
    Ok(chosen
        .iter()
        .filter_map(|id| rows.iter().find(|r| r.id == *id))
        .map(|r| Card::of(r, kinds, page.loc))
        .collect())
}

/// GET /magazine/feed.atom
pub async fn feed_get(State(app): State<AppState>, page: PageCtx) -> AppResult<Response> {
    let articles = repo::newest(&app.db, feed::ENTRIES).await?;
    let ids: Vec<String> = articles.iter().map(|a| a.id.clone()).collect();
    let tags = repo::tags_of(&app.db, &ids).await?;
    let xml = feed::build(
        app.config.base_url(),
        &page.t("mag-feed-title"),
        &articles,
        &tags,
    );
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        xml,
    )
        .into_response())
}
