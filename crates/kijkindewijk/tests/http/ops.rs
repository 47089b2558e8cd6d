//! Operations: what the logs say about database errors, backups and checkpoints from the command
//! line, a database that fills up and recovers, and what `/readyz` says meanwhile.

use std::process::Command;

use kijkindewijk::db::Db;
use kijkindewijk::error::AppError;
use reqwest::StatusCode;

use crate::helpers::*;

/// Runs `sql` on the app's own pool and returns its error.
async fn failing(app: &TestApp, sql: &str) -> sqlx::Error {
    match &app.state.db {
        Db::Sqlite(p) => sqlx::query(sql).execute(p).await.unwrap_err(),
        Db::Postgres(p) => sqlx::query(sql).execute(p).await.unwrap_err(),
    }
}

#[tokio::test]
async fn database_errors_say_their_kind_and_code_but_no_values() {
    let app = TestApp::spawn().await;
    let pg = app.db.is_postgres();
    let missing = AppError::from_db(&failing(&app, "SELECT * FROM no_such_table").await);
    let text = missing.to_string();
    assert!(text.contains("no such table"), "{text}");
    assert!(
        text.contains(if pg { "code 42P01" } else { "code 1)" }),
        "{text}"
    );
    assert_eq!(missing.status(), StatusCode::INTERNAL_SERVER_ERROR);

    let duplicate = AppError::from_db(
        &failing(
            &app,
            "INSERT INTO settings (key, value, created_at, updated_at) \
             SELECT key, 'Geheime Waarde', created_at, updated_at FROM settings",
        )
        .await,
    )
    .to_string();
    assert!(duplicate.contains("unique violation"), "{duplicate}");
    assert!(
        duplicate.contains(if pg { "code 23505" } else { "code 1555" }),
        "{duplicate}"
    );
    assert!(!duplicate.contains("Geheime"), "never values: {duplicate}");
}

fn cli(url: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kijkindewijk"))
        .arg("--database-url")
        .arg(url)
        .args(args)
        .env("KKDW_GEOCODER_URL", "")
        .env("KKDW_LOG_LEVEL", "error")
        .env("KKDW_DEMO_PASSWORD", PASSWORD)
        .output()
        .unwrap()
}

fn wal_len(db_file: &std::path::Path) -> u64 {
    let wal = db_file.with_extension("db-wal");
    std::fs::metadata(wal).map(|m| m.len()).unwrap_or(0)
}

#[tokio::test]
async fn commands_and_shutdown_leave_everything_in_the_database_file() {
    if TestDb::new().await.is_postgres() {
        return; // SQLite's write-ahead log only
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kkdw.db");
    let url = format!("sqlite://{}", file.display());
    let out = cli(&url, &["demo"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(wal_len(&file), 0, "the log was folded into the file");
    // Copying only the `.db` file gives the whole database.
    let copy_dir = tempfile::tempdir().unwrap();
    let copy = copy_dir.path().join("copy.db");
    std::fs::copy(&file, &copy).unwrap();
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", copy.display()))
        .await
        .unwrap();
    let users: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert!(users > 5, "{users}");
    pool.close().await;

    // A server that shuts down gracefully does the same.
    let state = kijkindewijk::startup::build_state(test_config(&url))
        .await
        .unwrap();
    let server = kijkindewijk::startup::start(state).await.unwrap();
    let c = Client::new(&format!("http://{}", server.addr));
    c.login_fully("sam", PASSWORD, None).await;
    assert_eq!(c.get("/mijn").await.status, StatusCode::OK);
    server.stop.cancel();
    server.done.await.unwrap().unwrap();
    assert_eq!(wal_len(&file), 0, "checkpointed at shutdown");
}

#[tokio::test]
async fn backup_refuses_a_missing_or_empty_source() {
    if TestDb::new().await.is_postgres() {
        return; // pg_dump refuses a missing database by itself
    }
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("backup.db");
    let target_arg = target.to_str().unwrap();

    let typo = dir.path().join("typo.db");
    let out = cli(
        &format!("sqlite://{}", typo.display()),
        &["backup", target_arg],
    );
    assert!(!out.status.success(), "a missing source is an error");
    assert!(!typo.exists(), "the mistyped source was not created");
    assert!(!target.exists());

    let empty = dir.path().join("empty.db");
    std::fs::write(&empty, b"").unwrap();
    let out = cli(
        &format!("sqlite://{}", empty.display()),
        &["backup", target_arg],
    );
    assert!(!out.status.success(), "an empty source is refused");
    assert!(!target.exists());
    assert_eq!(
        std::fs::metadata(&empty).unwrap().len(),
        0,
        "left as it was"
    );

    let other = dir.path().join("other.db");
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}?mode=rwc", other.display()))
        .await
        .unwrap();
    sqlx::query("CREATE TABLE notes (x TEXT)")
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
    let out = cli(
        &format!("sqlite://{}", other.display()),
        &["backup", target_arg],
    );
    assert!(
        !out.status.success(),
        "a database without our schema is refused"
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("not a KijKINDeWijk database"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!target.exists());
}

/// Sets SQLite's page limit on every connection of the pool (the pragma is per connection).
async fn limit_pages(pool: &sqlx::SqlitePool, max: Option<i64>) {
    let mut held = Vec::new();
    for _ in 0..pool.options().get_max_connections() {
        let mut conn = pool.acquire().await.unwrap();
        let pages: i64 = match max {
            Some(n) => n,
            None => sqlx::query_scalar("PRAGMA page_count")
                .fetch_one(&mut *conn)
                .await
                .unwrap(),
        };
        sqlx::query(&format!("PRAGMA max_page_count = {pages}"))
            .execute(&mut *conn)
            .await
            .unwrap();
        held.push(conn);
    }
}

/// One transaction of the kind every multi-statement write uses.
async fn write_in_transaction(db: &Db, n: usize) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    let q = sea_query::Query::insert()
        .into_table(sea_query::Alias::new("settings"))
        .columns(["key", "value", "created_at", "updated_at"].map(sea_query::Alias::new))
        .values_panic([
            format!("fill-{n}-{}", uuid::Uuid::new_v4()).into(),
            "x".repeat(3000).into(),
            kijkindewijk::db::now().into(),
            kijkindewijk::db::now().into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    tx.commit().await
}

#[tokio::test]
async fn a_full_database_fails_clearly_and_recovers_without_restart() {
    let app = TestApp::spawn().await;
    let Db::Sqlite(pool) = app.state.db.clone() else {
        return; // the page limit is SQLite's
    };
    let c = app.client();
    let sam = app.logged_in("sam").await;
    let base = sam.get("/mijn/plan").await.location();
    let base = base.trim_end_matches("/plan").to_string();
    let plan = sam.get(&format!("{base}/plan")).await;
    let domain = extract_between(&plan.body, &format!("{base}/plan/domein/"), "\"").unwrap();
    let rate = |score: &'static str| {
        let (sam, base, domain) = (&sam, &base, &domain);
        async move {
            sam.post(
                &format!("{base}/plan/cijfer"),
                &[("domain_id", domain.as_str()), ("score", score)],
            )
            .await
        }
    };
    assert_eq!(c.get("/readyz").await.status, StatusCode::OK);

    limit_pages(&pool, None).await;
    let mut full = None;
    for _ in 0..2_000 {
        let page = rate("7").await;
        if page.status != StatusCode::SEE_OTHER {
            full = Some(page);
            break;
        }
    }
    let full = full.expect("the database filled up");
    assert_eq!(full.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        full.body.contains("niet opgeslagen"),
        "a clear page: {}",
        full.body
    );
    // Transactions that fail on the full disk (SQLite rolls them back by itself).
    let failed = futures_fail_count(&app.state.db).await;
    assert!(failed > 0, "writes in a transaction fail while full");
    let ready = c.get("/readyz").await;
    assert_eq!(
        ready.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        ready.body
    );

    limit_pages(&pool, Some(1_000_000_000)).await;
    for n in 0..30 {
        write_in_transaction(&app.state.db, n)
            .await
            .unwrap_or_else(|e| panic!("write {n} after the space came back: {e}"));
    }
    for _ in 0..10 {
        assert_eq!(rate("8").await.status, StatusCode::SEE_OTHER);
    }
    assert_eq!(c.get("/readyz").await.status, StatusCode::OK);
}

/// Tries a round of transactional writes and counts those that failed.
async fn futures_fail_count(db: &Db) -> usize {
    let mut failed = 0;
    for n in 0..20 {
        if write_in_transaction(db, n).await.is_err() {
            failed += 1;
        }
    }
    failed
}

#[tokio::test]
async fn sqlite_syncs_every_acknowledged_write() {
    let app = TestApp::spawn().await;
    let Db::Sqlite(pool) = &app.state.db else {
        return;
    };
    // FULL (2): a power cut cannot take back a write the user was told was saved.
    let level: i64 = sqlx::query_scalar("PRAGMA synchronous")
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(level, 2);
}
