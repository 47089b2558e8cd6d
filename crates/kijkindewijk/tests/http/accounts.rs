//! Logging in, the second factor, throttling, sessions, CSRF, password reset and invitations.

use reqwest::StatusCode;

use crate::helpers::{Client, PASSWORD, TestApp, extract_between, totp_at};

#[tokio::test]
async fn young_person_logs_in_with_password_only() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let page = c.login("sam", PASSWORD).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.location(), "/start");
    let start = c.get("/start").await;
    assert_eq!(start.location(), "/mijn");
    let mine = c.get("/mijn").await;
    assert_eq!(mine.status, StatusCode::OK);
    assert!(mine.body.contains("Mijn plan"));
    assert!(mine.body.contains("Wijkerveen"));
    // A young person has no business on the beheer pages.
    assert_eq!(
        c.get("/beheer/gebruikers").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(c.get("/team").await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn professional_needs_password_and_totp() {
    let app = TestApp::spawn().await;
    let noor = app.logged_in("noor@wijkerveen.example").await;
    assert_eq!(noor.get("/team").await.status, StatusCode::OK);

    let c = app.client();
    let page = c.login("noor@wijkerveen.example", PASSWORD).await;
    assert_eq!(page.location(), "/inloggen/code?terug=%2Fstart");
    // With only the password, professional pages stay closed.
    assert_eq!(c.get("/team").await.status, StatusCode::SEE_OTHER);
    let wrong = c.post("/inloggen/code", &[("code", "000000")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("Deze code klopt niet"));
    let secret = app.login_of("jeugdprofessional").totp_secret.unwrap();
    let mut ok = c
        .post("/inloggen/code", &[("code", &totp_at(&secret, 0))])
        .await;
    if ok.status != StatusCode::SEE_OTHER {
        ok = c
            .post("/inloggen/code", &[("code", &totp_at(&secret, 30))])
            .await;
    }
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert_eq!(c.get("/team").await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_totp_code_works_only_once() {
    let app = TestApp::spawn().await;
    let secret = app.login_of("beleid").totp_secret.unwrap();
    let code = totp_at(&secret, 30);
    let a = app.client();
    a.login("beleid@wijkerveen.example", PASSWORD).await;
    assert_eq!(
        a.post("/inloggen/code", &[("code", &code)]).await.status,
        StatusCode::SEE_OTHER
    );
    let b = app.client();
    b.login("beleid@wijkerveen.example", PASSWORD).await;
    assert_eq!(
        b.post("/inloggen/code", &[("code", &code)]).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test]
async fn first_login_of_a_professional_sets_up_totp_and_recovery_codes() {
    let app = TestApp::spawn().await;
    // A new professional, invited by the beheerder, sets a password through the invitation link.
    let beheer = app.as_role("beheerder").await;
    let teams = beheer.get("/beheer/teams").await;
    assert!(teams.body.contains("Lokaal team Noord-Oost"));
    let users = beheer.get("/beheer/gebruikers").await;
    let team_id = extract_between(&users.body, "<option value=\"", "\">Lokaal team").unwrap();
    let team_id = team_id.rsplit('"').next().unwrap().to_string();
    let invited = beheer
        .post(
            "/beheer/gebruikers",
            &[
                ("display_name", "Eva Kok"),
                ("email", "eva@wijkerveen.example"),
                ("login_name", ""),
                ("role", "jeugdprofessional"),
                ("team_id", &team_id),
            ],
        )
        .await;
    assert_eq!(invited.status, StatusCode::OK, "{}", invited.body);
    let link = extract_between(&invited.body, "<p class=\"kkdw-code\">", "</p>").unwrap();
    let path = link[link.find("/uitnodiging/").expect("invitation link")..].to_string();
    // The invitation mail is in the outbox (no SMTP configured), visible to the beheerder.
    let outbox = beheer.get("/beheer/e-mail").await;
    assert!(
        outbox.body.contains("eva@wijkerveen.example"),
        "{}",
        outbox.body
    );
    // The beheerder's outbox never shows a usable one-time link (the page after inviting did).
    let secret = link.rsplit('/').next().unwrap();
    assert!(!outbox.body.contains(secret), "{}", outbox.body);

    let eva = app.client();
    let form = eva.get(&path).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("eva@wijkerveen.example"));
    let short = eva
        .post(&path, &[("password", "kort"), ("password_repeat", "kort")])
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.body.contains("te kort"));
    let set = eva
        .post(
            &path,
            &[
                ("password", "een lange zin als wachtwoord"),
                ("password_repeat", "een lange zin als wachtwoord"),
            ],
        )
        .await;
    assert_eq!(set.location(), "/inloggen?hersteld=1");
    assert_eq!(
        eva.get(&path).await.status,
        StatusCode::GONE,
        "an invitation works once"
    );

    let login = eva
        .login("eva@wijkerveen.example", "een lange zin als wachtwoord")
        .await;
    assert_eq!(login.location(), "/inloggen/tweestaps-instellen");
    let enrol = eva.get("/inloggen/tweestaps-instellen").await;
    assert!(enrol.body.contains("<svg"), "QR code drawn on the server");
    let secret = extract_between(&enrol.body, "id=\"totp-secret\">", "<").unwrap();
    let bad = eva
        .post("/inloggen/tweestaps-instellen", &[("code", "123456")])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        extract_between(&bad.body, "id=\"totp-secret\">", "<").unwrap(),
        secret,
        "same secret on retry"
    );
    let done = eva
        .post(
            "/inloggen/tweestaps-instellen",
            &[("code", &totp_at(&secret, 0))],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK);
    let codes: Vec<String> = extract_between(
        &done.body,
        "<ul class=\"kkdw-codes\" id=\"herstelcodes\">",
        "</ul>",
    )
    .unwrap()
    .split("<li>")
    .skip(1)
    .map(|s| s.split("</li>").next().unwrap().to_string())
    .collect();
    assert_eq!(codes.len(), 10);
    assert_eq!(eva.get("/team").await.status, StatusCode::OK);

    // A recovery code replaces the app once.
    let again = Client::new(&app.base);
    again
        .login("eva@wijkerveen.example", "een lange zin als wachtwoord")
        .await;
    assert_eq!(
        again
            .post("/inloggen/code", &[("code", &codes[0].to_uppercase())])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let third = Client::new(&app.base);
    third
        .login("eva@wijkerveen.example", "een lange zin als wachtwoord")
        .await;
    assert_eq!(
        third
            .post("/inloggen/code", &[("code", &codes[0])])
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test]
async fn failed_logins_are_limited_without_revealing_accounts() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let unknown = c
        .login("niemand@wijkerveen.example", "fout-wachtwoord")
        .await;
    let known = c.login("sam", "fout-wachtwoord").await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(known.status, StatusCode::UNPROCESSABLE_ENTITY);
    let message = "Dit e-mailadres, deze gebruikersnaam of dit wachtwoord klopt niet.";
    assert!(unknown.body.contains(message) && known.body.contains(message));
    assert!(
        known.body.contains("value=\"sam\""),
        "the form keeps what was typed"
    );
    assert!(
        !known.body.contains("fout-wachtwoord"),
        "but never the password"
    );
    for _ in 0..4 {
        c.login("sam", "fout-wachtwoord").await;
    }
    let blocked = c.login("sam", PASSWORD).await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(blocked.body.contains("te vaak geprobeerd"));
    let blocked_unknown = app.client();
    for _ in 0..5 {
        blocked_unknown
            .login("niemand@wijkerveen.example", "x")
            .await;
    }
    assert_eq!(
        blocked_unknown
            .login("niemand@wijkerveen.example", "x")
            .await
            .status,
        StatusCode::TOO_MANY_REQUESTS
    );
    // Other accounts from the same address still work until the wider address limit.
    assert_eq!(
        c.login("tante.ria@wijkerveen.example", PASSWORD)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn login_starts_a_new_session_and_logout_everywhere_ends_all() {
    let app = TestApp::spawn().await;
    let a = app.client();
    a.login_fully("sam", PASSWORD, None).await;
    let first = app.count("sessions").await;
    // Logging in again replaces the old session instead of reusing it (no fixation).
    a.login_fully("sam", PASSWORD, None).await;
    assert_eq!(app.count("sessions").await, first);
    let b = app.logged_in("sam").await;
    assert_eq!(b.get("/mijn").await.status, StatusCode::OK);
    let out = a.post("/uitloggen/overal", &[]).await;
    assert_eq!(out.location(), "/inloggen?uitgelogd=1");
    assert_eq!(
        b.get("/mijn").await.status,
        StatusCode::SEE_OTHER,
        "the other device is logged out too"
    );
    assert_eq!(a.get("/mijn").await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_session_cookie_set_before_login_is_not_reused() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let planted = "A".repeat(43);
    let jar_cookie = format!("kkdw_session={planted}");
    let token = c.token().await;
    let resp = c
        .http
        .post(format!("{}/inloggen", app.base))
        .header("cookie", jar_cookie)
        .form(&[("login", "sam"), ("password", PASSWORD), ("_csrf", &token)])
        .send()
        .await
        .unwrap();
    let set: Vec<_> = resp
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    assert!(
        set.iter()
            .any(|c| c.starts_with("kkdw_session=") && !c.contains(&planted)),
        "{set:?}"
    );
}

#[tokio::test]
async fn forms_without_a_valid_csrf_token_are_refused() {
    let app = TestApp::spawn().await;
    let c = app.client();
    c.get("/inloggen").await;
    let none = c
        .post_raw("/inloggen", &[("login", "sam"), ("password", PASSWORD)])
        .await;
    assert_eq!(none.status, StatusCode::FORBIDDEN);
    assert!(none.body.contains("Het formulier is verlopen"));
    // A token that belongs to another browser does not work either.
    let other = app.client();
    let foreign = other.token().await;
    let wrong = c
        .post_raw(
            "/inloggen",
            &[
                ("login", "sam"),
                ("password", PASSWORD),
                ("_csrf", &foreign),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    // Nor a correct token sent from another site.
    let token = c.token().await;
    let cross = c
        .post_body(
            "/inloggen",
            "application/x-www-form-urlencoded",
            format!("login=sam&password={PASSWORD}&_csrf={token}").into_bytes(),
            &[("origin", "https://evil.example")],
        )
        .await;
    assert_eq!(cross.status, StatusCode::FORBIDDEN);
    // A logged-in user's token changes at login, so a token from before login no longer works.
    let before = c.token().await;
    c.login_fully("sam", PASSWORD, None).await;
    let stale = c.post_raw("/uitloggen/overal", &[("_csrf", &before)]).await;
    assert_eq!(stale.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn password_reset_by_mail_link_works_once() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let unknown = c
        .post(
            "/wachtwoord-vergeten",
            &[("login", "niemand@wijkerveen.example")],
        )
        .await;
    let known = c
        .post(
            "/wachtwoord-vergeten",
            &[("login", "ouder@wijkerveen.example")],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::OK);
    assert_eq!(known.status, StatusCode::OK);
    assert_eq!(
        unknown.body, known.body,
        "the same answer whether or not the account exists"
    );
    assert_eq!(app.count("outbox").await, 1);
    let (body,): (String,) = match &app.state.db {
        kijkindewijk::db::Db::Sqlite(p) => sqlx::query_as("SELECT body_text FROM outbox")
            .fetch_one(p)
            .await
            .unwrap(),
        kijkindewijk::db::Db::Postgres(p) => sqlx::query_as("SELECT body_text FROM outbox")
            .fetch_one(p)
            .await
            .unwrap(),
    };
    let link = body
        .lines()
        .find(|l| l.contains("/wachtwoord-herstellen/"))
        .unwrap()
        .trim()
        .to_string();
    let path = link
        .split_once("127.0.0.1:8080")
        .map(|(_, p)| p.to_string())
        .unwrap();
    // Asking again within a few minutes sends nothing new.
    c.post(
        "/wachtwoord-vergeten",
        &[("login", "ouder@wijkerveen.example")],
    )
    .await;
    assert_eq!(app.count("outbox").await, 1);

    let parent = app.logged_in("ouder@wijkerveen.example").await;
    let mismatch = c
        .post(
            &path,
            &[
                ("password", "nieuw wachtwoord 1"),
                ("password_repeat", "nieuw wachtwoord 2"),
            ],
        )
        .await;
    assert_eq!(mismatch.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(mismatch.body.contains("niet hetzelfde"));
    let ok = c
        .post(
            &path,
            &[
                ("password", "nieuw wachtwoord 1"),
                ("password_repeat", "nieuw wachtwoord 1"),
            ],
        )
        .await;
    assert_eq!(ok.location(), "/inloggen?hersteld=1");
    assert_eq!(
        parent.get("/ouder").await.status,
        StatusCode::SEE_OTHER,
        "old sessions end after a reset"
    );
    let twice = c
        .post(
            &path,
            &[
                ("password", "nog een wachtwoord"),
                ("password_repeat", "nog een wachtwoord"),
            ],
        )
        .await;
    assert_eq!(twice.status, StatusCode::GONE);
    assert_eq!(
        c.login("ouder@wijkerveen.example", "nieuw wachtwoord 1")
            .await
            .status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn account_page_changes_the_password_and_keeps_this_session() {
    let app = TestApp::spawn().await;
    let sam = app.logged_in("sam").await;
    let other = app.logged_in("sam").await;
    let wrong = sam
        .post(
            "/account/wachtwoord",
            &[
                ("current", "nee"),
                ("password", "x"),
                ("password_repeat", "x"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("huidige wachtwoord klopt niet"));
    let ok = sam
        .post(
            "/account/wachtwoord",
            &[
                ("current", PASSWORD),
                ("password", "mijn nieuwe zin 42"),
                ("password_repeat", "mijn nieuwe zin 42"),
            ],
        )
        .await;
    assert_eq!(ok.location(), "/account?gewijzigd=1");
    assert_eq!(sam.get("/account").await.status, StatusCode::OK);
    assert_eq!(other.get("/account").await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_second_factor_starts_a_new_session_and_the_half_one_ends() {
    let app = TestApp::spawn().await;
    let session_of = |page: &crate::helpers::Page| {
        page.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|c| c.strip_prefix("kkdw_session="))
            .map(|c| c.split(';').next().unwrap_or_default().to_string())
            .filter(|v| !v.is_empty())
    };
    let c = app.client();
    let step1 = c.login("beleid@wijkerveen.example", PASSWORD).await;
    let half = session_of(&step1).expect("a session after the password step");
    let secret = app.login_of("beleid").totp_secret.unwrap();
    let mut step2 = c
        .post("/inloggen/code", &[("code", &totp_at(&secret, 0))])
        .await;
    if step2.status != StatusCode::SEE_OTHER {
        step2 = c
            .post("/inloggen/code", &[("code", &totp_at(&secret, 30))])
            .await;
    }
    let full = session_of(&step2).expect("a new session after the code");
    assert_ne!(half, full);
    assert_eq!(c.get("/beleid").await.status, StatusCode::OK);
    // The token from the password step is worth nothing now, not even for the code page.
    let replay = Client::new(&app.base);
    let page = replay
        .http
        .get(format!("{}/inloggen/code", app.base))
        .header("cookie", format!("kkdw_session={half}"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::SEE_OTHER);
    assert!(
        page.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/inloggen?terug=")
    );
}
