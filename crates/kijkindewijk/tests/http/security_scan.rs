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
    for attr in [
        " style=\"",
        " onclick=",
        " onload=",
        " onsubmit=",
        " onchange=",
    ] {
        if lower.contains(attr) {
            out.push(format!("inline `{}` (blocked by the CSP)", attr.trim()));
        }
    }
    out
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

/// Visits every page reachable from the seeds; returns the pages seen and the problems.
async fn crawl(client: &Client, extra_seeds: &[&str]) -> (BTreeSet<String>, Vec<String>) {
    let mut seen = BTreeSet::new();
    let mut queue: VecDeque<String> = SEEDS
        .iter()
        .chain(extra_seeds)
        .map(|s| s.to_string())
        .collect();
    let mut problems = Vec::new();
    while let Some(path) = queue.pop_front() {
        if !seen.insert(path.clone()) || seen.len() > 200 {
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
            for p in html_problems(&page.body) {
                problems.push(format!("{path}: {p}"));
            }
            queue.extend(links(&page.body));
        }
    }
    (seen, problems)
}

#[tokio::test]
async fn every_reachable_page_has_safe_headers_and_csrf_tokens_in_its_forms() {
    let app = TestApp::spawn().await;
    let mut problems = Vec::new();
    let mut visitors: Vec<(String, Client)> = vec![("anonymous".into(), app.client())];
    for l in app.demo.logins.clone() {
        visitors.push((l.login.clone(), app.logged_in(&l.login).await));
    }
    let mut total = 0;
    for (who, client) in &visitors {
        let (seen, found) = crawl(client, &["/api/v1/beheer/wijken", "/healthz"]).await;
        total += seen.len();
        problems.extend(found.into_iter().map(|p| format!("as {who}: {p}")));
    }
    assert!(
        problems.is_empty(),
        "security scan found problems:\n  {}",
        problems.join("\n  ")
    );
    assert!(total > 60, "the crawl saw only {total} pages");
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
    let page = Page {
        status: reqwest::StatusCode::OK,
        headers: reqwest::header::HeaderMap::new(),
        body: String::new(),
    };
    assert!(header_problems(&page).len() >= 4);
}
