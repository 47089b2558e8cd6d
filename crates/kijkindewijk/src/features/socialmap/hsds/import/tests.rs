//! The import without a database: every official example shape is read; their content is refused
//! for clear reasons; our Dutch example plans cleanly; bad files get one message per problem; and
//! no input makes it panic.

use std::collections::HashMap;
use std::path::PathBuf;

use super::known::Known;
use super::plan::plan;
use super::read::read;
use super::report::Problem;
use crate::features::socialmap::domain::taxonomy::{YOUTH_TAXONOMY_ID, youth_term_id};
use crate::features::socialmap::model::fingerprint;
use crate::features::socialmap::repo::areas::Place;

fn fixture(path: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hsds-3.0")
        .join(path);
    std::fs::read_to_string(p).unwrap()
}

fn known() -> Known {
    let mut terms = HashMap::new();
    for code in ["muziek-instrument", "muziek-maken", "muziek-zang"] {
        terms.insert(youth_term_id(code), YOUTH_TAXONOMY_ID.to_string());
    }
    Known {
        municipality_id: "m1".into(),
        municipality_code: "GM0990".into(),
        municipality_name: "Wijkerveen".into(),
        terms,
        taxonomies: [YOUTH_TAXONOMY_ID.to_string()].into_iter().collect(),
        places: vec![Place {
            id: "w3".into(),
            code: "WK099003".into(),
            name: "Oost".into(),
            wijk_id: None,
            municipality_id: "m1".into(),
        }],
        ..Default::default()
    }
}

fn ids(problems: &[Problem]) -> Vec<&'static str> {
    problems.iter().map(|p| p.message_id).collect()
}

#[test]
fn every_example_shape_is_read() {
    for f in [
        "service_full.json",
        "service_list.json",
        "organization_full.json",
        "organization_list.json",
        "service_at_location_full.json",
        "service_at_location_list.json",
        "location.json",
        "taxonomy.json",
        "taxonomy_list.json",
        "taxonomy_term.json",
        "taxonomy_term_list.json",
    ] {
        let (items, problems) = read(&fixture(&format!("examples/{f}")));
        assert!(problems.is_empty(), "{f}: {problems:?}");
        assert!(!items.is_empty(), "{f}");
    }
    let (_, problems) = read(&fixture("examples/tabular.json"));
    assert_eq!(ids(&problems), ["hsds-import-tabular"]);
}

#[test]
fn the_official_example_is_refused_for_its_content_not_its_shape() {
    let (items, _) = read(&fixture("examples/service_full.json"));
    let problems = plan(&items, &known()).unwrap_err();
    let found = ids(&problems);
    for expected in [
        "hsds-import-outside-nl",
        "hsds-import-country",
        "hsds-import-postcode",
        "map-rec-unsupported",
        "hsds-import-currency",
    ] {
        assert!(found.contains(&expected), "{expected} in {found:?}");
    }
    assert!(
        !found
            .iter()
            .any(|f| f.contains("unknown-field") || f.contains("wrong-type")),
        "{found:?}"
    );
    let line = problems[0].render(crate::i18n::Locale::Nl);
    assert!(
        line.contains("ac148810-d857-441c-9679-408f346de14b") || line.contains(':'),
        "{line}"
    );
}

#[test]
fn our_dutch_example_plans_cleanly() {
    let (items, problems) = read(&fixture("nl/jeugdaanbod.json"));
    assert!(problems.is_empty(), "{problems:?}");
    let p = plan(&items, &known()).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(p.organizations.len(), 1);
    assert_eq!(p.services.len(), 2);
    assert_eq!(p.locations.len(), 2);
    assert_eq!(p.terms.len(), 2, "its own terms, parent first");
    assert_eq!(p.terms[0].name, "Uitgaan");
    let samenspel = p
        .services
        .iter()
        .find(|s| s.name == "Samenspel voor beginners")
        .unwrap();
    assert_eq!(
        (
            samenspel.cost_amount_cents,
            samenspel.jeugdfonds,
            samenspel.is_free
        ),
        (Some(750), true, false)
    );
    assert_eq!(samenspel.areas[0].wijk_id.as_deref(), Some("w3"));
    let dj = p.services.iter().find(|s| s.name == "DJ-workshop").unwrap();
    assert!(dj.is_free);
    assert_eq!(dj.schedules[0].recurrence.count, Some(10));
    assert_eq!(
        dj.schedules[0].service_at_location_id,
        Some(dj.locations[0].id.clone())
    );
    let (items, problems) = read(&fixture("nl/dienst_op_locatie_pagina.json"));
    assert!(problems.is_empty());
    let mut k = known();
    k.owners.insert(p.organizations[0].id.clone(), "m1".into());
    assert!(plan(&items, &k).is_ok());
    assert!(
        plan(&items, &known()).is_err(),
        "the organisation must exist"
    );
}

fn service(extra: &str) -> String {
    format!(
        r#"{{"id": "0b9f6a9e-7f0c-4d39-9a43-2f43c6a1f001", "name": "Test", "status": "active",
        "organization": {{"id": "0b9f6a9e-7f0c-4d39-9a43-2f43c6a1f002", "name": "Club", "description": "Een club"}}{extra}}}"#
    )
}

#[test]
fn bad_files_get_a_reason_per_record() {
    let cases: Vec<(String, &str)> = vec![
        (service(r#", "minimum_aeg": 12"#), "hsds-import-unknown-field"),
        (r#"{"name": "Zonder id", "status": "active", "organization_id": "0b9f6a9e-7f0c-4d39-9a43-2f43c6a1f002"}"#.into(), "hsds-import-missing"),
        (service(r#", "minimum_age": 16, "maximum_age": 12"#), "hsds-import-age-order"),
        (service(r#", "minimum_age": 12.5"#), "hsds-import-age"),
        (service(r#", "minimum_age": "twaalf""#), "hsds-import-wrong-type"),
        (format!("[{}, {}]", service(""), service("")), "hsds-import-duplicate-id"),
        (service(r#", "schedules": [{"id": "0b9f6a9e-7f0c-4d39-9a43-2f43c6a1f003", "freq": "WEEKLY", "byday": "MO", "opens_at": "10:00", "closes_at": "11:00", "interval": 2}]"#), "map-rec-no-start"),
        (service(r#", "schedules": [{"id": "0b9f6a9e-7f0c-4d39-9a43-2f43c6a1f003", "freq": "YEARLY", "byday": "XX"}]"#), "map-rec-freq"),
        (service(r#", "service_at_locations": [{"id": "0b9f6a9e-7f0c-4d39-9a43-2f43c6a1f004", "location": {"id": "0b9f6a9e-7f0c-4d39-9a43-2f43c6a1f005", "location_type": "physical", "latitude": 48.85, "longitude": 2.35}}]"#), "hsds-import-outside-nl"),
        (service(r#", "status": "open""#).replace(r#""status": "active","#, ""), "hsds-import-bad-status"),
        (r#"{"id": "x", "name": "Test", "status": "active", "organization_id": "y"}"#.into(), "hsds-import-not-uuid"),
        ("{\"id\": ".into(), "hsds-import-not-json"),
        ("[]".into(), "hsds-import-empty"),
        (service(r#", "service_at_locations": [{"id": "0b9f6a9e-7f0c-4d39-9a43-2f43c6a1f004", "location_id": "0b9f6a9e-7f0c-4d39-9a43-2f43c6a1f005"}, {"id": "0b9f6a9e-7f0c-4d39-9a43-2f43c6a1f006", "location_id": "0b9f6a9e-7f0c-4d39-9a43-2f43c6a1f005"}]"#), "hsds-import-place-twice"),
        ("42".into(), "hsds-import-not-an-object"),
    ];
    for (text, expected) in cases {
        let (items, mut problems) = read(&text);
        if let Err(more) = plan(&items, &known()) {
            problems.extend(more);
        }
        assert!(
            ids(&problems).contains(&expected),
            "{expected} for {text}: {problems:?}"
        );
    }
    let other = {
        let mut k = known();
        k.owners
            .insert("0b9f6a9e-7f0c-4d39-9a43-2f43c6a1f001".into(), "m2".into());
        k
    };
    let (items, _) = read(&service(""));
    assert_eq!(
        ids(&plan(&items, &other).unwrap_err()),
        ["hsds-import-other-municipality"]
    );
}

fn json_value() -> impl proptest::strategy::Strategy<Value = serde_json::Value> {
    use proptest::prelude::*;
    const KEYS: &[&str] = &[
        "id",
        "name",
        "status",
        "description",
        "organization",
        "organization_id",
        "services",
        "locations",
        "location",
        "service",
        "service_at_locations",
        "schedules",
        "freq",
        "byday",
        "opens_at",
        "closes_at",
        "valid_from",
        "valid_to",
        "count",
        "until",
        "latitude",
        "longitude",
        "minimum_age",
        "maximum_age",
        "attributes",
        "taxonomy_term",
        "taxonomy_term_id",
        "taxonomy_detail",
        "parent_id",
        "cost_options",
        "amount",
        "currency",
        "languages",
        "code",
        "service_areas",
        "extent",
        "addresses",
        "postal_code",
        "country",
        "location_type",
        "contents",
        "x",
    ];
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i32>().prop_map(serde_json::Value::from),
        (-200.0f64..200.0).prop_map(serde_json::Value::from),
        "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}"
            .prop_map(serde_json::Value::from),
        "\\PC{0,12}".prop_map(serde_json::Value::from),
        prop_oneof![
            Just("WEEKLY"),
            Just("MO,WE"),
            Just("2025-01-01"),
            Just("10:00"),
            Just("active"),
            Just("physical")
        ]
        .prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
            proptest::collection::btree_map(
                proptest::sample::select(KEYS).prop_map(String::from),
                inner,
                0..8
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest::proptest! {
    #[test]
    fn reading_and_planning_never_panic(v in json_value(), text in "\\PC{0,200}") {
        for input in [v.to_string(), text] {
            let (items, _) = read(&input);
            let _ = plan(&items, &known());
        }
    }
}

#[test]
fn open_schedules_are_planned_with_a_warning() {
    let text = service(
        r#", "schedules": [{"id": "0b9f6a9e-7f0c-4d39-9a43-2f43c6a1f003", "freq": "WEEKLY", "byday": "MO", "opens_at": "10:00", "closes_at": "11:00"}]"#,
    );
    let (items, problems) = read(&text);
    assert!(problems.is_empty(), "{problems:?}");
    let p = plan(&items, &known()).unwrap_or_else(|e| panic!("{e:?}"));
    let sc = &p.services[0].schedules[0].recurrence;
    assert!(sc.open_start() && sc.open_end());
    let warned = ids(&p.warnings);
    assert!(
        warned.contains(&"hsds-open-start") && warned.contains(&"hsds-open-end"),
        "{warned:?}"
    );
    // Planned again against what was saved, the same record is left alone.
    let mut k = known();
    for o in &p.organizations {
        k.fingerprints.insert(o.id.clone(), fingerprint(o));
    }
    for s in &p.services {
        k.fingerprints.insert(s.id.clone(), fingerprint(s));
    }
    let again = plan(&items, &k).unwrap();
    assert!(again.services.is_empty() && again.organizations.is_empty());
    assert_eq!(again.unchanged, p.organizations.len() + p.services.len());
}
