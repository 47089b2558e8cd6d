//! Turns errors into pages: a translated HTML page (never internals, but the request id for a 500)
//! or a structured JSON error `{"error": {"code", "message", "fields"}}` on API routes. Also logs
//! internal errors inside the request's trace span.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::page::PageCtx;
use crate::auth::SessionUser;
use crate::error::{ErrorInfo, FieldErrors};
use crate::i18n::Locale;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    page: PageCtx,
    status: u16,
    title_id: &'static str,
    message_id: &'static str,
    request_id: Option<String>,
}

fn wants_json(path: &str, headers: &HeaderMap) -> bool {
    if path.starts_with("/api/") || path.starts_with("/hsds") {
        return true;
    }
    let accept = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    accept.contains("application/json") && !accept.contains("text/html")
}

fn default_info(status: StatusCode) -> ErrorInfo {
    let (code, message_id) = match status.as_u16() {
        400 => ("bad_request", "error-bad-request"),
        401 => ("unauthenticated", "error-unauthenticated"),
        403 => ("forbidden", "error-forbidden"),
        404 => ("not_found", "error-not-found"),
        405 => ("method_not_allowed", "error-method"),
        413 => ("payload_too_large", "error-too-large"),
        415 => ("unsupported_media_type", "error-media-type"),
        422 => ("validation", "error-validation"),
        429 => ("too_many_requests", "error-too-many"),
        s if s >= 500 => ("internal", "error-internal"),
        _ => ("bad_request", "error-bad-request"),
    };
    ErrorInfo {
        code,
        message_id,
        fields: FieldErrors::new(),
        internal: None,
    }
}

fn title_id(status: StatusCode) -> &'static str {
    match status.as_u16() {
        401 => "error-title-401",
        403 => "error-title-403",
        404 => "error-title-404",
        429 => "error-title-429",
        503 => "error-title-503",
        s if s >= 500 => "error-title-500",
        _ => "error-title-400",
    }
}

/// The middleware.
pub async fn layer(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let json = wants_json(&path, request.headers());
    let (parts, body) = request.into_parts();
    let mut page = PageCtx::from_parts_with(&parts, app.config.secure_cookies());
    let request_id = parts
        .headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let return_to = page.path.clone();
    let writes = !parts.method.is_safe();
    let response = next.run(Request::from_parts(parts, body)).await;

    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        if writes {
            app.health.record(true);
        }
        return response;
    }
    let (mut head, body) = response.into_parts();
    let info = head.extensions.remove::<ErrorInfo>();
    if info.as_ref().is_some_and(|i| i.code == "unavailable") {
        app.health.record(false);
    }
    // A handler that set a content type wrote its own body (a form with its errors, `/readyz`).
    let rendered_by_handler = head.headers.contains_key(header::CONTENT_TYPE);
    if info.is_none() && rendered_by_handler {
        return Response::from_parts(head, body);
    }
    let info = info.unwrap_or_else(|| default_info(status));
    if let Some(internal) = &info.internal {
        tracing::error!(error = %internal, "request failed");
    } else if status.is_server_error() {
        tracing::error!(status = status.as_u16(), "request failed");
    }
    if let Some(token) = head.extensions.get::<super::csrf::CsrfToken>() {
        page.csrf = token.0.clone();
    }
    page.user = head
        .extensions
        .get::<Arc<SessionUser>>()
        .cloned()
        .filter(|u| u.stage == crate::auth::Stage::Full);
    let loc: Locale = page.loc;

    let mut out = if json {
        let fields: serde_json::Map<String, serde_json::Value> = info
            .fields
            .0
            .iter()
            .map(|(f, m)| {
                // Field messages are translation ids, except parser explanations for API bodies.
                let text = if m.contains(' ') { m.clone() } else { loc.t(m) };
                (f.clone(), serde_json::Value::String(text))
            })
            .collect();
        let body = serde_json::json!({
            "error": { "code": info.code, "message": loc.t(info.message_id), "fields": fields }
        });
        (status, axum::Json(body)).into_response()
    } else if status == StatusCode::UNAUTHORIZED {
        let back: String = form_urlencoded::byte_serialize(return_to.as_bytes()).collect();
        axum::response::Redirect::to(&format!("/inloggen?terug={back}")).into_response()
    } else {
        let template = ErrorPage {
            status: status.as_u16(),
            title_id: title_id(status),
            message_id: info.message_id,
            request_id: if status.is_server_error() {
                request_id
            } else {
                None
            },
            page,
        };
        match template.render() {
            Ok(html) => (
                status,
                [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                html,
            )
                .into_response(),
            Err(_) => (status, "Er ging iets mis / Something went wrong").into_response(),
        }
    };
    for (name, value) in head.headers.iter() {
        if name == header::SET_COOKIE || name == header::RETRY_AFTER || name == header::ALLOW {
            out.headers_mut().append(name.clone(), value.clone());
        }
    }
    out
}
