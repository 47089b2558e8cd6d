//! The context every full page gets: language, user, CSRF token, current path.

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::HeaderMap;
use axum::http::request::Parts;

use super::csrf::CsrfToken;
use super::{assets, cookies};
use crate::auth::{Role, SessionUser, Stage};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::state::AppState;

/// Layout data for templates (`page.loc.t("…")`, `page.csrf`, `page.user`).
#[derive(Debug, Clone)]
pub struct PageCtx {
    /// Interface language.
    pub loc: Locale,
    /// The logged-in user, if fully logged in.
    pub user: Option<Arc<SessionUser>>,
    /// CSRF token for forms on this page.
    pub csrf: String,
    /// Path and query of this page, for the language switch to come back to.
    pub path: String,
    /// The message id of what the previous step saved ("Opgeslagen"), shown once.
    pub flash: Option<String>,
}

/// The language from the `kkdw_lang` cookie; Dutch otherwise.
pub fn locale_from(headers: &HeaderMap, secure: bool) -> Locale {
    cookies::get(headers, cookies::LANG, secure)
        .and_then(|c| Locale::from_code(&c))
        .unwrap_or_default()
}

impl PageCtx {
    /// Builds the context from request parts (also used by the error-page middleware).
    pub fn from_parts_with(parts: &Parts, secure: bool) -> PageCtx {
        PageCtx {
            loc: locale_from(&parts.headers, secure),
            user: parts
                .extensions
                .get::<Arc<SessionUser>>()
                .filter(|u| u.stage == Stage::Full)
                .cloned(),
            csrf: parts
                .extensions
                .get::<CsrfToken>()
                .map(|t| t.0.clone())
                .unwrap_or_default(),
            path: parts
                .uri
                .path_and_query()
                .map(|p| p.as_str().to_string())
                .unwrap_or_else(|| "/".into()),
            flash: super::flash::read(&parts.headers, secure),
        }
    }

    /// URL of a static asset (content-hashed, so it can be cached for good).
    pub fn asset(&self, name: &str) -> String {
        assets::url(name)
    }

    /// The roles of the logged-in user (empty when anonymous).
    pub fn roles(&self) -> Vec<Role> {
        self.user.as_ref().map(|u| u.roles()).unwrap_or_default()
    }

    /// True for young people: their pages carry the quick-exit button.
    pub fn is_young(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.has(Role::Jongere))
    }

    /// URL of the language switch to the other language, returning to this page.
    pub fn switch_language_url(&self) -> String {
        let back: String = form_urlencoded::byte_serialize(self.path.as_bytes()).collect();
        format!("/taal/{}?terug={}", self.loc.other().code(), back)
    }

    /// Shorthand for `loc.t`.
    pub fn t(&self, id: &str) -> String {
        self.loc.t(id)
    }

    /// Shorthand for `loc.t1`: a message with one named argument.
    pub fn t1(&self, id: &str, name: &'static str, value: &str) -> String {
        self.loc.t1(id, name, value)
    }

    /// True when `path` is the current page or a page under it (for `aria-current`).
    pub fn is_current(&self, path: &str) -> bool {
        let current = self.path.split('?').next().unwrap_or_default();
        current == path || (path != "/" && current.starts_with(&format!("{path}/")))
    }
}

impl FromRequestParts<AppState> for PageCtx {
    type Rejection = AppError;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(PageCtx::from_parts_with(
            parts,
            state.config.secure_cookies(),
        ))
    }
}
