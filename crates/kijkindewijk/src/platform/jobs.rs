//! Background jobs kept in the database, so several instances can share the work and nothing is
//! lost on a restart. A job is enqueued in the same transaction as the change that causes it.
//!
//! The worker knows no feature: each kind of job is a [`Job`] value next to the code that runs it,
//! and `crate::features::JOBS` lists them all.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use sea_query::{Expr, Iden, Query};
use time::OffsetDateTime;
use tokio_util::sync::CancellationToken;

use crate::db::{Db, Tx, new_id, now, special};
use crate::state::AppState;

/// The future a job's function returns.
pub type JobFuture<'a> = Pin<Box<dyn Future<Output = anyhow::Result<()>> + Send + 'a>>;

/// One kind of background job: its name in the queue and the function that runs its payload.
/// Declared as `pub const JOB: Job = Job { kind: KIND, run: |app, payload| Box::pin(run(app, payload)) };`
#[derive(Clone, Copy)]
pub struct Job {
    /// The kind stored with each queued job.
    pub kind: &'static str,
    /// Runs one job of this kind with its JSON payload.
    pub run: for<'a> fn(&'a AppState, &'a str) -> JobFuture<'a>,
}

/// How long a worker holds a job before another may take it over (a crashed instance).
const LEASE: Duration = Duration::from_secs(120);

#[derive(Iden)]
enum Jobs {
    Table,
    Id,
    Kind,
    Payload,
    RunAt,
    Attempts,
    MaxAttempts,
    LockedUntil,
    LockedBy,
    LastError,
    CreatedAt,
}

/// Queues a job with a chosen id unless a job with that id is queued already (a recurring job that
/// names each run, so instances starting together queue it once).
pub async fn enqueue_once(
    tx: &mut Tx,
    id: &str,
    kind: &str,
    payload: &serde_json::Value,
    run_at: OffsetDateTime,
    max_attempts: i64,
) -> Result<(), sqlx::Error> {
    let q = Query::insert()
        .into_table(Jobs::Table)
        .columns([
            Jobs::Id,
            Jobs::Kind,
            Jobs::Payload,
            Jobs::RunAt,
            Jobs::Attempts,
            Jobs::MaxAttempts,
            Jobs::CreatedAt,
        ])
        .values_panic([
            id.into(),
            kind.into(),
            payload.to_string().into(),
            run_at.into(),
            0i64.into(),
            max_attempts.into(),
            now().into(),
        ])
        .on_conflict(
            sea_query::OnConflict::column(Jobs::Id)
                .do_nothing()
                .to_owned(),
        )
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// Whether a job of this kind is queued: waiting or running, not one that used up its attempts.
pub async fn is_queued(tx: &mut Tx, kind: &str) -> Result<bool, sqlx::Error> {
    let q = Query::select()
        .column(Jobs::Id)
        .from(Jobs::Table)
        .and_where(Expr::col(Jobs::Kind).eq(kind))
        .and_where(Expr::col(Jobs::Attempts).lt(Expr::col(Jobs::MaxAttempts)))
        .limit(1)
        .to_owned();
    Ok(tx.fetch_optional::<(String,)>(&q).await?.is_some())
}

/// Queues a job inside the caller's transaction.
pub async fn enqueue(
    tx: &mut Tx,
    kind: &str,
    payload: &serde_json::Value,
    run_at: OffsetDateTime,
    max_attempts: i64,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let q = Query::insert()
        .into_table(Jobs::Table)
        .columns([
            Jobs::Id,
            Jobs::Kind,
            Jobs::Payload,
            Jobs::RunAt,
            Jobs::Attempts,
            Jobs::MaxAttempts,
            Jobs::CreatedAt,
        ])
        .values_panic([
            id.clone().into(),
            kind.into(),
            payload.to_string().into(),
            run_at.into(),
            0i64.into(),
            max_attempts.into(),
            now().into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// Delay before the next attempt: 30 s, 2 min, 8 min, … capped at 6 hours.
pub fn backoff(attempts: i64) -> time::Duration {
    let secs = 30i64.saturating_mul(4i64.saturating_pow(attempts.clamp(0, 10) as u32));
    time::Duration::seconds(secs.min(6 * 3600))
}

async fn finish(db: &Db, id: &str) -> Result<(), sqlx::Error> {
    let q = Query::delete()
        .from_table(Jobs::Table)
        .and_where(Expr::col(Jobs::Id).eq(id))
        .to_owned();
    db.execute(&q).await.map(|_| ())
}

async fn fail(db: &Db, job: &special::LeasedJob, error: &str) -> Result<(), sqlx::Error> {
    let attempts = job.attempts + 1;
    let q = Query::update()
        .table(Jobs::Table)
        .values([
            (Jobs::Attempts, attempts.into()),
            (Jobs::RunAt, (now() + backoff(attempts)).into()),
            (Jobs::LockedUntil, Option::<OffsetDateTime>::None.into()),
            (Jobs::LockedBy, Option::<String>::None.into()),
            (
                Jobs::LastError,
                error.chars().take(500).collect::<String>().into(),
            ),
        ])
        .and_where(Expr::col(Jobs::Id).eq(job.id.clone()))
        .to_owned();
    db.execute(&q).await.map(|_| ())
}

/// Runs one due job, if there is one, with the function its kind has in `jobs`. Returns whether a
/// job was found.
pub async fn run_one(app: &AppState, jobs: &[Job], worker: &str) -> anyhow::Result<bool> {
    let t = now();
    let Some(job) = special::lease_job(&app.db, worker, t, t + LEASE).await? else {
        return Ok(false);
    };
    let result = match jobs.iter().find(|j| j.kind == job.kind) {
        Some(j) => (j.run)(app, &job.payload).await,
        None => Err(anyhow::anyhow!("unknown job kind {}", job.kind)),
    };
    let outcome = match result {
        Ok(()) => {
            finish(&app.db, &job.id).await?;
            "ok"
        }
        Err(e) => {
            // The error text may come from an outside server; it is stored for the beheerder but
            // the log line names only the job.
            tracing::warn!(job = %job.id, kind = %job.kind, attempt = job.attempts + 1, "job failed");
            fail(&app.db, &job, &format!("{e:#}")).await?;
            if job.attempts + 1 >= job.max_attempts {
                "failed"
            } else {
                "retry"
            }
        }
    };
    app.metrics
        .jobs
        .get_or_create(&crate::platform::metrics::JobLabels {
            kind: job.kind.clone(),
            outcome: outcome.into(),
        })
        .inc();
    Ok(true)
}

/// The worker loop of one instance: runs due jobs, and now and then clears expired sessions.
pub async fn run_worker(app: AppState, jobs: &'static [Job], stop: CancellationToken) {
    let worker = format!("worker-{}", new_id());
    let mut last_cleanup = OffsetDateTime::UNIX_EPOCH;
    loop {
        if stop.is_cancelled() {
            break;
        }
        let busy = match run_one(&app, jobs, &worker).await {
            Ok(found) => found,
            Err(e) => {
                tracing::error!(error = %format!("{e:#}"), "job runner");
                false
            }
        };
        let t = now();
        if t - last_cleanup > time::Duration::minutes(10) {
            last_cleanup = t;
            if let Err(e) = crate::auth::repo::delete_expired_sessions(&app.db, t).await {
                tracing::error!(error = %e, "session cleanup");
            }
        }
        if !busy {
            tokio::select! {
                _ = stop.cancelled() => break,
                _ = tokio::time::sleep(Duration::from_millis(500)) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::backoff;

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(backoff(0).whole_seconds(), 30);
        assert_eq!(backoff(1).whole_seconds(), 120);
        assert!(backoff(3) > backoff(2));
        assert_eq!(backoff(50).whole_seconds(), 6 * 3600);
    }
}
