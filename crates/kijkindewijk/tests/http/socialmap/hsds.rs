//! The HSDS 3.0 API: every answer validates against the official schemas (copied into
//! `tests/fixtures/hsds-3.0`), and the filters of the specification (plus ours) work.

use std::path::PathBuf;

use reqwest::StatusCode;
use serde_json::Value;

use super::service_id;
use crate::helpers::{Client, TestApp};

fn fixture(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hsds-3.0")
        .join(path)
}

fn load(path: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(fixture(path)).unwrap()).unwrap()
}

/// Replaces `{"$ref": "x.json"}` by the schema file itself (the schemas refer to their siblings by
/// relative name and have no `$id` to resolve against).
fn inline_refs(v: &mut Value) {
    match v {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref")
                && r.ends_with(".json")
                && !r.contains('/')
            {
                let mut target = load(&format!("schema/{r}"));
                inline_refs(&mut target);
                map.remove("$ref");
                if let Value::Object(t) = target {
                    for (k, val) in t {
                        map.entry(k).or_insert(val);
                    }
                }
            }
            map.values_mut().for_each(inline_refs);
        }
        Value::Array(a) => a.iter_mut().for_each(inline_refs),
        _ => {}
    }
}

/// A validator for one schema file, checking formats (uuid, uri, email, date-time) too.
pub fn validator(path: &str) -> jsonschema::Validator {
    let mut schema = load(path);
    inline_refs(&mut schema);
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Fails with every schema error of `value`.
pub fn assert_valid(v: &jsonschema::Validator, value: &Value, what: &str) {
    let errors: Vec<String> = v
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .take(10)
        .collect();
    assert!(
        errors.is_empty(),
        "{what} does not match the HSDS schema: {errors:#?}\n{value:#}"
    );
}

fn assert_page(p: &Value) {
    for k in ["total_items", "total_pages", "page_number", "size"] {
        assert!(p[k].is_i64(), "{k} in {p}");
    }
    for k in ["first_page", "last_page", "empty"] {
        assert!(p[k].is_boolean(), "{k} in {p}");
    }
    assert!(p["contents"].is_array());
}

async fn get(c: &Client, path: &str) -> Value {
    let page = c.get(path).await;
    assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.body);
    assert!(
        page.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    page.json()
}

#[tokio::test]
async fn every_answer_matches_the_hsds_3_schemas() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let root = get(&c, "/hsds/").await;
    assert_eq!(root["version"], "3.0");
    assert!(
        root["openapi_url"]
            .as_str()
            .unwrap()
            .starts_with("https://")
    );
    assert!(root["profile"].as_str().unwrap().ends_with("/hsds/profile"));

    let list = validator("schema/compiled/service_list.json");
    let full = validator("schema/compiled/service.json");
    let services = get(&c, "/hsds/services?per_page=100").await;
    assert_page(&services);
    assert!(services["total_items"].as_i64().unwrap() > 200);
    for s in services["contents"].as_array().unwrap() {
        assert_valid(&list, s, "a /services item");
    }
    let fulls = get(&c, "/hsds/services?per_page=100&full=true").await;
    for s in fulls["contents"].as_array().unwrap() {
        assert_valid(&full, s, "a full service");
    }
    let id = service_id(&app, "Voetbaltraining JO15").await;
    let one = get(&c, &format!("/hsds/services/{id}")).await;
    assert_valid(&full, &one, "/services/{id}");
    assert_eq!(one["minimum_age"], 13);
    assert_eq!(one["schedules"][0]["byday"], "TU,TH");
    assert_eq!(one["schedules"][0]["freq"], "WEEKLY");
    assert_eq!(
        one["service_at_locations"][0]["location"]["addresses"][0]["country"],
        "NL"
    );
    assert!(
        one["cost_options"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["option"] == "Jeugdfonds Sport & Cultuur")
    );
    assert_eq!(
        one["attributes"][0]["taxonomy_term"]["code"],
        "sport-voetbal"
    );

    let sal_list = validator("schema/compiled/service_at_location_list.json");
    let sal_full = validator("schema/compiled/service_at_location.json");
    let near = get(
        &c,
        "/hsds/service_at_locations?postcode=3594BA&proximity=1500&per_page=50",
    )
    .await;
    assert_page(&near);
    assert!(near["total_items"].as_i64().unwrap() > 0);
    for s in near["contents"].as_array().unwrap() {
        assert_valid(&sal_list, s, "a /service_at_locations item");
    }
    let sal_id = near["contents"][0]["id"].as_str().unwrap().to_string();
    assert_valid(
        &sal_full,
        &get(&c, &format!("/hsds/service_at_locations/{sal_id}")).await,
        "a service_at_location",
    );

    let org_list = validator("schema/compiled/organization_list.json");
    let org_full = validator("schema/compiled/organization.json");
    let orgs = get(&c, "/hsds/organizations?per_page=100").await;
    assert_page(&orgs);
    for o in orgs["contents"].as_array().unwrap() {
        assert_valid(&org_list, o, "an /organizations item");
    }
    let club = super::organization_id(&app, "VV Wijkerveen").await;
    for q in ["", "?full_service=true"] {
        let o = get(&c, &format!("/hsds/organizations/{club}{q}")).await;
        assert_valid(&org_full, &o, "/organizations/{id}");
        assert!(o["services"].as_array().unwrap().len() >= 8);
    }

    let tax = validator("schema/taxonomy.json");
    let term = validator("schema/taxonomy_term.json");
    let taxonomies = get(&c, "/hsds/taxonomies").await;
    for t in taxonomies["contents"].as_array().unwrap() {
        assert_valid(&tax, t, "a taxonomy");
    }
    let top = get(&c, "/hsds/taxonomy_terms?top_only=true&per_page=100").await;
    assert!(
        top["contents"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t.get("parent_id").is_none())
    );
    assert!(top["total_items"].as_i64().unwrap() >= 10);
    let sport = kijkindewijk::features::socialmap::domain::taxonomy::youth_term_id("sport");
    let children = get(
        &c,
        &format!("/hsds/taxonomy_terms?parent_id={sport}&per_page=100"),
    )
    .await;
    assert!(children["total_items"].as_i64().unwrap() >= 5);
    for t in children["contents"].as_array().unwrap() {
        assert_valid(&term, t, "a taxonomy term");
    }
    assert_valid(
        &term,
        &get(&c, &format!("/hsds/taxonomy_terms/{sport}")).await,
        "/taxonomy_terms/{id}",
    );
}

#[tokio::test]
async fn filters_of_the_specification_and_ours() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let total = |v: &Value| v["total_items"].as_i64().unwrap();
    let all = get(&c, "/hsds/services").await;
    let voetbal =
        kijkindewijk::features::socialmap::domain::taxonomy::youth_term_id("sport-voetbal");
    let by_term = get(&c, &format!("/hsds/services?taxonomy_term_id={voetbal}")).await;
    assert!(total(&by_term) > 5 && total(&by_term) < total(&all));
    let by_taxonomy = get(
        &c,
        &format!(
            "/hsds/services?taxonomy_id={}",
            kijkindewijk::features::socialmap::domain::taxonomy::YOUTH_TAXONOMY_ID
        ),
    )
    .await;
    assert_eq!(total(&by_taxonomy), total(&all));
    let club = super::organization_id(&app, "VV Wijkerveen").await;
    let of_club = get(
        &c,
        &format!("/hsds/services?organization_id={club}&per_page=100"),
    )
    .await;
    assert!(
        of_club["contents"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["organization_id"] == club.as_str())
    );
    let searched = get(
        &c,
        "/hsds/services?search=voetballen&age=14&day=TU&start_time=18:00",
    )
    .await;
    let names: Vec<&str> = searched["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"Voetbaltraining JO15"), "{names:?}");
    let noord = get(&c, "/hsds/services?coverage=WK099002&search=inloop").await;
    assert_eq!(total(&noord), 1, "Noord's own youth centre");
    let buurendam = get(&c, "/hsds/services?coverage=GM0991").await;
    assert!(total(&buurendam) >= 2 && total(&buurendam) < 5);
    assert_eq!(
        total(&get(&c, "/hsds/services?modified_after=2199-01-01").await),
        0
    );
    assert_eq!(
        total(&get(&c, "/hsds/services?modified_after=2000-01-01T00:00:00Z").await),
        total(&all)
    );
    let minimal = get(&c, "/hsds/services?minimal=true&per_page=3").await;
    assert!(minimal["contents"][0]["last_modified"].is_string());
    let far = get(
        &c,
        "/hsds/service_at_locations?postcode=3596AA&proximity=500",
    )
    .await;
    assert!(
        total(&far) >= 1 && total(&far) <= 5,
        "only Buurendam's places are that close"
    );
    let near = get(
        &c,
        "/hsds/services?postcode=3596AA&proximity=500&per_page=50",
    )
    .await;
    assert!(
        total(&near) >= 1 && total(&near) <= total(&far),
        "services within 500 m are those of the places within 500 m: {near}"
    );
    let far_ids: Vec<&Value> = far["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| &s["service_id"])
        .collect();
    assert!(
        near["contents"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| far_ids.contains(&&s["id"]))
    );

    for bad in [
        "/hsds/services?coverage=WK123",
        "/hsds/services?age=-1",
        "/hsds/services?day=someday",
        "/hsds/services?modified_after=gisteren",
        "/hsds/services?per_page=0",
        "/hsds/service_at_locations?postcode=1011AA&proximity=100",
        "/hsds/service_at_locations?proximity=100",
    ] {
        let r = c.get(bad).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{bad}: {}",
            r.body
        );
        assert_eq!(r.json()["error"]["code"], "validation");
    }
    assert_eq!(
        c.get("/hsds/services/not-a-uuid").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        c.get("/hsds/organizations/00000000-0000-4000-8000-000000000000")
            .await
            .json()["error"]["code"],
        "not_found"
    );
}
