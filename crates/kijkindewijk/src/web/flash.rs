//! "Opgeslagen": a handler that saved something redirects with a message id in a short-lived
//! cookie; the next page shows it once at the top of the main content (the layout), and the
//! security layer clears the cookie when that page was shown. Only ids starting with `flash-` are
//! read, so the cookie cannot make a page show any other text.

use axum::http::{HeaderMap, header};
use axum::response::Response;

use super::cookies;
use crate::state::AppState;

/// The cookie.
pub const FLASH: &str = "kkdw_flash";

/// Seconds the message waits for the next page.
const MAX_AGE: i64 = 60;

/// The message id in the request's cookie, if it is one.
pub fn read(headers: &HeaderMap, secure: bool) -> Option<String> {
    cookies::get(headers, FLASH, secure).filter(|id| is_message_id(id))
}

/// Only `flash-…` ids of lower-case letters, digits and dashes.
pub fn is_message_id(id: &str) -> bool {
    id.starts_with("flash-")
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A 303 redirect to `path` that shows `message_id` on the page it leads to.
pub fn see_other(app: &AppState, path: &str, message_id: &'static str) -> Response {
    debug_assert!(is_message_id(message_id));
    let mut response = super::see_other(path);
    response.headers_mut().append(
        header::SET_COOKIE,
        cookies::set(
            FLASH,
            message_id,
            app.config.secure_cookies(),
            true,
            Some(MAX_AGE),
        ),
    );
    response
}

/// After an HTML page was shown with the message, the cookie goes.
pub fn clear_when_shown(request_had_flash: bool, secure: bool, response: &mut Response) {
    let shown = response.status().is_success()
        && response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"));
    if request_had_flash && shown {
        response
            .headers_mut()
            .append(header::SET_COOKIE, cookies::clear(FLASH, secure));
    }
}

#[cfg(test)]
mod tests {
    use super::is_message_id;

    #[test]
    fn only_flash_ids_are_read() {
        assert!(is_message_id("flash-saved"));
        assert!(!is_message_id("error-forbidden"));
        assert!(!is_message_id("flash-<script>"));
        assert!(!is_message_id("flash-Saved"));
    }
}
