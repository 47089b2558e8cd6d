//! The team's week: the team page, handovers, consent requests, structured notes, tasks.

use axum::http::StatusCode;
use kijkindewijk::features::youth::repo::{
    NewRelation, NewYoungPerson, RelationKind, insert_relation, insert_young_person,
};

use crate::helpers::{Client, TestApp, extract_between};

async fn id_of(app: &TestApp, first: &str) -> String {
    app.text(&format!(
        "SELECT id FROM young_people WHERE first_name = '{first}'"
    ))
    .await
}

async fn user_id(app: &TestApp, login: &str) -> String {
    app.text(&format!(
        "SELECT id FROM users WHERE login_name = '{login}'"
    ))
    .await
}

async fn active_ties(app: &TestApp, young: &str, user: &str) -> i64 {
    app.number(&format!(
        "SELECT COUNT(*) FROM youth_relations WHERE young_person_id = '{young}' \
         AND user_id = '{user}' AND ended_at IS NULL"
    ))
    .await
}

/// Milan (17) logs in with his own account (not one of the role logins).
async fn milan_client(app: &TestApp) -> Client {
    let c = app.client();
    c.login_fully("milan", crate::helpers::PASSWORD, None).await;
    c
}

/// The request id of the first open request on the consent page.
fn request_path(body: &str, young: &str) -> String {
    let marker = format!("action=\"/jongeren/{young}/toestemming/");
    let id = extract_between(body, &marker, "\"").expect("an open request with buttons");
    format!("/jongeren/{young}/toestemming/{id}")
}

#[tokio::test]
async fn the_team_page_shows_the_caseload_with_what_needs_attention() {
    let app = TestApp::spawn().await;
    let noor = app.logged_in("noor@wijkerveen.example").await;
    let page = noor.get("/team/overzicht").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let b = &page.body;
    assert!(b.contains("Lokaal team Noord-Oost"));
    assert!(b.contains("Milan de Wit"), "her own caseload by name");
    assert!(b.contains("weken geen contact"), "Milan: six weeks");
    assert!(b.contains("Acties over de datum: 1"), "an overdue action");
    assert!(
        b.contains("De notities zijn niet gedeeld. Toestemming is gevraagd."),
        "Sam's notes were asked for"
    );
    assert!(
        b.contains("Vraag toestemming"),
        "offered where not asked yet"
    );
    assert!(b.contains("Mentor van Sam bellen over de stage"));
    assert!(
        b.contains("Casusoverleg van het team plannen"),
        "the leader's task"
    );
    assert!(!b.contains("Huisbezoek bij Jayden"), "another team's task");
    assert!(!b.contains("Jayden"), "another team's young person");

    let lead = app.logged_in("teamleider@wijkerveen.example").await;
    let page = lead.get("/team/overzicht").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Noor de Vries"));
    assert!(page.body.contains("betrokken bij 4 jongeren"));
    assert!(
        !page.body.contains("Milan de Wit"),
        "the leader is not involved: no names"
    );
    // The leader's team view: counts per member by kind of signal, and why there are no names.
    assert!(page.body.contains("Wie in het team aandacht nodig heeft"));
    assert!(
        page.body
            .contains("Je ziet hier alleen aantallen, geen namen.")
    );
    assert!(page.body.contains(" jongeren</li>"), "counts by kind");
    for name in ["Milan de Wit", "Yara Jansen"] {
        assert!(!page.body.contains(name), "{name} on the leader's page");
    }

    // The start page's cards lead to the team page and show the member's own tasks.
    let start = noor.get("/team").await;
    assert!(start.body.contains("Mentor van Sam bellen over de stage"));
    assert!(start.body.contains("href=\"/team/overzicht#taken\""));
    let start = lead.get("/teamleider").await;
    assert!(start.body.contains("href=\"/team/overzicht\""));

    // Another municipality's professional sees their own (empty) team, nothing of Wijkerveen.
    let other = app.logged_in("jeugd@buurendam.example").await;
    let page = other.get("/team/overzicht").await;
    assert_eq!(page.status, StatusCode::OK);
    for name in ["Noor", "Milan", "Sam", "Mentor", "Noord-Oost"] {
        assert!(!page.body.contains(name), "{name} leaked");
    }
    let milan = id_of(&app, "Milan").await;
    let refused = other
        .post(
            &format!("/jongeren/{milan}/betrokkenheid"),
            &[("stap", "stoppen")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn tasks_are_added_for_a_colleague_and_ticked_off() {
    let app = TestApp::spawn().await;
    let noor = app.logged_in("noor@wijkerveen.example").await;
    let lead = user_id(&app, "teamleider@wijkerveen.example").await;
    let sam = id_of(&app, "Sam").await;
    let jayden = id_of(&app, "Jayden").await;
    let before = app.count("team_tasks").await;
    let long = "x".repeat(5000);
    let bad = noor
        .post(
            "/team/taken",
            &[
                ("title", &long),
                ("due_on", "morgen"),
                ("assignee", &lead),
                ("young_person_id", &jayden),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Maak de taak korter"));
    assert!(bad.body.contains("Vul een datum in"));
    assert!(
        bad.body
            .contains("Kies een jongere bij wie jij betrokken bent")
    );
    assert!(
        bad.body.contains("value=\"morgen\""),
        "what was typed is kept"
    );
    assert_eq!(app.count("team_tasks").await, before);

    let daan = user_id(&app, "daan@wijkerveen.example").await;
    let outside = noor
        .post("/team/taken", &[("title", "Bellen"), ("assignee", &daan)])
        .await;
    assert_eq!(outside.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(outside.body.contains("Kies iemand uit je eigen team"));

    let ok = noor
        .post(
            "/team/taken",
            &[
                ("title", "Verslag voor Sam klaarzetten"),
                ("due_on", "2030-01-31"),
                ("assignee", &lead),
                ("young_person_id", &sam),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let task = app
        .text("SELECT id FROM team_tasks WHERE title = 'Verslag voor Sam klaarzetten'")
        .await;
    let leader = app.logged_in("teamleider@wijkerveen.example").await;
    let page = leader.get("/team/overzicht").await;
    assert!(page.body.contains("Verslag voor Sam klaarzetten"));
    assert!(
        !page.body.contains("(Sam Jansen)"),
        "the leader has no tie to Sam"
    );
    let other_team = app.logged_in("daan@wijkerveen.example").await;
    let refused = other_team
        .post(&format!("/team/taken/{task}/klaar"), &[])
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    let done = leader.post(&format!("/team/taken/{task}/klaar"), &[]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.number(&format!(
            "SELECT COUNT(*) FROM team_tasks WHERE id = '{task}' AND done_at IS NOT NULL"
        ))
        .await,
        1
    );
}

#[tokio::test]
async fn a_handover_moves_the_tie_and_the_log_shows_it() {
    let app = TestApp::spawn().await;
    let noor = app.logged_in("noor@wijkerveen.example").await;
    let lead = app.logged_in("teamleider@wijkerveen.example").await;
    let (noor_id, lead_id) = (
        user_id(&app, "noor@wijkerveen.example").await,
        user_id(&app, "teamleider@wijkerveen.example").await,
    );
    let milan = id_of(&app, "Milan").await;
    let path = format!("/jongeren/{milan}/betrokkenheid");
    assert_eq!(
        lead.get(&format!("/jongeren/{milan}")).await.status,
        StatusCode::NOT_FOUND
    );
    let form = noor.get(&path).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("Jeroen Bakker"), "a colleague to choose");
    let moved = noor
        .post(&path, &[("stap", "overdragen"), ("colleague", &lead_id)])
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.body);
    assert_eq!(active_ties(&app, &milan, &noor_id).await, 0);
    assert_eq!(active_ties(&app, &milan, &lead_id).await, 1);
    assert_eq!(
        noor.get(&format!("/jongeren/{milan}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        lead.get(&format!("/jongeren/{milan}")).await.status,
        StatusCode::OK
    );
    let log = |sql: String| {
        let app = &app;
        async move { app.number(&sql).await }
    };
    assert_eq!(
        log(format!(
            "SELECT COUNT(*) FROM access_log WHERE young_person_id = '{milan}' \
             AND actor_user_id = '{noor_id}' AND action = 'handover'"
        ))
        .await,
        1
    );
    assert_eq!(
        log(format!(
            "SELECT COUNT(*) FROM access_log WHERE young_person_id = '{milan}' \
             AND actor_user_id = '{noor_id}' AND allowed = FALSE"
        ))
        .await,
        1,
        "the old professional's refusal is logged"
    );
    assert!(
        log(format!(
            "SELECT COUNT(*) FROM access_log WHERE young_person_id = '{milan}' \
             AND actor_user_id = '{lead_id}' AND allowed = TRUE"
        ))
        .await
            >= 1
    );
    // The young person reads it in their own log.
    let m = milan_client(&app).await;
    let logbook = m.get(&format!("/jongeren/{milan}/logboek")).await;
    assert!(
        logbook
            .body
            .contains("droeg de betrokkenheid over aan een collega")
    );
    // And the leader hands him back and then involves nobody else: the page refuses itself.
    let back = lead
        .post(&path, &[("stap", "overdragen"), ("colleague", &noor_id)])
        .await;
    assert_eq!(back.status, StatusCode::SEE_OTHER);
    assert_eq!(
        active_ties(&app, &milan, &noor_id).await,
        1,
        "the ended tie came back"
    );
}

#[tokio::test]
async fn a_handover_outside_the_team_is_refused_and_nothing_changes() {
    let app = TestApp::spawn().await;
    let noor = app.logged_in("noor@wijkerveen.example").await;
    let (noor_id, daan_id) = (
        user_id(&app, "noor@wijkerveen.example").await,
        user_id(&app, "daan@wijkerveen.example").await,
    );
    let milan = id_of(&app, "Milan").await;
    let relations = app.count("youth_relations").await;
    let refused = noor
        .post(
            &format!("/jongeren/{milan}/betrokkenheid"),
            &[("stap", "overdragen"), ("colleague", &daan_id)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("Je kunt alleen overdragen aan een collega uit je eigen team.")
    );
    assert_eq!(active_ties(&app, &milan, &noor_id).await, 1);
    assert_eq!(active_ties(&app, &milan, &daan_id).await, 0);
    assert_eq!(app.count("youth_relations").await, relations);
    let to_self = noor
        .post(
            &format!("/jongeren/{milan}/betrokkenheid"),
            &[("stap", "erbij"), ("colleague", &noor_id)],
        )
        .await;
    assert_eq!(to_self.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_consent_request_is_granted_by_the_young_person_and_by_age_the_parent() {
    let app = TestApp::spawn().await;
    let noor = app.logged_in("noor@wijkerveen.example").await;
    let sam = id_of(&app, "Sam").await;
    // Sam's notes are not shared: a 403 that explains itself, and the request waits (demo).
    let refused = noor.get(&format!("/jongeren/{sam}/notities")).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.body.contains("Niet gedeeld met het team"));
    assert!(
        refused.body.contains("toestemming gevraagd"),
        "asked already (demo)"
    );
    let overview = noor.get(&format!("/jongeren/{sam}")).await;
    assert!(overview.body.contains("toestemming gevraagd"));
    // Sam (15) says yes; from 12 to 15 his mother must agree too.
    let sam_client = app.logged_in("sam").await;
    let own = sam_client.get(&format!("/jongeren/{sam}")).await;
    assert!(own.body.contains("Het team vraagt je om toestemming."));
    let page = sam_client
        .get(&format!("/jongeren/{sam}/toestemming"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let answer = request_path(&page.body, &sam);
    let said = sam_client.post(&answer, &[("answer", "ja")]).await;
    assert_eq!(said.status, StatusCode::SEE_OTHER, "{}", said.body);
    let waiting = sam_client
        .get(&format!("/jongeren/{sam}/toestemming"))
        .await;
    assert!(
        waiting
            .body
            .contains("Er moet nog iemand anders ja zeggen.")
    );
    assert_eq!(
        noor.get(&format!("/jongeren/{sam}/notities")).await.status,
        StatusCode::FORBIDDEN,
        "not yet in force"
    );
    let mother = app.logged_in("ouder@wijkerveen.example").await;
    let page = mother.get(&format!("/jongeren/{sam}/toestemming")).await;
    let answer = request_path(&page.body, &sam);
    assert_eq!(
        mother.post(&answer, &[("answer", "ja")]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.number(&format!(
            "SELECT COUNT(*) FROM consent_requests WHERE young_person_id = '{sam}' \
             AND status = 'granted'"
        ))
        .await,
        1
    );
    assert_eq!(
        noor.get(&format!("/jongeren/{sam}/notities")).await.status,
        StatusCode::OK
    );
    assert_eq!(
        app.number(&format!(
            "SELECT COUNT(*) FROM access_log WHERE young_person_id = '{sam}' \
             AND action = 'consent_given' AND part = 'notes'"
        ))
        .await,
        2
    );

    // Milan (17) decides alone; a refusal closes the request and shares nothing.
    let milan = id_of(&app, "Milan").await;
    let asked = noor
        .post(
            &format!("/jongeren/{milan}/toestemming-vragen"),
            &[("part", "profile")],
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER);
    let again = noor
        .post(
            &format!("/jongeren/{milan}/toestemming-vragen"),
            &[("part", "profile")],
        )
        .await;
    assert_eq!(
        again.status,
        StatusCode::SEE_OTHER,
        "asking twice changes nothing"
    );
    assert_eq!(
        app.number(&format!(
            "SELECT COUNT(*) FROM consent_requests WHERE young_person_id = '{milan}'"
        ))
        .await,
        1
    );
    let m = milan_client(&app).await;
    let page = m.get(&format!("/jongeren/{milan}/toestemming")).await;
    let answer = request_path(&page.body, &milan);
    // His mother (none here) or the team cannot answer for him.
    assert_eq!(
        noor.post(&answer, &[("answer", "ja")]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        m.post(&answer, &[("answer", "nee")]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.number(&format!(
            "SELECT COUNT(*) FROM consent_requests WHERE young_person_id = '{milan}' \
             AND status = 'refused'"
        ))
        .await,
        1
    );
    assert_eq!(
        app.number(&format!(
            "SELECT COUNT(*) FROM consents WHERE young_person_id = '{milan}' \
             AND part = 'profile' AND audience_key = 'team'"
        ))
        .await,
        0
    );

    // Yara (10): her mother decides alone; the page that refused offers the request.
    let yara = id_of(&app, "Yara").await;
    let refused = noor.get(&format!("/jongeren/{yara}/notities")).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.body.contains("Vraag toestemming"));
    noor.post(
        &format!("/jongeren/{yara}/toestemming-vragen"),
        &[("part", "notes")],
    )
    .await;
    let page = mother.get(&format!("/jongeren/{yara}/toestemming")).await;
    let answer = request_path(&page.body, &yara);
    assert_eq!(
        mother.post(&answer, &[("answer", "ja")]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        noor.get(&format!("/jongeren/{yara}/notities")).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_note_needs_an_involvement_and_counts_as_last_contact() {
    let app = TestApp::spawn().await;
    let milan = id_of(&app, "Milan").await;
    let daan = app.logged_in("daan@wijkerveen.example").await;
    let notes = app.count("youth_notes").await;
    let refused = daan
        .post(
            &format!("/jongeren/{milan}/notities"),
            &[("kind", "contact"), ("body", "Gebeld")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert_eq!(app.count("youth_notes").await, notes);

    let noor = app.logged_in("noor@wijkerveen.example").await;
    let bad = noor
        .post(
            &format!("/jongeren/{milan}/notities"),
            &[("kind", "uren"), ("body", "Gebeld over de stage")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("Gebeld over de stage"),
        "what was typed is kept"
    );
    assert_eq!(app.count("youth_notes").await, notes);
    assert!(
        noor.get("/team/overzicht")
            .await
            .body
            .contains("weken geen contact")
    );
    let ok = noor
        .post(
            &format!("/jongeren/{milan}/notities"),
            &[("kind", "contact"), ("body", "Gebeld over de stage")],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let timeline = noor.get(&format!("/jongeren/{milan}/notities")).await;
    assert!(timeline.body.contains("Contact</strong>"));
    let page = noor.get("/team/overzicht").await;
    assert!(
        !page.body.contains("weken geen contact"),
        "written once, counted at once"
    );
}

fn queries_for(metrics: &str, route: &str) -> (f64, f64) {
    let find = |suffix: &str| -> f64 {
        metrics
            .lines()
            .find(|l| {
                l.starts_with(&format!("kkdw_db_queries_per_request_{suffix}"))
                    && l.contains(&format!("route=\"{route}\""))
            })
            .and_then(|l| l.rsplit(' ').next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0)
    };
    (find("sum"), find("count"))
}

async fn add_to_caseload(app: &TestApp, user: &str, team: &str, n: usize) {
    let db = &app.state.db;
    let municipality = app
        .text(&format!(
            "SELECT municipality_id FROM teams WHERE id = '{team}'"
        ))
        .await;
    let mut tx = db.begin().await.unwrap();
    for i in 0..n {
        let y = NewYoungPerson {
            municipality_id: municipality.clone(),
            wijk_id: None,
            user_id: None,
            first_name: format!("Telling{i}"),
            last_name: "Test".into(),
            birth_date: time::macros::date!(2009 - 03 - 01),
            created_by: None,
        };
        let id = insert_young_person(&mut tx, &y).await.unwrap();
        let r = NewRelation {
            young_person_id: id,
            user_id: Some(user.into()),
            kind: RelationKind::Professional,
            display_name: "Daan Visser".into(),
            team_id: Some(team.into()),
            has_authority: false,
            authority_confirmed_by: None,
            network_person_id: None,
        };
        insert_relation(&mut tx, &r).await.unwrap();
    }
    tx.commit().await.unwrap();
}

#[tokio::test]
async fn the_team_page_uses_the_same_number_of_queries_for_2_or_40_young_people() {
    let app = TestApp::spawn().await;
    let daan_id = user_id(&app, "daan@wijkerveen.example").await;
    let team = app
        .text("SELECT id FROM teams WHERE name = 'Lokaal team Centrum-Zuid'")
        .await;
    add_to_caseload(&app, &daan_id, &team, 1).await;
    let daan: Client = app.logged_in("daan@wijkerveen.example").await;
    let route = "/team/overzicht";
    let page = daan.get(route).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.body.matches("Telling").count() >= 1, true);
    let (small, n1) = queries_for(&app.client().get("/metrics").await.body, route);
    assert_eq!(n1, 1.0);
    add_to_caseload(&app, &daan_id, &team, 38).await;
    let page = daan.get(route).await;
    assert!(page.body.contains("Telling37"));
    let (both, n2) = queries_for(&app.client().get("/metrics").await.body, route);
    assert_eq!(n2, 2.0);
    assert_eq!(
        both - small,
        small,
        "2 young people: {small} queries; 40: {}",
        both - small
    );
}

#[tokio::test]
async fn ending_an_involvement_needs_a_confirmation() {
    let app = TestApp::spawn().await;
    let noor = app.logged_in("noor@wijkerveen.example").await;
    let noor_id = user_id(&app, "noor@wijkerveen.example").await;
    let milan = id_of(&app, "Milan").await;
    let route = format!("/jongeren/{milan}/betrokkenheid");
    let page = noor.get(&route).await;
    assert!(page.body.contains("name=\"zeker\""), "{}", page.body);
    let refused = noor.post(&route, &[("stap", "stoppen")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Zet eerst een vinkje"));
    assert_eq!(
        active_ties(&app, &milan, &noor_id).await,
        1,
        "nothing ended"
    );
    let done = noor
        .post(&route, &[("stap", "stoppen"), ("zeker", "ja")])
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(active_ties(&app, &milan, &noor_id).await, 0);
}

#[tokio::test]
async fn asking_consent_tells_the_young_person_by_notice_and_e_mail() {
    let app = TestApp::spawn().await;
    let noor = app.logged_in("noor@wijkerveen.example").await;
    let milan = id_of(&app, "Milan").await;
    let set = "UPDATE users SET email = 'milan@example.org' WHERE login_name = 'milan'";
    match &app.state.db {
        kijkindewijk::db::Db::Sqlite(p) => sqlx::query(set).execute(p).await.map(|_| ()),
        kijkindewijk::db::Db::Postgres(p) => sqlx::query(set).execute(p).await.map(|_| ()),
    }
    .unwrap();
    let before = app.count("outbox").await;
    let asked = noor
        .post(
            &format!("/jongeren/{milan}/toestemming-vragen"),
            &[("part", "profile")],
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    assert_eq!(
        app.count("outbox").await,
        before + 1,
        "one e-mail, to Milan (17) only"
    );
    let body = app
        .text("SELECT body_text FROM outbox ORDER BY created_at DESC LIMIT 1")
        .await;
    assert!(
        body.contains("Hoi,") && body.contains("/mijn/toestemming"),
        "{body}"
    );
    assert!(!body.contains("Milan"), "no names in the e-mail");
    assert_eq!(
        app.number(&format!(
            "SELECT COUNT(*) FROM access_log WHERE young_person_id = '{milan}' \
             AND actor_role = 'systeem' AND ground = 'consent_request'"
        ))
        .await,
        1,
        "looking up the household's addresses is a line in Milan's log"
    );
    let m = milan_client(&app).await;
    let start = m.get("/mijn").await;
    assert!(
        start.body.contains("Het team vraagt je om toestemming ("),
        "{}",
        start.body
    );
}

#[tokio::test]
async fn an_overdue_task_reminds_its_assignee_once_without_its_text() {
    let app = TestApp::spawn_with(|c| c.run_jobs = false).await;
    let noor = app.logged_in("noor@wijkerveen.example").await;
    let lead = user_id(&app, "teamleider@wijkerveen.example").await;
    for (title, due) in [
        ("Sam bellen over school", "2030-01-31"),
        ("Klaar", "2030-02-01"),
    ] {
        let r = noor
            .post(
                "/team/taken",
                &[("title", title), ("due_on", due), ("assignee", &lead)],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let reminders = "SELECT COUNT(*) FROM jobs WHERE kind = 'team.task_overdue'";
    assert_eq!(app.number(reminders).await, 2, "one reminder per task");
    // Only these jobs run below (other features queue their own).
    app.execute("DELETE FROM jobs WHERE kind <> 'team.task_overdue'")
        .await;
    let done = app
        .text("SELECT id FROM team_tasks WHERE title = 'Klaar'")
        .await;
    let lead_client = app.logged_in("teamleider@wijkerveen.example").await;
    let r = lead_client
        .post(&format!("/team/taken/{done}/klaar"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // Both dates pass.
    let past = if app.state.db.backend() == kijkindewijk::db::Backend::Sqlite {
        "UPDATE jobs SET run_at = '2000-01-01 00:00:00+00:00'"
    } else {
        "UPDATE jobs SET run_at = '2000-01-01T00:00:00Z'"
    };
    app.execute(past).await;
    let before = app.count("outbox").await;
    let jobs = kijkindewijk::features::JOBS;
    while kijkindewijk::platform::jobs::run_one(&app.state, jobs, "test")
        .await
        .unwrap()
    {}
    assert_eq!(app.count("outbox").await - before, 1, "only the open task");
    let to = app
        .text("SELECT to_address FROM outbox ORDER BY created_at DESC LIMIT 1")
        .await;
    assert_eq!(to, "teamleider@wijkerveen.example");
    let body = app
        .text("SELECT body_text FROM outbox ORDER BY created_at DESC LIMIT 1")
        .await;
    assert!(body.contains("31-01-2030") && body.contains("/team/overzicht#taken"));
    assert!(
        !body.contains("Sam"),
        "the task's text stays in the product"
    );
    // Again (a retry, another instance): nothing more.
    let open = app
        .text("SELECT id FROM team_tasks WHERE title = 'Sam bellen over school'")
        .await;
    let payload = serde_json::json!({ "task_id": open }).to_string();
    kijkindewijk::features::team::reminder::run(&app.state, &payload)
        .await
        .unwrap();
    assert_eq!(app.count("outbox").await - before, 1);
}
