//! CBS area codes (`places::codes`).

use kijkindewijk::places::codes::{AreaCode, AreaKind};
use proptest::prelude::*;

fn kind() -> impl Strategy<Value = AreaKind> {
    prop_oneof![
        Just(AreaKind::Municipality),
        Just(AreaKind::Wijk),
        Just(AreaKind::Buurt)
    ]
}

fn shape(kind: AreaKind) -> (&'static str, usize) {
    match kind {
        AreaKind::Municipality => ("GM", 6),
        AreaKind::Wijk => ("WK", 8),
        AreaKind::Buurt => ("BU", 10),
    }
}

proptest! {
    #[test]
    fn any_text_is_either_refused_or_a_well_formed_code(kind in kind(), input in "\\PC{0,14}") {
        if let Ok(code) = AreaCode::parse(kind, &input) {
            let (prefix, len) = shape(kind);
            let s = code.as_str();
            prop_assert!(s.starts_with(prefix));
            prop_assert_eq!(s.len(), len);
            prop_assert!(s.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase()));
            prop_assert_eq!(AreaCode::parse(kind, s), Ok(code.clone()), "parsing is idempotent");
        }
    }

    #[test]
    fn near_codes_never_panic(kind in kind(), input in "[ gGwWbBkKmMuU]{0,3}[0-9A-Za-z\u{e9}\u{1F600}]{0,10} ?") {
        let _ = AreaCode::parse(kind, &input);
        let _ = AreaCode::parse_within(kind, &input, &input);
    }

    #[test]
    fn valid_codes_parse_in_any_case_with_spaces(
        digits in "[0-9]{4}", rest in "[0-9A-Z]{4}", pad in " {0,2}", lower: bool,
    ) {
        let wijk = format!("{pad}WK{digits}{}{pad}", &rest[..2]);
        let buurt = format!("BU{digits}{rest}");
        let wijk = if lower { wijk.to_lowercase() } else { wijk };
        let w = AreaCode::parse(AreaKind::Wijk, &wijk).unwrap();
        let municipality = format!("GM{digits}");
        prop_assert!(AreaCode::parse(AreaKind::Municipality, &municipality.to_lowercase()).is_ok());
        prop_assert!(AreaCode::parse(AreaKind::Buurt, &buurt).is_ok());
        // A wijk lies in its municipality, and a buurt in the wijk its code starts with.
        prop_assert!(AreaCode::parse_within(AreaKind::Wijk, &wijk, &municipality).is_ok());
        let in_wijk = format!("BU{}{}", &w.as_str()[2..], &rest[2..]);
        prop_assert!(AreaCode::parse_within(AreaKind::Buurt, &in_wijk, w.as_str()).is_ok());
    }

    #[test]
    fn within_a_parent_means_starting_with_its_digits(
        kind in prop_oneof![Just(AreaKind::Wijk), Just(AreaKind::Buurt)],
        code in "(WK|BU)[0-9A-Z]{6,8}", parent in "\\PC{0,10}",
    ) {
        if let Ok(c) = AreaCode::parse_within(kind, &code, &parent) {
            let digits = parent.get(2..).unwrap_or_default();
            prop_assert!(!digits.is_empty());
            prop_assert!(c.as_str()[2..].starts_with(digits));
        }
    }
}
