//! Security headers on every response.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use crate::state::AppState;

/// The Content-Security-Policy: only our own scripts, styles and images, no framing, forms post to
/// ourselves only (the quick exit's answer sends the browser on to a neutral site).
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self' https://www.google.nl; \
frame-ancestors 'none'";

/// Adds the headers (unless a handler already set one, such as a wider `img-src` for map tiles).
pub async fn layer(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let had_flash = super::flash::read(request.headers(), app.config.secure_cookies()).is_some();
    let mut response = next.run(request).await;
    super::flash::clear_when_shown(had_flash, app.config.secure_cookies(), &mut response);
    let h = response.headers_mut();
    let mut put = |name: header::HeaderName, value: &'static str| {
        if !h.contains_key(&name) {
            h.insert(name, HeaderValue::from_static(value));
        }
    };
    put(header::CONTENT_SECURITY_POLICY, CSP);
    put(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    put(header::X_FRAME_OPTIONS, "DENY");
    put(header::REFERRER_POLICY, "same-origin");
    put(
        header::HeaderName::from_static("permissions-policy"),
        "camera=(), microphone=(), geolocation=(self), payment=()",
    );
    put(
        header::HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    );
    put(
        header::HeaderName::from_static("cross-origin-resource-policy"),
        "same-origin",
    );
    if app.config.secure_cookies() {
        put(
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000; includeSubDomains",
        );
    }
    // Pages may hold personal data: never keep them in shared caches.
    put(header::CACHE_CONTROL, "no-store");
    response
}
