//! `import-hsds`, `export-hsds` and `import-postcodes`: all or nothing, idempotent, tenant-safe.

use std::process::Command;

use kijkindewijk::features::socialmap::hsds::{export, import};

use super::hsds::{assert_valid, validator};
use super::{api, names};
use crate::helpers::TestApp;

fn fixture(path: &str) -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/hsds-3.0")
            .join(path),
    )
    .unwrap()
}

async fn counts(app: &TestApp) -> Vec<i64> {
    let mut out = Vec::new();
    for t in [
        "organizations",
        "locations",
        "services",
        "service_at_locations",
        "schedules",
        "service_areas",
        "service_taxonomy_terms",
        "taxonomy_terms",
    ] {
        out.push(app.count(t).await);
    }
    out
}

#[tokio::test]
async fn export_then_import_changes_nothing() {
    let app = TestApp::spawn().await;
    let (json, orgs, services) = export::export(&app.state, "GM0990").await.unwrap();
    assert!(orgs >= 30 && services > 200, "{orgs} {services}");
    let list: serde_json::Value = serde_json::from_str(&json).unwrap();
    let schema = validator("schema/compiled/organization.json");
    for o in list.as_array().unwrap().iter().take(5) {
        assert_valid(&schema, o, "an exported organization");
    }
    let before = counts(&app).await;
    let c = app.client();
    let id = super::service_id(&app, "Voetbaltraining JO15").await;
    let mut one = c.get(&format!("/hsds/services/{id}")).await.json();
    let outcome = import::run::import(&app.state, "GM0990", &json)
        .await
        .unwrap()
        .unwrap_or_else(|p| panic!("{p:#?}"));
    let c1 = &outcome.counts;
    assert_eq!(c1.existing, c1.organizations + c1.locations + c1.services);
    assert_eq!(counts(&app).await, before, "the same rows, nothing added");
    let mut again = c.get(&format!("/hsds/services/{id}")).await.json();
    for v in [&mut one, &mut again] {
        v.as_object_mut().unwrap().remove("last_modified");
    }
    assert_eq!(one, again);

    // The same file again: every record equals what is stored, so nothing is written and no
    // listing's last change moves.
    let stamp =
        "SELECT COUNT(*) FROM services WHERE updated_at = (SELECT MAX(updated_at) FROM services)";
    let listed = c.get(&format!("/hsds/services/{id}")).await.json();
    let (newest, latest) = (
        app.number(stamp).await,
        app.text("SELECT CAST(MAX(updated_at) AS TEXT) FROM services")
            .await,
    );
    let second = import::run::import(&app.state, "GM0990", &json)
        .await
        .unwrap()
        .unwrap_or_else(|p| panic!("{p:#?}"));
    let c2 = &second.counts;
    assert_eq!(
        (
            c2.organizations,
            c2.locations,
            c2.services,
            c2.taxonomies,
            c2.terms,
            c2.existing
        ),
        (0, 0, 0, 0, 0, 0),
        "{c2:?}"
    );
    assert_eq!(
        c2.unchanged,
        c1.organizations + c1.locations + c1.services + c1.taxonomies + c1.terms + c1.unchanged
    );
    assert!(
        c2.render(kijkindewijk::i18n::Locale::Nl)
            .contains(&format!("{} ongewijzigd", c2.unchanged)),
        "{}",
        c2.render(kijkindewijk::i18n::Locale::Nl)
    );
    assert_eq!(app.number(stamp).await, newest);
    assert_eq!(
        app.text("SELECT CAST(MAX(updated_at) AS TEXT) FROM services")
            .await,
        latest
    );
    let third = c.get(&format!("/hsds/services/{id}")).await.json();
    assert_eq!(third["last_modified"], listed["last_modified"]);
    assert!(
        names(&api(&c, "q=voetballen&per_page=100").await)
            .contains(&"Voetbaltraining JO15".to_string())
    );

    // The same data set cannot take over another municipality's records.
    let refused = import::run::import(&app.state, "GM0991", &json)
        .await
        .unwrap()
        .unwrap_err();
    assert!(
        refused
            .iter()
            .all(|p| p.message_id == "hsds-import-other-municipality"),
        "{refused:?}"
    );
    assert_eq!(counts(&app).await, before);
}

#[tokio::test]
async fn a_dutch_data_set_imports_once_and_again_without_changes() {
    let app = TestApp::spawn().await;
    let text = fixture("nl/jeugdaanbod.json");
    let first = import::run::import(&app.state, "GM0990", &text)
        .await
        .unwrap()
        .unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(
        (
            first.counts.organizations,
            first.counts.services,
            first.counts.existing
        ),
        (1, 2, 0)
    );
    let after_first = counts(&app).await;
    let again = import::run::import(&app.state, "GM0990", &text)
        .await
        .unwrap()
        .unwrap();
    let f = &first.counts;
    let all = f.organizations + f.locations + f.services + f.taxonomies + f.terms;
    assert_eq!((again.counts.existing, again.counts.unchanged), (0, all));
    // One changed service is written again; the rest stay as they are.
    let changed = text.replace(
        "Samen muziek maken in een band, ook als je net begint.",
        "Samen muziek maken in een band, ook als je pas begint.",
    );
    let once_more = import::run::import(&app.state, "GM0990", &changed)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (
            once_more.counts.services,
            once_more.counts.existing,
            once_more.counts.unchanged
        ),
        (1, 1, all - 1)
    );
    assert_eq!(counts(&app).await, after_first, "idempotent");
    let page = import::run::import(
        &app.state,
        "GM0990",
        &fixture("nl/dienst_op_locatie_pagina.json"),
    )
    .await
    .unwrap();
    assert!(page.is_ok(), "{page:?}");

    let c = app.client();
    let found = api(&c, "q=samenspel").await;
    assert_eq!(names(&found), ["Samenspel voor beginners"]);
    assert_eq!(found["contents"][0]["cost_cents"], 750);
    assert_eq!(found["contents"][0]["jeugdfonds"], true);
    let dj = api(&c, "q=mixen").await;
    assert!(
        dj["contents"][0]["latitude"].as_f64().is_some(),
        "located by its postcode: {dj}"
    );
    assert!(names(&api(&c, "q=kinderkoor").await).contains(&"Kinderkoor".to_string()));
}

#[tokio::test]
async fn a_bad_file_stores_nothing_and_says_why() {
    let app = TestApp::spawn().await;
    let before = counts(&app).await;
    let good = fixture("nl/jeugdaanbod.json");
    let mut list: serde_json::Value = serde_json::from_str(&good).unwrap();
    // One bad record among good ones: its ages are upside down and it has an unknown field.
    list[1]["minimum_age"] = 18.into();
    list[1]["maximum_age"] = 12.into();
    list[0]["services"][0]["schedules"][0]["freq"] = "DAILY".into();
    list[0]["locations"][0]["latitude"] = 40.7.into();
    list[2]["colour"] = "blauw".into();
    let refused = import::run::import(&app.state, "GM0990", &list.to_string())
        .await
        .unwrap()
        .unwrap_err();
    let reasons: Vec<&str> = refused.iter().map(|p| p.message_id).collect();
    for r in [
        "hsds-import-age-order",
        "map-rec-freq",
        "hsds-import-outside-nl",
        "hsds-import-unknown-field",
    ] {
        assert!(reasons.contains(&r), "{r} in {reasons:?}");
    }
    let report: Vec<String> = refused
        .iter()
        .map(|p| p.render(kijkindewijk::i18n::Locale::Nl))
        .collect();
    assert!(
        report
            .iter()
            .any(|l| l.contains("DJ-workshop") && l.contains("omgekeerd")),
        "{report:#?}"
    );
    assert!(report.iter().any(|l| l.contains("colour")), "{report:#?}");
    assert_eq!(counts(&app).await, before, "nothing stored");
    for f in [
        "examples/service_full.json",
        "examples/organization_full.json",
        "examples/service_at_location_list.json",
    ] {
        let r = import::run::import(&app.state, "GM0990", &fixture(f))
            .await
            .unwrap();
        assert!(r.is_err(), "{f}");
    }
    assert_eq!(counts(&app).await, before);
}

fn cli(app: &TestApp, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kijkindewijk"))
        .arg("--database-url")
        .arg(&app.db.url)
        .args(args)
        .env("KKDW_GEOCODER_URL", "")
        .env("KKDW_LOG_LEVEL", "error")
        .output()
        .unwrap()
}

#[tokio::test]
async fn the_commands_report_in_dutch() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("pc.csv");
    std::fs::write(
        &csv,
        "postcode;breedtegraad;lengtegraad\n1011 AB;52,3731;4,8922\n1012;52,3740;4,8910\n",
    )
    .unwrap();
    let out = cli(&app, &["import-postcodes", csv.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("2 postcodes opgeslagen"));
    let far = api(&app.client(), "postcode=1011AB&sorteer=afstand&per_page=1").await;
    assert!(
        far["contents"][0]["distance_m"].as_u64().unwrap() > 20_000,
        "Amsterdam is far from Wijkerveen"
    );

    std::fs::write(&csv, "postcode,lat,lon\n1011AB,52.37,4.89\nXXXX,1,2\n").unwrap();
    let out = cli(&app, &["import-postcodes", csv.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("Regel 3: Dit is geen Nederlandse postcode.")
    );

    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, fixture("examples/service_full.json")).unwrap();
    let out = cli(
        &app,
        &[
            "import-hsds",
            bad.to_str().unwrap(),
            "--municipality",
            "GM0990",
        ],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Het bestand is niet ingelezen") && err.contains("liggen niet in Nederland"),
        "{err}"
    );

    let file = dir.path().join("export.json");
    let out = cli(
        &app,
        &[
            "export-hsds",
            file.to_str().unwrap(),
            "--municipality",
            "GM0990",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = cli(
        &app,
        &[
            "import-hsds",
            file.to_str().unwrap(),
            "--municipality",
            "GM0990",
            "--lang",
            "en",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("existed already"));
}

#[tokio::test]
async fn open_schedules_are_taken_and_flagged_until_a_keeper_confirms() {
    let app = TestApp::spawn().await;
    let mut list: serde_json::Value =
        serde_json::from_str(&fixture("nl/jeugdaanbod.json")).unwrap();
    // Weekly on Wednesdays, published without a start and without an end.
    let schedule = list[0]["services"][0]["schedules"][0]
        .as_object_mut()
        .unwrap();
    schedule.remove("valid_from");
    schedule.remove("valid_to");
    let outcome = import::run::import(&app.state, "GM0990", &list.to_string())
        .await
        .unwrap()
        .unwrap_or_else(|p| panic!("{p:#?}"));
    let flagged: Vec<&str> = outcome.warnings.iter().map(|w| w.message_id).collect();
    assert!(
        flagged.contains(&"hsds-open-start") && flagged.contains(&"hsds-open-end"),
        "{flagged:?}"
    );
    let id = "cd37be11-e783-51b2-8927-f6ac0170725a";
    let page = app
        .client()
        .get(&format!("/sociale-kaart/aanbod/{id}"))
        .await;
    assert!(
        page.body
            .contains("Doorlopend, zonder begin- of einddatum."),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("Niemand heeft deze informatie de afgelopen 365 dagen bevestigd"),
        "not confirmed yet"
    );
    // The feed repeats the times for one confirmation period, not for ever.
    let ics = app
        .client()
        .get(&format!("/sociale-kaart/aanbod/{id}/rooster.ics"))
        .await;
    let until = kijkindewijk::clock::today() + time::Duration::days(365);
    let until = format!(
        "UNTIL={:04}{:02}{:02}T",
        until.year(),
        until.month() as u8,
        until.day()
    );
    assert!(
        ics.body.contains("RRULE:FREQ=WEEKLY;BYDAY=WE;") && ics.body.contains(&until),
        "{}",
        ics.body
    );

    let editor = app.as_role("redacteur").await;
    let overview = editor.get("/sociale-kaart/beheer?zoek=samenspel").await;
    assert!(
        overview.body.contains("Bevestigen nodig") && overview.body.contains("Klopt nog"),
        "{}",
        overview.body
    );
    let confirmed = editor
        .post(&format!("/sociale-kaart/beheer/{id}/bevestigd"), &[])
        .await;
    assert_eq!(
        confirmed.location(),
        "/sociale-kaart/beheer?klaar=bevestigd"
    );
    let page = app
        .client()
        .get(&format!("/sociale-kaart/aanbod/{id}"))
        .await;
    assert!(page.body.contains("Laatst bevestigd op"), "{}", page.body);
    assert!(!page.body.contains("Niemand heeft deze informatie"));
    assert!(
        !editor
            .get("/sociale-kaart/beheer?zoek=samenspel")
            .await
            .body
            .contains("Bevestigen nodig")
    );
}
