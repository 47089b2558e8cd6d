//! The reminder the day before a session, as a background job. Creating a session or moving its
//! start queues one; a job for a start that has moved since does nothing (the move queued its own).

use serde::Deserialize;

use super::{domain, flow, repo};
use crate::db::{Tx, now};
use crate::platform::jobs;
use crate::state::AppState;

/// Job kind.
pub const KIND: &str = "webinar.reminder";

/// The reminder as a kind of background job (listed in `features::JOBS`).
pub const JOB: jobs::Job = jobs::Job {
    kind: KIND,
    run: |app, payload| Box::pin(run(app, payload)),
};

/// Queues the reminder for a session starting at `starts_at` (nothing for a past start).
pub async fn schedule(
    tx: &mut Tx,
    webinar_id: &str,
    starts_at: time::OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let Some(at) = domain::reminder_at(now(), starts_at) else {
        return Ok(());
    };
    let payload = serde_json::json!({
        "webinar_id": webinar_id,
        "starts_at": starts_at.unix_timestamp(),
    });
    jobs::enqueue(tx, KIND, &payload, at, 5).await.map(|_| ())
}

/// Runs the job.
pub async fn run(app: &AppState, payload: &str) -> anyhow::Result<()> {
    #[derive(Deserialize)]
    struct Payload {
        webinar_id: String,
        starts_at: i64,
    }
    let p: Payload = serde_json::from_str(payload)?;
    let Some(w) = repo::get(&app.db, &p.webinar_id).await? else {
        return Ok(()); // removed meanwhile
    };
    if w.starts_at.unix_timestamp() != p.starts_at
        || w.reminded_at.is_some()
        || !domain::open_for_registration(now(), w.starts_at)
    {
        return Ok(());
    }
    flow::remind(app, &w).await
}
