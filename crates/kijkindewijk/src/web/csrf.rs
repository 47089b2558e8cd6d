//! CSRF protection without server-side state, so an anonymous visitor costs no database write.
//!
//! Each browser gets a random `kkdw_csrf` cookie. The token in forms (field `_csrf`) or in the
//! `X-CSRF-Token` header of API calls is an HMAC of that cookie and the session cookie under the
//! installation key: an attacker cannot compute it, even after planting a cookie, and it changes at
//! login. Unsafe requests also must not come from another origin.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::cookies;
use crate::error::AppError;
use crate::state::AppState;

/// The form field that carries the token.
pub const FIELD: &str = "_csrf";
/// The header that carries the token for API calls.
pub const HEADER: &str = "x-csrf-token";

/// The token for the current request, for templates (`page.csrf`).
#[derive(Clone, Debug)]
pub struct CsrfToken(pub String);

fn token_for(app: &AppState, csrf_cookie: &str, session_cookie: Option<&str>) -> String {
    let data = format!("csrf|{csrf_cookie}|{}", session_cookie.unwrap_or(""));
    app.keyed_hash(&data)[..40].to_string()
}

fn same_origin(headers: &HeaderMap) -> bool {
    if headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) == Some("cross-site") {
        return false;
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true; // no Origin (older browsers, non-browser clients): the token decides
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let origin_host = origin
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or(origin);
    !host.is_empty() && origin_host.eq_ignore_ascii_case(host)
}

fn is_form(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"))
}

/// The boundary of a `multipart/form-data` body (an upload form), if that is what it is.
fn multipart_boundary(headers: &HeaderMap) -> Option<String> {
    let ct = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    if !ct.to_ascii_lowercase().starts_with("multipart/form-data") {
        return None;
    }
    ct.split(';')
        .filter_map(|p| p.trim().split_once('='))
        .find(|(k, _)| k.eq_ignore_ascii_case("boundary"))
        .map(|(_, v)| v.trim_matches('"').to_string())
        .filter(|b| !b.is_empty())
}

/// The `_csrf` field of a multipart body: the part whose disposition names it (a file called
/// `_csrf` is `filename=`, so it does not count).
fn multipart_token(body: &[u8], boundary: &str) -> Option<String> {
    let text = String::from_utf8_lossy(body);
    let delimiter = format!("--{boundary}");
    text.split(delimiter.as_str()).find_map(|part| {
        let (head, value) = part.split_once("\r\n\r\n")?;
        head.contains(&format!("; name=\"{FIELD}\""))
            .then(|| value.trim_end_matches("\r\n").to_string())
    })
}

/// Checks the token on unsafe methods, and hands out a cookie to browsers that lack one.
pub async fn layer(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let secure = app.config.secure_cookies();
    let (mut parts, body) = request.into_parts();
    let existing = cookies::get(&parts.headers, cookies::CSRF, secure).filter(|c| c.len() >= 32);
    let session = cookies::get(&parts.headers, cookies::SESSION, secure);
    let csrf_cookie = existing.clone().unwrap_or_else(crate::crypto::random_token);
    let expected = token_for(&app, &csrf_cookie, session.as_deref());

    let safe = matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
    let body = if safe {
        body
    } else {
        if existing.is_none() || !same_origin(&parts.headers) {
            return AppError::Csrf.into_response();
        }
        let header_token = parts
            .headers
            .get(HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        // Forms carry the token in the body: read it (within the body limit) and pass the bytes on.
        let boundary = multipart_boundary(&parts.headers);
        let (body, form_token) =
            if header_token.is_none() && (is_form(&parts.headers) || boundary.is_some()) {
                // an upload form may be larger; only upload routes accept multipart bodies
                let limit = match boundary {
                    Some(_) => app
                        .config
                        .max_body_bytes
                        .max(super::routes::UPLOAD_BODY_BYTES),
                    None => app.config.max_body_bytes,
                };
                let bytes = match axum::body::to_bytes(body, limit).await {
                    Ok(b) => b,
                    Err(_) => return AppError::PayloadTooLarge.into_response(),
                };
                let token = match &boundary {
                    Some(b) => multipart_token(&bytes, b),
                    None => form_urlencoded::parse(&bytes)
                        .find(|(k, _)| k == FIELD)
                        .map(|(_, v)| v.into_owned()),
                };
                (Body::from(bytes), token)
            } else {
                (body, None)
            };
        let given = header_token.or(form_token).unwrap_or_default();
        if !crate::crypto::constant_time_eq(&given, &expected) {
            return AppError::Csrf.into_response();
        }
        body
    };

    parts.extensions.insert(CsrfToken(expected.clone()));
    let mut response = next.run(Request::from_parts(parts, body)).await;
    // The error-page middleware sits outside this layer and renders the layout (with its logout
    // form) for 4xx/5xx answers; it takes the token from here.
    response.extensions_mut().insert(CsrfToken(expected));
    if existing.is_none() {
        response.headers_mut().append(
            header::SET_COOKIE,
            cookies::set(cookies::CSRF, &csrf_cookie, secure, true, None),
        );
    }
    response
}

/// The token a page with the given cookies gets; used after login, when the session cookie changes
/// within one request.
pub fn token_after_login(app: &AppState, headers: &HeaderMap, new_session: &str) -> Option<String> {
    let csrf = cookies::get(headers, cookies::CSRF, app.config.secure_cookies())?;
    Some(token_for(app, &csrf, Some(new_session)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_from_an_upload_form() {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"_csrf\"\r\n\
                    Content-Type: image/png\r\n\r\nnot-the-token\r\n\
                    --XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nabc123\r\n--XyZ--\r\n";
        assert_eq!(
            multipart_token(body.as_bytes(), "XyZ"),
            Some("abc123".into())
        );
        assert_eq!(multipart_token(b"--XyZ--", "XyZ"), None);
        let mut h = HeaderMap::new();
        h.insert(
            header::CONTENT_TYPE,
            "multipart/form-data; boundary=\"XyZ\"".parse().unwrap(),
        );
        assert_eq!(multipart_boundary(&h), Some("XyZ".into()));
    }
}
