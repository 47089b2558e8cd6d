//! The authorization matrix: every route of the application, requested as every subject in
//! `matrix.toml`, with records that belong to someone else. Fails on a route missing from the table,
//! on a subject that passes where it may not, and on one refused where it may pass.

#[allow(dead_code)]
#[path = "../http/helpers.rs"]
mod helpers;

mod barrier_fixtures;
mod fixtures;
mod intro_fixtures;
mod matrix;
mod socialmap_fixtures;
mod team_fixtures;
mod youth_fixtures;

mod site_fixtures;

use std::collections::{BTreeMap, BTreeSet};

use kijkindewijk::auth::Stage;
use reqwest::StatusCode;

use fixtures::World;
use helpers::{Client, Page, TestApp};
use matrix::{Matrix, Request, RouteEntry};

/// One request of the plan: a route or one of its cases, with who may pass.
struct Planned<'m> {
    entry: &'m RouteEntry,
    case: Option<&'m str>,
    request: Request,
    allowed: BTreeSet<String>,
}

fn plan(matrix: &Matrix) -> Vec<Planned<'_>> {
    let mut out = Vec::new();
    let mut entries: Vec<&RouteEntry> = matrix.routes.iter().collect();
    // Requests that end every session of a user run when nothing else needs those sessions.
    entries.sort_by_key(|e| e.last);
    for entry in entries {
        out.push(Planned {
            entry,
            case: None,
            request: entry.request.clone(),
            allowed: matrix.expand(&entry.allow).unwrap(),
        });
        for case in &entry.cases {
            let r = &case.request;
            out.push(Planned {
                entry,
                case: Some(&case.name),
                request: Request {
                    path: r.path.clone().or(entry.request.path.clone()),
                    form: r.form.clone().or(entry.request.form.clone()),
                    json: r.json.clone().or(entry.request.json.clone()),
                    ok: r.ok.clone().or(entry.request.ok.clone()),
                    changes: r.changes.clone().or(entry.request.changes.clone()),
                },
                allowed: matrix.expand(&case.allow).unwrap(),
            });
        }
    }
    out
}

fn stage_of(name: Option<&str>) -> Stage {
    match name.unwrap_or("full") {
        "full" => Stage::Full,
        "second_factor" => Stage::SecondFactor,
        "enrol_second_factor" => Stage::EnrolSecondFactor,
        other => panic!("unknown stage {other} in matrix.toml"),
    }
}

/// A client with its CSRF token, fetched once: it stays valid while the cookies do.
struct Actor {
    client: Client,
    token: String,
}

impl Actor {
    async fn new(client: Client) -> Actor {
        let token = client.token().await;
        Actor { client, token }
    }
}

async fn send(actor: &Actor, method: &str, path: &str, req: &Request, world: &World<'_>) -> Page {
    let c = &actor.client;
    match method {
        "GET" => c.get(path).await,
        "POST" if req.json.is_some() => {
            let body = world.resolve(req.json.as_deref().unwrap()).await;
            c.post_body(
                path,
                "application/json",
                body.into_bytes(),
                &[("x-csrf-token", &actor.token)],
            )
            .await
        }
        "POST" => {
            let mut fields = Vec::new();
            for (k, v) in req.form.iter().flatten() {
                for one in v.values() {
                    fields.push((k.clone(), world.resolve(one).await));
                }
            }
            fields.push(("_csrf".into(), actor.token.clone()));
            let pairs: Vec<(&str, &str)> = fields
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            c.post_raw(path, &pairs).await
        }
        "DELETE" => {
            let resp = c
                .http
                .delete(format!("{}{path}", c.base))
                .header("x-csrf-token", &actor.token)
                .send()
                .await
                .unwrap();
            Page {
                status: resp.status(),
                headers: resp.headers().clone(),
                body: resp.text().await.unwrap_or_default(),
            }
        }
        other => panic!("method {other}"),
    }
}

/// Passing: an expected status, and not the login page's redirect that stands in for a 401.
fn passed(page: &Page, method: &str, ok: Option<&[u16]>) -> bool {
    let default: &[u16] = if method == "GET" { &[200] } else { &[303] };
    let ok = ok.unwrap_or(default);
    ok.contains(&page.status.as_u16())
        && !(page.status.is_redirection() && page.location().starts_with("/inloggen?terug="))
}

#[tokio::test]
async fn every_route_as_every_subject() {
    let matrix = matrix::load();
    if let Err(problems) = matrix.check_coverage(&matrix::app_routes()) {
        panic!(
            "the authorization matrix does not match the routes:\n  {}",
            problems.join("\n  ")
        );
    }
    let app = TestApp::spawn().await;
    let world = World::build(&app).await;
    let subjects = matrix.active_subjects();

    // One logged-in client per fully logged-in subject, reused for every request.
    let mut shared: BTreeMap<String, Actor> = BTreeMap::new();
    for name in &subjects {
        let s = &matrix.subjects[name];
        let client = match (&s.login, stage_of(s.stage.as_deref())) {
            (None, _) => app.client(),
            // Demo logins log in through the login pages; logins the fixtures made get a session.
            (Some(login), Stage::Full) if app.demo.logins.iter().any(|l| &l.login == login) => {
                app.logged_in(login).await
            }
            (Some(login), Stage::Full) => world.session_for(login, Stage::Full).await,
            _ => continue,
        };
        shared.insert(name.clone(), Actor::new(client).await);
    }

    let mut failures = Vec::new();
    let mut requests = 0;
    for p in plan(&matrix) {
        let (method, pattern) = p.entry.method_and_path();
        for name in &subjects {
            // Resolved for every subject, so that `@new_…` records are fresh for each of them.
            world.start_request();
            let path = world
                .resolve(p.request.path.as_deref().unwrap_or(pattern))
                .await;
            let s = &matrix.subjects[name];
            let stage = stage_of(s.stage.as_deref());
            let fresh = p.entry.session.as_deref() == Some("fresh") || stage != Stage::Full;
            let own;
            let actor = match (&s.login, fresh) {
                (Some(login), true) => {
                    own = Actor::new(world.session_for(login, stage).await).await;
                    &own
                }
                (None, true) => {
                    own = Actor::new(app.client()).await;
                    &own
                }
                (_, false) => &shared[name],
            };
            let probe = match &p.request.changes {
                Some(sql) => Some(world.resolve(sql).await),
                None => None,
            };
            let before = match &probe {
                Some(sql) => Some(world.query_value(sql).await),
                None => None,
            };
            let page = send(actor, method, &path, &p.request, &world).await;
            requests += 1;
            let ok = passed(&page, method, p.request.ok.as_deref());
            let changed = match (&probe, before) {
                (Some(sql), Some(before)) => Some(world.query_value(sql).await != before),
                _ => None,
            };
            let allowed = p.allowed.contains(name);
            let what = match p.case {
                Some(case) => format!("{} ({case}) as {name}", p.entry.route),
                None => format!("{} as {name}", p.entry.route),
            };
            let got = match page.status {
                s if s.is_redirection() => format!("{} → {}", s.as_u16(), page.location()),
                s => s.as_u16().to_string(),
            };
            let who = s
                .who
                .as_deref()
                .map(|w| format!(" [{w}]"))
                .unwrap_or_default();
            let why = p
                .entry
                .why
                .as_deref()
                .map(|w| format!("; table: {w}"))
                .unwrap_or_default();
            if ok && !allowed {
                failures.push(format!(
                    "{what}{who}: PASSED but is not allowed ({got}){why}"
                ));
            } else if !ok && allowed {
                failures.push(format!("{what}{who}: refused but is allowed ({got}){why}"));
            }
            match changed {
                Some(true) if !ok => failures.push(format!(
                    "{what}{who}: refused ({got}) but changed the data anyway"
                )),
                Some(false) if ok && allowed => failures.push(format!(
                    "{what}{who}: passed ({got}) but changed nothing (`changes` query)"
                )),
                _ => {}
            }
            if ok && !p.entry.link_is_credential && !p.entry.public {
                for secret in &s.never_sees {
                    if page.body.contains(secret.as_str()) {
                        failures.push(format!("{what}: shows `{secret}`, which is not theirs"));
                    }
                }
            }
            if page.status == StatusCode::FORBIDDEN
                && (page.body.contains("Het formulier is verlopen")
                    || page.body.contains("\"code\":\"csrf\""))
            {
                failures.push(format!("{what}: CSRF refused; the test must send a token"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {requests} requests broke the authorization matrix (tests/authz/matrix.toml):\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
    assert!(requests > 500, "the matrix made only {requests} requests");
}
