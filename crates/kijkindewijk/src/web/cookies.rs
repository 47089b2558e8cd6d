//! Cookie names and builders. Over HTTPS the names get the `__Host-` prefix, which browsers only
//! accept with `Secure`, `Path=/` and no `Domain` — so a sibling subdomain cannot plant them.

use axum::http::{HeaderMap, HeaderValue, header};
use cookie::{Cookie, SameSite};

/// The session cookie.
pub const SESSION: &str = "kkdw_session";
/// The CSRF cookie.
pub const CSRF: &str = "kkdw_csrf";
/// The language cookie.
pub const LANG: &str = "kkdw_lang";

/// The cookie name as sent, with the `__Host-` prefix when cookies are secure.
pub fn name(base: &str, secure: bool) -> String {
    if secure {
        format!("__Host-{base}")
    } else {
        base.to_string()
    }
}

/// Reads a cookie value from request headers.
pub fn get(headers: &HeaderMap, base: &str, secure: bool) -> Option<String> {
    let wanted = name(base, secure);
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| Cookie::parse(pair.trim().to_string()).ok())
        .find(|c| c.name() == wanted)
        .map(|c| c.value().to_string())
}

/// A `Set-Cookie` value. `max_age` in seconds; `None` makes a browser-session cookie.
pub fn set(
    base: &str,
    value: &str,
    secure: bool,
    http_only: bool,
    max_age: Option<i64>,
) -> HeaderValue {
    let mut c = Cookie::build((name(base, secure), value.to_string()))
        .path("/")
        .secure(secure)
        .http_only(http_only)
        .same_site(SameSite::Lax);
    if let Some(secs) = max_age {
        c = c.max_age(cookie::time::Duration::seconds(secs));
    }
    HeaderValue::from_str(&c.build().to_string()).expect("cookie values are URL-safe")
}

/// A `Set-Cookie` value that removes the cookie.
pub fn clear(base: &str, secure: bool) -> HeaderValue {
    set(base, "", secure, true, Some(0))
}
