//! Messages are kept for `contact_retention_days` and then removed. Every message queues this job
//! for the moment it expires; the job removes every message older than the retention then (so a
//! shorter retention set later is honoured at the next run as well).

use crate::db::{Tx, now};
use crate::platform::jobs;
use crate::state::AppState;

/// Job kind.
pub const KIND: &str = "contact.retention";

/// The removal as a kind of background job (listed in `features::JOBS`).
pub const JOB: jobs::Job = jobs::Job {
    kind: KIND,
    run: |app, payload| Box::pin(run(app, payload)),
};

/// Queues the removal for a message written now.
pub async fn schedule(tx: &mut Tx, retention_days: i64) -> Result<(), sqlx::Error> {
    let at = now() + time::Duration::days(retention_days.max(0));
    jobs::enqueue(tx, KIND, &serde_json::json!({}), at, 5)
        .await
        .map(|_| ())
}

/// Runs the job: removes every message past the retention.
pub async fn run(app: &AppState, _payload: &str) -> anyhow::Result<()> {
    let days = app.config.contact_retention_days.max(0);
    let before = now() - time::Duration::days(days);
    super::repo::purge(&app.db, before).await?;
    Ok(())
}
