//! The public site's participation: webinar registration with the waiting list moving up (and its
//! mail with an .ics attachment), the cancel link working once, the reminder job, the .ics files
//! across the clock change; ideas with preview, moderation in bulk, support once, the report
//! threshold and the official answer to followers; the contact form's spam checks, mail and the
//! retention job. Bad input keeps what was typed and stores nothing.

use reqwest::StatusCode;

use crate::helpers::{Client, TestApp, extract_between};

const EDITOR: &str = "redactie@wijkerveen.example";

async fn run_jobs(app: &TestApp) {
    while kijkindewijk::platform::jobs::run_one(&app.state, kijkindewijk::features::JOBS, "test")
        .await
        .unwrap()
    {}
}

async fn mails_to(app: &TestApp, to: &str) -> i64 {
    app.number(&format!(
        "SELECT COUNT(*) FROM outbox WHERE to_address = '{to}'"
    ))
    .await
}

async fn last_mail(app: &TestApp, to: &str) -> String {
    app.text(&format!(
        "SELECT body_text FROM outbox WHERE to_address = '{to}' ORDER BY created_at DESC, id DESC LIMIT 1"
    ))
    .await
}

fn session_form<'a>(title: &'a str, date: &'a str, capacity: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        (
            "description",
            "Over gewoon meedoen.\n\nMet tijd voor vragen.",
        ),
        ("speakers", "Anna de Vries"),
        ("date", date),
        ("start", "19:30"),
        ("end", "21:00"),
        ("meeting_url", "https://meet.example.org/geheim-123"),
        ("capacity", capacity),
    ]
}

/// The value of a property in the one VEVENT of a parsed calendar.
fn event_property(ics: &str, name: &str) -> String {
    use icalendar::Component;
    let cal: icalendar::Calendar = ics
        .parse()
        .unwrap_or_else(|e| panic!("not iCalendar ({e}): {ics}"));
    let event = cal
        .components
        .iter()
        .find_map(|c| c.as_event())
        .expect("a VEVENT");
    event
        .property_value(name)
        .unwrap_or_else(|| panic!("{name} in {ics}"))
        .to_string()
}

#[tokio::test]
async fn webinar_registration_waiting_list_cancel_and_calendar() {
    let app = TestApp::spawn().await;
    let editor = app.logged_in(EDITOR).await;
    let bad = editor
        .post(
            "/redactie/webinars/nieuw",
            &session_form("Kapot", "30-03-2027", "0"),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Kapot"), "what was typed is kept");
    // Monday 29 March 2027 is the day after the change to summer time; Friday 26 March is before.
    let made = editor
        .post(
            "/redactie/webinars/nieuw",
            &session_form("Zomertijd", "2027-03-29", "1"),
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    editor
        .post(
            "/redactie/webinars/nieuw",
            &session_form("Wintertijd", "2027-03-26", "5"),
        )
        .await;
    let id = app
        .text("SELECT id FROM webinars WHERE title = 'Zomertijd'")
        .await;
    let winter = app
        .text("SELECT id FROM webinars WHERE title = 'Wintertijd'")
        .await;

    // The .ics files parse, with the moments in UTC on either side of the change.
    let anon = app.client();
    let ics = anon.get(&format!("/webinars/{id}/agenda.ics")).await;
    assert_eq!(ics.status, StatusCode::OK);
    assert_eq!(event_property(&ics.body, "DTSTART"), "20270329T173000Z");
    assert_eq!(event_property(&ics.body, "DTEND"), "20270329T190000Z");
    assert!(
        !ics.body.contains("geheim-123"),
        "the public file has no meeting link"
    );
    let ics = anon.get(&format!("/webinars/{winter}/agenda.ics")).await;
    assert_eq!(event_property(&ics.body, "DTSTART"), "20270326T183000Z");
    let feed = anon.get("/webinars/agenda.ics").await;
    let cal: icalendar::Calendar = feed.body.parse().unwrap();
    assert!(
        cal.components
            .iter()
            .filter(|c| c.as_event().is_some())
            .count()
            >= 10
    );

    // Ali takes the one seat; the confirmation carries the .ics with the meeting link.
    let page = format!("/webinars/{id}");
    let ali = app.client();
    let r = ali
        .post(&page, &[("name", "Ali"), ("email", "Ali@Voorbeeld.nl")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let ali_link = r.location();
    let mine = ali.get(&ali_link).await;
    assert!(mine.body.contains("geheim-123"), "{}", mine.body);
    assert_eq!(mails_to(&app, "ali@voorbeeld.nl").await, 1);
    let attachment = app
        .text("SELECT attachment_body FROM outbox WHERE to_address = 'ali@voorbeeld.nl'")
        .await;
    assert_eq!(event_property(&attachment, "DTSTART"), "20270329T173000Z");
    assert!(attachment.contains("geheim-123"));
    // the beheerder's outbox says the mail has an attachment: name, type and size
    let outbox = app.as_role("beheerder").await.get("/beheer/e-mail").await;
    let n = attachment.len();
    let kb = if n < 1024 {
        format!("{n} B")
    } else {
        format!("{:.1} kB", n as f64 / 1024.0).replace('.', ",")
    };
    assert!(
        outbox
            .body
            .contains(&format!("Bijlage: webinar.ics (text/calendar, {kb})")),
        "{}",
        outbox.body
    );

    // The same address twice, and a bad address: clear messages, nothing stored, typed kept.
    let twice = ali
        .post(&page, &[("name", "Ali B"), ("email", "ali@voorbeeld.nl")])
        .await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(twice.body.contains("al aangemeld") && twice.body.contains("Ali B"));
    let wrong = ali.post(&page, &[("name", "Bo"), ("email", "bo@")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("geen geldig e-mailadres") && wrong.body.contains("bo@"));
    let regs = format!("SELECT COUNT(*) FROM webinar_registrations WHERE webinar_id = '{id}'");
    assert_eq!(app.number(&regs).await, 1);

    // Bo gets the waiting list and no meeting link.
    let bo = app.client();
    let r = bo
        .post(&page, &[("name", "Bo"), ("email", "bo@voorbeeld.nl")])
        .await;
    let bo_page = bo.get(&r.location()).await;
    assert!(
        bo_page.body.contains("wachtlijst, plaats 1"),
        "{}",
        bo_page.body
    );
    assert!(!bo_page.body.contains("geheim-123"));

    // Ali cancels: Bo moves up and is told, with the .ics.
    let cancelled = ali.post(&ali_link, &[]).await;
    assert_eq!(cancelled.status, StatusCode::OK, "{}", cancelled.body);
    let bo_status = "SELECT status FROM webinar_registrations WHERE email = 'bo@voorbeeld.nl'";
    assert_eq!(app.text(bo_status).await, "registered");
    assert!(
        last_mail(&app, "bo@voorbeeld.nl")
            .await
            .contains("plek vrijgekomen")
    );
    assert_eq!(
        app.number("SELECT COUNT(*) FROM outbox WHERE to_address = 'bo@voorbeeld.nl' AND attachment_name = 'webinar.ics'").await,
        1
    );
    // The cancel link works once.
    let again = ali.post(&ali_link, &[]).await;
    assert_eq!(again.status, StatusCode::GONE);
    assert!(again.body.contains("al gebruikt"));
    assert_eq!(app.text(bo_status).await, "registered");

    // A past session takes no registrations.
    let past = app
        .text("SELECT MIN(id) FROM webinars WHERE recording_url <> ''")
        .await;
    let closed = anon
        .post(
            &format!("/webinars/{past}"),
            &[("name", "Cas"), ("email", "cas@voorbeeld.nl")],
        )
        .await;
    assert_eq!(closed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(closed.body.contains("Aanmelden kan niet meer"));

    // The redacteur sees the registrations and exports them.
    let csv = editor
        .get(&format!("/redactie/webinars/{id}/aanmeldingen.csv"))
        .await;
    assert!(csv.body.starts_with("name,email,status"), "{}", csv.body);
    assert!(csv.body.contains("bo@voorbeeld.nl") && csv.body.contains("Afgemeld"));

    // The reminder the day before goes once, to who has a seat.
    let sql = format!(
        "UPDATE jobs SET run_at = '2000-01-01T00:00:00Z' WHERE kind = 'webinar.reminder' AND payload LIKE '%{id}%'"
    );
    exec(&app, &sql).await;
    run_jobs(&app).await;
    assert!(
        last_mail(&app, "bo@voorbeeld.nl")
            .await
            .contains("Morgen is")
    );
    assert_eq!(mails_to(&app, "bo@voorbeeld.nl").await, 3);
    assert_eq!(mails_to(&app, "ali@voorbeeld.nl").await, 1);
}

async fn exec(app: &TestApp, sql: &str) {
    match &app.state.db {
        kijkindewijk::db::Db::Sqlite(p) => {
            let sql = sql.replace("'2000-01-01T00:00:00Z'", "'2000-01-01 00:00:00+00:00'");
            sqlx::query(&sql).execute(p).await.unwrap();
        }
        kijkindewijk::db::Db::Postgres(p) => {
            sqlx::query(sql).execute(p).await.unwrap();
        }
    }
}

fn token_in(body: &str) -> String {
    extract_between(body, "/ideeen/bevestigen/", "\n").expect("a confirmation link")
}

#[tokio::test]
async fn ideas_preview_moderation_support_reports_and_answer() {
    let app = TestApp::spawn().await;
    let wijk = app
        .text("SELECT id FROM wijken WHERE code = 'WK099002'")
        .await;
    let anon = app.client();
    let ideas_before = app.count("ideas").await;

    // The preview shows similar ideas and stores nothing.
    let mut form = vec![
        ("title", "Trapveld ook in de winter open"),
        (
            "body",
            "Met licht kunnen we op het trapveld blijven voetballen.",
        ),
        ("wijk", wijk.as_str()),
        ("email", "volger@voorbeeld.nl"),
        ("stap", "voorbeeld"),
    ];
    let preview = anon.post("/ideeen/nieuw", &form).await;
    assert_eq!(preview.status, StatusCode::OK);
    assert!(
        preview.body.contains("Trapveld open in de zomer"),
        "a similar idea is shown"
    );
    assert_eq!(app.count("ideas").await, ideas_before);
    // while typing, the form's script asks for the same list as JSON (writes nothing)
    let form_page = anon.get("/ideeen/nieuw").await;
    assert!(
        form_page
            .body
            .contains("data-similar=\"/ideeen/vergelijkbaar\"")
    );
    assert!(
        form_page
            .body
            .contains("id=\"vergelijkbaar-live\" aria-live=\"polite\"")
    );
    let live = anon.post("/ideeen/vergelijkbaar", &form[..3]).await;
    assert_eq!(live.status, StatusCode::OK);
    assert!(
        live.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    let json: serde_json::Value = serde_json::from_str(&live.body).unwrap();
    let titles: Vec<&str> = json["ideas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap())
        .collect();
    assert!(titles.contains(&"Trapveld open in de zomer"), "{titles:?}");
    assert!(
        json["ideas"][0]["url"]
            .as_str()
            .unwrap()
            .starts_with("/ideeen/")
    );
    assert_eq!(app.count("ideas").await, ideas_before);

    // 50,000 characters: refused with a message, the title kept, nothing stored.
    let long = "x".repeat(50_000);
    let mut too_long = form.clone();
    too_long[1] = ("body", long.as_str());
    too_long[4] = ("stap", "versturen");
    let r = anon.post("/ideeen/nieuw", &too_long).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("te lang") && r.body.contains("Trapveld ook in de winter open"));
    assert_eq!(app.count("ideas").await, ideas_before);

    form[4] = ("stap", "versturen");
    let sent = anon.post("/ideeen/nieuw", &form).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let id = app
        .text("SELECT id FROM ideas WHERE title = 'Trapveld ook in de winter open'")
        .await;
    assert!(
        !anon.get("/ideeen").await.body.contains("ook in de winter"),
        "waits for moderation"
    );
    assert_eq!(
        anon.get(&format!("/ideeen/{id}")).await.status,
        StatusCode::NOT_FOUND
    );

    // The follower confirms by the link; the GET writes nothing.
    let token = token_in(&last_mail(&app, "volger@voorbeeld.nl").await);
    let confirmed = "SELECT COUNT(*) FROM idea_followers WHERE confirmed_at IS NOT NULL";
    anon.get(&format!("/ideeen/bevestigen/{token}")).await;
    assert_eq!(app.number(confirmed).await, 0);
    anon.post(&format!("/ideeen/bevestigen/{token}"), &[]).await;
    assert_eq!(app.number(confirmed).await, 1);

    // The redacteur publishes in bulk.
    let editor = app.logged_in(EDITOR).await;
    let pending = app.text("SELECT MIN(id) FROM ideas WHERE status = 'pending' AND title <> 'Trapveld ook in de winter open'").await;
    let r = editor
        .post(
            "/redactie/ideeen",
            &[
                ("ids", id.as_str()),
                ("ids", pending.as_str()),
                ("decision", "publish"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.number("SELECT COUNT(*) FROM ideas WHERE status = 'pending'")
            .await,
        0
    );
    assert!(anon.get("/ideeen").await.body.contains("ook in de winter"));

    // Support once per account, once per confirmed address.
    let supports = format!(
        "SELECT COUNT(*) FROM idea_supports WHERE idea_id = '{id}' AND confirmed_at IS NOT NULL"
    );
    let sam = app.logged_in("sam").await;
    let url = format!("/ideeen/{id}/steunen");
    assert_eq!(sam.post(&url, &[]).await.status, StatusCode::SEE_OTHER);
    let twice = sam.post(&url, &[]).await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(twice.body.contains("steunt dit idee al"));
    let visitor = app.client();
    visitor.post(&url, &[("email", "fan@voorbeeld.nl")]).await;
    assert_eq!(app.number(&supports).await, 1, "counts once confirmed");
    let token = token_in(&last_mail(&app, "fan@voorbeeld.nl").await);
    visitor
        .post(&format!("/ideeen/bevestigen/{token}"), &[])
        .await;
    assert_eq!(app.number(&supports).await, 2);
    let again = visitor.post(&url, &[("email", "FAN@voorbeeld.nl")]).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.body.contains("FAN@voorbeeld.nl"), "typed kept");
    assert_eq!(app.number(&supports).await, 2);

    // Reports: the same reader counts once; the third reader hides the idea.
    let report = format!("/ideeen/{id}/melden");
    sam.post(&report, &[]).await;
    sam.post(&report, &[]).await;
    app.logged_in("ouder@wijkerveen.example")
        .await
        .post(&report, &[])
        .await;
    let status = format!("SELECT status FROM ideas WHERE id = '{id}'");
    assert_eq!(app.text(&status).await, "published");
    app.logged_in("tante.ria@wijkerveen.example")
        .await
        .post(&report, &[])
        .await;
    assert_eq!(app.text(&status).await, "hidden");
    assert_eq!(
        anon.get(&format!("/ideeen/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(
        editor
            .get("/redactie/ideeen")
            .await
            .body
            .contains("Verborgen na meldingen")
    );
    editor
        .post(
            "/redactie/ideeen",
            &[("ids", id.as_str()), ("decision", "publish")],
        )
        .await;
    assert_eq!(app.text(&status).await, "published");
    assert_eq!(
        app.number(&format!(
            "SELECT COUNT(*) FROM idea_reports WHERE idea_id = '{id}'"
        ))
        .await,
        0
    );

    // The official answer: a reason is needed for "not feasible"; followers get the answer.
    let answer = format!("/redactie/ideeen/{id}");
    let r = editor
        .post(&answer, &[("state", "not_feasible"), ("text", "")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("waarom het niet haalbaar"));
    let r = editor
        .post(
            &answer,
            &[
                ("state", "considering"),
                ("text", "We zoeken uit wat verlichting kost."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(
        last_mail(&app, "volger@voorbeeld.nl")
            .await
            .contains("verlichting kost")
    );
    assert!(
        anon.get(&format!("/ideeen/{id}"))
            .await
            .body
            .contains("In overweging")
    );
}

fn old_stamp(app: &TestApp) -> String {
    let unix = time::OffsetDateTime::now_utc().unix_timestamp() - 30;
    let sig = kijkindewijk::crypto::hmac_hex(&app.state.secret, &format!("contact-form:{unix}"));
    format!("{unix}.{}", &sig[..32])
}

#[tokio::test]
async fn contact_spam_checks_mail_and_retention() {
    let app = TestApp::spawn_with(|c| c.contact_retention_days = 0).await;
    let m = app
        .text("SELECT id FROM municipalities WHERE code = 'GM0990'")
        .await;
    let c: Client = app.client();
    let form_page = c.get("/contact").await;
    assert!(
        form_page.body.contains("Wat doen we met je gegevens?"),
        "privacy notice"
    );
    let fresh = extract_between(&form_page.body, "name=\"t\" value=\"", "\"").unwrap();
    let fields = |t: &str, website: &str, email: &str| {
        vec![
            ("name", "Fatima".to_string()),
            ("email", email.to_string()),
            ("municipality", m.clone()),
            ("topic", "question".to_string()),
            ("message", "Hoe kan ik meedoen?".to_string()),
            ("website", website.to_string()),
            ("t", t.to_string()),
        ]
    };
    let post = |f: Vec<(&'static str, String)>| {
        let c = &c;
        async move {
            let borrowed: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
            c.post("/contact", &borrowed).await
        }
    };
    // Sent in under two seconds: a message, the text kept, nothing stored.
    let fast = post(fields(&fresh, "", "fatima@voorbeeld.nl")).await;
    assert_eq!(fast.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(fast.body.contains("Dat ging heel snel") && fast.body.contains("Hoe kan ik meedoen?"));
    let stamp = old_stamp(&app);
    let bad = post(fields(&stamp, "", "fatima@")).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let robot = post(fields(&stamp, "http://spam.example", "bot@voorbeeld.nl")).await;
    assert_eq!(robot.status, StatusCode::SEE_OTHER);
    assert_eq!(app.count("contact_messages").await, 0);
    assert_eq!(mails_to(&app, "bot@voorbeeld.nl").await, 0);

    let ok = post(fields(&stamp, "", "fatima@voorbeeld.nl")).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    assert_eq!(app.count("contact_messages").await, 1);
    assert_eq!(mails_to(&app, "fatima@voorbeeld.nl").await, 1);
    let editor_mails = app
        .number("SELECT COUNT(*) FROM outbox WHERE subject LIKE 'Nieuw bericht via de website%'")
        .await;
    assert!(editor_mails >= 1);
    assert!(
        !last_mail(&app, EDITOR)
            .await
            .contains("Hoe kan ik meedoen?"),
        "no message text in mail"
    );
    let editor = app.logged_in(EDITOR).await;
    assert!(
        editor
            .get("/redactie/berichten")
            .await
            .body
            .contains("Hoe kan ik meedoen?")
    );

    // The retention job removes it (retention 0 days here).
    run_jobs(&app).await;
    assert_eq!(app.count("contact_messages").await, 0);
}
