//! Account operations shared by the web pages, the `user` command and the demo: creating users
//! with an invitation, issuing password-reset links, recovery codes.

use fluent_templates::fluent_bundle::FluentValue;

use crate::auth::{Grant, repo, totp};
use crate::crypto::{random_token, sha256_hex};
use crate::db::{Tx, now};
use crate::i18n::Locale;
use crate::platform::mail;
use crate::state::App;

/// How long an invitation link works.
pub const INVITATION_DAYS: i64 = 7;
/// How long a password-reset link works.
pub const RESET_MINUTES: i64 = 60;

/// An SVG QR code for an `otpauth://` URI (drawn on the server; no script needed).
pub fn qr_svg(uri: &str) -> anyhow::Result<String> {
    let code = qrcode::QrCode::new(uri.as_bytes())?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build())
}

/// Makes and stores ten new recovery codes (hashed with the installation key); returns them so the
/// user can see them once.
pub async fn new_recovery_codes(app: &App, user_id: &str) -> anyhow::Result<Vec<String>> {
    let codes = totp::new_recovery_codes();
    let hashes: Vec<String> = codes
        .iter()
        .map(|c| app.keyed_hash(&totp::normalise_recovery_code(c)))
        .collect();
    repo::replace_recovery_codes(&app.db, user_id, &hashes).await?;
    Ok(codes)
}

/// Paths of one-time links: whoever holds such a link can choose the account's password, so the
/// beheerder's outbox never shows them (see `redact_links`).
pub const LINK_PATHS: [&str; 2] = ["/wachtwoord-herstellen/", "/uitnodiging/"];

/// The stamp that binds a one-time link to the account's password as it is now (a keyed hash of the
/// password hash; the same for every account without a password). Once the password changes, every
/// earlier link of the account stops working.
pub fn password_stamp(app: &App, password_hash: Option<&str>) -> String {
    app.keyed_hash(&format!("link-stamp:{}", password_hash.unwrap_or("")))
}

/// A mail body with the secret part of every one-time link replaced by `hidden` (pure).
pub fn redact_links(body: &str, hidden: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some((at, path)) = LINK_PATHS
        .iter()
        .filter_map(|p| rest.find(p).map(|i| (i, *p)))
        .min_by_key(|(i, _)| *i)
    {
        let secret_start = at + path.len();
        out.push_str(&rest[..secret_start]);
        let tail = &rest[secret_start..];
        let end = tail
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(tail.len());
        if end > 0 {
            out.push_str(hidden);
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// Creates a one-time link of the given purpose inside `tx`, bound to the account's current
/// password (`password_hash`), and returns the full URL.
pub async fn issue_link(
    app: &App,
    tx: &mut Tx,
    user_id: &str,
    password_hash: Option<&str>,
    purpose: repo::TokenPurpose,
) -> Result<String, sqlx::Error> {
    let token = random_token();
    let (lifetime, path) = match purpose {
        repo::TokenPurpose::Invitation => (time::Duration::days(INVITATION_DAYS), "uitnodiging"),
        repo::TokenPurpose::PasswordReset => (
            time::Duration::minutes(RESET_MINUTES),
            "wachtwoord-herstellen",
        ),
    };
    let stamp = password_stamp(app, password_hash);
    repo::insert_token(
        tx,
        &sha256_hex(&token),
        purpose,
        user_id,
        now() + lifetime,
        &stamp,
    )
    .await?;
    Ok(format!("{}/{path}/{token}", app.config.base_url()))
}

/// Creates a user with roles and, when an e-mail address is known, mails an invitation link.
/// Returns the user id and the link (for the beheerder to hand over when there is no e-mail).
pub async fn create_with_invitation(
    app: &App,
    tx: &mut Tx,
    user: &repo::NewUser,
    grants: &[Grant],
    loc: Locale,
) -> Result<(String, String), sqlx::Error> {
    let id = repo::insert_user(tx, user, grants).await?;
    let link = issue_link(
        app,
        tx,
        &id,
        user.password_hash.as_deref(),
        repo::TokenPurpose::Invitation,
    )
    .await?;
    if let Some(email) = &user.email {
        let args = [
            ("name", FluentValue::from(user.display_name.clone())),
            ("link", FluentValue::from(link.clone())),
            ("login", FluentValue::from(user.login_name.clone())),
            ("days", FluentValue::from(INVITATION_DAYS)),
        ];
        let subject = loc.t("mail-invitation-subject");
        let body = loc.t_args("mail-invitation-body", &args);
        let municipality = grants.first().map(|g| g.municipality_id.as_str());
        mail::queue(
            tx,
            app.config.smtp_url.is_some(),
            municipality,
            email,
            &subject,
            &body,
        )
        .await?;
    }
    Ok((id, link))
}

/// Mails a password-reset link to a user with an e-mail address; returns the link.
pub async fn send_reset(
    app: &App,
    user: &repo::UserRow,
    loc: Locale,
) -> Result<String, sqlx::Error> {
    let grants = repo::grants(&app.db, &user.id).await?;
    let mut tx = app.db.begin().await?;
    let link = issue_link(
        app,
        &mut tx,
        &user.id,
        user.password_hash.as_deref(),
        repo::TokenPurpose::PasswordReset,
    )
    .await?;
    if let Some(email) = &user.email {
        let args = [
            ("name", FluentValue::from(user.display_name.clone())),
            ("link", FluentValue::from(link.clone())),
            ("minutes", FluentValue::from(RESET_MINUTES)),
        ];
        let subject = loc.t("mail-reset-subject");
        let body = loc.t_args("mail-reset-body", &args);
        let municipality = grants.first().map(|g| g.municipality_id.as_str());
        mail::queue(
            &mut tx,
            app.config.smtp_url.is_some(),
            municipality,
            email,
            &subject,
            &body,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(link)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_time_links_are_hidden_and_other_text_stays() {
        let body = "Hoi,\nhttps://x.nl/wachtwoord-herstellen/AbC_12-z\nof https://x.nl/uitnodiging/Q9.\n\
                    https://x.nl/introducties/42";
        let out = redact_links(body, "[verborgen]");
        assert_eq!(
            out,
            "Hoi,\nhttps://x.nl/wachtwoord-herstellen/[verborgen]\nof https://x.nl/uitnodiging/[verborgen].\n\
             https://x.nl/introducties/42"
        );
        assert!(!out.contains("AbC_12-z") && !out.contains("Q9"));
    }
}
