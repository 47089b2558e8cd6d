//! The public site: home page, accessibility statement, privacy statement, language switch.

use askama::Template;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::extract::{Path, Query};
use crate::web::routes::Routes;
use crate::web::{PageCtx, cookies, html, safe_return_path, see_other};

/// Routes of this feature.
pub fn routes() -> Routes {
    Routes::new()
        .get("/", home_get)
        .get("/toegankelijkheid", accessibility_get)
        .get("/privacy", privacy_get)
        .get("/taal/{lang}", language_get)
}

#[derive(Template)]
#[template(path = "site/home.html")]
struct HomePage {
    page: PageCtx,
}

#[derive(Template)]
#[template(path = "site/text.html")]
struct TextPage {
    page: PageCtx,
    title_id: &'static str,
    paragraphs: Vec<&'static str>,
}

/// GET /
pub async fn home_get(page: PageCtx) -> AppResult<Response> {
    html(&HomePage { page })
}

/// GET /toegankelijkheid — the accessibility statement the law asks for.
pub async fn accessibility_get(page: PageCtx) -> AppResult<Response> {
    html(&TextPage {
        page,
        title_id: "a11y-title",
        paragraphs: vec!["a11y-p1", "a11y-p2", "a11y-p3", "a11y-p4"],
    })
}

/// GET /privacy
pub async fn privacy_get(page: PageCtx) -> AppResult<Response> {
    html(&TextPage {
        page,
        title_id: "privacy-title",
        paragraphs: vec!["privacy-p1", "privacy-p2", "privacy-p3", "privacy-p4"],
    })
}

/// `?terug=` on the language switch.
#[derive(Deserialize, Default)]
pub struct LanguageQuery {
    terug: Option<String>,
}

/// GET /taal/{lang} — sets the language cookie (no database) and goes back.
pub async fn language_get(
    axum::extract::State(app): axum::extract::State<AppState>,
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
