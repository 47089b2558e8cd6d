//! The access log says what happened: a form opened is a read, a download names every part it
//! holds, and every page that shows a young person's data logs each part it shows exactly once.

use reqwest::StatusCode;

use crate::helpers::*;

/// `(part, action)` of the log lines one request wrote (a row's further parts included), sorted.
async fn lines_of(app: &TestApp, page: &Page) -> Vec<(String, String)> {
    let id = page.headers["x-request-id"].to_str().unwrap().to_string();
    let sql = format!(
        "SELECT young_person_id || ';' || part || ':' || action || ';' || COALESCE(also, '') \
         FROM access_log WHERE request_id = '{id}'"
    );
    let rows: Vec<String> = match &app.state.db {
        kijkindewijk::db::Db::Sqlite(p) => sqlx::query_scalar(&sql).fetch_all(p).await.unwrap(),
        kijkindewijk::db::Db::Postgres(p) => sqlx::query_scalar(&sql).fetch_all(p).await.unwrap(),
    };
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for r in rows {
        let mut f = r.splitn(3, ';');
        let (young, first, also) = (f.next().unwrap(), f.next().unwrap(), f.next().unwrap());
        let mut parts = vec![first.to_string()];
        parts.extend(
            also.split(',')
                .filter(|a| !a.is_empty())
                .map(|a| a.split(':').take(2).collect::<Vec<_>>().join(":")),
        );
        for p in parts {
            assert!(
                seen.insert(format!("{young}/{p}")),
                "{p} of one young person logged twice by one request"
            );
            let (part, action) = p.split_once(':').unwrap();
            out.push((part.to_string(), action.to_string()));
        }
    }
    out.sort();
    out
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut v: Vec<_> = list
        .iter()
        .map(|(p, a)| (p.to_string(), a.to_string()))
        .collect();
    v.sort();
    v
}

#[tokio::test]
async fn a_form_opened_is_a_read_and_a_download_names_each_part() {
    let app = TestApp::spawn().await;
    let sam = app.logged_in("sam").await;
    let base = sam.get("/mijn/plan").await.location();
    let base = base.trim_end_matches("/plan").to_string();
    let plan = sam.get(&format!("{base}/plan")).await;
    let domain = extract_between(&plan.body, &format!("{base}/plan/domein/"), "\"").unwrap();

    for form in [
        format!("{base}/plan/domein/{domain}"),
        format!("{base}/plan/doelen"),
        format!("{base}/plan/acties"),
    ] {
        let page = sam.get(&form).await;
        assert_eq!(page.status, StatusCode::OK, "{form}");
        assert_eq!(
            lines_of(&app, &page).await,
            pairs(&[("plan", "read")]),
            "{form}: opening a form changes nothing"
        );
    }
    let profile = sam.get(&format!("{base}/plan/profiel")).await;
    assert_eq!(
        lines_of(&app, &profile).await,
        pairs(&[("profile", "read")])
    );

    // Saving is the write.
    let saved = sam
        .post(
            &format!("{base}/plan/domein/{domain}"),
            &[("goes_well", "Koken"), ("wishes", "Kok worden")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(lines_of(&app, &saved).await, pairs(&[("plan", "write")]));

    let download = sam.get(&format!("{base}/gegevens/download")).await;
    assert_eq!(download.status, StatusCode::OK);
    let json = download.json();
    let mut expected = vec![
        ("log", "export"),
        ("identity", "export"),
        ("sharing", "export"),
    ];
    for part in ["profile", "plan", "ratings", "network", "notes"] {
        if !json[part].is_null() {
            expected.push((part, "export"));
        }
    }
    assert!(
        expected.len() > 5,
        "Sam's own download holds the plan parts"
    );
    assert!(json["consents"].is_array() && json["people_with_access"].is_array());
    assert_eq!(lines_of(&app, &download).await, pairs(&expected));
}

/// Runs `sql` with `at` bound as its one parameter (`$1`).
async fn with_time(app: &TestApp, sql: &str, at: time::OffsetDateTime) -> Result<u64, sqlx::Error> {
    match &app.state.db {
        kijkindewijk::db::Db::Sqlite(p) => sqlx::query(&sql.replace('$', "?"))
            .bind(at)
            .execute(p)
            .await
            .map(|r| r.rows_affected()),
        kijkindewijk::db::Db::Postgres(p) => sqlx::query(sql)
            .bind(at)
            .execute(p)
            .await
            .map(|r| r.rows_affected()),
    }
}

#[tokio::test]
async fn old_lines_leave_the_log_only_by_the_recorded_purge() {
    use kijkindewijk::access::{log, retention};
    let app = TestApp::spawn().await;
    let six_years_ago = kijkindewijk::db::now() - time::Duration::days(6 * 366);
    let insert = "INSERT INTO access_log (id, at, young_person_id, actor_role, actor_name, part, \
                  action, allowed, ground, emergency) VALUES ('old-line', $1, 'old-young', \
                  'systeem', 'KijKINDeWijk', 'identity', 'read', TRUE, 'own', FALSE)";
    with_time(&app, insert, six_years_ago).await.unwrap();
    let before = app.count("access_log").await;

    // No way around the purge: not a plain delete, not a purge within the five years.
    let delete = "DELETE FROM access_log WHERE at < $1";
    assert!(
        with_time(&app, delete, kijkindewijk::db::now())
            .await
            .is_err()
    );
    let mut tx = app.state.db.begin().await.unwrap();
    let early =
        log::purge_before(&mut tx, kijkindewijk::db::now() - time::Duration::days(365)).await;
    assert!(early.is_err(), "lines younger than five years stay");
    drop(tx);
    assert_eq!(app.count("access_log").await, before);

    // The daily job removes what is past the period, records it, and queues the next run.
    retention::ensure_scheduled(&app.state.db).await.unwrap();
    for _ in 0..50 {
        if !kijkindewijk::platform::jobs::run_one(&app.state, kijkindewijk::features::JOBS, "t")
            .await
            .unwrap()
        {
            break;
        }
    }
    assert_eq!(app.count("access_log").await, before - 1);
    assert_eq!(
        app.number("SELECT COUNT(*) FROM access_log WHERE id = 'old-line'")
            .await,
        0
    );
    assert_eq!(
        app.number(
            "SELECT COUNT(*) FROM access_log_purges WHERE removed = 1 AND finished_at IS NOT NULL"
        )
        .await,
        1
    );
    assert_eq!(
        app.number("SELECT COUNT(*) FROM jobs WHERE kind = 'access_log.retention'")
            .await,
        1,
        "tomorrow's run is queued"
    );
    // An instance starting later the same day leaves it at that: today's run does not come back.
    retention::ensure_scheduled(&app.state.db).await.unwrap();
    assert_eq!(
        app.number("SELECT COUNT(*) FROM jobs WHERE kind = 'access_log.retention'")
            .await,
        1,
        "only tomorrow's run is queued after a restart"
    );
    // A recorded purge cannot be undone or changed afterwards.
    assert!(
        with_time(
            &app,
            "DELETE FROM access_log_purges WHERE started_at < $1",
            kijkindewijk::db::now()
        )
        .await
        .is_err()
    );
}

#[tokio::test]
async fn every_page_that_shows_youth_data_logs_each_part_once() {
    let app = TestApp::spawn().await;
    let sam_id = app
        .text("SELECT id FROM young_people WHERE first_name = 'Sam'")
        .await;
    let intro = app
        .text(
            "SELECT i.id FROM introductions i JOIN young_people y ON y.id = i.young_person_id \
             JOIN organization_members m ON m.organization_id = i.organization_id \
             JOIN users u ON u.id = m.user_id \
             WHERE y.first_name = 'Sam' AND u.login_name = 'partner@wijkerveen.example'",
        )
        .await;
    let barrier = app
        .text(
            "SELECT b.barrier_id FROM barrier_young_people b \
             JOIN young_people y ON y.id = b.young_person_id WHERE y.first_name = 'Sam'",
        )
        .await;
    let base = format!("/jongeren/{sam_id}");
    let ties: [(&str, &str); 6] = [
        ("self", "sam"),
        ("parent", "ouder@wijkerveen.example"),
        ("network", "tante.ria@wijkerveen.example"),
        ("professional", "noor@wijkerveen.example"),
        ("partner", "partner@wijkerveen.example"),
        // Emergency: the involved professional again, now with emergency access, which also
        // opens what Sam did not share with the team.
        ("emergency", "noor@wijkerveen.example"),
    ];
    let pages: Vec<String> = [
        "",
        "/plan",
        "/plan/afdrukken",
        "/plan/export",
        "/netwerk",
        "/netwerk/vergelijk",
        "/notities",
        "/introducties",
        "/suggesties",
        "/hindernissen",
        "/logboek",
        "/gegevens",
        "/gegevens/download",
        "/delen",
        "/toestemming",
        "/betrokkenheid",
        "/plan/profiel",
        "/plan/doelen",
        "/plan/acties",
    ]
    .iter()
    .map(|p| format!("{base}{p}"))
    .chain([
        "/mijn-acties".to_string(),
        "/ouder/kinderen".to_string(),
        "/team/jongeren".to_string(),
        "/partner/introducties".to_string(),
        "/api/v1/introducties".to_string(),
        format!("/introducties/{intro}"),
        format!("/api/v1/introducties/{intro}"),
        format!("/api/v1/jongeren/{sam_id}/introducties"),
        "/hindernissen".to_string(),
        format!("/hindernissen/{barrier}"),
    ])
    .collect();
    let mut seen = Vec::new();
    for (tie, login) in ties {
        let client = app.logged_in(login).await;
        if tie == "emergency" {
            let reason = "Melding van school over acute onveiligheid thuis vandaag";
            let started = client
                .post(&format!("{base}/noodtoegang"), &[("reason", reason)])
                .await;
            assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
        }
        for path in &pages {
            let page = client.get(path).await;
            let lines = lines_of(&app, &page).await;
            let shown: Vec<String> = lines.iter().map(|(p, a)| format!("{p}:{a}")).collect();
            let line = format!("{tie} {path} {} {}", page.status.as_u16(), shown.join(" "));
            seen.push(line.trim_end().to_string());
        }
    }
    let table = seen
        .join("\n")
        .replace(&sam_id, "{sam}")
        .replace(&intro, "{intro}")
        .replace(&barrier, "{barrier}")
        + "\n";
    // The expected table: every page as every tie, its status and the lines its request wrote.
    // Reviewed by hand; `KKDW_WRITE_ACCESS_TABLE=1` rewrites it after a deliberate change.
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/http/access_table.txt");
    if std::env::var_os("KKDW_WRITE_ACCESS_TABLE").is_some() {
        std::fs::write(file, &table).unwrap();
    }
    let expected = std::fs::read_to_string(file).unwrap();
    for (want, got) in expected.lines().zip(table.lines()) {
        assert_eq!(got, want, "tie, page, status and the log lines it wrote");
    }
    assert_eq!(table.lines().count(), expected.lines().count());
    // Every page that shows Sam's data to a tie logged at least one line.
    for line in table.lines() {
        let fields: Vec<&str> = line.split(' ').collect();
        if fields[2] == "200" && fields[1].contains("{sam}") {
            assert!(fields.len() > 3, "shown but not logged: {line}");
        }
    }
}
