//! Keeps this instance's search index in step with the database: a write's own changes at its
//! commit, other instances' changes by polling the change log (see [`super::index`]). It lives
//! apart from the index so the index does not depend on the application state that holds it.

use std::time::{Duration, Instant};

use tokio_util::sync::CancellationToken;

use super::index::POLL;
use super::repo::changes;
use crate::db::Tx;
use crate::error::AppResult;
use crate::state::AppState;

/// Commits a transaction of the social map and applies its changes to this instance's index at once.
pub async fn commit(app: &AppState, tx: Tx) -> AppResult<()> {
    tx.commit().await?;
    if let Err(e) = app.search_index.catch_up(&app.db).await {
        // The poller tries again within a second; the write itself is done.
        tracing::warn!(error = %e, "search index catch-up failed");
    }
    Ok(())
}

/// Builds the index, then follows the change log until `stop`; prunes day-old changes now and then.
pub async fn run(app: AppState, stop: CancellationToken) {
    let started = Instant::now();
    loop {
        match app.search_index.build(&app.db).await {
            Ok(()) => break,
            Err(e) => tracing::error!(error = %e, "building the search index failed"),
        }
        tokio::select! {
            _ = stop.cancelled() => return,
            _ = tokio::time::sleep(Duration::from_secs(2)) => {}
        }
    }
    tracing::info!(
        services = app.search_index.len(),
        ms = started.elapsed().as_millis() as u64,
        "search index built"
    );
    let mut last_prune = Instant::now();
    loop {
        tokio::select! {
            _ = stop.cancelled() => return,
            _ = tokio::time::sleep(POLL) => {}
        }
        if let Err(e) = app.search_index.catch_up(&app.db).await {
            tracing::warn!(error = %e, "search index catch-up failed");
        }
        if last_prune.elapsed() > Duration::from_secs(600) {
            last_prune = Instant::now();
            let before = crate::db::now() - time::Duration::days(1);
            if let Err(e) = changes::prune(&app.db, before).await {
                tracing::warn!(error = %e, "pruning the change log failed");
            }
        }
    }
}
