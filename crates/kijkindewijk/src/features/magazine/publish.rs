//! Scheduled publication: scheduling an article queues a job for its moment; the job publishes
//! every scheduled article that is due (so a job of an article moved to a later moment publishes
//! nothing, and a late worker catches up on all of them at once).

use time::OffsetDateTime;

use super::repo;
use crate::db::{Tx, now};
use crate::platform::jobs;
use crate::state::AppState;

/// Job kind.
pub const KIND: &str = "magazine.publish";

/// The publisher as a kind of background job (listed in `features::JOBS`).
pub const JOB: jobs::Job = jobs::Job {
    kind: KIND,
    run: |app, payload| Box::pin(run(app, payload)),
};

/// Queues the publisher for `at`, in the transaction that scheduled the article.
pub async fn schedule(tx: &mut Tx, at: OffsetDateTime) -> Result<(), sqlx::Error> {
    jobs::enqueue(tx, KIND, &serde_json::json!({}), at, 5)
        .await
        .map(|_| ())
}

/// Runs the job.
pub async fn run(app: &AppState, _payload: &str) -> anyhow::Result<()> {
    let n = repo::publish_due(&app.db, now()).await?;
    if n > 0 {
        tracing::info!(articles = n, "magazine articles published");
    }
    Ok(())
}
