//! A crawl of every HTML page each role can reach by following links, checking on each page the
//! security headers, that every POST form carries a CSRF token, and that nothing inline would need
//! a weaker Content-Security-Policy.

use std::collections::{BTreeSet, VecDeque};

use crate::helpers::{Client, Page, TestApp};

/// Referrer policies that never send a path to another site.
const SAFE_REFERRER_POLICIES: &[&str] = &["no-referrer", "same-origin", "strict-origin"];

/// Pages every crawl starts from, besides the links it finds. A page no link leads to (reached only
/// through a form, a mail or a typed address) belongs here, so that it is scanned too.
const SEEDS: &[&str] = &[
    "/",
    "/start",
    "/account",
    "/inloggen",
    "/wachtwoord-vergeten",
    "/bestaat-niet",
    "/uitnodiging/ongeldig",
    "/webinars",
    "/ideeen",
    "/ideeen/verstuurd",
    "/contact",
    "/contact/verzonden",
];

/// Problems with the headers of one response.
pub fn header_problems(page: &Page) -> Vec<String> {
    let mut out = Vec::new();
    let get = |name: &str| {
        page.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    match get("content-security-policy") {
        None => out.push("no Content-Security-Policy".into()),
        Some(csp) => {
            if csp.contains("unsafe-") {
                out.push(format!("CSP allows unsafe-*: {csp}"));
            }
            for needed in ["default-src 'self'", "object-src 'none'", "base-uri 'none'"] {
                if !csp.contains(needed) {
                    out.push(format!("CSP lacks {needed}"));
                }
            }
            if !csp.contains("frame-ancestors 'none'") && get("x-frame-options").is_none() {
                out.push("page may be framed (no frame-ancestors, no X-Frame-Options)".into());
            }
        }
    }
    if get("x-frame-options").as_deref() != Some("DENY") {
        out.push("X-Frame-Options is not DENY".into());
    }
    if get("x-content-type-options").as_deref() != Some("nosniff") {
        out.push("X-Content-Type-Options is not nosniff".into());
    }
    match get("referrer-policy") {
        Some(p) if SAFE_REFERRER_POLICIES.contains(&p.as_str()) => {}
        other => out.push(format!("Referrer-Policy {other:?} may leak paths")),
    }
    out
}

/// Problems with the HTML of one page: POST forms without a token, inline code the CSP would block.
pub fn html_problems(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    let lower = body.to_ascii_lowercase();
    let mut rest = lower.as_str();
    let mut original = body;
    while let Some(start) = rest.find("<form") {
        let end = rest[start..]
            .find("</form>")
            .map(|e| start + e)
            .unwrap_or(rest.len());
        let form = &rest[start..end];
        let tag = &form[..form.find('>').unwrap_or(form.len())];
        if tag.contains("method=\"post\"") {
            let original_form = &original[start..end];
            let has_token = original_form
                .split("name=\"_csrf\" value=\"")
                .nth(1)
                .is_some_and(|v| v.find('"').is_some_and(|n| n >= 20));
            if !has_token {
                out.push(format!("POST form without a _csrf token: {tag}>"));
            }
        }
        rest = &rest[end..];
        original = &original[end..];
    }
    for (i, _) in lower.match_indices("<script") {
        let tag = &lower[i..i + lower[i..].find('>').unwrap_or(0)];
        if !tag.contains(" src=") {
            out.push("inline <script> (blocked by the CSP)".into());
        }
    }
    if lower.contains(" style=") {
        out.push("inline `style=` (blocked by the CSP)".into());
    }
    if lower.contains("<style") {
        out.push("inline <style> element (blocked by the CSP)".into());
    }
    if let Some(handler) = event_handler(&lower) {
        out.push(format!("inline `{handler}=` (blocked by the CSP)"));
    }
    if lower.contains("href=\"javascript:") {
        out.push("a javascript: link (blocked by the CSP)".into());
    }
    out
}

/// The first inline event handler attribute (` onclick=`, ` onfocus=`, …) inside a tag of
/// lower-case HTML. SVG presentation attributes such as `fill=` or `stroke=` are not style and are
/// allowed; text between tags is not looked at.
fn event_handler(lower: &str) -> Option<String> {
    lower.split('<').skip(1).find_map(|tag| {
        let tag = tag.split('>').next().unwrap_or_default();
        tag.match_indices(|c: char| c.is_ascii_whitespace())
            .find_map(|(i, _)| {
                let rest = &tag[i + 1..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase())
                    .collect();
                (name.starts_with("on") && name.len() > 2 && rest[name.len()..].starts_with('='))
                    .then_some(name)
            })
    })
}

/// Same-site page links in a page (no assets, no language switch, no fragments).
fn links(body: &str) -> Vec<String> {
    body.split("href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(|href| href.replace("&amp;", "&"))
        .map(|href| href.split('#').next().unwrap_or_default().to_string())
        .filter(|href| {
            href.starts_with('/')
                && !href.starts_with("//")
                && !href.starts_with("/static/")
                && !href.starts_with("/taal/")
        })
        .collect()
}

/// What a crawl found.
#[derive(Default)]
struct Crawl {
    /// Every path requested.
    seen: BTreeSet<String>,
    /// Paths that answered 200 with an HTML page (so that page was really scanned).
    pages: BTreeSet<String>,
    /// Problems found.
    problems: Vec<String>,
}

/// Visits every page reachable from the seeds.
async fn crawl(client: &Client, extra_seeds: &[String]) -> Crawl {
    let mut seen = BTreeSet::new();
    let mut pages = BTreeSet::new();
    let mut queue: VecDeque<String> = SEEDS
        .iter()
        .map(|s| s.to_string())
        .chain(extra_seeds.iter().cloned())
        .collect();
    let mut problems = Vec::new();
    while let Some(path) = queue.pop_front() {
        if !seen.insert(path.clone()) || seen.len() > 320 {
            continue;
        }
        let page = client.get(&path).await;
        for p in header_problems(&page) {
            problems.push(format!("{path} ({}): {p}", page.status.as_u16()));
        }
        if page.status.is_redirection() {
            queue.push_back(page.location());
            continue;
        }
        let is_html = page
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.starts_with("text/html"));
        if is_html {
            if page.status == reqwest::StatusCode::OK {
                pages.insert(path.clone());
            }
            for p in html_problems(&page.body) {
                problems.push(format!("{path}: {p}"));
            }
            queue.extend(links(&page.body));
        }
    }
    Crawl {
        seen,
        pages,
        problems,
    }
}

/// The one value of an SQL query on either backend.
async fn one(app: &TestApp, sql: &str) -> String {
    match &app.state.db {
        kijkindewijk::db::Db::Sqlite(p) => sqlx::query_scalar(sql).fetch_one(p).await.unwrap(),
        kijkindewijk::db::Db::Postgres(p) => sqlx::query_scalar(sql).fetch_one(p).await.unwrap(),
    }
}

/// Pages that no link leads to: a GET form's answer (the sign-up form for one municipality, the
/// comparison of two network snapshots), the parent invitation after signing up, the list of
/// assigned actions that only the network member's start page links to, and the social map's JSON
/// and calendar answers (scanned for their headers).
async fn youth_seeds(app: &TestApp) -> Vec<String> {
    let sam = one(app, "SELECT id FROM young_people WHERE first_name = 'Sam'").await;
    let snapshot = one(
        app,
        &format!("SELECT MIN(id) FROM network_snapshots WHERE young_person_id = '{sam}'"),
    )
    .await;
    let municipality = one(
        app,
        &format!(
            "SELECT id FROM municipalities WHERE code = '{}'",
            kijkindewijk::demo::MUNICIPALITY.0
        ),
    )
    .await;
    let service = one(app, "SELECT MIN(service_id) FROM service_at_locations").await;
    let sal = one(app, "SELECT MIN(id) FROM service_at_locations").await;
    let organization = one(app, "SELECT MIN(id) FROM organizations").await;
    let taxonomy = one(app, "SELECT MIN(id) FROM taxonomies").await;
    let intro = one(app, "SELECT MIN(id) FROM introductions").await;
    let term = one(app, "SELECT MIN(id) FROM taxonomy_terms").await;
    // Milan's course at the partner's club stops for want of a place: what a partner may then
    // raise as a barrier.
    app.execute(
        "UPDATE introductions SET status = 'ended', reason = 'no_place' WHERE service_id IN \
         (SELECT id FROM services WHERE name = 'Scheidsrechter worden')",
    )
    .await;
    let stopped = one(
        app,
        "SELECT MIN(id) FROM introductions WHERE status = 'ended' AND reason = 'no_place'",
    )
    .await;
    let mut seeds: Vec<String> = [
        "/hsds",
        "/hsds/",
        "/hsds/profile",
        "/hsds/services",
        "/hsds/service_at_locations",
        "/hsds/organizations",
        "/hsds/taxonomies",
        "/hsds/taxonomy_terms",
        "/api/v1/sociale-kaart/zoeken?q=voetballen",
        "/api/v1/introducties",
    ]
    .map(String::from)
    .into();
    seeds.extend([
        format!("/hsds/services/{service}"),
        format!("/hsds/service_at_locations/{sal}"),
        format!("/hsds/organizations/{organization}"),
        format!("/hsds/taxonomies/{taxonomy}"),
        format!("/api/v1/introducties/{intro}"),
        format!("/hsds/taxonomy_terms/{term}"),
        format!("/sociale-kaart/aanbod/{service}/rooster.ics"),
        format!("/mijn/introductie?aanbod={service}"),
        format!("/introducties/{stopped}/hindernis"),
    ]);
    seeds.extend([
        format!("/aanmelden?gemeente={municipality}"),
        "/aanmelden/ouder".into(),
        "/mijn-acties".into(),
        format!("/jongeren/{sam}/netwerk/vergelijk?van={snapshot}&tot=nu"),
        "/rapportage/hindernissen.csv".into(),
        "/team/overzicht".into(),
        format!("/jongeren/{sam}/betrokkenheid"),
        format!("/jongeren/{sam}/toestemming"),
    ]);
    seeds
}

/// True when a concrete path (without query) fits a route pattern such as `/jongeren/{id}/plan`.
fn fits(pattern: &str, path: &str) -> bool {
    let path = path.split('?').next().unwrap_or_default();
    let (a, b): (Vec<&str>, Vec<&str>) = (pattern.split('/').collect(), path.split('/').collect());
    a.len() == b.len()
        && a.iter()
            .zip(&b)
            .all(|(p, s)| (p.starts_with('{') && !s.is_empty()) || p == s)
}

/// GET routes that answer with something else than an HTML page of their own, so the crawl does
/// not scan them as a page.
const NOT_PAGES: &[&str] = &[
    "/healthz",
    "/readyz",
    "/metrics",
    "/static/{hash}/{name}",
    "/taal/{lang}",
    "/api/v1/beheer/wijken",
    // JSON downloads.
    "/jongeren/{id}/plan/export",
    "/jongeren/{id}/gegevens/download",
    // JSON APIs and calendar files: their headers are checked through the seeds below.
    "/api/v1/sociale-kaart/zoeken",
    "/api/v1/introducties",
    "/api/v1/introducties/{intro_id}",
    "/hsds",
    "/hsds/",
    "/hsds/profile",
    "/hsds/services",
    "/hsds/services/{id}",
    "/hsds/service_at_locations",
    "/hsds/service_at_locations/{id}",
    "/hsds/organizations",
    "/hsds/organizations/{id}",
    "/hsds/taxonomies",
    "/hsds/taxonomies/{id}",
    "/hsds/taxonomy_terms",
    "/hsds/taxonomy_terms/{id}",
    "/sociale-kaart/aanbod/{id}/rooster.ics",
    "/rapportage/hindernissen.csv",
    "/monitor.csv",
    "/webinars/agenda.ics",
    "/webinars/{id}/agenda.ics",
    "/redactie/webinars/{id}/aanmeldingen.csv",
    // Redirects to the young person's own pages.
    "/mijn/{section}",
    "/mijn/introductie",
    "/hindernissen-weghalen",
    "/start",
    // Uploaded images and the magazine's Atom feed (their headers are checked by the magazine tests).
    "/afbeeldingen/{file}",
    "/magazine/feed.atom",
];

/// GET routes no crawl reaches with a 200: pages only a half-finished login or a valid one-time
/// link opens. They are scanned by the account tests' flows, not by this crawl.
const NOT_CRAWLED: &[&str] = &[
    "/inloggen/code",
    "/inloggen/tweestaps-instellen",
    "/uitnodiging/{token}",
    "/wachtwoord-herstellen/{token}",
    "/webinars/inschrijving/{token}",
    "/ideeen/bevestigen/{token}",
];

#[tokio::test]
async fn every_reachable_page_has_safe_headers_and_csrf_tokens_in_its_forms() {
    let app = TestApp::spawn().await;
    let mut problems = Vec::new();
    let mut visitors: Vec<(String, Client)> = vec![("anonymous".into(), app.client())];
    for l in app.demo.logins.clone() {
        visitors.push((l.login.clone(), app.logged_in(&l.login).await));
    }
    let mut seeds = vec!["/api/v1/beheer/wijken".to_string(), "/healthz".to_string()];
    seeds.extend(youth_seeds(&app).await);
    let mut total = 0;
    let mut scanned = BTreeSet::new();
    for (who, client) in &visitors {
        let found = crawl(client, &seeds).await;
        total += found.seen.len();
        scanned.extend(found.pages);
        problems.extend(found.problems.into_iter().map(|p| format!("as {who}: {p}")));
    }
    assert!(
        problems.is_empty(),
        "security scan found problems:\n  {}",
        problems.join("\n  ")
    );
    assert!(total > 60, "the crawl saw only {total} pages");
    // Every page of the application was scanned as a real page by at least one visitor.
    let missed: Vec<String> = kijkindewijk::features::all_routes()
        .into_iter()
        .filter(|(m, _)| m.as_str() == "GET")
        .map(|(_, p)| p)
        .filter(|p| !NOT_PAGES.contains(&p.as_str()) && !NOT_CRAWLED.contains(&p.as_str()))
        .filter(|p| !scanned.iter().any(|s| fits(p, s)))
        .collect();
    assert!(
        missed.is_empty(),
        "no visitor reached these pages with a 200; add a link or a seed:\n  {}",
        missed.join("\n  ")
    );
}

#[test]
fn the_scan_catches_what_it_looks_for() {
    let bad = r#"<form method="post" action="/x"><input name="a"></form>
        <form method="get"><input name="q"></form>
        <script>alert(1)</script><p style="color:red">x</p>"#;
    let found = html_problems(bad);
    assert!(
        found.iter().any(|p| p.contains("without a _csrf token")),
        "{found:?}"
    );
    assert!(found.iter().any(|p| p.contains("inline <script>")));
    assert!(found.iter().any(|p| p.contains("style")));
    assert_eq!(found.len(), 3, "a GET form needs no token: {found:?}");
    let good = r#"<form class="x" method="post" action="/y"><input type="hidden" name="_csrf" value="0123456789abcdef0123456789"></form><script src="/static/a/app.js" defer></script>"#;
    assert!(html_problems(good).is_empty());
    let handlers = r#"<a href="javascript:x()">a</a><input onfocus="x()"><style>p{}</style>"#;
    assert_eq!(
        html_problems(handlers).len(),
        3,
        "{:?}",
        html_problems(handlers)
    );
    // The network map and rating charts: SVG presentation attributes are not inline style, and
    // text that merely starts with "on" is not a handler.
    let svg = r##"<svg viewBox="0 0 10 10" role="img"><circle cx="5" cy="5" r="4" fill="#fff" stroke="#000" stroke-width="2"/><text x="1" y="1">on top: one=1</text></svg>"##;
    assert!(html_problems(svg).is_empty(), "{:?}", html_problems(svg));
    let page = Page {
        status: reqwest::StatusCode::OK,
        headers: reqwest::header::HeaderMap::new(),
        body: String::new(),
    };
    assert!(header_problems(&page).len() >= 4);
}

/// Checks one page that a POST answered with; returns its problems.
fn scan_answer(what: &str, page: &Page, expected: u16) -> Vec<String> {
    let mut out = Vec::new();
    if page.status.as_u16() != expected {
        out.push(format!(
            "{what}: status {}, expected {expected}",
            page.status
        ));
    }
    for p in header_problems(page)
        .into_iter()
        .chain(html_problems(&page.body))
    {
        out.push(format!("{what}: {p}"));
    }
    out
}

/// Pages that only a POST shows (a registration with its invitation links, an invited network
/// member, a parent invitation, forms that come back with messages) get the same checks.
#[tokio::test]
async fn pages_that_answer_a_post_are_safe_too() {
    use crate::helpers::extract_between;
    let app = TestApp::spawn().await;
    let noor = app.logged_in("noor@wijkerveen.example").await;
    let sam = app.logged_in("sam").await;
    let mut problems = Vec::new();

    let form = noor.get("/team/jongeren/nieuw").await;
    let after = form.body.split("id=\"f-wijk_id\"").nth(1).unwrap();
    let wijk = after
        .split("<option value=\"")
        .nth(2)
        .and_then(|o| o.split('"').next())
        .unwrap()
        .to_string();
    let today = time::OffsetDateTime::now_utc().date();
    let fourteen = kijkindewijk::features::youth::validate::date_value(
        today.replace_year(today.year() - 14).unwrap() - time::Duration::days(30),
    );
    let registered = noor
        .post(
            "/team/jongeren/nieuw",
            &[
                ("first_name", "Scan"),
                ("last_name", "Test"),
                ("birth_date", &fourteen),
                ("wijk_id", &wijk),
                ("parent_name", "Ouder Scan"),
                ("parent_email", ""),
                ("parent_authority", "ja"),
            ],
        )
        .await;
    problems.extend(scan_answer("registered", &registered, 200));
    let refused = noor
        .post("/team/jongeren/nieuw", &[("first_name", "<b>")])
        .await;
    problems.extend(scan_answer("registration with errors", &refused, 422));
    let id = extract_between(&registered.body, "href=\"/jongeren/", "\"").unwrap();
    let short = noor
        .post(
            &format!("/jongeren/{id}/noodtoegang"),
            &[("reason", "kort")],
        )
        .await;
    problems.extend(scan_answer("emergency reason too short", &short, 422));

    let base = sam.get("/mijn/plan").await.location().replace("/plan", "");
    let goal = sam
        .post(&format!("{base}/plan/doelen"), &[("title", "Doel")])
        .await;
    problems.extend(scan_answer("goal with empty levels", &goal, 422));
    let person = sam
        .post(
            &format!("{base}/netwerk"),
            &[("name", "Bo"), ("sector", "x")],
        )
        .await;
    problems.extend(scan_answer("network person with errors", &person, 422));
    let network = sam.get(&format!("{base}/netwerk")).await;
    let person_id =
        extract_between(&network.body, &format!("{base}/netwerk/persoon/"), "\"").unwrap();
    let invited = sam
        .post(
            &format!("{base}/netwerk/persoon/{person_id}/uitnodigen"),
            &[],
        )
        .await;
    problems.extend(scan_answer("network member invited", &invited, 200));
    let parent = sam
        .post(
            "/aanmelden/ouder",
            &[("parent_name", "Ouder Sam"), ("parent_email", "")],
        )
        .await;
    problems.extend(scan_answer("parent invited", &parent, 200));
    let correction = sam
        .post(&format!("{base}/gegevens/correctie"), &[("body", "")])
        .await;
    problems.extend(scan_answer("empty correction", &correction, 422));
    let signup = app
        .client()
        .post("/aanmelden", &[("first_name", "Kim")])
        .await;
    problems.extend(scan_answer("sign-up with errors", &signup, 422));
    assert!(
        problems.is_empty(),
        "pages after a POST:\n  {}",
        problems.join("\n  ")
    );
}
