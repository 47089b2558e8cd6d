//! Time-based one-time passwords (RFC 6238) for the second login step, and recovery codes.

use rand::Rng;
use totp_rs::{Algorithm, Secret, TOTP};

const STEP: u64 = 30;
const DIGITS: usize = 6;
/// Codes one step before or after the current one are accepted (clock drift on phones).
const SKEW: i64 = 1;

/// A new random secret in base32, as authenticator apps take it.
pub fn new_secret() -> String {
    Secret::generate_secret().to_encoded().to_string()
}

fn totp(secret_b32: &str, account: &str) -> anyhow::Result<TOTP> {
    let bytes = Secret::Encoded(secret_b32.to_string())
        .to_bytes()
        .map_err(|e| anyhow::anyhow!("totp secret: {e:?}"))?;
    // Account names may not contain ':' in otpauth URIs.
    let account = account.replace(':', " ");
    Ok(TOTP::new_unchecked(
        Algorithm::SHA1,
        DIGITS,
        1,
        STEP,
        bytes,
        Some("KijKINDeWijk".into()),
        account,
    ))
}

/// The `otpauth://` URI for enrolling an authenticator app.
pub fn provisioning_uri(secret_b32: &str, account: &str) -> anyhow::Result<String> {
    Ok(totp(secret_b32, account)?.get_url())
}

/// The code for a given Unix time (used by tests and the demo).
pub fn code_at(secret_b32: &str, unix: u64) -> anyhow::Result<String> {
    Ok(totp(secret_b32, "x")?.generate(unix))
}

/// Checks `code` at Unix time `unix`. Returns the time step that matched, which must be later than
/// `last_step` so that a code cannot be used twice.
pub fn verify(
    secret_b32: &str,
    code: &str,
    unix: u64,
    last_step: Option<i64>,
) -> anyhow::Result<Option<i64>> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != DIGITS || !code.chars().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let t = totp(secret_b32, "x")?;
    let now_step = (unix / STEP) as i64;
    for offset in -SKEW..=SKEW {
        let step = now_step + offset;
        if step < 0 || last_step.is_some_and(|last| step <= last) {
            continue;
        }
        let expected = t.generate(step as u64 * STEP);
        if subtle::ConstantTimeEq::ct_eq(expected.as_bytes(), code.as_bytes()).into() {
            return Ok(Some(step));
        }
    }
    Ok(None)
}

/// Ten fresh recovery codes like `k3fq-9x2m-pt`.
pub fn new_recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::thread_rng();
    (0..10)
        .map(|_| {
            let chars: String = (0..10)
                .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
                .collect();
            format!("{}-{}-{}", &chars[0..4], &chars[4..8], &chars[8..10])
        })
        .collect()
}

/// Normalises a typed recovery code (case, spaces, dashes) before hashing it.
pub fn normalise_recovery_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_verify_once_and_within_the_window() {
        let secret = new_secret();
        let now = 1_800_000_000u64;
        let code = code_at(&secret, now).unwrap();
        let step = verify(&secret, &code, now, None)
            .unwrap()
            .expect("current code works");
        assert_eq!(
            verify(&secret, &code, now, Some(step)).unwrap(),
            None,
            "a code works once"
        );
        assert!(
            verify(&secret, &code, now + 30, None).unwrap().is_some(),
            "one step of drift is fine"
        );
        assert!(
            verify(&secret, &code, now + 120, None).unwrap().is_none(),
            "old codes fail"
        );
        assert!(verify(&secret, "12345", now, None).unwrap().is_none());
        assert!(verify(&secret, "abcdef", now, None).unwrap().is_none());
    }

    #[test]
    fn recovery_codes_are_distinct_and_normalise() {
        let codes = new_recovery_codes();
        let set: std::collections::BTreeSet<_> = codes.iter().collect();
        assert_eq!(set.len(), 10);
        assert_eq!(normalise_recovery_code(" K3FQ-9x2m pt "), "k3fq9x2mpt");
    }

    #[test]
    fn provisioning_uri_names_the_issuer() {
        let uri = provisioning_uri(&new_secret(), "sam@example.nl").unwrap();
        assert!(
            uri.starts_with("otpauth://totp/") && uri.contains("issuer=KijKINDeWijk"),
            "{uri}"
        );
    }
}
