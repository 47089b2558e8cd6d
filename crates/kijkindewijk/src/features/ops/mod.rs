//! Operations endpoints: liveness, readiness, Prometheus metrics.

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::state::AppState;

/// Routes of this feature.
pub fn router() -> Router<AppState> {
    Router::new().route("/healthz", get(healthz)).route("/readyz", get(readyz)).route("/metrics", get(metrics))
}

/// GET /healthz — the process is up.
pub async fn healthz() -> Response {
    (StatusCode::OK, [(header::CACHE_CONTROL, "no-store")], "ok\n").into_response()
}

/// GET /readyz — the database answers and its migrations are complete.
pub async fn readyz(State(app): State<AppState>) -> Response {
    if app.db.is_ready().await {
        (StatusCode::OK, "ready\n").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], "not ready\n")
            .into_response()
    }
}

/// GET /metrics — Prometheus text format.
pub async fn metrics(State(app): State<AppState>) -> Response {
    (
        [(header::CONTENT_TYPE, "application/openmetrics-text; version=1.0.0; charset=utf-8")],
        app.metrics.render(),
    )
        .into_response()
}
