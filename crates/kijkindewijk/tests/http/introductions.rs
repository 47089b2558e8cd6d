//! Warme overdracht: suggestions, an introduction followed by young person, professional and
//! partner, the three-month question, and what the partner may (not) see.

use reqwest::StatusCode;

use crate::helpers::{TestApp, extract_between};

#[tokio::test]
async fn an_introduction_runs_from_proposal_to_start_with_the_same_history_for_everyone() {
    let app = TestApp::spawn().await;
    let sam = app.logged_in("sam").await;
    let list = sam.get("/mijn/introducties").await.location();
    assert!(list.ends_with("/introducties"));
    let base = list.trim_end_matches("/introducties").to_string();
    assert_eq!(sam.get(&list).await.status, StatusCode::OK);

    let suggestions = sam.get(&format!("{base}/suggesties")).await;
    assert_eq!(suggestions.status, StatusCode::OK);
    assert!(
        suggestions.body.contains("Past bij: voetbal"),
        "ranked by Sam's interests with the reason"
    );

    let sql = "SELECT s.id FROM services s JOIN organization_members m ON m.organization_id = s.organization_id \
               JOIN users u ON u.id = m.user_id WHERE u.login_name = 'partner@wijkerveen.example' AND s.status = 'active' \
               ORDER BY s.name LIMIT 1";
    let service = app.text(sql).await;
    let form = sam
        .get(&format!("{base}/introducties/nieuw?aanbod={service}"))
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("De club ziet alleen je voornaam (Sam)"));
    let made = sam
        .post(
            &format!("{base}/introducties/nieuw"),
            &[
                ("aanbod", &service),
                ("message", "Ik kan op woensdag na school."),
                ("no_contact", "ja"),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let intro = made.location();
    assert!(intro.starts_with("/introducties/"));
    let twice = sam
        .post(
            &format!("{base}/introducties/nieuw"),
            &[("aanbod", &service), ("message", "nog eens")],
        )
        .await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(twice.body.contains("al voorgesteld") && twice.body.contains("nog eens"));

    // The partner sees first name, age and the message — and nothing of the plan.
    let partner = app.as_role("partner").await;
    let inbox = partner.get("/partner/introducties").await;
    assert!(
        inbox.body.contains("Sam (15)") && inbox.body.contains("geen contact"),
        "{}",
        inbox.body
    );
    assert!(
        !inbox.body.contains("Jansen"),
        "no last name for the partner"
    );
    let sql = "SELECT COUNT(*) FROM access_log l JOIN young_people y ON y.id = l.young_person_id \
               WHERE y.first_name = 'Sam' AND l.actor_role = 'partner' AND l.part = 'introduction' \
               AND l.action = 'list' AND l.allowed";
    let logged = app.number(sql).await;
    assert_eq!(logged, 1, "the inbox showing Sam is in Sam's log, once");
    let detail = partner.get(&intro).await;
    assert!(
        !detail.body.contains("Jansen"),
        "the history names Sam by his first name for the partner"
    );
    assert!(
        detail.body.contains("Ik kan op woensdag na school.")
            && detail.body.contains("Neem geen contact op")
    );
    assert!(
        !detail.body.contains("Jansen") && detail.body.contains("voorgesteld · Sam"),
        "the history names Sam by first name for the partner: {}",
        detail.body
    );
    let id = base.trim_start_matches("/jongeren/");
    for url in [
        format!("/jongeren/{id}"),
        format!("/jongeren/{id}/plan"),
        format!("/jongeren/{id}/netwerk"),
    ] {
        let p = partner.get(&url).await;
        assert!(
            matches!(p.status, StatusCode::FORBIDDEN | StatusCode::NOT_FOUND),
            "{url}: {}",
            p.status
        );
    }

    // Sam changes his mind about being contacted; only his side may.
    let by_noor = app
        .logged_in("noor@wijkerveen.example")
        .await
        .post(&format!("{intro}/contact"), &[])
        .await;
    assert_eq!(by_noor.status, StatusCode::FORBIDDEN);
    let allowed = sam.post(&format!("{intro}/contact"), &[]).await;
    assert_eq!(allowed.status, StatusCode::SEE_OTHER);
    assert!(
        !partner
            .get(&intro)
            .await
            .body
            .contains("Neem geen contact op")
    );
    sam.post(&format!("{intro}/contact"), &[("no_contact", "ja")])
        .await;
    assert!(
        partner
            .get(&intro)
            .await
            .body
            .contains("Neem geen contact op")
    );

    // Only the partner says yes or no; a no needs a reason.
    let young_accepts = sam
        .post(&format!("{intro}/status"), &[("to", "accepted")])
        .await;
    assert_eq!(young_accepts.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(young_accepts.body.contains("Alleen de club"));
    let no_reason = partner
        .post(&format!("{intro}/status"), &[("to", "declined")])
        .await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    let accepted = partner
        .post(
            &format!("{intro}/status"),
            &[("to", "accepted"), ("note", "Welkom!")],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
    assert_eq!(
        sam.post(&format!("{intro}/status"), &[("to", "contact_made")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let noor = app.logged_in("noor@wijkerveen.example").await;
    assert_eq!(
        noor.post(&format!("{intro}/status"), &[("to", "started")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let early = sam
        .post(&format!("{intro}/status"), &[("to", "still_running")])
        .await;
    assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(early.body.contains("pas 3 maanden"));

    // Everyone sees the same history.
    for c in [&sam, &partner, &noor] {
        let page = c.get(&intro).await;
        assert!(
            page.body.contains("Welkom!")
                && page.body.contains("gestart")
                && page.body.contains("contact gelegd")
        );
    }

    // The three-month question: due in 90 days; run it now. (Other features' queued jobs, such as
    // the demo's webinar reminders, are not part of this test.)
    let others = "DELETE FROM jobs WHERE kind <> 'introduction.follow_up'";
    match &app.state.db {
        kijkindewijk::db::Db::Sqlite(p) => {
            sqlx::query(others).execute(p).await.unwrap();
        }
        kijkindewijk::db::Db::Postgres(p) => {
            sqlx::query(others).execute(p).await.unwrap();
        }
    }
    let kind = app.text("SELECT kind FROM jobs").await;
    assert_eq!(kind, "introduction.follow_up");
    match &app.state.db {
        kijkindewijk::db::Db::Sqlite(p) => {
            sqlx::query("UPDATE jobs SET run_at = '2000-01-01 00:00:00+00:00'")
                .execute(p)
                .await
                .unwrap();
        }
        kijkindewijk::db::Db::Postgres(p) => {
            sqlx::query("UPDATE jobs SET run_at = '2000-01-01T00:00:00Z'")
                .execute(p)
                .await
                .unwrap();
        }
    }
    // Sam now lets the club and the platform contact him: the job reads his address, and says so.
    assert_eq!(
        sam.post(&format!("{intro}/contact"), &[]).await.status,
        StatusCode::SEE_OTHER
    );
    let before = app.count("outbox").await;
    assert!(
        kijkindewijk::platform::jobs::run_one(&app.state, kijkindewijk::features::JOBS, "test")
            .await
            .unwrap()
    );
    assert!(
        app.count("outbox").await > before,
        "the partner is asked whether it still runs"
    );
    assert_eq!(app.count("jobs").await, 0);

    // Every partner read is in Sam's log.
    let log = sam.get(&format!("{base}/logboek")).await;
    assert!(
        log.body.contains("Lisa Smit") && log.body.contains("een introductie bij hun organisatie")
    );
    assert!(
        log.body.contains("KijKINDeWijk zelf")
            && log.body.contains("de vraag na 3 maanden of het nog loopt"),
        "the job's read of his address is in his log"
    );
}

#[tokio::test]
async fn others_cannot_see_or_move_an_introduction() {
    let app = TestApp::spawn().await;
    let sam = app.logged_in("sam").await;
    let base = sam
        .get("/mijn/introducties")
        .await
        .location()
        .trim_end_matches("/introducties")
        .to_string();
    let sql = "SELECT id FROM services WHERE status = 'active' ORDER BY name LIMIT 1";
    let service = app.text(sql).await;
    let made = sam
        .post(
            &format!("{base}/introducties/nieuw"),
            &[("aanbod", &service), ("message", "Hoi")],
        )
        .await;
    let intro = made.location();
    assert!(intro.starts_with("/introducties/"), "{}", made.body);
    for login in [
        "daan@wijkerveen.example",
        "beheer@buurendam.example",
        "beleid@wijkerveen.example",
        "tante.ria@wijkerveen.example",
    ] {
        let c = app.logged_in(login).await;
        assert!(
            matches!(
                c.get(&intro).await.status,
                StatusCode::NOT_FOUND | StatusCode::FORBIDDEN
            ),
            "{login} saw it"
        );
        let moved = c
            .post(
                &format!("{intro}/status"),
                &[("to", "ended"), ("reason", "no_fit")],
            )
            .await;
        assert!(
            matches!(moved.status, StatusCode::NOT_FOUND | StatusCode::FORBIDDEN),
            "{login} moved it"
        );
    }
    // A service of another municipality cannot be introduced to.
    let sql_other = "SELECT s.id FROM services s JOIN municipalities m ON m.id = s.municipality_id WHERE m.code = 'GM0991' LIMIT 1";
    let other = app.text(sql_other).await;
    assert_eq!(
        sam.get(&format!("{base}/introducties/nieuw?aanbod={other}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let _ = extract_between("", "", "");
}

#[tokio::test]
async fn the_introduction_loop_works_through_the_json_api() {
    let app = TestApp::spawn().await;
    let sam = app.logged_in("sam").await;
    let base = sam.get("/mijn/introducties").await.location();
    let young_id = base
        .trim_start_matches("/jongeren/")
        .trim_end_matches("/introducties")
        .to_string();
    let sql = "SELECT s.id FROM services s JOIN organizations o ON o.id = s.organization_id \
               WHERE o.name = 'VV Wijkerveen' AND s.name = 'Meidenvoetbal'";
    let service = app.text(sql).await;
    let new = format!("/api/v1/jongeren/{young_id}/introducties");

    // Bad bodies: an unknown field, a missing listing, a listing that does not exist.
    let unknown = sam
        .post_json(
            &new,
            &format!(r#"{{"service_id":"{service}","colour":"red"}}"#),
        )
        .await;
    assert!(unknown.status.is_client_error(), "{}", unknown.status);
    let missing = sam.post_json(&new, r#"{"message":"hoi"}"#).await;
    assert!(missing.status.is_client_error(), "{}", missing.status);
    let nowhere = sam
        .post_json(
            &new,
            r#"{"service_id":"00000000-0000-4000-8000-000000000000"}"#,
        )
        .await;
    assert_eq!(nowhere.status, StatusCode::NOT_FOUND);
    assert_eq!(app.count("introductions").await, 5, "only the demo's");

    let made = sam
        .post_json(
            &new,
            &format!(
                r#"{{"service_id":"{service}","message":"Ik wil keepen.","no_contact":true}}"#
            ),
        )
        .await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let intro = made.json();
    assert_eq!(intro["status"], "proposed");
    assert_eq!(intro["young_person"]["first_name"], "Sam");
    assert_eq!(intro["no_contact"], true);
    assert_eq!(intro["next_steps"], serde_json::json!(["ended"]));
    let id = intro["id"].as_str().unwrap().to_string();

    let twice = sam
        .post_json(&new, &format!(r#"{{"service_id":"{service}"}}"#))
        .await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        twice.json()["error"]["fields"]["message"].is_string(),
        "{}",
        twice.body
    );

    // The partner's inbox: first name and age, never the last name.
    let partner = app.as_role("partner").await;
    let inbox = partner.get("/api/v1/introducties").await;
    assert_eq!(inbox.status, StatusCode::OK);
    assert!(!inbox.body.contains("Jansen"));
    let row = inbox.json()["contents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id.as_str())
        .cloned()
        .expect("the new introduction is in the inbox");
    assert_eq!(row["young_person"]["age"], 15);
    assert_eq!(
        row["next_steps"],
        serde_json::json!(["accepted", "declined", "ended"])
    );

    // Steps: the rules speak as field errors, nonsense is a bad request.
    let step = format!("/api/v1/introducties/{id}/status");
    let by_sam = sam.post_json(&step, r#"{"to":"accepted"}"#).await;
    assert_eq!(by_sam.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(by_sam.json()["error"]["fields"]["to"].is_string());
    let nonsense = partner.post_json(&step, r#"{"to":"flying"}"#).await;
    assert_eq!(nonsense.status, StatusCode::BAD_REQUEST);
    let no_reason = partner.post_json(&step, r#"{"to":"declined"}"#).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    let accepted = partner
        .post_json(
            &step,
            r#"{"to":"accepted","note":"Welkom bij de keepers!"}"#,
        )
        .await;
    assert_eq!(accepted.status, StatusCode::OK, "{}", accepted.body);
    assert_eq!(accepted.json()["status"], "accepted");

    // Everyone with access reads the same history; others do not find it.
    let seen = sam.get(&format!("/api/v1/introducties/{id}")).await.json();
    assert_eq!(seen["status"], "accepted");
    let history = seen["history"].as_array().unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[1]["note"], "Welkom bij de keepers!");
    assert_eq!(history[1]["by_side"], "partner");
    for other in ["ouder@wijkerveen.example", "daan@wijkerveen.example"] {
        let c = app.logged_in(other).await;
        let p = c.get(&format!("/api/v1/introducties/{id}")).await;
        assert!(
            matches!(p.status, StatusCode::FORBIDDEN | StatusCode::NOT_FOUND),
            "{other}: {}",
            p.status
        );
        assert!(p.body.starts_with('{'), "a JSON error: {}", p.body);
    }
    let anonymous = app.client().get("/api/v1/introducties").await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);

    // Sam reads in his own log, in plain words, that the club's partner looked and acted.
    let log = sam.get(&format!("/jongeren/{young_id}/logboek")).await;
    assert_eq!(log.status, StatusCode::OK);
    assert!(
        log.body.contains("Lisa Smit")
            && log
                .body
                .contains("de introductie bij een club of activiteit"),
        "{}",
        log.body
    );
    assert!(
        log.body
            .contains("je introducties bij clubs en activiteiten")
    );
}

#[tokio::test]
async fn a_parent_who_introduces_a_child_stays_unnamed_for_the_club() {
    let app = TestApp::spawn().await;
    let parent = app.logged_in("ouder@wijkerveen.example").await;
    let yara = app
        .text("SELECT id FROM young_people WHERE first_name = 'Yara'")
        .await;
    let sql = "SELECT s.id FROM services s JOIN organizations o ON o.id = s.organization_id \
               WHERE o.name = 'VV Wijkerveen' AND s.name = 'Meidenvoetbal'";
    let service = app.text(sql).await;
    let made = parent
        .post(
            &format!("/jongeren/{yara}/introducties/nieuw"),
            &[
                ("aanbod", &service),
                ("message", "Yara wil graag voetballen."),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let intro = made.location();
    // The parent's own view names her; the club sees neither her name nor Yara's last name.
    assert!(parent.get(&intro).await.body.contains("Fatima El Amrani"));
    let partner = app.as_role("partner").await;
    let seen = partner.get(&intro).await;
    assert_eq!(seen.status, StatusCode::OK);
    assert!(
        seen.body.contains("iemand uit de omgeving van Yara"),
        "{}",
        seen.body
    );
    assert!(!seen.body.contains("Fatima") && !seen.body.contains("Jansen"));
    let api = partner.get(&format!("/api/v1{intro}")).await.json();
    assert_eq!(
        api["history"][0]["by_name"],
        "iemand uit de omgeving van Yara"
    );
}

#[tokio::test]
async fn a_nul_character_is_refused_and_never_a_500() {
    let app = TestApp::spawn().await;
    let sam = app.logged_in("sam").await;
    let base = sam.get("/mijn/introducties").await.location();
    let young_id = base
        .trim_start_matches("/jongeren/")
        .trim_end_matches("/introducties")
        .to_string();
    let sql = "SELECT MIN(id) FROM services";
    let service = app.text(sql).await;
    let before = app.count("introductions").await;
    let form = sam
        .post_body(
            &format!("{base}/nieuw"),
            "application/x-www-form-urlencoded",
            format!(
                "_csrf={}&aanbod={service}&message=hallo%00",
                sam.token().await
            )
            .into_bytes(),
            &[],
        )
        .await;
    assert_eq!(form.status, StatusCode::BAD_REQUEST);
    let json = sam
        .post_json(
            &format!("/api/v1/jongeren/{young_id}/introducties"),
            &format!(r#"{{"service_id":"{service}","message":"hallo\u0000"}}"#),
        )
        .await;
    assert!(json.status.is_client_error(), "{}", json.status);
    assert_eq!(app.count("introductions").await, before, "nothing stored");
    assert_eq!(
        sam.get("/introducties/%00").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        sam.get("/sociale-kaart?q=voetbal%00").await.status,
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn a_refused_step_comes_back_with_its_message_and_what_was_typed() {
    let app = TestApp::spawn().await;
    let partner = app.as_role("partner").await;
    let sql = "SELECT i.id FROM introductions i JOIN young_people y ON y.id = i.young_person_id \
               WHERE y.first_name = 'Sam' AND i.status = 'accepted'";
    let intro = format!("/introducties/{}", app.text(sql).await);
    let long = "lang ".repeat(500);
    let page = partner
        .post(
            &format!("{intro}/status"),
            &[("to", "ended"), ("reason", "no_place"), ("note", &long)],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("Deze tekst is te lang"), "{}", page.body);
    assert!(
        page.body
            .contains(&format!("value=\"{}\"", long.trim_end()))
            || page.body.contains(&long)
    );
    assert!(page.body.contains(r#"value="no_place" selected"#));
    // A reason where none belongs is refused in words, not stored.
    let odd = partner
        .post(
            &format!("{intro}/status"),
            &[("to", "contact_made"), ("reason", "no_fit")],
        )
        .await;
    assert_eq!(odd.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        odd.body
            .contains("Alleen bij nee zeggen of stoppen hoort een reden")
    );
}

#[tokio::test]
async fn a_partner_is_refused_and_logged_so_for_another_clubs_introduction() {
    let app = TestApp::spawn().await;
    let sql = "SELECT i.id FROM introductions i JOIN services s ON s.id = i.service_id \
               JOIN young_people y ON y.id = i.young_person_id \
               WHERE y.first_name = 'Sam' AND s.name = 'Kookclub'";
    let other_club = app.text(sql).await;
    let partner = app.as_role("partner").await;
    // Sam is introduced to the partner's club too, but this one is another club's.
    let page = partner.get(&format!("/introducties/{other_club}")).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    let lines = "SELECT COUNT(*) FROM access_log l JOIN young_people y ON y.id = l.young_person_id \
                 WHERE y.first_name = 'Sam' AND l.part = 'introduction' \
                 AND l.actor_user_id = (SELECT id FROM users WHERE login_name = 'partner@wijkerveen.example') \
                 AND l.action = 'read'";
    let count = |allowed: bool| {
        let sql = format!(
            "{lines} AND l.allowed = {}",
            if allowed { "TRUE" } else { "FALSE" }
        );
        let app = &app;
        async move { app.number(&sql).await }
    };
    assert_eq!(count(true).await, 0, "no allowed read in Sam's log");
    assert_eq!(count(false).await, 1, "the refusal is in Sam's log");
}
