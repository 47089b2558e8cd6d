//! Wijkmonitor: beleid sees the demo municipality's figures and nothing personal on any page or
//! CSV; a team sees its own wijken only; the refresh job's figures match a small data set worked
//! out by hand.

use reqwest::StatusCode;
use time::{Duration, OffsetDateTime};

use crate::helpers::TestApp;
use kijkindewijk::db::Db;

const POLICY: &str = "beleid@wijkerveen.example";
const LEAD: &str = "teamleider@wijkerveen.example";
const WIJKEN: [&str; 5] = ["WK099001", "WK099002", "WK099003", "WK099004", "WK099005"];

#[derive(sqlx::FromRow)]
struct Young {
    id: String,
    first_name: String,
    last_name: String,
    birth_date: time::Date,
}

async fn young_people(db: &Db) -> Vec<Young> {
    let sql = "SELECT id, first_name, last_name, birth_date FROM young_people";
    match db {
        Db::Sqlite(p) => sqlx::query_as(sql).fetch_all(p).await.unwrap(),
        Db::Postgres(p) => sqlx::query_as(sql).fetch_all(p).await.unwrap(),
    }
}

#[tokio::test]
async fn beleid_sees_figures_and_never_a_young_person() {
    let app = TestApp::spawn().await;
    let young = young_people(&app.state.db).await;
    assert!(young.len() > 100, "the demo has a monitor set");
    let policy = app.logged_in(POLICY).await;
    let mut urls = vec!["/monitor".to_string(), "/monitor.csv".to_string()];
    for w in WIJKEN {
        urls.push(format!("/monitor/wijk/{w}"));
        urls.push(format!("/monitor.csv?wijk={w}"));
    }
    for url in &urls {
        let page = policy.get(url).await;
        assert_eq!(page.status, StatusCode::OK, "{url}");
        for y in &young {
            let d = y.birth_date;
            let dutch = format!("{:02}-{:02}-{}", d.day(), d.month() as u8, d.year());
            for needle in [
                format!("{} {}", y.first_name, y.last_name),
                format!("{},", y.last_name),
                format!(">{}<", y.last_name),
                y.id.clone(),
                d.to_string(),
                dutch,
            ] {
                assert!(!page.body.contains(&needle), "{url} shows {needle}");
            }
        }
    }
    // the page: the rule in plain Dutch, charts with a name, tables, small counts hidden
    let page = policy.get("/monitor").await;
    assert!(page.body.contains("Zo beschermen we de jongeren"));
    assert!(
        page.body
            .contains("role=\"img\" aria-labelledby=\"trend-gemeente\"")
    );
    assert!(page.body.contains("&lt; 5") || page.body.contains("&#60; 5"));
    // the CSV agrees with the page: the municipality's involved young people in the last month
    let csv = policy.get("/monitor.csv").await;
    let line = csv
        .body
        .lines()
        .filter(|l| l.starts_with(",Wijkerveen,") && l.contains(",involved,"))
        .last()
        .expect("a municipality line")
        .to_string();
    let value = line.rsplit(',').next().unwrap();
    let cell = |esc: &str| format!(">{}</td>", value.replace('<', esc));
    assert!(
        page.body.contains(&cell("&lt;")) || page.body.contains(&cell("&#60;")),
        "{line}"
    );
    assert!(
        csv.body.lines().filter(|l| l.ends_with(",< 5")).count() > 0,
        "small counts are hidden in the CSV too"
    );
    // the trend is readable: per wijk, most quarters show the number of young people involved
    // and counted (not "•" or "< 5"); new young people are shown for the municipality only
    let shown = |body: &str, prefix: &str, ind: &str| {
        let cells: Vec<String> = body
            .lines()
            .filter(|l| l.starts_with(prefix) && l.contains(ind))
            .map(|l| l.rsplit(',').next().unwrap().to_string())
            .collect();
        assert_eq!(cells.len(), 8, "{prefix} {ind}: eight quarters");
        cells.iter().filter(|c| c.parse::<i64>().is_ok()).count()
    };
    for w in WIJKEN {
        let csv = policy.get(&format!("/monitor.csv?wijk={w}")).await;
        for ind in [",involved,", ",counted_plan,"] {
            assert!(shown(&csv.body, w, ind) >= 6, "{w} {ind}\n{}", csv.body);
        }
        assert!(!csv.body.contains(",new,"), "no new young people per wijk");
        assert!(csv.body.contains("-Q"), "periods are quarters");
    }
    assert_eq!(shown(&csv.body, ",Wijkerveen,", ",new,"), 8);
    assert_eq!(shown(&csv.body, ",Wijkerveen,", ",involved,"), 8);
    assert!(page.body.contains("per kwartaal"));
    // the start page links to it
    let start = policy.get("/beleid").await;
    assert!(start.body.contains("href=\"/monitor\""));
}

#[tokio::test]
async fn a_team_sees_its_own_wijken_and_others_see_nothing() {
    let app = TestApp::spawn().await;
    let lead = app.logged_in(LEAD).await;
    let page = lead.get("/monitor").await;
    assert_eq!(page.status, StatusCode::OK);
    // team Noord-Oost: WK099002 and WK099003, not Centrum (WK099001)
    assert!(page.body.contains("/monitor/wijk/WK099002"));
    assert!(!page.body.contains("/monitor/wijk/WK099001"));
    assert_eq!(
        lead.get("/monitor/wijk/WK099001").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        lead.get("/monitor.csv?wijk=WK099001").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        lead.get("/monitor/wijk/WK099002").await.status,
        StatusCode::OK
    );
    let partner = app.as_role("partner").await;
    assert_eq!(partner.get("/monitor").await.status, StatusCode::FORBIDDEN);
}

async fn exec(db: &Db, sql: &str, texts: &[&str], at: OffsetDateTime, born: time::Date) {
    macro_rules! run {
        ($p:expr) => {{
            let mut q = sqlx::query(sql);
            for t in texts {
                q = q.bind(*t);
            }
            q.bind(at).bind(born).execute($p).await.unwrap();
        }};
    }
    match db {
        Db::Sqlite(p) => run!(p),
        Db::Postgres(p) => run!(p),
    }
}

/// Four young people, worked out by hand: two in wijk A with networks of 3 and 5 (1 and 2
/// professionals) shared with the team, one 14-year-old in B whose parent did not agree (not
/// counted for the network), one new this month without a wijk.
#[tokio::test]
async fn the_figures_match_a_hand_computed_set() {
    let app = TestApp::spawn().await;
    let db = &app.state.db;
    let mut tx = db.begin().await.unwrap();
    use kijkindewijk::places::repo as places;
    let m = places::insert_municipality(&mut tx, "GM0777", "Rekendorp")
        .await
        .unwrap();
    let a = places::insert_wijk(&mut tx, &m, "WK077701", "A")
        .await
        .unwrap();
    let b = places::insert_wijk(&mut tx, &m, "WK077702", "B")
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let today = kijkindewijk::clock::today();
    let old = OffsetDateTime::now_utc() - Duration::days(400);
    let now = OffsetDateTime::now_utc();
    let y17 = today - Duration::days(17 * 365 + 30);
    let y14 = today - Duration::days(14 * 365 + 30);
    let young = "INSERT INTO young_people (id, municipality_id, wijk_id, first_name, last_name, \
                 created_at, updated_at, birth_date) VALUES ($1, $2, $3, 'R', 'R', $4, $4, $5)";
    let young_nowijk = "INSERT INTO young_people (id, municipality_id, first_name, last_name, \
                 created_at, updated_at, birth_date) VALUES ($1, $2, 'R', 'R', $3, $3, $4)";
    exec(db, young, &["r1", m.as_str(), a.as_str()], old, y17).await;
    exec(db, young, &["r2", m.as_str(), a.as_str()], old, y17).await;
    exec(db, young, &["r3", m.as_str(), b.as_str()], old, y14).await;
    exec(db, young_nowijk, &["r4", m.as_str()], now, y17).await;
    let consent = "INSERT INTO consents (id, young_person_id, part, audience_key, updated_at, \
                   by_young_at) VALUES ($1, $2, 'network', 'team', $3, $3)";
    for y in ["r1", "r2", "r3"] {
        exec_consent(db, consent, &format!("c-{y}"), y, old).await;
    }
    let person = "INSERT INTO network_people (id, young_person_id, name, sector, ring, concrete, \
                  emotional, informational, criticism, direction, frequency, years_known, trusted, \
                  created_at, updated_at) VALUES ($1, $2, 'P', $3, 1, 1, 1, 1, 1, 'both', 1, 'lt1', \
                  FALSE, $4, $4)";
    let maps: [(&str, usize, usize); 3] = [("r1", 3, 1), ("r2", 5, 2), ("r3", 10, 0)];
    for (y, size, prof) in maps {
        for k in 0..size {
            let sector = if k < prof { "professionals" } else { "friends" };
            exec_person(db, person, &format!("{y}-{k}"), y, sector, old).await;
        }
    }
    kijkindewijk::features::monitor::refresh::refresh(db, &m, today)
        .await
        .unwrap();
    let period = format!("{:04}-Q{}", today.year(), (today.month() as u8 - 1) / 3 + 1);
    let cell = |area: String, ind: &str| {
        format!(
            "SELECT value FROM monitor_cells WHERE municipality_id = '{m}' AND area = '{area}' \
             AND period = '{period}' AND indicator = '{ind}'"
        )
    };
    assert_eq!(app.number(&cell(a.clone(), "involved")).await, 2);
    assert_eq!(app.number(&cell(b.clone(), "involved")).await, 1);
    assert_eq!(app.number(&cell("-".into(), "involved")).await, 1);
    assert_eq!(app.number(&cell(String::new(), "involved")).await, 4);
    assert_eq!(app.number(&cell(String::new(), "new")).await, 1);
    assert_eq!(app.number(&cell(String::new(), "counted_plan")).await, 0);
    // medians times ten: A has 3 and 5 → 4.0; professionals 1 and 2 → 1.5; r3 is not counted
    assert_eq!(app.number(&cell(a.clone(), "network_median")).await, 40);
    assert_eq!(
        app.number(&cell(a.clone(), "network_professional_median"))
            .await,
        15
    );
    assert_eq!(app.number(&cell(String::new(), "network_median")).await, 40);
    let groups = format!(
        "SELECT n FROM monitor_cells WHERE municipality_id = '{m}' AND area = '' \
         AND period = '{period}' AND indicator = 'network_median'"
    );
    assert_eq!(app.number(&groups).await, 2);
}

async fn exec_consent(db: &Db, sql: &str, id: &str, young: &str, at: OffsetDateTime) {
    macro_rules! run {
        ($p:expr) => {
            sqlx::query(sql)
                .bind(id)
                .bind(young)
                .bind(at)
                .execute($p)
                .await
                .unwrap()
        };
    }
    match db {
        Db::Sqlite(p) => {
            run!(p);
        }
        Db::Postgres(p) => {
            run!(p);
        }
    }
}

async fn exec_person(db: &Db, sql: &str, id: &str, young: &str, sector: &str, at: OffsetDateTime) {
    macro_rules! run {
        ($p:expr) => {
            sqlx::query(sql)
                .bind(id)
                .bind(young)
                .bind(sector)
                .bind(at)
                .execute($p)
                .await
                .unwrap()
        };
    }
    match db {
        Db::Sqlite(p) => {
            run!(p);
        }
        Db::Postgres(p) => {
            run!(p);
        }
    }
}
