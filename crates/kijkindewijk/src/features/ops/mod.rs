//! Operations endpoints: liveness, readiness, Prometheus metrics.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use std::time::Duration;

use crate::platform::health::NotReady;
use crate::platform::settings;
use crate::state::AppState;
use crate::web::routes::Routes;

/// Routes of this feature (served outside the session and CSRF layers).
pub fn routes() -> Routes {
    Routes::new()
        .get("/healthz", healthz)
        .get("/readyz", readyz)
        .get("/metrics", metrics)
}

/// GET /healthz — the process is up.
pub async fn healthz() -> Response {
    (
        StatusCode::OK,
        [(header::CACHE_CONTROL, "no-store")],
        "ok\n",
    )
        .into_response()
}

/// GET /readyz — this instance can do its work: the database answers with every migration, takes
/// a small write, is still the file that was opened (SQLite), and requests of the last seconds did
/// not keep failing on storage, and the social map's search index is built. Each check is bounded, so an outage answers quickly.
pub async fn readyz(State(app): State<AppState>) -> Response {
    match ready(&app).await {
        Ok(()) => (StatusCode::OK, "ready\n").into_response(),
        Err(reason) => (
            StatusCode::SERVICE_UNAVAILABLE,
            [
                (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
                (header::CACHE_CONTROL, "no-store"),
            ],
            format!("not ready: {}\n", reason.as_str()),
        )
            .into_response(),
    }
}

/// How long each readiness check may take.
const CHECK_TIMEOUT: Duration = Duration::from_secs(2);

async fn ready(app: &AppState) -> Result<(), NotReady> {
    if !app.search_index.is_ready() {
        return Err(NotReady::SearchIndex);
    }
    if !app.health.same_file() {
        return Err(NotReady::FileReplaced);
    }
    let migrated = tokio::time::timeout(CHECK_TIMEOUT, app.db.is_ready()).await;
    if !matches!(migrated, Ok(true)) {
        return Err(NotReady::Database);
    }
    let probe = tokio::time::timeout(CHECK_TIMEOUT, settings::touch(&app.db, PROBE_KEY)).await;
    if !matches!(probe, Ok(Ok(()))) {
        return Err(NotReady::Write);
    }
    if app.health.failing() {
        return Err(NotReady::Failing);
    }
    Ok(())
}

/// The settings key the write probe touches.
const PROBE_KEY: &str = "readiness_probe";

/// GET /metrics — Prometheus text format.
pub async fn metrics(State(app): State<AppState>) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        app.metrics.render(),
    )
        .into_response()
}
