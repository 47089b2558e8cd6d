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

/// Creates a one-time link of the given purpose inside `tx` and returns the full URL.
pub async fn issue_link(
    app: &App,
    tx: &mut Tx,
    user_id: &str,
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
    repo::insert_token(tx, &sha256_hex(&token), purpose, user_id, now() + lifetime).await?;
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
    let link = issue_link(app, tx, &id, repo::TokenPurpose::Invitation).await?;
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
    let link = issue_link(app, &mut tx, &user.id, repo::TokenPurpose::PasswordReset).await?;
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
