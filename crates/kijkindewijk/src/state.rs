//! Shared application state, handed to every handler.

use std::ops::Deref;
use std::sync::Arc;

use crate::config::Config;
use crate::db::Db;
use crate::platform::metrics::Metrics;

/// Everything a request may need; built once at start.
#[derive(Debug)]
pub struct App {
    /// Configuration.
    pub config: Config,
    /// Database pool.
    pub db: Db,
    /// Installation key for CSRF tokens and keyed hashes.
    pub secret: Vec<u8>,
    /// Prometheus metrics.
    pub metrics: Metrics,
    /// Readiness facts (write outcomes, the database file).
    pub health: crate::platform::health::Health,
    /// The access log's group writer.
    pub access_log: crate::access::log::Writer,
    /// The social map's in-process search index.
    pub search_index: Arc<crate::features::socialmap::index::SearchIndex>,
}

/// Cheap-to-clone handle to [`App`].
#[derive(Clone, Debug)]
pub struct AppState(pub Arc<App>);

impl Deref for AppState {
    type Target = App;
    fn deref(&self) -> &App {
        &self.0
    }
}

impl App {
    /// A keyed hash of `data`, for storing things like client addresses without keeping them.
    pub fn keyed_hash(&self, data: &str) -> String {
        crate::crypto::hmac_hex(&self.secret, data)
    }
}
