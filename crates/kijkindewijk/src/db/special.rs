//! The named places where SQLite and PostgreSQL really differ. Everything else goes through the
//! shared query methods of [`super::Db`].

use std::path::Path;

use time::OffsetDateTime;

use super::Db;

/// A job taken from the queue by one worker, leased until `locked_until`.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LeasedJob {
    /// Job id.
    pub id: String,
    /// Job kind, used to pick the handler.
    pub kind: String,
    /// JSON payload.
    pub payload: String,
    /// Attempts made before this one.
    pub attempts: i64,
    /// Attempts allowed in all.
    pub max_attempts: i64,
}

/// Takes the oldest due job and leases it to `worker`.
///
/// PostgreSQL: `FOR UPDATE SKIP LOCKED`, so instances sharing the database never take the same job
/// and never wait on each other. SQLite: one writer at a time already serialises the update, so
/// the same statement without the locking clause is enough.
pub async fn lease_job(
    db: &Db,
    worker: &str,
    now: OffsetDateTime,
    lease_until: OffsetDateTime,
) -> Result<Option<LeasedJob>, sqlx::Error> {
    const PICK: &str = "SELECT id FROM jobs WHERE run_at <= $1 AND attempts < max_attempts \
                        AND (locked_until IS NULL OR locked_until < $1) ORDER BY run_at LIMIT 1";
    match db {
        Db::Postgres(p) => {
            let sql = format!(
                "UPDATE jobs SET locked_until = $2, locked_by = $3 WHERE id = ({PICK} FOR UPDATE SKIP LOCKED) \
                 RETURNING id, kind, payload, attempts, max_attempts"
            );
            sqlx::query_as(&sql)
                .bind(now)
                .bind(lease_until)
                .bind(worker)
                .fetch_optional(p)
                .await
        }
        Db::Sqlite(p) => {
            // SQLite numbers its parameters `?N`.
            let sql = format!(
                "UPDATE jobs SET locked_until = $2, locked_by = $3 WHERE id = ({PICK}) \
                 RETURNING id, kind, payload, attempts, max_attempts"
            )
            .replace('$', "?");
            sqlx::query_as(&sql)
                .bind(now)
                .bind(lease_until)
                .bind(worker)
                .fetch_optional(p)
                .await
        }
    }
}

/// Writes a consistent copy of the running database to `target`.
///
/// SQLite: `VACUUM INTO`, which reads one snapshot while the application keeps running; the result is
/// a plain database file that `serve` can start from. PostgreSQL: hands over to `pg_dump` in custom
/// format (restore with `pg_restore`).
pub async fn backup(db: &Db, database_url: &str, target: &Path) -> anyhow::Result<()> {
    anyhow::ensure!(
        !target.exists(),
        "{} already exists; choose a new file name",
        target.display()
    );
    match db {
        Db::Sqlite(p) => {
            let path = target
                .to_str()
                .ok_or_else(|| anyhow::anyhow!("backup path must be valid UTF-8"))?;
            sqlx::query("VACUUM INTO ?").bind(path).execute(p).await?;
        }
        Db::Postgres(_) => {
            let status = tokio::process::Command::new("pg_dump")
                .arg("--format=custom")
                .arg("--file")
                .arg(target)
                .arg(database_url)
                .status()
                .await
                .map_err(|e| anyhow::anyhow!("could not start pg_dump: {e}"))?;
            anyhow::ensure!(status.success(), "pg_dump failed with {status}");
        }
    }
    Ok(())
}
