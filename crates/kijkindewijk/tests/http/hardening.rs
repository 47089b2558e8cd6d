//! Hardening: what a beheerder can and cannot see of other accounts, one-time links bound to the
//! password, second-factor limits, sign-up without account enumeration, control characters.

use reqwest::StatusCode;

use crate::helpers::{PASSWORD, TestApp};

/// The path of the first one-time link in the newest mail to `to`.
async fn link_in_mail(app: &TestApp, to: &str, marker: &str) -> String {
    let body = app
        .text(&format!(
            "SELECT body_text FROM outbox WHERE to_address = '{to}' ORDER BY created_at DESC LIMIT 1"
        ))
        .await;
    let at = body.find(marker).expect("a link in the mail");
    body[at..]
        .split(|c: char| c.is_whitespace())
        .next()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn held_mail_hides_links_and_old_links_die_with_the_password() {
    let app = TestApp::spawn().await;
    let anyone = app.client();
    let asked = anyone
        .post(
            "/wachtwoord-vergeten",
            &[("login", "ouder@wijkerveen.example")],
        )
        .await;
    assert_eq!(asked.status, StatusCode::OK);
    let first = link_in_mail(&app, "ouder@wijkerveen.example", "/wachtwoord-herstellen/").await;
    let secret = first.rsplit('/').next().unwrap().to_string();
    assert!(secret.len() > 20, "{first}");

    // The beheerder sees the mail, not its link.
    let beheer = app.as_role("beheerder").await;
    let outbox = beheer.get("/beheer/e-mail").await;
    assert_eq!(outbox.status, StatusCode::OK);
    assert!(outbox.body.contains("ouder@wijkerveen.example"));
    assert!(
        !outbox.body.contains(&secret),
        "the outbox shows a usable reset link"
    );
    assert!(outbox.body.contains("/wachtwoord-herstellen/[verborgen"));

    // A second link made before the password changes dies once the first link is used.
    let parent = kijkindewijk::auth::repo::user_by_login(&app.state.db, "ouder@wijkerveen.example")
        .await
        .unwrap()
        .unwrap();
    let second = kijkindewijk::features::accounts::service::send_reset(
        &app.state,
        &parent,
        kijkindewijk::i18n::Locale::Nl,
    )
    .await
    .unwrap();
    let second = second[second.find("/wachtwoord-herstellen/").unwrap()..].to_string();
    assert_eq!(anyone.get(&second).await.status, StatusCode::OK);
    let new = "een heel nieuw wachtwoord";
    let set = anyone
        .post(&first, &[("password", new), ("password_repeat", new)])
        .await;
    assert_eq!(set.location(), "/inloggen?hersteld=1");
    assert_eq!(
        anyone.get(&first).await.status,
        StatusCode::GONE,
        "used once"
    );
    assert_eq!(
        anyone.get(&second).await.status,
        StatusCode::GONE,
        "an older link dies when the password changes"
    );
    let again = anyone
        .post(
            &second,
            &[
                ("password", "x-kaping-1234"),
                ("password_repeat", "x-kaping-1234"),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::GONE);
    assert_eq!(
        app.client()
            .login("ouder@wijkerveen.example", new)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_ne!(new, PASSWORD);
}

#[tokio::test]
async fn the_beheerder_finds_young_people_only_by_login_and_each_view_is_logged() {
    let app = TestApp::spawn().await;
    let beheer = app.as_role("beheerder").await;
    let list = beheer.get("/beheer/gebruikers").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(
        list.body.contains("noor@wijkerveen.example"),
        "staff are listed"
    );
    for private in ["Sam Jansen", ">sam<", "ouder@wijkerveen.example"] {
        assert!(
            !list.body.contains(private),
            "{private} is listed for the beheerder"
        );
    }
    let logged = "SELECT COUNT(*) FROM access_log l JOIN young_people y ON y.id = l.young_person_id \
                  JOIN users u ON u.id = y.user_id \
                  WHERE u.login_name = 'sam' AND l.ground = 'account_management' AND l.action = 'read'";
    assert_eq!(app.number(logged).await, 0);
    let found = beheer.get("/beheer/gebruikers?inlog=Sam").await;
    assert_eq!(found.status, StatusCode::OK);
    assert!(found.body.contains("Sam Jansen"), "{}", found.body);
    assert_eq!(
        app.number(logged).await,
        1,
        "the view is in the young person's log"
    );
    let parent = beheer
        .get("/beheer/gebruikers?inlog=ouder%40wijkerveen.example")
        .await;
    assert!(parent.body.contains("ouder@wijkerveen.example"));
    let none = beheer.get("/beheer/gebruikers?inlog=sa").await;
    assert!(!none.body.contains("Sam Jansen"), "only the exact login");
    // The young person reads the line in their logbook.
    let sam = app.as_role("jongere").await;
    let id = app
        .text("SELECT y.id FROM young_people y JOIN users u ON u.id = y.user_id WHERE u.login_name = 'sam'")
        .await;
    let logbook = sam.get(&format!("/jongeren/{id}/logboek")).await;
    assert_eq!(logbook.status, StatusCode::OK);
    assert!(logbook.body.contains("accountbeheer"), "{}", logbook.body);
}

#[tokio::test]
async fn a_correct_password_does_not_reset_the_second_factor_count() {
    let app = TestApp::spawn().await;
    let login = "beleid@wijkerveen.example";
    let secret = app.login_of("beleid").totp_secret.unwrap();
    // Two rounds of a correct password and three wrong codes: six code failures in all.
    for _ in 0..2 {
        let c = app.client();
        assert_eq!(c.login(login, PASSWORD).await.status, StatusCode::SEE_OTHER);
        for _ in 0..3 {
            let wrong = c.post("/inloggen/code", &[("code", "000000")]).await;
            assert_ne!(wrong.status, StatusCode::SEE_OTHER);
        }
    }
    let c = app.client();
    assert_eq!(c.login(login, PASSWORD).await.status, StatusCode::SEE_OTHER);
    let right = c
        .post(
            "/inloggen/code",
            &[("code", &crate::helpers::totp_at(&secret, 0))],
        )
        .await;
    assert_eq!(
        right.status,
        StatusCode::TOO_MANY_REQUESTS,
        "the account's code step is locked after five failures"
    );
}

#[tokio::test]
async fn partners_need_the_second_factor() {
    let app = TestApp::spawn().await;
    let login = app.login_of("partner");
    assert!(login.totp_secret.is_some(), "the demo partner has an app");
    let c = app.client();
    let page = c.login(&login.login, PASSWORD).await;
    assert!(
        page.location().starts_with("/inloggen/code"),
        "{}",
        page.location()
    );
    assert_eq!(c.get("/partner").await.status, StatusCode::SEE_OTHER);
    let full = app.as_role("partner").await;
    assert_eq!(full.get("/partner").await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_name_with_line_breaks_cannot_add_an_event_to_the_calendar() {
    let app = TestApp::spawn().await;
    let id = app
        .text("SELECT id FROM services WHERE name = 'Voetbaltraining JO15'")
        .await;
    // Stored before input refused control characters (or written by hand): the feed stays sound.
    let evil = "Voetbal\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Gratis\rURL:https://x.example/";
    let sql = "UPDATE services SET name = $1 WHERE id = $2";
    match &app.state.db {
        kijkindewijk::db::Db::Sqlite(p) => {
            let sql = sql.replace("$1", "?1").replace("$2", "?2");
            sqlx::query(&sql)
                .bind(evil)
                .bind(&id)
                .execute(p)
                .await
                .unwrap();
        }
        kijkindewijk::db::Db::Postgres(p) => {
            sqlx::query(sql)
                .bind(evil)
                .bind(&id)
                .execute(p)
                .await
                .unwrap();
        }
    }
    let ics = app
        .client()
        .get(&format!("/sociale-kaart/aanbod/{id}/rooster.ics"))
        .await;
    assert_eq!(ics.status, StatusCode::OK);
    let events = ics
        .body
        .split("\r\n")
        .filter(|l| *l == "BEGIN:VEVENT")
        .count();
    let zones = ics
        .body
        .split("\r\n")
        .filter(|l| *l == "BEGIN:VTIMEZONE")
        .count();
    assert_eq!(zones, 1, "{}", ics.body);
    let schedules = app
        .number(&format!(
            "SELECT COUNT(*) FROM schedules WHERE ends_on >= CURRENT_DATE AND service_id = '{id}'"
        ))
        .await;
    assert!(
        events >= 1 && events as i64 <= schedules,
        "one event per schedule: {}",
        ics.body
    );
    for line in ics.body.split("\r\n") {
        assert!(!line.contains('\r') && !line.contains('\n'), "{line:?}");
        assert!(!line.starts_with("URL:https://x.example"), "{line:?}");
        assert!(!line.starts_with("SUMMARY:Gratis"), "{line:?}");
    }
}

#[tokio::test]
async fn sign_up_tells_a_taken_login_only_a_few_times_per_address() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let choose = c.get("/aanmelden").await;
    let municipality =
        crate::helpers::extract_between(&choose.body, "<option value=\"", "\"").unwrap();
    let form = c.get(&format!("/aanmelden?gemeente={municipality}")).await;
    let after = form.body.split("id=\"f-wijk_id\"").nth(1).unwrap();
    let wijk = after.split("<option value=\"").nth(2).unwrap();
    let wijk = wijk.split('"').next().unwrap().to_string();
    let today = time::OffsetDateTime::now_utc().date();
    let born = today
        .replace_year(today.year() - 14)
        .unwrap_or(today)
        .to_string();
    let mut answers = Vec::new();
    for login in [
        "sam",
        "beleid@wijkerveen.example",
        "tante.ria@wijkerveen.example",
        "sam",
        "sam",
        "sam",
    ] {
        let page = c
            .post(
                "/aanmelden",
                &[
                    ("gemeente", &municipality),
                    ("first_name", "Kees"),
                    ("last_name", "Jong"),
                    ("birth_date", &born),
                    ("wijk_id", &wijk),
                    ("login_name", login),
                    ("password", "mijn lange wachtwoord"),
                    ("password_repeat", "mijn lange wachtwoord"),
                ],
            )
            .await;
        answers.push(page.status);
    }
    assert_eq!(
        answers[0],
        StatusCode::UNPROCESSABLE_ENTITY,
        "a taken name is told"
    );
    assert_eq!(
        answers[5],
        StatusCode::TOO_MANY_REQUESTS,
        "after five such answers the address waits: {answers:?}"
    );
}

#[tokio::test]
async fn wijken_and_buurten_are_added_from_the_command_line() {
    use clap::Parser;
    let app = TestApp::spawn().await;
    let url = app.db.url.clone();
    let run = |args: &[&str]| {
        let mut all = vec![
            "kijkindewijk",
            "--database-url",
            url.as_str(),
            "municipality",
        ];
        all.extend_from_slice(args);
        kijkindewijk::commands::run(kijkindewijk::cli::Cli::try_parse_from(all).unwrap())
    };
    run(&[
        "add-wijk",
        "--municipality",
        "GM0990",
        "--code",
        "WK099007",
        "--name",
        "Havenkwartier",
    ])
    .await
    .unwrap();
    run(&[
        "add-buurt",
        "--municipality",
        "GM0990",
        "--code",
        "BU09900701",
        "--name",
        "Kade",
    ])
    .await
    .unwrap();
    assert_eq!(
        app.number(
            "SELECT COUNT(*) FROM buurten b JOIN wijken w ON w.id = b.wijk_id \
                    WHERE w.code = 'WK099007' AND b.code = 'BU09900701'"
        )
        .await,
        1
    );
    // A wijk outside the municipality, a buurt without its wijk, a name with a line break: refused.
    for args in [
        [
            "add-wijk",
            "--municipality",
            "GM0990",
            "--code",
            "WK012301",
            "--name",
            "Elders",
        ],
        [
            "add-buurt",
            "--municipality",
            "GM0990",
            "--code",
            "BU09900901",
            "--name",
            "Los",
        ],
        [
            "add-wijk",
            "--municipality",
            "GM0990",
            "--code",
            "WK099009",
            "--name",
            "A\nB",
        ],
    ] {
        assert!(run(&args).await.is_err(), "{args:?}");
    }
}

#[tokio::test]
async fn single_line_fields_refuse_line_breaks_and_keep_what_was_typed() {
    let app = TestApp::spawn().await;
    let message = "Dit veld mag maar één regel zijn, zonder regeleinden of andere stuurtekens.";
    // A visitor's name for a webinar (it goes into mail and a CSV).
    let webinar = app
        .text("SELECT id FROM webinars ORDER BY starts_at DESC LIMIT 1")
        .await;
    let before = app.count("webinar_registrations").await;
    let r = app
        .client()
        .post(
            &format!("/webinars/{webinar}"),
            &[
                ("name", "Ali\r\nBcc: iedereen"),
                ("email", "ali@voorbeeld.nl"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains(message), "{}", r.body);
    assert!(
        r.body.contains("Bcc: iedereen") && r.body.contains("ali@voorbeeld.nl"),
        "the form keeps what was typed"
    );
    assert_eq!(app.count("webinar_registrations").await, before);

    // An editor's new organisation on the social map.
    let editor = app.as_role("redacteur").await;
    let before = app.count("organizations").await;
    let r = editor
        .post(
            "/sociale-kaart/beheer/organisaties",
            &[
                ("name", "Tafeltennisclub\nBatje"),
                (
                    "description",
                    "Tafeltennis voor jong en oud.\nOok op zaterdag.",
                ),
                ("website", "https://batje.example"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains(message), "{}", r.body);
    assert!(r.body.contains("Tafeltennisclub\nBatje") && r.body.contains("https://batje.example"));
    assert_eq!(app.count("organizations").await, before);

    // A visitor's idea: the title is one line, the text may have several.
    let wijk = app
        .text("SELECT id FROM wijken WHERE code = 'WK099002'")
        .await;
    let r = app
        .client()
        .post(
            "/ideeen/nieuw",
            &[
                ("title", "Trapveld\r\nopen"),
                ("body", "Met licht\nkunnen we blijven voetballen."),
                ("wijk", wijk.as_str()),
                ("email", ""),
                ("stap", "voorbeeld"),
            ],
        )
        .await;
    assert!(r.body.contains(message), "{}", r.body);
    assert!(r.body.contains("kunnen we blijven voetballen"));
}
