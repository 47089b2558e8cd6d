//! Failed-login limits per account and per client address, kept in the database so they hold
//! across instances. Keys are keyed hashes; the answer is the same whether the account exists.

use std::net::IpAddr;

use time::OffsetDateTime;

use super::repo::{self, ThrottleRow};
use crate::db::now;
use crate::state::AppState;

/// The counter keys for a login attempt.
pub fn keys(app: &AppState, login: &str, ip: Option<IpAddr>) -> Vec<String> {
    let mut keys = vec![format!(
        "acct:{}",
        app.keyed_hash(&login.trim().to_lowercase())
    )];
    if let Some(ip) = ip {
        keys.push(format!("ip:{}", app.keyed_hash(&ip.to_string())));
    }
    keys
}

/// The counter keys for a second-factor attempt: the account's own second-factor counter, which a
/// correct password never resets (so knowing the password does not buy more code guesses), and the
/// address.
pub fn second_factor_keys(app: &AppState, user_id: &str, ip: Option<IpAddr>) -> Vec<String> {
    let mut keys = vec![format!("2fa:{}", app.keyed_hash(user_id))];
    if let Some(ip) = ip {
        keys.push(format!("ip:{}", app.keyed_hash(&ip.to_string())));
    }
    keys
}

/// Pure rule: after a failure, the new counter state.
pub fn after_failure(
    row: Option<ThrottleRow>,
    at: OffsetDateTime,
    max_failures: i64,
    window: time::Duration,
) -> ThrottleRow {
    let fresh = ThrottleRow {
        failures: 0,
        window_start: at,
        blocked_until: None,
    };
    let mut row = match row {
        Some(r) if r.window_start + window > at => r,
        _ => fresh,
    };
    row.failures += 1;
    // The address limit is wider: several people can share one address (a school, a library).
    if row.failures >= max_failures {
        row.blocked_until = Some(at + window);
    }
    row
}

/// Seconds until logins are allowed again, if any key is blocked.
pub async fn blocked_for(app: &AppState, keys: &[String]) -> Result<Option<u64>, sqlx::Error> {
    let t = now();
    let rows = repo::throttle_rows(&app.db, keys).await?;
    Ok(rows
        .iter()
        .filter_map(|r| r.blocked_until)
        .filter(|until| *until > t)
        .max()
        .map(|until| {
            let secs = (until - t).whole_seconds().max(1);
            secs as u64
        }))
}

/// Counts one failure on every key.
pub async fn record_failure(app: &AppState, keys: &[String]) -> Result<(), sqlx::Error> {
    let window = time::Duration::minutes(app.config.login_lockout_minutes);
    let mut tx = app.db.begin().await?;
    for key in keys {
        let max = if key.starts_with("ip:") {
            app.config.login_max_failures * 4
        } else {
            app.config.login_max_failures
        };
        let row = repo::throttle_row(&mut tx, key).await?;
        let next = after_failure(row, now(), max, window);
        repo::put_throttle(&mut tx, key, &next).await?;
    }
    tx.commit().await
}

/// A limit on how often one client address may do something that creates records or sends mail
/// (signing up, asking for a reset link): counts this attempt and says whether it is still allowed.
pub async fn allow_action(
    app: &AppState,
    action: &str,
    ip: Option<IpAddr>,
    max: i64,
    window: time::Duration,
) -> Result<bool, sqlx::Error> {
    let Some(ip) = ip else {
        return Ok(true);
    };
    let key = format!("{action}:{}", app.keyed_hash(&ip.to_string()));
    let t = now();
    let mut tx = app.db.begin().await?;
    let row = repo::throttle_row(&mut tx, &key).await?;
    if row
        .as_ref()
        .and_then(|r| r.blocked_until)
        .is_some_and(|until| until > t)
    {
        return Ok(false);
    }
    let next = after_failure(row, t, max, window);
    repo::put_throttle(&mut tx, &key, &next).await?;
    tx.commit().await?;
    Ok(true)
}

/// Forgets the account counter (the first key) after a successful step: the password counter
/// after a correct password, the second-factor counter after a correct code.
pub async fn record_success(app: &AppState, keys: &[String]) -> Result<(), sqlx::Error> {
    if let Some(account_key) = keys.first() {
        repo::clear_throttle(&app.db, account_key).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_after_the_limit_and_resets_after_the_window() {
        let t0 = OffsetDateTime::from_unix_timestamp(1_800_000_000).unwrap();
        let window = time::Duration::minutes(15);
        let mut row = None;
        for i in 1..=4 {
            let r = after_failure(row, t0 + time::Duration::seconds(i), 5, window);
            assert!(r.blocked_until.is_none());
            row = Some(r);
        }
        let r = after_failure(row, t0 + time::Duration::seconds(5), 5, window);
        assert_eq!(r.failures, 5);
        assert!(r.blocked_until.is_some());
        let later = after_failure(Some(r), t0 + time::Duration::minutes(20), 5, window);
        assert_eq!(later.failures, 1, "a new window starts counting afresh");
        assert!(later.blocked_until.is_none());
    }
}
