//! The mail outbox, readable by the beheerder (the only way to see mail when no SMTP server is set).

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::auth::CurrentUser;
use crate::error::AppResult;
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

/// GET /beheer/e-mail
pub async fn outbox_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    let scope = super::scope(&user)?;
    let messages = mail::list(&app.db, &scope.municipality_id, 100).await?;
    html(&OutboxPage {
        page,
        messages,
        smtp: app.config.smtp_url.is_some(),
    })
}
