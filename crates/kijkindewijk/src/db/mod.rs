//! The one database choke point. Feature `repo` modules build statements with sea-query and hand them
//! here; this module picks the SQL dialect and the pool, so queries are written once and run on both
//! SQLite and PostgreSQL. The few places where the backends really differ are named functions in
//! [`special`].

pub mod schema;
pub mod special;

use std::str::FromStr;
use std::time::Duration;

use sea_query::{PostgresQueryBuilder, SqliteQueryBuilder};
use sea_query_binder::SqlxBinder;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions, PgRow};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous,
};
use sqlx::{FromRow, PgPool, Postgres, Sqlite, SqlitePool, Transaction};

tokio::task_local! {
    /// Queries run by the current request (set by the metrics middleware), so every route's query
    /// count is visible in `/metrics` and tests can prove that a page does not query per row.
    pub static QUERY_COUNT: std::cell::Cell<u64>;
}

/// Counts one query for the current request (for work done on its behalf elsewhere).
pub fn count_query() {
    let _ = QUERY_COUNT.try_with(|c| c.set(c.get() + 1));
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// How long a request waits for a free connection before it answers 503: short, so an outage
/// fails fast instead of holding every request (and `/readyz`) for many seconds.
pub const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(3);

/// How long the application keeps trying to reach the database when it starts (a database that
/// starts at the same time as the application is normal; a request is not).
pub const STARTUP_PATIENCE: Duration = Duration::from_secs(30);

/// Whether a connection that goes back to the pool can serve the next request. A connection whose
/// `COMMIT` or `ROLLBACK` failed (SQLite rolls back by itself on a full disk, after which sqlx
/// still counts an open transaction) would refuse every later `BEGIN`: close it instead, and let
/// the pool open a fresh one.
async fn still_usable<C: sqlx::Connection>(conn: &mut C) -> Result<bool, sqlx::Error> {
    if !conn.is_in_transaction() {
        return Ok(true);
    }
    // A transaction dropped without commit queues its rollback; let it run, then look again.
    conn.ping().await?;
    let usable = !conn.is_in_transaction();
    if !usable {
        tracing::warn!("closing a database connection left inside a failed transaction");
    }
    Ok(usable)
}

/// Which database engine is behind a [`Db`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// An embedded SQLite file (the default).
    Sqlite,
    /// A PostgreSQL server, for several application instances.
    Postgres,
}

/// A row type that can be read from both backends; derive `sqlx::FromRow` to get it.
pub trait DbRow:
    for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{
}
impl<T> DbRow for T where
    T: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{
}

/// A connection pool on one of the two backends.
#[derive(Clone, Debug)]
pub enum Db {
    /// SQLite pool (WAL, foreign keys on, busy timeout).
    Sqlite(SqlitePool),
    /// PostgreSQL pool.
    Postgres(PgPool),
}

/// An open transaction; dropped without [`Tx::commit`] it rolls back, so a failed request leaves
/// nothing half-written.
#[derive(Debug)]
pub enum Tx {
    /// On SQLite.
    Sqlite(Transaction<'static, Sqlite>),
    /// On PostgreSQL.
    Postgres(Transaction<'static, Postgres>),
}

impl Db {
    /// Connects to the database named by `url`; for SQLite the file and its folder are created.
    pub async fn connect(url: &str, max_connections: u32) -> anyhow::Result<Db> {
        if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                // FULL: a write that was acknowledged survives a power cut, not only a crash of
                // the process (ARCHITECTURE.md, "Durability"); the access log's group commit
                // spreads the extra sync over the views of concurrent requests.
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
                .pragma("temp_store", "memory")
                .pragma("mmap_size", "268435456");
            if let Some(parent) = options
                .get_filename()
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
            {
                std::fs::create_dir_all(parent)?;
            }
            let pool = SqlitePoolOptions::new()
                .max_connections(max_connections.max(1))
                .acquire_timeout(ACQUIRE_TIMEOUT)
                .after_release(|conn, _| Box::pin(async move { still_usable(conn).await }))
                .connect_with(options)
                .await?;
            Ok(Db::Sqlite(pool))
        } else {
            let options = PgConnectOptions::from_str(url)?;
            let pool = PgPoolOptions::new()
                .max_connections(max_connections.max(1))
                .acquire_timeout(ACQUIRE_TIMEOUT)
                .after_release(|conn, _| Box::pin(async move { still_usable(conn).await }))
                .connect_with(options)
                .await?;
            Ok(Db::Postgres(pool))
        }
    }

    /// Opens an existing database to read from it only (the source of a backup): a SQLite file is
    /// opened read-only and never created, so a mistyped path is an error, not a new empty file.
    pub async fn connect_existing(url: &str) -> anyhow::Result<Db> {
        if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)?
                .create_if_missing(false)
                .read_only(true)
                .busy_timeout(Duration::from_secs(10));
            let path = options.get_filename().to_path_buf();
            anyhow::ensure!(path.is_file(), "no database file at {}", path.display());
            let pool = SqlitePoolOptions::new()
                .max_connections(1)
                .acquire_timeout(ACQUIRE_TIMEOUT)
                .connect_with(options)
                .await?;
            Ok(Db::Sqlite(pool))
        } else {
            Db::connect(url, 1).await
        }
    }

    /// Fails unless the database holds this application's schema (at least one migration applied,
    /// none failed): an empty file or another program's database is not worth a backup.
    pub async fn ensure_migrated(&self) -> anyhow::Result<()> {
        let sql = "SELECT COUNT(*), COUNT(*) FILTER (WHERE NOT success) FROM _sqlx_migrations";
        let counts: Result<(i64, i64), _> = match self {
            Db::Sqlite(p) => sqlx::query_as(sql).fetch_one(p).await,
            Db::Postgres(p) => sqlx::query_as(sql).fetch_one(p).await,
        };
        match counts {
            Ok((applied, 0)) if applied > 0 => Ok(()),
            Ok(_) => anyhow::bail!("the database is not (completely) migrated"),
            Err(_) => anyhow::bail!("the database is empty or not a KijKINDeWijk database"),
        }
    }

    /// Like [`Db::connect`], but keeps trying for [`STARTUP_PATIENCE`] while the database cannot
    /// be reached (it may be starting too); other errors (a wrong URL, a wrong password) fail at once.
    pub async fn connect_patiently(url: &str, max_connections: u32) -> anyhow::Result<Db> {
        let started = std::time::Instant::now();
        loop {
            match Db::connect(url, max_connections).await {
                Ok(db) => return Ok(db),
                Err(e) => {
                    let transient = e
                        .downcast_ref::<sqlx::Error>()
                        .is_some_and(|e| special::error_kind(e).unavailable);
                    if !transient || started.elapsed() >= STARTUP_PATIENCE {
                        return Err(e);
                    }
                    let kind = e.downcast_ref::<sqlx::Error>().map(special::error_kind);
                    tracing::warn!(kind = ?kind.map(|k| k.kind), "database not reachable yet; trying again");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
        }
    }

    /// The backend behind this pool.
    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// Applies the migrations of this backend that have not run yet.
    pub async fn migrate(&self) -> anyhow::Result<()> {
        match self {
            Db::Sqlite(p) => SQLITE_MIGRATIONS.run(p).await?,
            Db::Postgres(p) => POSTGRES_MIGRATIONS.run(p).await?,
        }
        Ok(())
    }

    /// True when the database answers and every embedded migration has been applied.
    pub async fn is_ready(&self) -> bool {
        let expected = match self {
            Db::Sqlite(_) => SQLITE_MIGRATIONS.iter().count(),
            Db::Postgres(_) => POSTGRES_MIGRATIONS.iter().count(),
        } as i64;
        let sql = "SELECT COUNT(*) FROM _sqlx_migrations WHERE success";
        let applied: Result<(i64,), _> = match self {
            Db::Sqlite(p) => sqlx::query_as(sql).fetch_one(p).await,
            Db::Postgres(p) => sqlx::query_as(sql).fetch_one(p).await,
        };
        matches!(applied, Ok((n,)) if n == expected)
    }

    /// Starts a transaction. On SQLite it takes the write lock at once (`BEGIN IMMEDIATE`), so a
    /// transaction that reads before it writes waits for other writers instead of failing.
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        Ok(match self {
            Db::Sqlite(p) => Tx::Sqlite(p.begin_with("BEGIN IMMEDIATE").await?),
            Db::Postgres(p) => Tx::Postgres(p.begin().await?),
        })
    }

    /// Closes the pool, waiting for connections in use to be returned. On SQLite the write-ahead
    /// log is first folded into the database file and emptied, so the `.db` file alone is complete
    /// (someone copying only that file gets everything).
    pub async fn close(&self) {
        if let Err(e) = special::checkpoint(self).await {
            tracing::warn!(kind = special::error_kind(&e).kind, "WAL checkpoint failed");
        }
        match self {
            Db::Sqlite(p) => p.close().await,
            Db::Postgres(p) => p.close().await,
        }
    }
}

impl Tx {
    /// Makes the transaction's changes permanent.
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            Tx::Sqlite(t) => t.commit().await,
            Tx::Postgres(t) => t.commit().await,
        }
    }

    /// The backend of this transaction.
    pub fn backend(&self) -> Backend {
        match self {
            Tx::Sqlite(_) => Backend::Sqlite,
            Tx::Postgres(_) => Backend::Postgres,
        }
    }
}

/// Generates the query methods for [`Db`] (on the pool) and [`Tx`] (inside the transaction), so both
/// offer the same calls and feature code does not care which one it holds.
macro_rules! query_methods {
    ($ty:ident, $recv:ty, $sqlite:pat => $sx:expr, $pg:pat => $px:expr) => {
        impl $ty {
            /// Runs a query and returns every row.
            pub async fn fetch_all<T: DbRow>(
                self: $recv,
                stmt: &impl SqlxBinder,
            ) -> Result<Vec<T>, sqlx::Error> {
                count_query();
                match self {
                    $sqlite => {
                        let (sql, values) = stmt.build_sqlx(SqliteQueryBuilder);
                        sqlx::query_as_with(&sql, values).fetch_all($sx).await
                    }
                    $pg => {
                        let (sql, values) = stmt.build_sqlx(PostgresQueryBuilder);
                        sqlx::query_as_with(&sql, values).fetch_all($px).await
                    }
                }
            }

            /// Runs a query and returns the first row, if any.
            pub async fn fetch_optional<T: DbRow>(
                self: $recv,
                stmt: &impl SqlxBinder,
            ) -> Result<Option<T>, sqlx::Error> {
                count_query();
                match self {
                    $sqlite => {
                        let (sql, values) = stmt.build_sqlx(SqliteQueryBuilder);
                        sqlx::query_as_with(&sql, values).fetch_optional($sx).await
                    }
                    $pg => {
                        let (sql, values) = stmt.build_sqlx(PostgresQueryBuilder);
                        sqlx::query_as_with(&sql, values).fetch_optional($px).await
                    }
                }
            }

            /// Runs a query that must return exactly one row (a count, say).
            pub async fn fetch_one<T: DbRow>(
                self: $recv,
                stmt: &impl SqlxBinder,
            ) -> Result<T, sqlx::Error> {
                count_query();
                match self {
                    $sqlite => {
                        let (sql, values) = stmt.build_sqlx(SqliteQueryBuilder);
                        sqlx::query_as_with(&sql, values).fetch_one($sx).await
                    }
                    $pg => {
                        let (sql, values) = stmt.build_sqlx(PostgresQueryBuilder);
                        sqlx::query_as_with(&sql, values).fetch_one($px).await
                    }
                }
            }

            /// Runs an insert, update or delete and returns the number of rows it touched.
            pub async fn execute(self: $recv, stmt: &impl SqlxBinder) -> Result<u64, sqlx::Error> {
                count_query();
                match self {
                    $sqlite => {
                        let (sql, values) = stmt.build_sqlx(SqliteQueryBuilder);
                        Ok(sqlx::query_with(&sql, values)
                            .execute($sx)
                            .await?
                            .rows_affected())
                    }
                    $pg => {
                        let (sql, values) = stmt.build_sqlx(PostgresQueryBuilder);
                        Ok(sqlx::query_with(&sql, values)
                            .execute($px)
                            .await?
                            .rows_affected())
                    }
                }
            }
        }
    };
}

query_methods!(Db, &Self, Db::Sqlite(p) => p, Db::Postgres(p) => p);
query_methods!(Tx, &mut Self, Tx::Sqlite(t) => &mut **t, Tx::Postgres(t) => &mut **t);

/// True when `err` is a unique-constraint violation on either backend; callers turn it into a
/// "this already exists" message instead of an internal error.
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.is_unique_violation())
}

/// True when `err` is a foreign-key violation (a referenced record disappeared or never existed).
pub fn is_foreign_key_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.is_foreign_key_violation())
}

/// The current time, truncated to microseconds so that it survives a round trip through both
/// backends unchanged (PostgreSQL keeps microseconds).
pub fn now() -> time::OffsetDateTime {
    let t = time::OffsetDateTime::now_utc();
    t.replace_nanosecond(t.nanosecond() / 1_000 * 1_000)
        .unwrap_or(t)
}

/// A fresh random identifier for a new record, as text (the same on both backends).
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
