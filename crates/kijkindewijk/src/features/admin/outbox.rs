//! The mail outbox, readable by the beheerder (the only way to see mail when no SMTP server is set).
//! One-time links (password reset, invitation) are hidden unless the mail is the beheerder's own:
//! whoever holds such a link could choose the account's password.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::auth::CurrentUser;
use crate::error::AppResult;
use crate::features::accounts::service::redact_links;
use crate::platform::mail::{self, OutboxRow};
use crate::state::AppState;
use crate::web::{PageCtx, html};

#[derive(Template)]
#[template(path = "admin/outbox.html")]
struct OutboxPage {
    page: PageCtx,
    messages: Vec<OutboxRow>,
    smtp: bool,
}

/// Hides the one-time links of every message not addressed to `viewer_email` (pure).
fn shown(mut messages: Vec<OutboxRow>, viewer_email: Option<&str>, hidden: &str) -> Vec<OutboxRow> {
    for m in &mut messages {
        let own = viewer_email.is_some_and(|e| e.eq_ignore_ascii_case(&m.to_address));
        if !own {
            m.body_text = redact_links(&m.body_text, hidden);
        }
    }
    messages
}

/// GET /beheer/e-mail
pub async fn outbox_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    let scope = super::scope(&user)?;
    let messages = mail::list(&app.db, &scope.municipality_id, 100).await?;
    let hidden = page.t("admin-outbox-link-hidden");
    let messages = shown(messages, user.email.as_deref(), &hidden);
    html(&OutboxPage {
        page,
        messages,
        smtp: app.config.smtp_url.is_some(),
    })
}
