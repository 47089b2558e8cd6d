use super::*;

const TERM: &str = "4b3c0a3e-0000-4000-8000-000000000001";

fn good() -> ServiceForm {
    ServiceForm {
        organization_id: "4b3c0a3e-0000-4000-8000-0000000000aa".into(),
        name: "Voetbaltraining O15".into(),
        description: "Elke dinsdag en donderdag trainen op Sportpark Zuid.".into(),
        status: "active".into(),
        url: "https://vvwijkerveen.example/jeugd".into(),
        email: "Jeugd@VVWijkerveen.example".into(),
        categories: vec![TERM.into()],
        min_age: "13".into(),
        max_age: "15".into(),
        cost: "€ 12,50".into(),
        jeugdfonds: "1".into(),
        capacity: "4".into(),
        languages: vec!["nl".into(), "en".into(), "nl".into()],
        loc_address: "Sportlaan 4".into(),
        loc_postcode: "9901 ab".into(),
        loc_city: "Wijkerveen".into(),
        accessibility: vec!["rolstoel".into()],
        areas: vec![],
        days1: vec!["TU".into(), "TH".into()],
        opens1: "18:00".into(),
        closes1: "19:30".into(),
        valid_from: "2025-08-18".into(),
        valid_to: "2026-06-30".into(),
        ..Default::default()
    }
}

#[test]
fn a_good_form_becomes_a_listing() {
    let l = good().check(&[TERM.to_string()]).unwrap();
    assert_eq!(
        l.service.email.as_deref(),
        Some("jeugd@vvwijkerveen.example")
    );
    assert_eq!(l.service.cost_amount_cents, Some(1250));
    assert!(l.service.jeugdfonds && !l.service.is_free);
    assert_eq!(l.languages.len(), 2);
    assert_eq!(l.loc_postcode.as_ref().map(|p| p.as_str()), Some("9901AB"));
    assert_eq!(l.schedules.len(), 1);
    assert_eq!(l.schedules[0].days_mask(), 0b1010);
}

#[test]
fn each_mistake_is_reported_on_its_field() {
    let mut f = good();
    f.name = " ".into();
    f.status = "open".into();
    f.url = "javascript:alert(1)".into();
    f.email = "geen-adres".into();
    f.min_age = "16".into();
    f.max_age = "12".into();
    f.free = "1".into();
    f.capacity = "-1".into();
    f.languages = vec!["xx".into()];
    f.loc_postcode = "9901".into();
    f.loc_lat = "100".into();
    f.loc_lon = "101".into();
    f.categories = vec!["4b3c0a3e-0000-4000-8000-00000000ffff".into()];
    f.days2 = vec!["MO".into()];
    f.opens2 = "20:00".into();
    f.closes2 = "19:00".into();
    f.days3 = vec![];
    f.opens3 = "10:00".into();
    let e = f.check(&[TERM.to_string()]).unwrap_err();
    for (field, id) in [
        ("name", "map-form-required"),
        ("status", "map-form-status-invalid"),
        ("url", "map-form-url-invalid"),
        ("email", "map-form-email-invalid"),
        ("max_age", "map-form-age-order"),
        ("cost", "map-form-cost-but-free"),
        ("capacity", "map-form-capacity-invalid"),
        ("languages", "map-form-language-unknown"),
        ("loc_postcode", "map-form-postcode-invalid"),
        ("loc_lat", "map-form-point-outside"),
        ("categories", "map-form-category-unknown"),
        ("closes2", "map-rec-closes-before-opens"),
        ("days3", "map-form-days-required"),
    ] {
        assert_eq!(e.get(field), Some(id), "{field}: {e:?}");
    }
}

#[test]
fn schedules_must_end() {
    let mut f = good();
    f.valid_to = String::new();
    let e = f.check(&[TERM.to_string()]).unwrap_err();
    assert_eq!(e.get("valid_to"), Some("map-rec-never-ends"));
}

#[test]
fn small_parsers() {
    assert_eq!(parse_euros("12"), Some(1200));
    assert_eq!(parse_euros("0,5"), Some(50));
    assert_eq!(parse_euros("12,345"), None);
    assert_eq!(parse_euros("-1"), None);
    assert!(!looks_like_url("https://example.nl/a b"));
    assert!(looks_like_url("http://x.nl"));
    assert!(!looks_like_url("ftp://x.nl"));
    assert!(looks_like_phone("+31 (0)30-123 45 67"));
    assert!(!looks_like_phone("bel maar"));
}
