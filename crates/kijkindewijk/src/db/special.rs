//! The named places where SQLite and PostgreSQL really differ (job lease, backup, the social map's
//! full-text search). Everything else goes through the shared query methods of [`super::Db`].

use std::path::Path;

use sea_query::{Alias, Expr, JoinType, Query, SelectStatement};
use time::OffsetDateTime;

use super::{Backend, Db};

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

/// What a database error was, told without its message (messages can quote values, which may be
/// personal data): a short kind, the backend's own code, and whether it means the storage itself is
/// in trouble (full, unreachable, read-only) rather than a bug in a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorKind {
    /// A fixed description, e.g. `disk full`, `no such table`, `unique violation`.
    pub kind: &'static str,
    /// The SQLite extended result code or the PostgreSQL SQLSTATE, when the database gave one.
    pub code: Option<String>,
    /// True when the storage cannot serve now (the request should answer 503, not 500).
    pub unavailable: bool,
}

/// Classifies `err` on either backend (see [`ErrorKind`]).
pub fn error_kind(err: &sqlx::Error) -> ErrorKind {
    let plain = |kind, unavailable| ErrorKind {
        kind,
        code: None,
        unavailable,
    };
    match err {
        sqlx::Error::Database(db) => {
            let code = db.code().map(|c| c.into_owned());
            let (kind, unavailable) = match db.try_downcast_ref::<sqlx::sqlite::SqliteError>() {
                Some(_) => sqlite_kind(code.as_deref().unwrap_or(""), db.message()),
                None => postgres_kind(code.as_deref().unwrap_or("")),
            };
            ErrorKind {
                kind,
                code,
                unavailable,
            }
        }
        sqlx::Error::PoolTimedOut => plain("no free connection in time", true),
        sqlx::Error::PoolClosed => plain("pool closed", true),
        sqlx::Error::WorkerCrashed => plain("connection worker stopped", true),
        sqlx::Error::Io(e) => ErrorKind {
            kind: "i/o error",
            code: Some(format!("{:?}", e.kind())),
            unavailable: true,
        },
        sqlx::Error::Tls(_) => plain("tls error", true),
        sqlx::Error::Protocol(_) => plain("protocol error", true),
        sqlx::Error::BeginFailed => plain("begin failed", true),
        sqlx::Error::InvalidSavePointStatement => plain("connection left in a transaction", true),
        sqlx::Error::RowNotFound => plain("row not found", false),
        sqlx::Error::ColumnNotFound(_) => plain("column not found", false),
        sqlx::Error::ColumnIndexOutOfBounds { .. } => plain("column index out of bounds", false),
        sqlx::Error::ColumnDecode { .. } | sqlx::Error::Decode(_) => plain("decode error", false),
        sqlx::Error::TypeNotFound { .. } => plain("type not found", false),
        sqlx::Error::Configuration(_) => plain("configuration error", false),
        sqlx::Error::Migrate(_) => plain("migration error", false),
        _ => plain("other database error", false),
    }
}

/// SQLite: the primary result code is the low byte of the extended code. Only fixed message
/// prefixes are used to tell the kinds of `SQLITE_ERROR` apart, never the rest of the message.
fn sqlite_kind(code: &str, message: &str) -> (&'static str, bool) {
    let extended: i32 = code.parse().unwrap_or(-1);
    match extended {
        2067 | 1555 => return ("unique violation", false),
        787 => return ("foreign key violation", false),
        1299 => return ("not null violation", false),
        275 => return ("check violation", false),
        1811 => return ("refused by trigger", false),
        _ => {}
    }
    match extended & 0xff {
        1 => {
            let prefixes = [
                ("no such table", "no such table"),
                ("no such column", "no such column"),
                ("no such function", "no such function"),
                ("cannot rollback", "no transaction to roll back"),
                ("cannot commit", "no transaction to commit"),
                ("cannot start a transaction", "transaction already open"),
            ];
            let kind = prefixes
                .iter()
                .find(|(p, _)| message.starts_with(p))
                .map(|(_, k)| *k)
                .unwrap_or(if message.contains("syntax error") {
                    "syntax error"
                } else {
                    "sql error"
                });
            (kind, false)
        }
        3 => ("permission denied", true),
        4 => ("aborted", false),
        5 => ("database busy", true),
        6 => ("table locked", true),
        7 => ("out of memory", true),
        8 => ("read-only database", true),
        9 => ("interrupted", true),
        10 => ("disk i/o error", true),
        11 => ("database corrupt", true),
        13 => ("disk full", true),
        14 => ("cannot open database file", true),
        17 => ("schema changed", false),
        18 => ("value too big", false),
        19 => ("constraint violation", false),
        20 => ("type mismatch", false),
        21 => ("library misuse", false),
        26 => ("not a database", true),
        _ => ("sqlite error", false),
    }
}

/// PostgreSQL: SQLSTATE codes, by exact code and then by class.
fn postgres_kind(code: &str) -> (&'static str, bool) {
    match code {
        "23505" => ("unique violation", false),
        "23503" => ("foreign key violation", false),
        "23502" => ("not null violation", false),
        "23514" => ("check violation", false),
        "P0001" => ("refused by trigger", false),
        "42P01" => ("no such table", false),
        "42703" => ("no such column", false),
        "42883" => ("no such function", false),
        "42601" => ("syntax error", false),
        "40001" => ("serialization failure", false),
        "40P01" => ("deadlock", false),
        "53100" => ("disk full", true),
        "53200" => ("out of memory", true),
        "53300" => ("too many connections", true),
        "25006" => ("read-only transaction", true),
        "57014" => ("query cancelled", false),
        "XX001" | "XX002" => ("database corrupt", true),
        _ => match code.get(..2) {
            Some("08") => ("connection lost", true),
            Some("53") => ("insufficient resources", true),
            Some("57") => ("server shutting down", true),
            Some("58") => ("disk i/o error", true),
            Some("23") => ("constraint violation", false),
            Some("42") => ("sql error", false),
            Some("22") => ("data exception", false),
            _ => ("postgresql error", false),
        },
    }
}

/// Folds SQLite's write-ahead log into the database file and truncates it (`wal_checkpoint(TRUNCATE)`),
/// when a command finishes and at shutdown. PostgreSQL has nothing to do here.
pub async fn checkpoint(db: &Db) -> Result<(), sqlx::Error> {
    if let Db::Sqlite(p) = db
        && !p.is_closed()
    {
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(p)
            .await?;
    }
    Ok(())
}

/// Refreshes the planner's statistics (after a bulk load, so the search picks its indexes well).
/// The statement is the same on both backends, but it is maintenance rather than a query, so it
/// lives here.
pub async fn analyze(db: &Db) -> Result<(), sqlx::Error> {
    match db {
        Db::Sqlite(p) => {
            sqlx::query("ANALYZE").execute(p).await?;
        }
        Db::Postgres(p) => {
            sqlx::query("ANALYZE").execute(p).await?;
        }
    }
    Ok(())
}

/// The PostgreSQL full-text vector of a service. It must stay character for character the
/// expression of the `services_fts_gin` index in `migrations/postgres/0003_socialmap.sql`, or the
/// planner cannot use the index.
const PG_SERVICE_VECTOR: &str = "(setweight(to_tsvector('simple', search_title), 'A') || \
                                 setweight(to_tsvector('simple', search_body), 'B'))";

/// Full-text search over the social map's services: a sub-select of `(service_id, rank)` for the
/// services whose stemmed title or description holds every term (terms of three letters or more
/// also match as a prefix, which suits Dutch compounds: `voetbal` finds *voetbaltraining*). A
/// higher `rank` is a better match; title words weigh four times as much as description words.
///
/// SQLite: the FTS5 table `services_fts` with `bm25`. PostgreSQL: a GIN expression index with
/// `ts_rank`. Terms come from `socialmap::domain::text::query_terms` and are plain `[a-z0-9]`
/// words; anything else is dropped here too, so no FTS or tsquery syntax can get in. Returns
/// `None` when no usable term is left.
pub fn service_text_match(backend: Backend, terms: &[String]) -> Option<SelectStatement> {
    let terms: Vec<String> = terms
        .iter()
        .map(|t| {
            t.chars()
                .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                .collect::<String>()
        })
        .filter(|t| !t.is_empty())
        .collect();
    if terms.is_empty() {
        return None;
    }
    let prefix = |t: &String| t.len() >= 3;
    Some(match backend {
        Backend::Sqlite => {
            let query = terms
                .iter()
                .map(|t| {
                    if prefix(t) {
                        format!("\"{t}\"*")
                    } else {
                        format!("\"{t}\"")
                    }
                })
                .collect::<Vec<_>>()
                .join(" ");
            let (fts, keys) = (Alias::new("services_fts"), Alias::new("k"));
            Query::select()
                .expr_as(
                    Expr::col((keys.clone(), Alias::new("service_id"))),
                    Alias::new("service_id"),
                )
                .expr_as(
                    Expr::cust("-bm25(services_fts, 4.0, 1.0)"),
                    Alias::new("rank"),
                )
                .from(fts.clone())
                .join_as(
                    JoinType::InnerJoin,
                    Alias::new("services_fts_keys"),
                    keys.clone(),
                    Expr::col((keys, Alias::new("rowid"))).equals((fts, Alias::new("rowid"))),
                )
                .and_where(Expr::cust_with_values("services_fts MATCH ?", [query]))
                .to_owned()
        }
        Backend::Postgres => {
            let query = terms
                .iter()
                .map(|t| {
                    if prefix(t) {
                        format!("{t}:*")
                    } else {
                        t.clone()
                    }
                })
                .collect::<Vec<_>>()
                .join(" & ");
            Query::select()
                .expr_as(Expr::col(Alias::new("id")), Alias::new("service_id"))
                .expr_as(
                    Expr::cust_with_values(
                        format!(
                            "CAST(ts_rank({PG_SERVICE_VECTOR}, to_tsquery('simple', $1)) AS DOUBLE PRECISION)"
                        ),
                        [query.clone()],
                    ),
                    Alias::new("rank"),
                )
                .from(Alias::new("services"))
                .and_where(Expr::cust_with_values(
                    format!("{PG_SERVICE_VECTOR} @@ to_tsquery('simple', $1)"),
                    [query],
                ))
                .to_owned()
        }
    })
}

#[cfg(test)]
mod tests {
    use sea_query::{PostgresQueryBuilder, SqliteQueryBuilder};

    use super::*;

    #[test]
    fn text_match_keeps_syntax_out() {
        let terms = vec![
            "voetbal".to_string(),
            "a\"b OR c*".to_string(),
            "ok".to_string(),
        ];
        let (sql, values) = service_text_match(Backend::Sqlite, &terms)
            .unwrap()
            .build(SqliteQueryBuilder);
        assert!(sql.contains("services_fts MATCH ?"), "{sql}");
        assert_eq!(
            format!("{:?}", values.0[0]),
            format!(
                "{:?}",
                sea_query::Value::from("\"voetbal\"* \"abc\"* \"ok\"".to_string())
            )
        );
        let (sql, values) = service_text_match(Backend::Postgres, &terms)
            .unwrap()
            .build(PostgresQueryBuilder);
        assert!(sql.contains("@@ to_tsquery('simple', $2)"), "{sql}");
        assert_eq!(
            format!("{:?}", values.0[0]),
            format!(
                "{:?}",
                sea_query::Value::from("voetbal:* & abc:* & ok".to_string())
            )
        );
        assert!(service_text_match(Backend::Postgres, &["!!".to_string()]).is_none());
    }

    #[test]
    fn error_codes_tell_the_kind() {
        assert_eq!(
            sqlite_kind("13", "database or disk is full"),
            ("disk full", true)
        );
        assert_eq!(
            sqlite_kind("1", "no such table: users"),
            ("no such table", false)
        );
        assert_eq!(
            sqlite_kind("2067", "UNIQUE constraint failed"),
            ("unique violation", false)
        );
        assert_eq!(
            sqlite_kind("778", "disk I/O error"),
            ("disk i/o error", true)
        );
        assert_eq!(postgres_kind("53100"), ("disk full", true));
        assert_eq!(postgres_kind("42P01"), ("no such table", false));
        assert_eq!(postgres_kind("08006"), ("connection lost", true));
        assert_eq!(error_kind(&sqlx::Error::PoolTimedOut).unavailable, true);
    }

    #[test]
    fn the_pg_vector_matches_the_index() {
        let migration = include_str!("../../migrations/postgres/0003_socialmap.sql");
        let squash = |s: &str| s.split_whitespace().collect::<String>();
        assert!(squash(migration).contains(&squash(PG_SERVICE_VECTOR)));
    }
}
