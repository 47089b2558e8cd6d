//! Prometheus metrics: request counts and durations per route, and job outcomes.

use std::sync::Mutex;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

/// Labels of an HTTP request metric. `route` is the matched route pattern, never the raw path, so
/// ids and search words do not end up in metrics.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RequestLabels {
    /// HTTP method.
    pub method: String,
    /// Matched route, e.g. `/beheer/gebruikers/{id}`, or `unmatched`.
    pub route: String,
    /// Status code.
    pub status: u16,
}

/// Labels of a job metric.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct JobLabels {
    /// Job kind.
    pub kind: String,
    /// `ok`, `retry` or `failed`.
    pub outcome: String,
}

/// The registry and the metrics in it.
pub struct Metrics {
    registry: Mutex<Registry>,
    /// Requests served.
    pub requests: Family<RequestLabels, Counter>,
    /// Request durations in seconds.
    pub durations: Family<RequestLabels, Histogram, fn() -> Histogram>,
    /// Jobs run.
    pub jobs: Family<JobLabels, Counter>,
    /// Database queries per request, per route.
    pub queries: Family<RouteLabels, Histogram, fn() -> Histogram>,
}

/// Labels with the route only.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RouteLabels {
    /// HTTP method.
    pub method: String,
    /// Matched route.
    pub route: String,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Metrics")
    }
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("kkdw");
        let requests = Family::<RequestLabels, Counter>::default();
        let durations = Family::<RequestLabels, Histogram>::new_with_constructor(
            (|| Histogram::new(exponential_buckets(0.0005, 2.5, 12))) as fn() -> Histogram,
        );
        let jobs = Family::<JobLabels, Counter>::default();
        let queries = Family::<RouteLabels, Histogram, fn() -> Histogram>::new_with_constructor(
            (|| Histogram::new([1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0])) as fn() -> Histogram,
        );
        registry.register("http_requests", "HTTP requests served", requests.clone());
        registry.register(
            "http_request_duration_seconds",
            "HTTP request duration",
            durations.clone(),
        );
        registry.register("jobs", "Background jobs run", jobs.clone());
        registry.register(
            "db_queries_per_request",
            "Database queries per request",
            queries.clone(),
        );
        Self {
            registry: Mutex::new(registry),
            requests,
            durations,
            jobs,
            queries,
        }
    }
}

impl Metrics {
    /// The metrics in the Prometheus text format.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let registry = self.registry.lock().unwrap_or_else(|e| e.into_inner());
        // Writing into a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &registry);
        out
    }
}
