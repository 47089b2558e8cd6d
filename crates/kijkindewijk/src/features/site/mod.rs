//! The public site: the home page with the vision and calls to act, the pages a redacteur edits
//! (about us, privacy and accessibility statements, colophon), uploaded images, and the language
//! switch. Pages that were never edited show their built-in text (`defaults`).

pub mod defaults;
mod editor;
pub mod image;
mod images;
pub mod pages;
pub mod repo;

use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::extract::{Path, Query};
use crate::web::markdown;
use crate::web::routes::Routes;
use crate::web::{PageCtx, cookies, html, safe_return_path, see_other};
use pages::Slug;

/// Routes of this feature.
pub fn routes() -> Routes {
    let mut routes = Routes::new()
        .get("/", home_get)
        .get("/taal/{lang}", language_get)
        .get("/afbeeldingen/{file}", images::serve_get)
        .get("/redactie/paginas", editor::list_get)
        .get_post(
            "/redactie/paginas/{slug}",
            editor::edit_get,
            editor::edit_post,
        )
        .get_post_upload(
            "/redactie/afbeeldingen",
            images::list_get,
            images::upload_post,
        );
    for slug in Slug::ALL.into_iter().filter(|s| *s != Slug::Home) {
        routes = routes.get(slug.path(), move |s: State<AppState>, p: PageCtx| {
            page_get(s, p, slug)
        });
    }
    routes
}

/// A page as the public sees it: title and sanitised HTML.
pub struct Shown {
    /// Title.
    pub title: String,
    /// The body as safe HTML.
    pub html: String,
}

/// The title and Markdown of a page in a language: the edited text, else the built-in one.
pub async fn text(db: &Db, slug: Slug, loc: Locale) -> AppResult<(String, String)> {
    let edited = repo::page(db, slug.as_str()).await?;
    Ok(match edited.into_iter().find(|p| p.lang == loc.code()) {
        Some(p) => (p.title, p.body),
        None => {
            let (t, b) = defaults::text(slug, loc);
            (t.to_string(), b.to_string())
        }
    })
}

async fn shown(db: &Db, slug: Slug, loc: Locale) -> AppResult<Shown> {
    let (title, body) = text(db, slug, loc).await?;
    Ok(Shown {
        title,
        html: markdown::to_html(&body),
    })
}

#[derive(Template)]
#[template(path = "site/home.html")]
struct HomePage {
    page: PageCtx,
    shown: Shown,
}

#[derive(Template)]
#[template(path = "site/page.html")]
struct TextPage {
    page: PageCtx,
    shown: Shown,
}

/// GET / — the vision, with calls to act.
pub async fn home_get(State(app): State<AppState>, page: PageCtx) -> AppResult<Response> {
    let shown = shown(&app.db, Slug::Home, page.loc).await?;
    html(&HomePage { page, shown })
}

/// GET /over-ons, /privacy, /toegankelijkheid, /colofon
async fn page_get(State(app): State<AppState>, page: PageCtx, slug: Slug) -> AppResult<Response> {
    let shown = shown(&app.db, slug, page.loc).await?;
    html(&TextPage { page, shown })
}

/// `?terug=` on the language switch.
#[derive(Deserialize, Default)]
pub struct LanguageQuery {
    terug: Option<String>,
}

/// GET /taal/{lang} — sets the language cookie (no database) and goes back.
pub async fn language_get(
    State(app): State<AppState>,
    Path(lang): Path<String>,
    Query(q): Query<LanguageQuery>,
) -> AppResult<Response> {
    let locale = Locale::from_code(&lang).ok_or(AppError::NotFound)?;
    let cookie = cookies::set(
        cookies::LANG,
        locale.code(),
        app.config.secure_cookies(),
        false,
        Some(365 * 24 * 3600),
    );
    let back = safe_return_path(q.terug.as_deref());
    Ok(([(header::SET_COOKIE, cookie)], see_other(&back)).into_response())
}
