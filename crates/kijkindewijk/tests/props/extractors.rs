//! The request extractors that read outside input (`web::extract`): urlencoded forms, JSON bodies
//! and query strings. Whatever arrives, the answer is a value or a 4xx, never a panic or a 500.

use std::sync::OnceLock;

use axum::body::Body;
use axum::extract::{FromRequest, FromRequestParts};
use axum::http::Request;
use axum::response::IntoResponse;
use kijkindewijk::config::{Config, Secret};
use kijkindewijk::state::AppState;
use kijkindewijk::web::extract::{Form, Json, Query};
use proptest::prelude::*;
use serde::Deserialize;

struct Env {
    rt: tokio::runtime::Runtime,
    state: AppState,
    _dir: tempfile::TempDir,
}

/// One application state for every case (building it runs the migrations).
fn env() -> &'static Env {
    static ENV: OnceLock<Env> = OnceLock::new();
    ENV.get_or_init(|| {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let config = Config {
            database_url: Secret::new(format!("sqlite://{}", dir.path().join("p.db").display())),
            database_max_connections: 2,
            run_jobs: false,
            max_body_bytes: 4096,
            ..Config::default()
        };
        let state = rt
            .block_on(kijkindewijk::startup::build_state(config))
            .unwrap();
        Env {
            rt,
            state,
            _dir: dir,
        }
    })
}

/// A form like ours: text, a repeated field, an optional one.
#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct SampleForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    wijken: Vec<String>,
    terug: Option<String>,
}

/// An API body like ours: unknown keys are refused.
#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct SampleJson {
    code: String,
    name: String,
}

fn post(content_type: &str, body: Vec<u8>) -> Request<Body> {
    Request::builder()
        .method("POST")
        .uri("/x")
        .header("content-type", content_type)
        .body(Body::from(body))
        .unwrap()
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        "\\PC{0,12}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
            proptest::collection::btree_map("code|name|\\PC{0,6}", inner, 0..4)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_form_body_is_read_or_refused_with_a_4xx(
        body in prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..300),
            "((name|wijken|terug|x)=[%A-Za-z0-9+]{0,10}&?){0,6}".prop_map(String::into_bytes),
        ],
        ct in prop_oneof![Just("application/x-www-form-urlencoded"), Just("text/plain"), Just("application/x-www-form-urlencoded; charset=utf-8")],
    ) {
        let e = env();
        let result = e.rt.block_on(Form::<SampleForm>::from_request(post(ct, body), &e.state));
        if let Err(err) = result {
            let status = err.into_response().status();
            prop_assert!(status.is_client_error(), "{status}");
        }
    }

    #[test]
    fn any_json_body_is_read_or_refused_with_a_4xx(
        body in prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..300),
            json_value().prop_map(|v| v.to_string().into_bytes()),
        ],
    ) {
        let e = env();
        let result = e.rt.block_on(Json::<SampleJson>::from_request(post("application/json", body), &e.state));
        if let Err(err) = result {
            let status = err.into_response().status();
            prop_assert!(status.is_client_error(), "{status}");
        }
    }

    #[test]
    fn valid_json_bodies_are_read(code in "\\PC{0,12}", name in "\\PC{0,40}") {
        let e = env();
        let body = serde_json::json!({"code": code, "name": name}).to_string().into_bytes();
        let Json(got) = e.rt.block_on(Json::<SampleJson>::from_request(post("application/json", body), &e.state)).unwrap();
        prop_assert_eq!(got, SampleJson { code, name });
    }

    #[test]
    fn any_query_string_is_read_or_refused_with_a_4xx(q in "[!-~]{0,60}") {
        let e = env();
        let Ok(uri) = format!("/x?{q}").parse::<axum::http::Uri>() else {
            return Ok(()); // not something a client can send
        };
        let (mut parts, _) = Request::builder().uri(uri).body(()).unwrap().into_parts();
        let result = e.rt.block_on(Query::<SampleForm>::from_request_parts(&mut parts, &e.state));
        if let Err(err) = result {
            prop_assert_eq!(err.into_response().status().as_u16(), 400);
        }
    }
}
