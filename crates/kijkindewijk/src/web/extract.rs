//! Request extractors that reject into [`AppError`], so malformed input always gets our 4xx
//! answer (a Dutch page or a JSON error) and never a 500.

use std::net::{IpAddr, SocketAddr};

use axum::body::Bytes;
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::header;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use crate::error::{AppError, FieldErrors};
use crate::state::AppState;

fn content_type_is(req: &Request, expected: &str) -> bool {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|ct| ct.split(';').next())
        .is_some_and(|ct| ct.trim().eq_ignore_ascii_case(expected))
}

async fn body_bytes(req: Request, state: &AppState) -> Result<Bytes, AppError> {
    axum::body::to_bytes(req.into_body(), state.config.max_body_bytes)
        .await
        .map_err(|_| AppError::PayloadTooLarge)
}

/// True when every name and value of a urlencoded body decodes to valid UTF-8 without a NUL
/// character. The standard parser would silently replace bad bytes, and we would store mangled
/// text; PostgreSQL refuses NUL in text altogether.
pub fn urlencoded_is_utf8(body: &[u8]) -> bool {
    body.split(|b| *b == b'&')
        .flat_map(|pair| pair.split(|b| *b == b'='))
        .all(|part| {
            let plus_as_space: Vec<u8> = part
                .iter()
                .map(|b| if *b == b'+' { b' ' } else { *b })
                .collect();
            let decoded: Vec<u8> = percent_encoding::percent_decode(&plus_as_space).collect();
            std::str::from_utf8(&decoded).is_ok() && !decoded.contains(&0)
        })
}

/// True when a JSON text holds an escaped NUL character (`\u0000`) in a string: no text of ours
/// may contain one (PostgreSQL refuses it), so such a body is refused as a whole.
fn json_has_nul(body: &[u8]) -> bool {
    body.windows(6).enumerate().any(|(i, w)| {
        w[0] == b'\\'
            && w[1] == b'u'
            && &w[2..] == b"0000"
            // An escaped backslash before it (`\\u0000`) is a literal text, not a NUL.
            && body[..i].iter().rev().take_while(|b| **b == b'\\').count() % 2 == 0
    })
}

/// A urlencoded HTML form. Bad encoding, duplicate fields and unknown choices are a 400.
#[derive(Debug, Clone)]
pub struct Form<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for Form<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        if !content_type_is(&req, "application/x-www-form-urlencoded") {
            return Err(AppError::UnsupportedMediaType);
        }
        let bytes = body_bytes(req, state).await?;
        if !urlencoded_is_utf8(&bytes) {
            return Err(AppError::BadRequest("error-bad-encoding"));
        }
        serde_html_form::from_bytes(&bytes)
            .map(Form)
            .map_err(|_| AppError::BadRequest("error-bad-form"))
    }
}

/// A JSON body for the API. Syntax errors, duplicate or unknown keys and unknown enum values are a
/// 400 with the parser's explanation in `fields.body`.
#[derive(Debug, Clone)]
pub struct Json<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for Json<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        if !content_type_is(&req, "application/json") {
            return Err(AppError::UnsupportedMediaType);
        }
        let bytes = body_bytes(req, state).await?;
        let mut fields = FieldErrors::new();
        if json_has_nul(&bytes) {
            fields
                .0
                .push(("body".to_string(), "a string holds a NUL character".into()));
            return Err(AppError::Validation(fields));
        }
        let mut de = serde_json::Deserializer::from_slice(&bytes);
        match serde_path_to_error::deserialize::<_, T>(&mut de) {
            Ok(v) => match de.end() {
                Ok(()) => return Ok(Json(v)),
                Err(e) => fields.0.push(("body".to_string(), e.to_string())),
            },
            Err(e) => {
                let path = e.path().to_string();
                let key = if path == "." || path.is_empty() {
                    "body".to_string()
                } else {
                    path
                };
                fields.0.push((key, e.inner().to_string()));
            }
        }
        Err(AppError::Validation(fields))
    }
}

/// The client's address: the socket peer, or the first `X-Forwarded-For` entry behind a trusted
/// proxy. Used for rate limits only, and only as a keyed hash.
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub Option<IpAddr>);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if state.config.trust_forwarded_for {
            let forwarded = parts
                .headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.split(',').next())
                .and_then(|v| v.trim().parse().ok());
            if forwarded.is_some() {
                return Ok(ClientIp(forwarded));
            }
        }
        Ok(ClientIp(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip()),
        ))
    }
}

/// A path parameter; a value that does not parse is a 404 (the page does not exist).
#[derive(Debug, Clone)]
pub struct Path<T>(pub T);

impl<T: DeserializeOwned + Send> FromRequestParts<AppState> for Path<T> {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        // No record has a NUL in its id, and PostgreSQL refuses it in a query.
        if parts.uri.path().to_ascii_lowercase().contains("%00") {
            return Err(AppError::NotFound);
        }
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|p| Path(p.0))
            .map_err(|_| AppError::NotFound)
    }
}

/// Query parameters; malformed ones are a 400.
#[derive(Debug, Clone)]
pub struct Query<T>(pub T);

impl<T: DeserializeOwned> FromRequestParts<AppState> for Query<T> {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        _state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let q = parts.uri.query().unwrap_or_default();
        if !urlencoded_is_utf8(q.as_bytes()) {
            return Err(AppError::BadRequest("error-bad-encoding"));
        }
        serde_html_form::from_str(q)
            .map(Query)
            .map_err(|_| AppError::BadRequest("error-bad-query"))
    }
}

#[cfg(test)]
mod tests {
    use super::{json_has_nul, urlencoded_is_utf8};

    #[test]
    fn detects_bad_utf8_in_forms() {
        assert!(urlencoded_is_utf8(b"name=J%C3%B6rg&x=a+b"));
        assert!(!urlencoded_is_utf8(b"name=%C3%28"));
        assert!(!urlencoded_is_utf8(b"na%FFme=x"));
        assert!(!urlencoded_is_utf8(b"name=\xff"));
        assert!(!urlencoded_is_utf8(b"message=hallo%00"));
    }

    #[test]
    fn finds_escaped_nul_in_json() {
        assert!(json_has_nul(br#"{"a":"x\u0000"}"#));
        assert!(
            json_has_nul(br#"{"a":"\\\u0000"}"#),
            "a backslash, then a NUL"
        );
        assert!(
            !json_has_nul(br#"{"a":"\\u0000"}"#),
            "an escaped backslash, then text"
        );
        assert!(!json_has_nul(br#"{"a":"\u00e9"}"#));
    }
}
