//! Building the application: database, state, router with its layers, and serving with graceful
//! shutdown.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::HeaderName;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use tokio_util::sync::CancellationToken;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

use crate::config::Config;
use crate::db::Db;
use crate::error::AppError;
use crate::platform::{metrics::Metrics, settings};
use crate::state::{App, AppState};
use crate::{auth, features, web};

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Connects to the database, applies migrations and builds the shared state.
pub async fn build_state(config: Config) -> anyhow::Result<AppState> {
    let db = Db::connect_patiently(
        config.database_url.expose(),
        config.database_max_connections,
    )
    .await?;
    db.migrate().await?;
    let secret = settings::secret_key(&db, config.secret_key.as_ref().map(|s| s.expose())).await?;
    let health = crate::platform::health::Health::new(config.database_url.expose());
    let access_log = crate::access::log::Writer::start(db.clone());
    Ok(AppState(Arc::new(App {
        config,
        db,
        secret,
        metrics: Metrics::default(),
        health,
        access_log,
        search_index: Default::default(),
    })))
}

/// Every route of the application with its layers.
pub fn router(state: AppState) -> Router {
    let routes = features::routes()
        .into_router()
        .fallback(|| async { AppError::NotFound })
        .layer(CatchPanicLayer::custom(|_| {
            AppError::Internal(anyhow::anyhow!("handler panicked")).into_response()
        }));

    let app = routes
        .layer(middleware::from_fn_with_state(
            state.clone(),
            web::csrf::layer,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            auth::session::layer,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            web::error_pages::layer,
        ))
        .layer(DefaultBodyLimit::max(state.config.max_body_bytes))
        // Operations endpoints sit outside sessions and CSRF: probes carry no cookies.
        .merge(features::ops::routes().into_router());

    app.layer(
        ServiceBuilder::new()
            .layer(middleware::map_request(plain_request_id))
            .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
            .layer(
                TraceLayer::new_for_http().make_span_with(|req: &Request| {
                    // Only the route pattern is logged: paths can hold tokens, queries can hold names.
                    let route = req.extensions().get::<MatchedPath>().map(|p| p.as_str()).unwrap_or("unmatched");
                    let id = req.headers().get(REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("-");
                    tracing::info_span!("request", method = %req.method(), route = %route, request_id = %id)
                }),
            )
            .layer(PropagateRequestIdLayer::new(REQUEST_ID))
            .layer(middleware::from_fn_with_state(state.clone(), record_metrics))
            .layer(middleware::from_fn_with_state(state.clone(), web::security::layer)),
    )
    .with_state(state)
}

/// A client (or the proxy in front) may pass its own request id, to match logs, only in a plain
/// shape; anything else is dropped and a fresh one is made, so logs and the access log never store
/// free text a client chose.
async fn plain_request_id(mut req: Request) -> Request {
    let plain = req
        .headers()
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            !v.is_empty()
                && v.len() <= 64
                && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
    if !plain {
        req.headers_mut().remove(REQUEST_ID);
    }
    req
}

async fn record_metrics(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().to_string();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string());
    let (response, queries) = crate::db::QUERY_COUNT
        .scope(std::cell::Cell::new(0), async move {
            let response = next.run(request).await;
            (response, crate::db::QUERY_COUNT.with(|c| c.get()))
        })
        .await;
    let labels = crate::platform::metrics::RequestLabels {
        method,
        route: route.unwrap_or_else(|| "unmatched".into()),
        status: response.status().as_u16(),
    };
    app.metrics.requests.get_or_create(&labels).inc();
    let route_labels = crate::platform::metrics::RouteLabels {
        method: labels.method.clone(),
        route: labels.route.clone(),
    };
    app.metrics
        .queries
        .get_or_create(&route_labels)
        .observe(queries as f64);
    app.metrics
        .durations
        .get_or_create(&labels)
        .observe(started.elapsed().as_secs_f64());
    response
}

/// A running server, for `serve` and for tests.
pub struct Server {
    /// The address it listens on (with the real port when 0 was asked for).
    pub addr: SocketAddr,
    /// Cancel to shut down: requests in flight finish, then the server and the job worker stop.
    pub stop: CancellationToken,
    /// Resolves when the server has stopped.
    pub done: tokio::task::JoinHandle<anyhow::Result<()>>,
    /// The shared state.
    pub state: AppState,
}

/// Binds the listener and starts serving (and the job worker when configured).
pub async fn start(state: AppState) -> anyhow::Result<Server> {
    let listener = tokio::net::TcpListener::bind(state.config.listen).await?;
    let addr = listener.local_addr()?;
    let stop = CancellationToken::new();
    if state.config.run_jobs {
        crate::access::retention::ensure_scheduled(&state.db).await?;
    }
    let worker = state.config.run_jobs.then(|| {
        tokio::spawn(crate::platform::jobs::run_worker(
            state.clone(),
            crate::features::JOBS,
            stop.clone(),
        ))
    });
    let index = tokio::spawn(crate::features::socialmap::sync::run(
        state.clone(),
        stop.clone(),
    ));
    let app = router(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
    let shutdown = stop.clone();
    let db = state.db.clone();
    let done = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async move { shutdown.cancelled().await })
            .await?;
        if let Some(worker) = worker {
            let _ = tokio::time::timeout(Duration::from_secs(30), worker).await;
        }
        let _ = index.await;
        db.close().await;
        Ok(())
    });
    Ok(Server {
        addr,
        stop,
        done,
        state,
    })
}
