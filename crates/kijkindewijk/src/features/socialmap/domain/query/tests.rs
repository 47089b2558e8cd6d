use super::*;

fn params(pairs: &[(&str, &str)]) -> SearchParams {
    let q: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    serde_html_form::from_str(&q).unwrap()
}

#[test]
fn a_full_search() {
    let q = params(&[
        ("q", "voetballen in Noord"),
        ("leeftijd", "14"),
        ("gratis", "1"),
        ("dag", "woensdag"),
        ("dagdeel", "middag"),
        ("postcode", "3511 ab"),
        ("afstand", "2,5"),
        ("sorteer", "afstand"),
        ("pagina", "2"),
    ])
    .parse(PAGE_SIZE)
    .unwrap();
    assert_eq!(q.terms, query_terms("voetbal noord"));
    assert_eq!(q.age, Some(14));
    assert!(q.free_only);
    assert_eq!(q.time.day, Some(2));
    assert_eq!(q.time.overlaps, Some((720, 1080)));
    assert_eq!(
        q.place,
        Some(Place::Postcode(Postcode::parse("3511AB").unwrap()))
    );
    assert_eq!(q.radius_m, Some(2500));
    assert_eq!(q.sort, Sort::Distance);
    assert_eq!(q.page, 2);
}

#[test]
fn every_bad_field_gets_its_message() {
    let err = params(&[
        ("leeftijd", "veertien"),
        ("dag", "zondagmiddag"),
        ("vanaf", "19:00"),
        ("tot", "18:00"),
        ("postcode", "99999"),
        ("afstand", "-3"),
        ("categorie", "'; DROP TABLE services; --"),
        ("sorteer", "random()"),
        ("pagina", "0"),
    ])
    .parse(PAGE_SIZE)
    .unwrap_err();
    for (field, id) in [
        ("leeftijd", "map-search-age-invalid"),
        ("dag", "map-search-day-invalid"),
        ("tot", "map-search-time-order"),
        ("postcode", "map-search-postcode-invalid"),
        ("afstand", "map-search-distance-invalid"),
        ("categorie", "map-search-category-unknown"),
        ("sorteer", "map-search-sort-invalid"),
        ("pagina", "map-search-page-invalid"),
    ] {
        assert_eq!(err.get(field), Some(id), "{field}: {err:?}");
    }
}

#[test]
fn sort_falls_back_and_points_are_checked() {
    let q = params(&[]).parse(PAGE_SIZE).unwrap();
    assert_eq!(q.sort, Sort::Name);
    let q = params(&[("q", "judo"), ("sorteer", "afstand")])
        .parse(PAGE_SIZE)
        .unwrap();
    assert_eq!(q.sort, Sort::Name, "no place to measure from");
    let q = params(&[("lat", "52,1"), ("lon", "5.1")])
        .parse(PAGE_SIZE)
        .unwrap();
    assert_eq!(q.sort, Sort::Distance);
    let err = params(&[("lat", "48.85"), ("lon", "2.35")])
        .parse(PAGE_SIZE)
        .unwrap_err();
    assert_eq!(err.get("postcode"), Some("map-search-point-outside"));
    let err = params(&[("afstand", "5")]).parse(PAGE_SIZE).unwrap_err();
    assert_eq!(err.get("postcode"), Some("map-search-distance-needs-place"));
}

proptest::proptest! {
    #[test]
    fn parsing_never_panics(values in proptest::collection::vec("\\PC{0,40}", 16)) {
        let p = SearchParams {
            q: Some(values[0].clone()), categorie: Some(values[1].clone()),
            leeftijd: Some(values[2].clone()), gratis: Some(values[3].clone()),
            dag: Some(values[4].clone()), dagdeel: Some(values[5].clone()),
            vanaf: Some(values[6].clone()), tot: Some(values[7].clone()),
            postcode: Some(values[8].clone()), lat: Some(values[9].clone()),
            lon: Some(values[10].clone()), afstand: Some(values[11].clone()),
            wijk: Some(values[12].clone()), gemeente: Some(values[13].clone()),
            sorteer: Some(values[14].clone()), pagina: Some(values[15].clone()),
            per_page: None,
        };
        if let Ok(q) = p.parse(PAGE_SIZE) {
            proptest::prop_assert!(q.page >= 1 && q.page <= MAX_PAGE);
            proptest::prop_assert!(q.terms.len() <= crate::features::socialmap::domain::text::MAX_QUERY_TERMS);
        }
    }
}
