//! Hindernissen: a young person raises a barrier from their plan; a professional works through the
//! Omgekeerde Toets and escalates it to policy; beleid answers; the professional, the young person
//! and the parent (by age) see the answer; the governance pages show counts and nothing personal;
//! another municipality sees nothing; the deadline reminder fires once; bad input changes nothing.

use reqwest::StatusCode;

use crate::helpers::{Client, TestApp};

const NOOR: &str = "noor@wijkerveen.example";
const POLICY: &str = "beleid@wijkerveen.example";

async fn exec(app: &TestApp, sql: &str) {
    match &app.state.db {
        kijkindewijk::db::Db::Sqlite(p) => {
            sqlx::query(sql).execute(p).await.unwrap();
        }
        kijkindewijk::db::Db::Postgres(p) => {
            sqlx::query(sql).execute(p).await.unwrap();
        }
    }
}

async fn young_id(app: &TestApp, first: &str) -> String {
    app.text(&format!(
        "SELECT id FROM young_people WHERE first_name = '{first}'"
    ))
    .await
}

async fn barrier_id(app: &TestApp, title: &str) -> String {
    app.text(&format!("SELECT id FROM barriers WHERE title = '{title}'"))
        .await
}

/// Works the whole toets as `c`, checking that the legal check cannot come first.
async fn work_toets(c: &Client, id: &str) {
    let url = format!("/hindernissen/{id}/toets");
    let early = c
        .post(
            &url,
            &[("step", "legal"), ("text", "Artikel 2.3 biedt ruimte")],
        )
        .await;
    assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        early.body.contains("Werk de stappen in volgorde af"),
        "{}",
        early.body
    );
    assert!(
        early.body.contains("Artikel 2.3 biedt ruimte"),
        "what was typed is kept"
    );
    let steps: [&[(&str, &str)]; 6] = [
        &[("step", "need"), ("text", "Meedoen bij de club")],
        &[
            ("step", "effect"),
            ("text", "Meer contact met leeftijdsgenoten"),
        ],
        &[
            ("step", "purpose"),
            ("text", "Kosten dekken"),
            ("choice", "no"),
        ],
        &[
            ("step", "fairness"),
            ("text", "Niet eerlijk voor wie weinig geld heeft"),
        ],
        &[
            ("step", "legal"),
            ("text", "De verordening laat afwijken toe"),
        ],
        &[
            ("step", "proposal"),
            ("choice", "escalate"),
            (
                "argument",
                "De regel dient zijn doel hier niet; vraag om een afwijking.",
            ),
        ],
    ];
    for form in steps {
        let r = c.post(&url, form).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{form:?}: {}", r.body);
    }
    let page = c.get(&url).await;
    assert!(page.body.contains("Het voorstel is voorleggen"));
}

#[tokio::test]
async fn a_barrier_goes_from_the_young_persons_plan_to_an_answer_everyone_sees() {
    let app = TestApp::spawn().await;
    let sam = app.logged_in("sam").await;
    let sam_id = young_id(&app, "Sam").await;
    let own = sam.get("/hindernissen-weghalen").await.location();
    assert_eq!(own, format!("/jongeren/{sam_id}/hindernissen"));
    let page = sam.get(&own).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Wat houdt je tegen?"));
    assert!(
        sam.get(&format!("/jongeren/{sam_id}/plan"))
            .await
            .body
            .contains(&own),
        "the plan leads to it"
    );

    // Bad input first: a 5,000-character title comes back with a message and what was typed.
    let before = app.count("barriers").await;
    let long = "x".repeat(5000);
    let bad = sam
        .post(
            &own,
            &[
                ("title", long.as_str()),
                ("what_happened", "Ik wil voetballen maar het kost 240 euro."),
                ("category", "money"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("De titel is te lang"));
    assert!(
        bad.body
            .contains("Ik wil voetballen maar het kost 240 euro.")
    );
    assert_eq!(app.count("barriers").await, before, "nothing stored");

    let made = sam
        .post(
            &own,
            &[
                ("title", "De contributie is te duur"),
                ("what_happened", "Ik wil voetballen maar het kost 240 euro."),
                ("category", "money"),
                ("life_domain", "free_time"),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let id = barrier_id(&app, "De contributie is te duur").await;
    let kind = app
        .text(&format!(
            "SELECT raised_by_kind FROM barriers WHERE id = '{id}'"
        ))
        .await;
    assert_eq!(kind, "young");
    let linked = app
        .text(&format!(
            "SELECT young_person_id FROM barrier_young_people WHERE barrier_id = '{id}'"
        ))
        .await;
    assert_eq!(linked, sam_id);
    let logged = app
        .number(&format!(
            "SELECT COUNT(*) FROM access_log WHERE young_person_id = '{sam_id}' \
             AND part = 'barriers' AND action = 'write' AND allowed"
        ))
        .await;
    assert!(logged >= 1, "raising for Sam is in his log");

    // Noor sees it in the register, with Sam's name (she is involved), and works the toets.
    let noor = app.logged_in(NOOR).await;
    assert!(
        noor.get("/hindernissen")
            .await
            .body
            .contains("De contributie is te duur")
    );
    let detail = noor.get(&format!("/hindernissen/{id}")).await;
    assert!(detail.body.contains("Sam Jansen"), "{}", detail.body);
    work_toets(&noor, &id).await;
    let status = app
        .text(&format!("SELECT status FROM barriers WHERE id = '{id}'"))
        .await;
    assert_eq!(status, "in_progress", "working the toets is working on it");

    // Escalation: the argument is reused; the personal-data check is required.
    let form = noor.get(&format!("/hindernissen/{id}/escaleren")).await;
    assert!(form.body.contains("De regel dient zijn doel hier niet"));
    let version = app
        .number(&format!("SELECT version FROM barriers WHERE id = '{id}'"))
        .await
        .to_string();
    let fields = [
        ("level", "policy"),
        ("title", "Contributie sportclub te hoog voor minima"),
        (
            "argument",
            "De regel dient zijn doel hier niet; vraag om een afwijking.",
        ),
        ("version", version.as_str()),
    ];
    let unchecked = noor
        .post(&format!("/hindernissen/{id}/escaleren"), &fields)
        .await;
    assert_eq!(unchecked.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unchecked.body.contains("geen namen of persoonsgegevens"));
    assert!(
        unchecked
            .body
            .contains("Contributie sportclub te hoog voor minima")
    );
    assert_eq!(
        app.count("barrier_escalations").await,
        5,
        "the demo's five, no new one"
    );
    let mut checked = fields.to_vec();
    checked.push(("no_personal_data", "ja"));
    let escalated = noor
        .post(&format!("/hindernissen/{id}/escaleren"), &checked)
        .await;
    assert_eq!(
        escalated.status,
        StatusCode::SEE_OTHER,
        "{}",
        escalated.body
    );
    assert_eq!(
        app.number("SELECT COUNT(*) FROM jobs WHERE kind = 'barrier.deadline'")
            .await,
        1,
        "the deadline reminder is queued with it"
    );

    // While it waits, the team cannot close it, and Noor cannot answer it.
    let v = app
        .number(&format!("SELECT version FROM barriers WHERE id = '{id}'"))
        .await
        .to_string();
    let jump = noor
        .post(
            &format!("/hindernissen/{id}/status"),
            &[
                ("to", "solved"),
                ("version", v.as_str()),
                ("solution", "Zelf betaald"),
            ],
        )
        .await;
    assert_eq!(jump.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(jump.body.contains("wacht op een antwoord"));
    let esc = app
        .text(&format!(
            "SELECT id FROM barrier_escalations WHERE barrier_id = '{id}'"
        ))
        .await;
    let not_hers = noor
        .post(
            &format!("/hindernissen/{id}/antwoord"),
            &[
                ("escalation", esc.as_str()),
                ("answer", "Mag wel"),
                ("state", "solved"),
            ],
        )
        .await;
    assert_eq!(not_hers.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        not_hers
            .body
            .contains("Alleen wie deze hindernis voorgelegd kreeg")
    );
    assert!(not_hers.body.contains("Mag wel"), "typed answer kept");

    // Beleid finds it in the inbox and answers it.
    let policy = app.logged_in(POLICY).await;
    let inbox = policy.get("/escalaties").await;
    assert!(
        inbox
            .body
            .contains("Contributie sportclub te hoog voor minima")
    );
    let view = policy.get(&format!("/hindernissen/{id}")).await;
    assert_eq!(view.status, StatusCode::OK);
    assert!(!view.body.contains("Jansen") && !view.body.contains("240 euro"));
    let outbox_before = app.count("outbox").await;
    let answer_text =
        "De gemeente betaalt de contributie uit het minimafonds, zonder aanvraag via school.";
    let answered = policy
        .post(
            &format!("/hindernissen/{id}/antwoord"),
            &[
                ("escalation", esc.as_str()),
                ("answer", answer_text),
                ("state", "breakthrough"),
            ],
        )
        .await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER, "{}", answered.body);
    assert_eq!(
        app.text(&format!("SELECT status FROM barriers WHERE id = '{id}'"))
            .await,
        "breakthrough"
    );
    // Told by mail in the same transaction: the follower Noor, and Sam's mother (Sam is 15).
    assert!(app.count("outbox").await > outbox_before);
    for to in [NOOR, "ouder@wijkerveen.example"] {
        let n = app
            .number(&format!(
                "SELECT COUNT(*) FROM outbox WHERE to_address = '{to}' AND subject LIKE '%antwoord%' \
                 OR to_address = '{to}' AND subject LIKE '%nieuws%'"
            ))
            .await;
        assert_eq!(n, 1, "{to} is told once");
    }
    // The parent is told about her child, not addressed as the young person.
    let to_mother = app
        .text(
            "SELECT subject || ' ' || body_text FROM outbox WHERE to_address = 'ouder@wijkerveen.example' \
             ORDER BY created_at DESC LIMIT 1",
        )
        .await;
    assert!(to_mother.contains("uw kind"), "{to_mother}");
    assert!(
        !to_mother.contains("wat je tegenhoudt") && !to_mother.contains("Je hebt gemeld"),
        "{to_mother}"
    );

    // Two people answering at once: the second finds it answered; nothing of theirs is stored.
    let again = policy
        .post(
            &format!("/hindernissen/{id}/antwoord"),
            &[
                ("escalation", esc.as_str()),
                ("answer", "Toch niet"),
                ("state", "unsolvable"),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        again
            .body
            .contains("Iemand anders heeft deze hindernis net beantwoord")
    );
    assert!(again.body.contains("Toch niet"));
    assert_eq!(
        app.text(&format!(
            "SELECT answer_text FROM barrier_escalations WHERE id = '{esc}'"
        ))
        .await,
        answer_text
    );

    // Escalating a closed barrier is refused.
    let closed = noor
        .post(&format!("/hindernissen/{id}/escaleren"), &checked)
        .await;
    assert_eq!(closed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(closed.body.contains("afgesloten"));

    // Everyone who should, sees the answer: Noor, Sam, and his mother (Sam is under 16).
    assert!(
        noor.get(&format!("/hindernissen/{id}"))
            .await
            .body
            .contains(answer_text)
    );
    assert!(sam.get(&own).await.body.contains(answer_text));
    let mother = app.logged_in("ouder@wijkerveen.example").await;
    let seen = mother.get(&own).await;
    assert_eq!(seen.status, StatusCode::OK);
    assert!(seen.body.contains(answer_text));
    // The page speaks to her about Sam, with a plain word on what the answer means.
    for own_words in [
        "Wat houdt je tegen? In een paar woorden",
        "Wat je al hebt gemeld",
        "deel van je leven",
    ] {
        assert!(
            !seen.body.contains(own_words),
            "the parent is addressed as the child: {own_words}"
        );
    }
    assert!(seen.body.contains("Wat er is gemeld"));
    assert!(seen.body.contains("Er is een nieuwe oplossing gevonden"));
    // Her way there: Sam's overview links to his barriers; no link back to the plan she may not open.
    let sam_id = own.trim_end_matches("/hindernissen");
    let overview = mother.get(sam_id).await;
    assert_eq!(overview.status, StatusCode::OK);
    assert!(overview.body.contains(&format!("href=\"{own}\"")));
    assert_eq!(
        mother.get(&format!("{sam_id}/plan")).await.status,
        StatusCode::FORBIDDEN
    );
    assert!(!seen.body.contains(&format!("href=\"{sam_id}/plan\"")));
    assert!(
        sam.get(&format!("/hindernissen/{id}"))
            .await
            .body
            .contains(answer_text),
        "Sam follows what he raised"
    );

    // A professional of another municipality sees nothing.
    let other = app.logged_in("jeugd@buurendam.example").await;
    let foreign = other.get(&format!("/hindernissen/{id}")).await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
    assert!(
        !other
            .get("/hindernissen")
            .await
            .body
            .contains("De contributie is te duur")
    );
}

#[tokio::test]
async fn a_parent_is_told_by_the_age_rules_and_raises_for_a_young_child() {
    let app = TestApp::spawn().await;
    let mother = app.logged_in("ouder@wijkerveen.example").await;
    let yara = young_id(&app, "Yara").await;
    let made = mother
        .post(
            &format!("/jongeren/{yara}/hindernissen"),
            &[
                ("title", "Zwemles alleen op zaterdag"),
                ("what_happened", "Yara kan niet op zaterdag."),
                ("category", "way_of_working"),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let kind = app
        .text("SELECT raised_by_kind FROM barriers WHERE title = 'Zwemles alleen op zaterdag'")
        .await;
    assert_eq!(kind, "parent");
    // Milan is 17: his parent is not told, and a parent cannot raise for him (the demo has none).
    assert_eq!(
        kijkindewijk::features::barriers::domain::who_is_told(17),
        (true, false)
    );
}

#[tokio::test]
async fn governance_pages_show_counts_and_nothing_personal() {
    let app = TestApp::spawn().await;
    let policy = app.logged_in(POLICY).await;
    #[derive(sqlx::FromRow)]
    struct Young {
        id: String,
        first_name: String,
        last_name: String,
        birth_date: time::Date,
    }
    let sql = "SELECT id, first_name, last_name, birth_date FROM young_people";
    let young: Vec<Young> = match &app.state.db {
        kijkindewijk::db::Db::Sqlite(p) => sqlx::query_as(sql).fetch_all(p).await.unwrap(),
        kijkindewijk::db::Db::Postgres(p) => sqlx::query_as(sql).fetch_all(p).await.unwrap(),
    };
    assert!(young.len() >= 6);
    let mut pages = vec![
        "/escalaties".to_string(),
        "/rapportage/hindernissen".to_string(),
        "/rapportage/hindernissen.csv".to_string(),
        "/beleid".to_string(),
    ];
    let ids: Vec<String> = match &app.state.db {
        kijkindewijk::db::Db::Sqlite(p) => sqlx::query_scalar("SELECT id FROM barriers")
            .fetch_all(p)
            .await
            .unwrap(),
        kijkindewijk::db::Db::Postgres(p) => sqlx::query_scalar("SELECT id FROM barriers")
            .fetch_all(p)
            .await
            .unwrap(),
    };
    pages.extend(ids.iter().map(|id| format!("/hindernissen/{id}")));
    let mut seen = 0;
    for url in &pages {
        let page = policy.get(url).await;
        if page.status != StatusCode::OK {
            assert_eq!(page.status, StatusCode::NOT_FOUND, "{url}");
            continue;
        }
        seen += 1;
        for y in &young {
            let d = y.birth_date;
            let dutch = format!("{:02}-{:02}-{}", d.day(), d.month() as u8, d.year());
            for needle in [
                format!("{} {}", y.first_name, y.last_name),
                y.last_name.clone(),
                y.id.clone(),
                d.to_string(),
                dutch,
            ] {
                assert!(!page.body.contains(&needle), "{url} shows {needle}");
            }
        }
        // Nothing the professional wrote for the team only.
        assert!(!page.body.contains("240 euro"), "{url}");
        assert!(!page.body.contains("Sam en Milan"), "{url}");
    }
    assert!(
        seen >= 6,
        "the inbox, the report, the CSV and the escalated barriers: {seen}"
    );
    let report = policy.get("/rapportage/hindernissen").await;
    assert!(
        report.body.contains("&lt; 5") || report.body.contains("&#60; 5"),
        "small counts are hidden: {}",
        report.body
    );
    assert!(
        report
            .body
            .contains("Het zwembad neemt nu ook aanmeldingen"),
        "approved story"
    );
    let csv = policy.get("/rapportage/hindernissen.csv").await;
    assert!(csv.body.starts_with("figure,key,value"));
    assert!(csv.body.contains("< 5"));
    // The team's register is not for beleid.
    assert_eq!(
        policy.get("/hindernissen").await.status,
        StatusCode::FORBIDDEN
    );
    // The barrier still waiting on the teamleider is not beleid's.
    let lead_only = app
        .text("SELECT barrier_id FROM barrier_escalations WHERE answer_role = 'teamleider'")
        .await;
    assert_eq!(
        policy
            .get(&format!("/hindernissen/{lead_only}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_deadline_reminder_fires_once() {
    let app = TestApp::spawn_with(|c| c.run_jobs = false).await;
    let noor = app.logged_in(NOOR).await;
    let id = barrier_id(&app, "Wachtlijst huiswerkbegeleiding").await;
    work_toets(&noor, &id).await;
    let v = app
        .number(&format!("SELECT version FROM barriers WHERE id = '{id}'"))
        .await
        .to_string();
    let r = noor
        .post(
            &format!("/hindernissen/{id}/escaleren"),
            &[
                ("level", "teamleider"),
                ("title", "Wachtlijst huiswerkbegeleiding"),
                ("argument", "Vier maanden wachten is te lang."),
                ("no_personal_data", "ja"),
                ("version", v.as_str()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // The deadline passes (other features' queued jobs, such as the demo's webinar reminders, are
    // not part of this test).
    exec(&app, "DELETE FROM jobs WHERE kind <> 'barrier.deadline'").await;
    if app.state.db.backend() == kijkindewijk::db::Backend::Sqlite {
        exec(&app, "UPDATE jobs SET run_at = '2000-01-01 00:00:00+00:00'").await;
    } else {
        exec(&app, "UPDATE jobs SET run_at = '2000-01-01T00:00:00Z'").await;
    }
    let before = app.count("outbox").await;
    assert!(
        kijkindewijk::platform::jobs::run_one(&app.state, kijkindewijk::features::JOBS, "test")
            .await
            .unwrap()
    );
    let sent = app.count("outbox").await - before;
    assert_eq!(sent, 1, "the teamleider of Noord-Oost is told");
    assert_eq!(
        app.text("SELECT to_address FROM outbox ORDER BY created_at DESC LIMIT 1")
            .await,
        "teamleider@wijkerveen.example"
    );
    assert_eq!(app.count("jobs").await, 0);
    // Running it again (a retry, a second instance) sends nothing more.
    let esc = app
        .text(&format!(
            "SELECT id FROM barrier_escalations WHERE barrier_id = '{id}'"
        ))
        .await;
    let payload = serde_json::json!({ "escalation_id": esc }).to_string();
    kijkindewijk::features::barriers::reminder::run(&app.state, &payload)
        .await
        .unwrap();
    assert_eq!(app.count("outbox").await - before, 1);
    let lead = app.logged_in("teamleider@wijkerveen.example").await;
    let inbox = lead.get("/escalaties").await;
    assert!(
        inbox.body.contains("Wachtlijst huiswerkbegeleiding")
            && inbox.body.contains("termijn voorbij") == false
    );
    let history = lead.get(&format!("/hindernissen/{id}")).await;
    assert!(history.body.contains("Herinnering verstuurd"));
}

#[tokio::test]
async fn merges_add_up_and_refuse_self_and_other_municipalities() {
    let app = TestApp::spawn().await;
    let noor = app.logged_in(NOOR).await;
    let a = barrier_id(&app, "Informatie over regelingen alleen in het Nederlands").await;
    let b = barrier_id(&app, "Ik mag geen busabonnement omdat ik 19 ben").await;
    let url = format!("/hindernissen/{b}/samenvoegen");
    let own = noor.post(&url, &[("into", b.as_str())]).await;
    assert_eq!(own.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(own.body.contains("niet met zichzelf"));
    // A barrier of Buurendam.
    let other_m = app
        .text("SELECT id FROM municipalities WHERE name = 'Buurendam'")
        .await;
    exec(
        &app,
        &format!(
            "INSERT INTO barriers (id, municipality_id, title, what_happened, category, rule_behind, \
             life_domain, raised_by_kind, status, created_at, updated_at) VALUES \
             ('00000000-0000-4000-8000-0000000000b1', '{other_m}', 'Buurendam', 'x', 'money', '', '', \
             'professional', 'open', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
        ),
    )
    .await;
    let cross = noor
        .post(&url, &[("into", "00000000-0000-4000-8000-0000000000b1")])
        .await;
    assert_eq!(cross.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(cross.body.contains("dezelfde gemeente"));
    assert!(!cross.body.contains("Buurendam'"));
    let merged_before = app
        .number("SELECT COUNT(*) FROM barriers WHERE merged_into_id IS NOT NULL")
        .await;
    assert_eq!(merged_before, 0, "nothing merged by the refusals");

    let young_before = app
        .number(&format!(
            "SELECT COUNT(*) FROM barrier_young_people WHERE barrier_id = '{a}'"
        ))
        .await;
    let ok = noor.post(&url, &[("into", a.as_str())]).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let young_after = app
        .number(&format!(
            "SELECT COUNT(*) FROM barrier_young_people WHERE barrier_id = '{a}'"
        ))
        .await;
    assert_eq!(
        young_after,
        young_before + 1,
        "Jayden counts with the merged barrier"
    );
    let followers = app
        .number(&format!(
            "SELECT COUNT(*) FROM barrier_followers WHERE barrier_id = '{a}' AND user_id = \
             (SELECT id FROM users WHERE login_name = 'jayden')"
        ))
        .await;
    assert_eq!(
        followers, 1,
        "Jayden, who raised it, now follows the merged one"
    );
    let page = noor.get(&format!("/hindernissen/{a}")).await;
    assert!(page.body.contains("Hierbij gevoegd"));
    let again = noor.post(&url, &[("into", a.as_str())]).await;
    assert_eq!(
        again.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "merged already"
    );
}

#[tokio::test]
async fn a_partner_raises_what_stopped_an_introduction_and_sees_no_young_person() {
    let app = TestApp::spawn().await;
    let sam = app.logged_in("sam").await;
    let base = sam
        .get("/mijn/introducties")
        .await
        .location()
        .trim_end_matches("/introducties")
        .to_string();
    let sql = "SELECT s.id FROM services s JOIN organization_members m ON m.organization_id = s.organization_id \
               JOIN users u ON u.id = m.user_id WHERE u.login_name = 'partner@wijkerveen.example' \
               AND s.status = 'active' AND s.id NOT IN (SELECT service_id FROM introductions \
               WHERE status NOT IN ('declined', 'ended')) ORDER BY s.name LIMIT 1";
    let service = app.text(sql).await;
    let made = sam
        .post(
            &format!("{base}/introducties/nieuw"),
            &[("aanbod", &service), ("message", "Ik wil graag meedoen.")],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let intro = made.location();
    let partner = app.as_role("partner").await;
    let form_url = format!("{intro}/hindernis");
    assert_eq!(
        partner.get(&form_url).await.status,
        StatusCode::NOT_FOUND,
        "nothing to raise while the introduction runs"
    );
    let declined = partner
        .post(
            &format!("{intro}/status"),
            &[("to", "declined"), ("reason", "no_place"), ("note", "")],
        )
        .await;
    assert_eq!(declined.status, StatusCode::SEE_OTHER, "{}", declined.body);
    assert!(
        partner.get(&intro).await.body.contains(&form_url),
        "offered"
    );
    let form = partner.get(&form_url).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body.contains(r#"value="waiting_list" selected"#),
        "no place suggests the waiting list"
    );

    let before = app.count("barriers").await;
    let what = "Geen plek tot na de zomer; de groep is vol.";
    let bad = partner
        .post(
            &form_url,
            &[
                ("title", ""),
                ("what_happened", what),
                ("category", "waiting_list"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains(what), "what was typed is kept");
    assert_eq!(app.count("barriers").await, before, "nothing stored");

    let title = "Wachtlijst zonder einddatum";
    let raised = partner
        .post(
            &form_url,
            &[
                ("title", title),
                ("what_happened", what),
                ("category", "waiting_list"),
                ("rule_behind", "Groepen van hoogstens 12"),
            ],
        )
        .await;
    assert_eq!(raised.status, StatusCode::SEE_OTHER, "{}", raised.body);
    let id = barrier_id(&app, title).await;
    assert_eq!(raised.location(), format!("/hindernissen/{id}"));
    let kind = format!("SELECT raised_by_kind FROM barriers WHERE id = '{id}'");
    assert_eq!(app.text(&kind).await, "partner");
    let linked = format!(
        "SELECT COUNT(*) FROM barrier_young_people WHERE barrier_id = '{id}' \
         AND young_person_id = (SELECT id FROM young_people WHERE first_name = 'Sam')"
    );
    assert_eq!(app.number(&linked).await, 1, "linked to Sam");

    let seen = partner.get(&format!("/hindernissen/{id}")).await;
    assert_eq!(seen.status, StatusCode::OK, "the partner follows it");
    assert!(seen.body.contains(title));
    for personal in ["Sam", "Jansen"] {
        assert!(
            !seen.body.contains(personal),
            "the partner never sees {personal}"
        );
    }
    let team = app.logged_in(NOOR).await;
    let for_team = team.get(&format!("/hindernissen/{id}")).await;
    assert!(for_team.body.contains("Sam"), "the team sees whom it hits");
    // The partner reads no barriers of the young person.
    let sam_id = young_id(&app, "Sam").await;
    let list = partner
        .get(&format!("/jongeren/{sam_id}/hindernissen"))
        .await;
    assert_ne!(list.status, StatusCode::OK);
}

#[tokio::test]
async fn a_beheerder_keeps_the_municipalitys_own_categories() {
    let app = TestApp::spawn().await;
    let admin = app.as_role("beheerder").await;
    let url = "/beheer/hindernis-categorieen";
    let page = admin.get(url).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("standaardlijst"));
    assert_eq!(app.count("barrier_categories").await, 0);

    let add = [
        ("actie", "toevoegen"),
        ("name_nl", "Wonen"),
        ("name_en", "Housing"),
    ];
    let added = admin.post(url, &add).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let own = app.count("barrier_categories").await;
    assert_eq!(
        own, 11,
        "the defaults became the own list, with the new one"
    );
    let again = admin.post(url, &add).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.body.contains("staat al in de lijst") && again.body.contains("Housing"));

    // A category in use is renamed, not removed; the barriers keep their key.
    let used = app
        .text("SELECT category FROM barriers ORDER BY created_at LIMIT 1")
        .await;
    let removed = admin
        .post(url, &[("actie", "verwijderen"), ("key", used.as_str())])
        .await;
    assert_eq!(removed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(removed.body.contains("Geef hem een andere naam"));
    let renamed = admin
        .post(
            url,
            &[
                ("actie", "hernoemen"),
                ("key", used.as_str()),
                ("name_nl", "Hernoemd"),
                ("name_en", "Renamed"),
            ],
        )
        .await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER, "{}", renamed.body);
    assert_eq!(app.count("barrier_categories").await, own);
    let prof = app.logged_in(NOOR).await;
    let form = prof.get("/hindernissen/nieuw").await;
    assert!(form.body.contains("Wonen") && form.body.contains("Hernoemd"));
    let gone = admin
        .post(url, &[("actie", "verwijderen"), ("key", "wonen")])
        .await;
    assert_eq!(gone.status, StatusCode::SEE_OTHER);
    assert!(!prof.get("/hindernissen/nieuw").await.body.contains("Wonen"));
}
