//! HTTP plumbing shared by every feature: cookies, CSRF, security headers, error pages, extractors,
//! the page context for templates, and static assets.

pub mod assets;
pub mod cookies;
pub mod csrf;
pub mod error_pages;
pub mod extract;
pub mod flash;
pub mod markdown;
pub mod page;
pub mod routes;
pub mod security;
pub mod validate;

pub use extract::{ClientIp, Form, Json};
pub use page::PageCtx;

use axum::response::{IntoResponse, Redirect, Response};

/// Renders an askama template as an HTML response with the given status.
pub fn render(
    status: axum::http::StatusCode,
    template: &impl askama::Template,
) -> crate::error::AppResult<Response> {
    let html = template.render()?;
    Ok((
        status,
        [(axum::http::header::CONTENT_TYPE, "text/html; charset=utf-8")],
        html,
    )
        .into_response())
}

/// Renders an askama template as a 200 HTML response.
pub fn html(template: &impl askama::Template) -> crate::error::AppResult<Response> {
    render(axum::http::StatusCode::OK, template)
}

/// A 303 redirect after a form post (so reloading the result page does not post again).
pub fn see_other(path: &str) -> Response {
    Redirect::to(path).into_response()
}

/// Accepts only local paths (`/…`, not `//host`), for `terug` parameters; anything else becomes `/`.
pub fn safe_return_path(path: Option<&str>) -> String {
    match path {
        Some(p)
            if p.starts_with('/')
                && !p.starts_with("//")
                && !p.contains('\\')
                && !p.chars().any(char::is_control) =>
        {
            p.to_string()
        }
        _ => "/".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::safe_return_path;

    #[test]
    fn only_local_return_paths() {
        assert_eq!(safe_return_path(Some("/mijn?x=1")), "/mijn?x=1");
        assert_eq!(safe_return_path(Some("//evil.example")), "/");
        assert_eq!(safe_return_path(Some("https://evil.example")), "/");
        assert_eq!(safe_return_path(Some("/\\evil")), "/");
        assert_eq!(safe_return_path(None), "/");
    }
}
