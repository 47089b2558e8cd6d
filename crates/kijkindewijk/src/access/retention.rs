//! Keeping the access log as long as NEN 7513 asks, and no longer: a daily job removes the lines
//! older than [`RETENTION_YEARS`] through [`super::log::purge_before`], the one path the database
//! lets a line leave by (each purge is recorded in `access_log_purges`).

use time::OffsetDateTime;

use super::log;
use crate::db::{Db, now};
use crate::platform::jobs;
use crate::state::AppState;

/// NEN 7513: log lines are kept at least five years (the database refuses a shorter purge).
pub const RETENTION_YEARS: i32 = 5;

/// The job's kind in the queue.
pub const KIND: &str = "access_log.retention";

/// The retention as a kind of background job (listed in `features::JOBS`).
pub const JOB: jobs::Job = jobs::Job {
    kind: KIND,
    run: |app, _| Box::pin(run(app)),
};

/// The moment before which lines may go: the same date and time [`RETENTION_YEARS`] ago (29
/// February becomes 28 February, which only keeps a line one day longer).
pub fn cutoff(at: OffsetDateTime) -> OffsetDateTime {
    let year = at.year() - RETENTION_YEARS;
    at.replace_year(year)
        .or_else(|_| (at - time::Duration::days(1)).replace_year(year))
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// Removes what is past the period and queues tomorrow's run, in one transaction.
async fn run(app: &AppState) -> anyhow::Result<()> {
    let t = now();
    let mut tx = app.db.begin().await?;
    let removed = log::purge_before(&mut tx, cutoff(t)).await?;
    schedule_at(&mut tx, t + time::Duration::days(1)).await?;
    tx.commit().await?;
    tracing::info!(removed, "access log retention");
    Ok(())
}

/// Queues the next run unless one is queued for that day already (instances that start at the
/// same time queue it once).
async fn schedule_at(tx: &mut crate::db::Tx, at: OffsetDateTime) -> Result<(), sqlx::Error> {
    let id = format!("{KIND}:{}", at.date());
    jobs::enqueue_once(tx, &id, KIND, &serde_json::json!({}), at, 3).await
}

/// Makes sure a run is queued (at start of an instance that runs jobs): today's, unless a run is
/// queued already. After today's run that is tomorrow's (queued in the run's transaction, before
/// today's leaves the queue), so an instance starting later the same day does not run it again.
pub async fn ensure_scheduled(db: &Db) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    if !jobs::is_queued(&mut tx, KIND).await? {
        schedule_at(&mut tx, now()).await?;
    }
    tx.commit().await
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn five_years_back_to_the_day() {
        assert_eq!(
            cutoff(datetime!(2031-06-15 10:00 UTC)),
            datetime!(2026-06-15 10:00 UTC)
        );
        assert_eq!(
            cutoff(datetime!(2028-02-29 10:00 UTC)),
            datetime!(2023-02-28 10:00 UTC)
        );
    }
}
