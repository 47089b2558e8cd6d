//! Password hashing with Argon2id, off the async threads.

use std::sync::LazyLock;

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

use crate::error::FieldErrors;

/// Shortest password accepted.
pub const MIN_LEN: usize = 10;
/// Longest password accepted (Argon2 copes, but a limit keeps requests cheap).
pub const MAX_LEN: usize = 256;

/// A hash to verify against when an account does not exist, so that the answer takes as long
/// either way and does not reveal which accounts exist.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| hash_blocking("not-a-real-password-0000"));

fn hash_blocking(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .expect("argon2 hashing with default parameters")
        .to_string()
}

/// Hashes a password (Argon2id, default parameters) on the blocking pool.
pub async fn hash(password: String) -> anyhow::Result<String> {
    Ok(tokio::task::spawn_blocking(move || hash_blocking(&password)).await?)
}

/// Checks a password against a stored hash; without a hash a dummy is checked so timing is equal.
pub async fn verify(password: String, stored: Option<String>) -> anyhow::Result<bool> {
    Ok(tokio::task::spawn_blocking(move || {
        let real = stored.is_some();
        let stored = stored.unwrap_or_else(|| DUMMY_HASH.clone());
        let ok = PasswordHash::new(&stored)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false);
        ok && real
    })
    .await?)
}

/// Rules for a new password; adds messages for `field` to `errors`.
pub fn check_new(
    password: &str,
    repeat: &str,
    login_name: &str,
    field: &str,
    errors: &mut FieldErrors,
) {
    let len = password.chars().count();
    if len < MIN_LEN {
        errors.add(field, "password-too-short");
    } else if len > MAX_LEN {
        errors.add(field, "password-too-long");
    } else if !login_name.is_empty() && password.to_lowercase().contains(&login_name.to_lowercase())
    {
        errors.add(field, "password-contains-login");
    } else if password != repeat {
        errors.add(&format!("{field}_repeat"), "password-mismatch");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hash_and_verify() {
        let h = hash("correct horse battery".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(
            verify("correct horse battery".into(), Some(h.clone()))
                .await
                .unwrap()
        );
        assert!(!verify("wrong".into(), Some(h)).await.unwrap());
        assert!(
            !verify("not-a-real-password-0000".into(), None)
                .await
                .unwrap()
        );
    }

    #[test]
    fn new_password_rules() {
        let mut e = FieldErrors::new();
        check_new("short", "short", "sam", "password", &mut e);
        assert_eq!(e.get("password"), Some("password-too-short"));
        let mut e = FieldErrors::new();
        check_new(
            "sam-is-great-1",
            "sam-is-great-1",
            "Sam",
            "password",
            &mut e,
        );
        assert_eq!(e.get("password"), Some("password-contains-login"));
        let mut e = FieldErrors::new();
        check_new(
            "long enough pw",
            "long enough pX",
            "sam",
            "password",
            &mut e,
        );
        assert_eq!(e.get("password_repeat"), Some("password-mismatch"));
        let mut e = FieldErrors::new();
        check_new(
            "long enough pw",
            "long enough pw",
            "sam",
            "password",
            &mut e,
        );
        assert!(e.is_empty());
    }
}
