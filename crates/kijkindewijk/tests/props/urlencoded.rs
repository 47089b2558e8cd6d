//! Urlencoded bodies and queries (`web::extract::urlencoded_is_utf8`) and return paths
//! (`web::safe_return_path`).

use kijkindewijk::web::extract::urlencoded_is_utf8;
use kijkindewijk::web::safe_return_path;
use proptest::prelude::*;

fn encode(pairs: &[(String, String)]) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        s.append_pair(k, v);
    }
    s.finish()
}

proptest! {
    #[test]
    fn any_bytes_are_judged_without_panicking(body in proptest::collection::vec(any::<u8>(), 0..200)) {
        let ok = urlencoded_is_utf8(&body);
        if ok {
            // What passes decodes without replacement characters the input did not have.
            const REPLACEMENT: char = '\u{fffd}';
            let had = String::from_utf8_lossy(&body).contains(REPLACEMENT);
            for (k, v) in form_urlencoded::parse(&body) {
                let replaced = k.contains(REPLACEMENT) || v.contains(REPLACEMENT);
                prop_assert!(had || !replaced);
            }
        }
    }

    #[test]
    fn every_form_a_browser_sends_passes_and_round_trips(
        pairs in proptest::collection::vec(("\\PC{0,12}", "\\PC{0,30}"), 0..6),
    ) {
        let body = encode(&pairs);
        prop_assert!(urlencoded_is_utf8(body.as_bytes()));
        let back: Vec<(String, String)> = form_urlencoded::parse(body.as_bytes()).into_owned().collect();
        prop_assert_eq!(back, pairs);
    }

    #[test]
    fn a_broken_byte_anywhere_is_refused(
        pairs in proptest::collection::vec(("[a-z]{1,8}", "\\PC{0,20}"), 1..5),
        at in any::<prop::sample::Index>(),
        bad in prop_oneof![Just("%FF"), Just("%C3%28"), Just("%E2%82"), Just("%80")],
    ) {
        let body = encode(&pairs);
        // At the start of a name or a value, so the broken sequence stays itself.
        let cuts: Vec<usize> = std::iter::once(0)
            .chain(body.match_indices(['&', '=']).map(|(i, _)| i + 1))
            .chain(std::iter::once(body.len()))
            .collect();
        let i = cuts[at.index(cuts.len())];
        let broken = format!("{}{bad}{}", &body[..i], &body[i..]);
        prop_assert!(!urlencoded_is_utf8(broken.as_bytes()), "{}", broken);
    }

    #[test]
    fn return_paths_never_leave_the_site(input in proptest::option::of("\\PC{0,30}|/[/\\\\]?\\PC{0,20}")) {
        let p = safe_return_path(input.as_deref());
        prop_assert!(p.starts_with('/'));
        prop_assert!(!p.starts_with("//") && !p.contains('\\'));
        prop_assert!(!p.chars().any(char::is_control));
    }
}
