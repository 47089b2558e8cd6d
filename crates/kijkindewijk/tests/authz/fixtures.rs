//! Records the matrix requests point at: real ids and tokens that belong to someone else, made in
//! the demo database before the requests run. `@name` in the table is replaced by these values;
//! the `@new_…`, `@invitation` and `@reset` values are made anew for every request (and subject),
//! and are the same within one request (path, body and `changes` query).
//! Mijn leven's records are in `youth_fixtures.rs`, the social map's in `socialmap_fixtures.rs`,
//! introductions in `intro_fixtures.rs`.
//!
//! When a feature adds records (introductions, barriers, …) add fixtures (in a module of the
//! feature's own, like `youth_fixtures.rs`) for one of Wijkerveen's records, one of Buurendam's, one
//! of another team and one that was not shared, and use them in the feature's cases in `matrix.toml`.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use kijkindewijk::auth::repo::{self, NewUser, TokenPurpose};
use kijkindewijk::auth::{Grant, Role, Stage, session};
use kijkindewijk::crypto::sha256_hex;
use kijkindewijk::features::accounts::service;
use kijkindewijk::places::repo as places;

use crate::helpers::{Client, TestApp, extract_between};

/// Login of the professional who has not set up TOTP yet (`enrolling` in the table).
pub const ENROLLING_LOGIN: &str = "matrix.nieuw@wijkerveen.example";

/// The fixtures of one test run.
pub struct World<'a> {
    app: &'a TestApp,
    fixed: BTreeMap<&'static str, String>,
    counter: Cell<u32>,
    invitee_id: String,
    reset_user_id: String,
    /// The fresh values of the current request: one `@new_…` name means one record in its path,
    /// body and `changes` query alike.
    this_request: RefCell<BTreeMap<String, String>>,
}

fn token_of(link: &str) -> String {
    link.rsplit('/').next().unwrap_or_default().to_string()
}

impl<'a> World<'a> {
    /// Makes the records.
    pub async fn build(app: &'a TestApp) -> World<'a> {
        let db = &app.state.db;
        let municipalities = places::municipalities(db).await.unwrap();
        let id_of = |code: &str| {
            municipalities
                .iter()
                .find(|m| m.code == code)
                .map(|m| m.id.clone())
                .unwrap()
        };
        let home = id_of(kijkindewijk::demo::MUNICIPALITY.0);
        let other = id_of(kijkindewijk::demo::OTHER_MUNICIPALITY.0);
        let home_wijk = places::wijken(db, &home).await.unwrap()[0].id.clone();
        let other_wijk = places::wijken(db, &other).await.unwrap()[0].id.clone();
        let (teams, _) = places::teams(db, &home).await.unwrap();
        let home_team = teams
            .iter()
            .find(|t| t.name.contains("Noord-Oost"))
            .unwrap()
            .id
            .clone();

        // Someone invited who has not accepted yet, and the professional who must set up TOTP.
        let password_hash = repo::user_by_login(db, "sam")
            .await
            .unwrap()
            .unwrap()
            .password_hash;
        let password_hash_again = password_hash.clone();
        let mut tx = db.begin().await.unwrap();
        let invitee_id = repo::insert_user(
            &mut tx,
            &NewUser {
                login_name: "matrix.uitgenodigd@wijkerveen.example".into(),
                email: Some("matrix.uitgenodigd@wijkerveen.example".into()),
                display_name: "Uitgenodigd".into(),
                password_hash: None,
                locale: "nl".into(),
                totp_secret: None,
            },
            &[Grant {
                role: Role::Redacteur,
                municipality_id: home.clone(),
                team_id: None,
            }],
        )
        .await
        .unwrap();
        repo::insert_user(
            &mut tx,
            &NewUser {
                login_name: ENROLLING_LOGIN.into(),
                email: Some(ENROLLING_LOGIN.into()),
                display_name: "Nieuwe Professional".into(),
                password_hash,
                locale: "nl".into(),
                totp_secret: None,
            },
            &[Grant {
                role: Role::Jeugdprofessional,
                municipality_id: home.clone(),
                team_id: Some(home_team.clone()),
            }],
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        let reset_user_id = repo::user_by_login(db, "ouder@wijkerveen.example")
            .await
            .unwrap()
            .unwrap()
            .id;

        let home_page = app.client().get("/").await;
        let asset = extract_between(&home_page.body, "href=\"/static/", "\"").unwrap();

        let mut world = World {
            app,
            fixed: BTreeMap::new(),
            // Past the demo's own codes (01–05).
            counter: Cell::new(100),
            this_request: RefCell::new(BTreeMap::new()),
            invitee_id,
            reset_user_id,
        };
        let used_invitation = world.link(TokenPurpose::Invitation).await;
        let used_reset = world.link(TokenPurpose::PasswordReset).await;
        for (token, purpose) in [
            (&used_invitation, TokenPurpose::Invitation),
            (&used_reset, TokenPurpose::PasswordReset),
        ] {
            let hash = sha256_hex(token);
            let (_, stamp) = repo::token_user(db, &hash, purpose)
                .await
                .unwrap()
                .expect("the link was just made");
            let mut tx = db.begin().await.unwrap();
            assert!(
                repo::consume_token(&mut tx, &hash, purpose, &stamp)
                    .await
                    .unwrap()
                    .is_some()
            );
            tx.commit().await.unwrap();
        }
        let mut fixed = crate::youth_fixtures::build(
            db,
            &home,
            &other,
            &home_wijk,
            &other_wijk,
            password_hash_again,
        )
        .await;
        fixed.extend(crate::socialmap_fixtures::build(db).await);
        let intros = crate::intro_fixtures::build(db, &fixed).await;
        fixed.extend(intros);
        fixed.extend(crate::barrier_fixtures::build(db, &other).await);
        let team = crate::team_fixtures::build(db, &fixed).await;
        fixed.extend(team);
        let site =
            crate::site_fixtures::build(&app.state, &fixed, &home_wijk, &other_wijk, &other).await;
        fixed.extend(site);
        fixed.extend([
            ("asset", format!("/static/{asset}")),
            ("home_wijk", home_wijk),
            ("other_wijk", other_wijk),
            ("home_team", home_team),
            ("used_invitation", used_invitation),
            ("used_reset", used_reset),
        ]);
        // The public site and the magazine: a demo cover, a published article and the draft.
        for (name, sql) in [
            (
                "demo_image",
                "SELECT hash FROM site_images WHERE content_type = 'image/png' ORDER BY hash LIMIT 1",
            ),
            (
                "article_published",
                "SELECT id FROM magazine_articles WHERE status = 'published' ORDER BY id LIMIT 1",
            ),
            (
                "article_draft",
                "SELECT id FROM magazine_articles WHERE status = 'draft' ORDER BY id LIMIT 1",
            ),
        ] {
            let value = crate::youth_fixtures::query_value(db, sql)
                .await
                .expect(name);
            fixed.insert(name, value);
        }
        world.fixed = fixed;
        world
    }

    async fn link(&self, purpose: TokenPurpose) -> String {
        let user = match purpose {
            TokenPurpose::Invitation => &self.invitee_id,
            TokenPurpose::PasswordReset => &self.reset_user_id,
        };
        let password_hash = repo::user_by_id(&self.app.state.db, user)
            .await
            .unwrap()
            .and_then(|u| u.password_hash);
        let mut tx = self.app.state.db.begin().await.unwrap();
        let link = service::issue_link(
            &self.app.state,
            &mut tx,
            user,
            password_hash.as_deref(),
            purpose,
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        token_of(&link)
    }

    fn next(&self) -> u32 {
        let n = self.counter.get();
        self.counter.set(n + 1);
        n
    }

    /// Two unused characters for the end of a CBS code (digits and capitals are allowed there).
    fn code_suffix(&self) -> String {
        const CHARS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        let n = self.next() as usize;
        assert!(n < 36 * 36, "the matrix ran out of codes");
        format!("{}{}", CHARS[n / 36] as char, CHARS[n % 36] as char)
    }

    /// Starts a request: its `@new_…` values are made anew.
    pub fn start_request(&self) {
        self.this_request.borrow_mut().clear();
    }

    async fn value(&self, name: &str) -> String {
        if let Some(v) = self.fixed.get(name) {
            return v.clone();
        }
        if let Some(v) = self.this_request.borrow().get(name) {
            return v.clone();
        }
        let v = self.fresh(name).await;
        self.this_request
            .borrow_mut()
            .insert(name.to_string(), v.clone());
        v
    }

    async fn fresh(&self, name: &str) -> String {
        match name {
            "new_wijk_code" => format!("WK0990{}", self.code_suffix()),
            "new_buurt_code" => format!("BU099001{}", self.code_suffix()),
            "new_other_buurt_code" => format!("BU099101{}", self.code_suffix()),
            "new_name" => format!("Matrix {}", self.next()),
            "new_email" => format!("matrix{}@wijkerveen.example", self.next()),
            "invitation" => self.link(TokenPurpose::Invitation).await,
            "new_sam_person" => {
                let name = format!("Matrix {}", self.next());
                crate::youth_fixtures::new_person(&self.app.state.db, &self.fixed["sam"], &name)
                    .await
            }
            "reset" => self.link(TokenPurpose::PasswordReset).await,
            "new_organization" => {
                let name = format!("Matrix {}", self.next());
                crate::socialmap_fixtures::new_organization(
                    &self.app.state.db,
                    &self.fixed["home_municipality"],
                    &name,
                )
                .await
            }
            "new_linked_org" => {
                let name = format!("Matrix {}", self.next());
                crate::socialmap_fixtures::new_linked_organization(
                    &self.app.state.db,
                    &self.fixed["home_municipality"],
                    &self.fixed["partner_user"],
                    &name,
                )
                .await
            }
            "new_listing_own" => {
                let name = format!("Matrix {}", self.next());
                crate::socialmap_fixtures::new_listing(
                    &self.app.state.db,
                    &self.fixed["home_municipality"],
                    &self.fixed["own_org"],
                    &name,
                )
                .await
            }
            "new_sam_intro" | "new_sam_intro_other_org" => {
                // A fresh listing each time: only one introduction to a listing may be open.
                let org = if name == "new_sam_intro" {
                    "intro_org"
                } else {
                    "organization_other"
                };
                let f = &self.fixed;
                let db = &self.app.state.db;
                let title = format!("Matrix {}", self.next());
                let listing = crate::socialmap_fixtures::new_listing(
                    db,
                    &f["home_municipality"],
                    &f[org],
                    &title,
                )
                .await;
                crate::intro_fixtures::introduce(db, &f["sam"], &listing, &f[org]).await
            }
            "new_barrier" | "new_barrier_in_progress" | "new_barrier_escalated" => {
                let home = &self.fixed["home_municipality"];
                crate::barrier_fixtures::fresh(&self.app.state.db, home, name, self.next()).await
            }
            "new_team_task" | "new_team_young" | "new_sam_request" => {
                let n = self.next();
                crate::team_fixtures::fresh(&self.app.state.db, &self.fixed, name, n).await
            }
            "new_webinar_token" | "new_idea" | "new_pending_idea" | "new_idea_token" => {
                let n = self.next();
                crate::site_fixtures::fresh(&self.app.state.db, &self.fixed, name, n).await
            }
            other => panic!("unknown fixture @{other} in matrix.toml"),
        }
    }

    /// Replaces every `@name` in `text` with its value.
    pub async fn resolve(&self, text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(at) = rest.find('@') {
            out.push_str(&rest[..at]);
            let after = &rest[at + 1..];
            let len = after
                .find(|c: char| !(c.is_ascii_lowercase() || c == '_'))
                .unwrap_or(after.len());
            if len == 0 {
                out.push('@');
            } else {
                out.push_str(&self.value(&after[..len]).await);
            }
            rest = &after[len..];
        }
        out.push_str(rest);
        out
    }

    /// The one value an SQL query returns, as text (for `changes`).
    pub async fn query_value(&self, sql: &str) -> Option<String> {
        crate::youth_fixtures::query_value(&self.app.state.db, sql).await
    }

    /// A client with a session of its own for `login` at `stage`, made without the login pages so
    /// that one request can end or replace it.
    pub async fn session_for(&self, login: &str, stage: Stage) -> Client {
        let user = repo::user_by_login(&self.app.state.db, login)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("no user {login}"));
        let (_, token) = session::start(&self.app.state, &user.id, stage)
            .await
            .unwrap();
        let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
        let url: reqwest::Url = self.app.base.parse().unwrap();
        jar.add_cookie_str(
            &format!("{}={token}; Path=/", kijkindewijk::web::cookies::SESSION),
            &url,
        );
        let http = reqwest::Client::builder()
            .cookie_provider(jar)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Client {
            base: self.app.base.clone(),
            http,
        }
    }
}
