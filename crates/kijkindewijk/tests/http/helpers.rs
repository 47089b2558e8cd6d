//! Test harness: a real server on a random port over a fresh database (a temporary SQLite file, or a
//! new PostgreSQL database when `KKDW_TEST_DATABASE_URL` is set), filled with the demo municipality.

use kijkindewijk::config::{Config, Secret};
use kijkindewijk::demo;
use kijkindewijk::startup::{self, Server};
use kijkindewijk::state::AppState;
use reqwest::StatusCode;
use reqwest::redirect::Policy;

/// The password of every demo account in tests.
pub const PASSWORD: &str = "test-wachtwoord-123";

/// A fresh database for one test.
pub struct TestDb {
    /// URL the app connects to.
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    pg_admin: Option<(String, String)>,
}

impl TestDb {
    /// Creates an empty database on the backend chosen by `KKDW_TEST_DATABASE_URL`.
    pub async fn new() -> TestDb {
        match std::env::var("KKDW_TEST_DATABASE_URL") {
            Ok(admin) if admin.starts_with("postgres") => {
                let name = format!("kkdw_t_{}", uuid::Uuid::new_v4().simple());
                let pool = sqlx::PgPool::connect(&admin)
                    .await
                    .expect("connect to test PostgreSQL");
                sqlx::query(&format!("CREATE DATABASE {name}"))
                    .execute(&pool)
                    .await
                    .unwrap();
                pool.close().await;
                let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin);
                TestDb {
                    url: format!("{base}/{name}"),
                    _dir: None,
                    pg_admin: Some((admin.clone(), name)),
                }
            }
            _ => {
                let dir = tempfile::tempdir().unwrap();
                let url = format!("sqlite://{}", dir.path().join("test.db").display());
                TestDb {
                    url,
                    _dir: Some(dir),
                    pg_admin: None,
                }
            }
        }
    }

    /// True on PostgreSQL.
    pub fn is_postgres(&self) -> bool {
        self.pg_admin.is_some()
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((admin, name)) = self.pg_admin.take() {
            // Drop happens outside async context: use a short-lived runtime on another thread.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                rt.block_on(async move {
                    if let Ok(pool) = sqlx::PgPool::connect(&admin).await {
                        let _ =
                            sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                                .execute(&pool)
                                .await;
                    }
                });
            })
            .join();
        }
    }
}

/// A running application plus what the demo created.
pub struct TestApp {
    /// Base URL, e.g. `http://127.0.0.1:41234`.
    pub base: String,
    /// Shared state (database access for assertions).
    pub state: AppState,
    /// Demo logins.
    pub demo: demo::Report,
    server: Option<Server>,
    /// The database (dropped last).
    pub db: TestDb,
}

/// The configuration tests run with.
pub fn test_config(url: &str) -> Config {
    Config {
        listen: "127.0.0.1:0".parse().unwrap(),
        database_url: Secret::new(url),
        database_max_connections: 5,
        demo_password: Some(Secret::new(PASSWORD)),
        run_jobs: false,
        // Tests come from one address and sign up or ask for links many times.
        signups_per_hour: 10_000,
        reset_requests_per_hour: 10_000,
        contact_messages_per_hour: 10_000,
        // Tests never reach out to PDOK: postcodes come from the local table only.
        geocoder_url: String::new(),
        ..Config::default()
    }
}

impl TestApp {
    /// Starts the app on a fresh database with the demo data.
    pub async fn spawn() -> TestApp {
        Self::spawn_with(|_| {}).await
    }

    /// Starts the app with a tweaked configuration.
    pub async fn spawn_with(tweak: impl FnOnce(&mut Config)) -> TestApp {
        let db = TestDb::new().await;
        let mut config = test_config(&db.url);
        tweak(&mut config);
        let state = startup::build_state(config).await.expect("state");
        let demo = demo::fill(&state).await.expect("demo data");
        Self::serve(db, state, demo).await
    }

    /// Starts a server over an existing state.
    pub async fn serve(db: TestDb, state: AppState, demo: demo::Report) -> TestApp {
        let server = startup::start(state.clone()).await.expect("server");
        // Tests start once the instance is ready, as a load balancer would wait for `/readyz`.
        assert!(state.search_index.wait_ready().await, "search index built");
        let addr = server.addr;
        TestApp {
            base: format!("http://{addr}"),
            state,
            demo,
            server: Some(server),
            db,
        }
    }

    /// A second instance on the same database (as behind a load balancer).
    pub async fn second_instance(&self) -> (Server, String) {
        let state = startup::build_state(test_config(&self.db.url))
            .await
            .unwrap();
        let server = startup::start(state.clone()).await.unwrap();
        assert!(state.search_index.wait_ready().await, "search index built");
        let base = format!("http://{}", server.addr);
        (server, base)
    }

    /// A new browser-like client (own cookie jar, no automatic redirects).
    pub fn client(&self) -> Client {
        Client::new(&self.base)
    }

    /// The demo login of a role (the first one).
    pub fn login_of(&self, role: &str) -> demo::DemoLogin {
        self.demo
            .logins
            .iter()
            .find(|l| l.role.as_str() == role)
            .cloned()
            .expect("demo role")
    }

    /// A client logged in as the demo user with this login name (with TOTP where needed).
    pub async fn logged_in(&self, login: &str) -> Client {
        let l = self
            .demo
            .logins
            .iter()
            .find(|l| l.login == login)
            .cloned()
            .expect("demo login");
        let c = self.client();
        c.login_fully(&l.login, PASSWORD, l.totp_secret.as_deref())
            .await;
        c
    }

    /// A client logged in with the first demo login of a role.
    pub async fn as_role(&self, role: &str) -> Client {
        let l = self.login_of(role);
        self.logged_in(&l.login).await
    }

    /// Counts rows in a table.
    pub async fn count(&self, table: &str) -> i64 {
        self.number(&format!("SELECT COUNT(*) FROM {table}")).await
    }

    /// The one number an SQL query (valid on both backends) returns.
    pub async fn number(&self, sql: &str) -> i64 {
        match &self.state.db {
            kijkindewijk::db::Db::Sqlite(p) => sqlx::query_scalar(sql).fetch_one(p).await.unwrap(),
            kijkindewijk::db::Db::Postgres(p) => {
                sqlx::query_scalar(sql).fetch_one(p).await.unwrap()
            }
        }
    }

    /// Runs one SQL statement (valid on both backends).
    pub async fn execute(&self, sql: &str) {
        match &self.state.db {
            kijkindewijk::db::Db::Sqlite(p) => {
                sqlx::query(sql).execute(p).await.unwrap();
            }
            kijkindewijk::db::Db::Postgres(p) => {
                sqlx::query(sql).execute(p).await.unwrap();
            }
        }
    }

    /// The one text an SQL query (valid on both backends) returns.
    pub async fn text(&self, sql: &str) -> String {
        match &self.state.db {
            kijkindewijk::db::Db::Sqlite(p) => sqlx::query_scalar(sql).fetch_one(p).await.unwrap(),
            kijkindewijk::db::Db::Postgres(p) => {
                sqlx::query_scalar(sql).fetch_one(p).await.unwrap()
            }
        }
    }

    /// Stops the server (graceful), waiting for it.
    pub async fn stop(&mut self) {
        if let Some(server) = self.server.take() {
            server.stop.cancel();
            let _ = server.done.await;
        }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(server) = &self.server {
            server.stop.cancel();
        }
    }
}

/// A response with its body read.
pub struct Page {
    /// Status.
    pub status: StatusCode,
    /// Headers.
    pub headers: reqwest::header::HeaderMap,
    /// Body text.
    pub body: String,
}

impl Page {
    /// The `Location` header of a redirect.
    pub fn location(&self) -> String {
        self.headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    }
    /// The body as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
    /// The `_csrf` token in the page's first form.
    pub fn csrf(&self) -> String {
        extract_between(&self.body, "name=\"_csrf\" value=\"", "\"")
            .expect("page has a form with a CSRF token")
    }
}

/// The text between two markers.
pub fn extract_between(text: &str, start: &str, end: &str) -> Option<String> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)? + from;
    Some(text[from..to].to_string())
}

/// A browser-like client.
pub struct Client {
    /// Base URL.
    pub base: String,
    /// The HTTP client with its cookie jar.
    pub http: reqwest::Client,
}

impl Client {
    /// A client for the given base URL.
    pub fn new(base: &str) -> Client {
        let http = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(Policy::none())
            .build()
            .unwrap();
        Client {
            base: base.to_string(),
            http,
        }
    }

    /// The same cookie jar against another instance.
    pub fn with_base(&self, base: &str) -> Client {
        Client {
            base: base.to_string(),
            http: self.http.clone(),
        }
    }

    async fn read(resp: reqwest::Response) -> Page {
        let status = resp.status();
        let headers = resp.headers().clone();
        let body = resp.text().await.unwrap_or_default();
        Page {
            status,
            headers,
            body,
        }
    }

    /// GET a path.
    pub async fn get(&self, path: &str) -> Page {
        Self::read(
            self.http
                .get(format!("{}{path}", self.base))
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    /// A CSRF token valid for this client now (taken from the login form, which every client sees).
    pub async fn token(&self) -> String {
        self.get("/inloggen").await.csrf()
    }

    /// POST a form with a fresh CSRF token.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let token = self.token().await;
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("_csrf", &token));
        self.post_raw(path, &all).await
    }

    /// POST a form exactly as given (no token added).
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        Self::read(
            self.http
                .post(format!("{}{path}", self.base))
                .form(fields)
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    /// POST a raw body with a content type and extra headers.
    pub async fn post_body(
        &self,
        path: &str,
        content_type: &str,
        body: Vec<u8>,
        headers: &[(&str, &str)],
    ) -> Page {
        let mut req = self
            .http
            .post(format!("{}{path}", self.base))
            .header("content-type", content_type)
            .body(body);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        Self::read(req.send().await.unwrap()).await
    }

    /// POST JSON with the CSRF header.
    pub async fn post_json(&self, path: &str, body: &str) -> Page {
        let token = self.token().await;
        self.post_body(
            path,
            "application/json",
            body.as_bytes().to_vec(),
            &[("x-csrf-token", &token)],
        )
        .await
    }

    /// Logs in with the password; returns the response of the password step.
    pub async fn login(&self, login: &str, password: &str) -> Page {
        self.post("/inloggen", &[("login", login), ("password", password)])
            .await
    }

    /// Logs in fully, answering the TOTP step with a code from `secret` when asked.
    pub async fn login_fully(&self, login: &str, password: &str, secret: Option<&str>) {
        let page = self.login(login, password).await;
        assert_eq!(
            page.status,
            StatusCode::SEE_OTHER,
            "password step for {login}: {}",
            page.body
        );
        if page.location().starts_with("/inloggen/code") {
            let secret = secret.expect("TOTP secret for this role");
            let mut page = self
                .post("/inloggen/code", &[("code", &totp_at(secret, 0))])
                .await;
            if page.status != StatusCode::SEE_OTHER {
                // Each code works once: a second login within the same 30 seconds uses the next one.
                page = self
                    .post("/inloggen/code", &[("code", &totp_at(secret, 30))])
                    .await;
            }
            assert_eq!(
                page.status,
                StatusCode::SEE_OTHER,
                "code step for {login}: {}",
                page.body
            );
        }
    }
}

/// The TOTP code for a secret, `offset` seconds from now.
pub fn totp_at(secret: &str, offset: i64) -> String {
    let now = time::OffsetDateTime::now_utc().unix_timestamp() + offset;
    kijkindewijk::auth::totp::code_at(secret, now as u64).unwrap()
}
