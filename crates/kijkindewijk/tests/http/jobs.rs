//! Background jobs and mail: delivery through SMTP from the outbox, retries, and leases that keep
//! two workers from taking the same job.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use crate::helpers::TestApp;

/// A minimal SMTP server that accepts every message and keeps its text.
async fn fake_smtp() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let received = Arc::new(Mutex::new(Vec::new()));
    let store = received.clone();
    tokio::spawn(async move {
        loop {
            let Ok((socket, _)) = listener.accept().await else {
                return;
            };
            let store = store.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                let _ = write.write_all(b"220 test ESMTP\r\n").await;
                let mut in_data = false;
                let mut message = String::new();
                while let Ok(Some(line)) = lines.next_line().await {
                    if in_data {
                        if line == "." {
                            in_data = false;
                            store.lock().unwrap().push(std::mem::take(&mut message));
                            let _ = write.write_all(b"250 OK\r\n").await;
                        } else {
                            message.push_str(&line);
                            message.push('\n');
                        }
                        continue;
                    }
                    let upper = line.to_ascii_uppercase();
                    let reply: &[u8] = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                        b"250-test\r\n250 8BITMIME\r\n"
                    } else if upper.starts_with("DATA") {
                        in_data = true;
                        b"354 go ahead\r\n"
                    } else if upper.starts_with("QUIT") {
                        let _ = write.write_all(b"221 bye\r\n").await;
                        break;
                    } else {
                        b"250 OK\r\n"
                    };
                    let _ = write.write_all(reply).await;
                }
            });
        }
    });
    (port, received)
}

#[tokio::test]
async fn mail_is_delivered_from_the_outbox_by_the_job_worker() {
    let (port, received) = fake_smtp().await;
    let app = TestApp::spawn_with(|c| {
        c.smtp_url = Some(kijkindewijk::config::Secret::new(format!(
            "smtp://127.0.0.1:{port}"
        )));
        c.run_jobs = true;
    })
    .await;
    let c = app.client();
    c.post(
        "/wachtwoord-vergeten",
        &[("login", "ouder@wijkerveen.example")],
    )
    .await;
    for _ in 0..100 {
        if !received.lock().unwrap().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mails = received.lock().unwrap().clone();
    assert_eq!(mails.len(), 1, "one mail delivered");
    assert!(mails[0].contains("wachtwoord-herstellen"), "{}", mails[0]);
    // The job is gone and the outbox says sent (the access log's daily retention stays queued).
    let mail_jobs = "SELECT COUNT(*) FROM jobs WHERE kind <> 'access_log.retention'";
    for _ in 0..50 {
        if app.number(mail_jobs).await == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(app.number(mail_jobs).await, 0);
}

#[tokio::test]
async fn a_failed_delivery_is_kept_for_a_retry() {
    // A port nobody listens on.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let app = TestApp::spawn_with(|c| {
        c.smtp_url = Some(kijkindewijk::config::Secret::new(format!(
            "smtp://127.0.0.1:{port}"
        )));
    })
    .await;
    app.client()
        .post(
            "/wachtwoord-vergeten",
            &[("login", "ouder@wijkerveen.example")],
        )
        .await;
    assert!(
        kijkindewijk::platform::jobs::run_one(
            &app.state,
            kijkindewijk::features::JOBS,
            "test-worker"
        )
        .await
        .unwrap()
    );
    let (attempts, error): (i64, Option<String>) = match &app.state.db {
        kijkindewijk::db::Db::Sqlite(p) => sqlx::query_as("SELECT attempts, last_error FROM jobs")
            .fetch_one(p)
            .await
            .unwrap(),
        kijkindewijk::db::Db::Postgres(p) => {
            sqlx::query_as("SELECT attempts, last_error FROM jobs")
                .fetch_one(p)
                .await
                .unwrap()
        }
    };
    assert_eq!(attempts, 1);
    assert!(error.is_some());
    // Not due again yet: the next run finds nothing.
    assert!(
        !kijkindewijk::platform::jobs::run_one(
            &app.state,
            kijkindewijk::features::JOBS,
            "test-worker"
        )
        .await
        .unwrap()
    );
}

#[tokio::test]
async fn a_leased_job_is_not_taken_twice() {
    let app = TestApp::spawn().await;
    let db = &app.state.db;
    let mut tx = db.begin().await.unwrap();
    let now = kijkindewijk::db::now();
    kijkindewijk::platform::jobs::enqueue(&mut tx, "test.kind", &serde_json::json!({}), now, 3)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let lease = now + time::Duration::minutes(2);
    let (a, b) = tokio::join!(
        kijkindewijk::db::special::lease_job(db, "worker-a", now, lease),
        kijkindewijk::db::special::lease_job(db, "worker-b", now, lease)
    );
    let taken = [a.unwrap(), b.unwrap()].into_iter().flatten().count();
    assert_eq!(taken, 1, "exactly one worker gets the job");
}
