//! TOTP codes and recovery codes as typed by a person (`auth::totp`).

use kijkindewijk::auth::totp;
use proptest::prelude::*;

fn secret() -> impl Strategy<Value = String> {
    "[A-Z2-7]{32}"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_typed_code_is_accepted_or_refused_without_panicking(
        secret in secret(), typed in "\\PC{0,12}", unix in 0u64..4_000_000_000, last in proptest::option::of(0i64..200_000_000),
    ) {
        let step = totp::verify(&secret, &typed, unix, last).unwrap();
        if let Some(step) = step {
            let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
            prop_assert!(digits.len() == 6 && digits.chars().all(|c| c.is_ascii_digit()));
            prop_assert!((step - (unix / 30) as i64).abs() <= 1);
            prop_assert!(last.is_none_or(|l| step > l), "a used step never works again");
        }
    }

    #[test]
    fn the_current_code_works_once(secret in secret(), unix in 60u64..4_000_000_000, spaced: bool) {
        let code = totp::code_at(&secret, unix).unwrap();
        let typed = if spaced { format!(" {} {} ", &code[..3], &code[3..]) } else { code.clone() };
        let now = (unix / 30) as i64;
        let step = totp::verify(&secret, &typed, unix, None).unwrap();
        // Usually `now`; a neighbouring step only when its code happens to be the same.
        prop_assert!(step.is_some_and(|s| (s - now).abs() <= 1));
        prop_assert_eq!(totp::verify(&secret, &typed, unix, Some(now + 1)).unwrap(), None);
    }

    #[test]
    fn recovery_codes_normalise_to_lower_case_letters_and_digits(typed in "\\PC{0,40}") {
        let n = totp::normalise_recovery_code(&typed);
        prop_assert!(n.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));
        prop_assert_eq!(totp::normalise_recovery_code(&n), n.clone(), "idempotent");
    }

    #[test]
    fn issued_recovery_codes_survive_how_people_type_them(upper: bool, sep in "[ -]{0,2}") {
        for code in totp::new_recovery_codes() {
            let typed = code.replace('-', &sep);
            let typed = if upper { typed.to_uppercase() } else { typed };
            prop_assert_eq!(totp::normalise_recovery_code(&typed), code.replace('-', ""));
        }
    }
}
