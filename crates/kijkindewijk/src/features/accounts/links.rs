//! One-time links: "forgot password", choosing a new password, accepting an invitation.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::service;
use crate::auth::password;
use crate::auth::repo::{self, TokenPurpose};
use crate::crypto::sha256_hex;
use crate::error::{AppResult, FieldErrors};
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{Form, PageCtx, render, see_other};

#[derive(Template)]
#[template(path = "auth/forgot.html")]
struct ForgotPage {
    page: PageCtx,
    errors: FieldErrors,
    login: String,
    sent: bool,
}

#[derive(Template)]
#[template(path = "auth/set_password.html")]
struct SetPasswordPage {
    page: PageCtx,
    errors: FieldErrors,
    title_id: &'static str,
    action: String,
    login_name: String,
    invalid: bool,
}

/// The "forgot password" form.
#[derive(Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    login: String,
}

/// The new-password form.
#[derive(Deserialize)]
pub struct NewPasswordForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_repeat: String,
}

/// GET /wachtwoord-vergeten
pub async fn forgot_get(page: PageCtx) -> AppResult<Response> {
    render(
        StatusCode::OK,
        &ForgotPage {
            page,
            errors: FieldErrors::new(),
            login: String::new(),
            sent: false,
        },
    )
}

/// POST /wachtwoord-vergeten — the answer is the same whether or not the account exists.
pub async fn forgot_post(
    State(app): State<AppState>,
    page: PageCtx,
    crate::web::ClientIp(ip): crate::web::ClientIp,
    Form(form): Form<ForgotForm>,
) -> AppResult<Response> {
    if !crate::auth::throttle::allow_action(
        &app,
        "reset",
        ip,
        app.config.reset_requests_per_hour,
        time::Duration::hours(1),
    )
    .await?
    {
        return Err(crate::error::AppError::TooManyRequests(3600));
    }
    if form.login.trim().is_empty() {
        let mut errors = FieldErrors::new();
        errors.add("login", "login-name-required");
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ForgotPage {
                page,
                errors,
                login: form.login,
                sent: false,
            },
        );
    }
    if let Some(user) = repo::user_by_login(&app.db, &form.login).await? {
        // At most one mail per account per few minutes, so the form cannot be used to flood a mailbox.
        if user.email.is_some()
            && user.disabled_at.is_none()
            && !repo::recent_token(&app.db, &user.id).await?
        {
            service::send_reset(&app, &user, page.loc).await?;
        }
    }
    render(
        StatusCode::OK,
        &ForgotPage {
            page,
            errors: FieldErrors::new(),
            login: String::new(),
            sent: true,
        },
    )
}

fn texts(purpose: TokenPurpose) -> (&'static str, &'static str) {
    match purpose {
        TokenPurpose::PasswordReset => ("reset-title", "wachtwoord-herstellen"),
        TokenPurpose::Invitation => ("invitation-title", "uitnodiging"),
    }
}

/// The account a link opens, with the stamp the link carries: none when the link is unknown,
/// used, expired, or made before the account's password last changed.
async fn link_user(
    app: &AppState,
    token_hash: &str,
    purpose: TokenPurpose,
) -> AppResult<Option<(repo::UserRow, String)>> {
    let Some((user_id, stamp)) = repo::token_user(&app.db, token_hash, purpose).await? else {
        return Ok(None);
    };
    let Some(user) = repo::user_by_id(&app.db, &user_id).await? else {
        return Ok(None);
    };
    let current = service::password_stamp(app, user.password_hash.as_deref());
    Ok((current == stamp).then_some((user, stamp)))
}

async fn show(
    app: &AppState,
    page: PageCtx,
    token: &str,
    purpose: TokenPurpose,
) -> AppResult<Response> {
    let (title_id, path) = texts(purpose);
    let user = link_user(app, &sha256_hex(token), purpose).await?;
    let (status, invalid, login_name) = match user.map(|(u, _)| u) {
        Some(u) => (StatusCode::OK, false, u.login_name),
        None => (StatusCode::GONE, true, String::new()),
    };
    let action = format!("/{path}/{token}");
    render(
        status,
        &SetPasswordPage {
            page,
            errors: FieldErrors::new(),
            title_id,
            action,
            login_name,
            invalid,
        },
    )
}

async fn set(
    app: &AppState,
    page: PageCtx,
    token: &str,
    purpose: TokenPurpose,
    form: NewPasswordForm,
) -> AppResult<Response> {
    let hash = sha256_hex(token);
    let Some((user, stamp)) = link_user(app, &hash, purpose).await? else {
        return show(app, page, token, purpose).await;
    };
    let mut errors = FieldErrors::new();
    password::check_new(
        &form.password,
        &form.password_repeat,
        &user.login_name,
        "password",
        &mut errors,
    );
    if !errors.is_empty() {
        let (title_id, path) = texts(purpose);
        let action = format!("/{path}/{token}");
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &SetPasswordPage {
                page,
                errors,
                title_id,
                action,
                login_name: user.login_name,
                invalid: false,
            },
        );
    }
    let new_hash = password::hash(form.password).await?;
    let mut tx = app.db.begin().await?;
    // Consuming the token and setting the password commit together: a link works exactly once.
    if repo::consume_token(&mut tx, &hash, purpose, &stamp)
        .await?
        .is_none()
    {
        drop(tx);
        return show(app, page, token, purpose).await;
    }
    repo::set_password(&mut tx, &user.id, &new_hash).await?;
    tx.commit().await?;
    repo::delete_user_sessions(&app.db, &user.id).await?;
    Ok(see_other("/inloggen?hersteld=1"))
}

/// GET /wachtwoord-herstellen/{token}
pub async fn reset_get(
    State(app): State<AppState>,
    page: PageCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    show(&app, page, &token, TokenPurpose::PasswordReset).await
}

/// POST /wachtwoord-herstellen/{token}
pub async fn reset_post(
    State(app): State<AppState>,
    page: PageCtx,
    Path(token): Path<String>,
    Form(form): Form<NewPasswordForm>,
) -> AppResult<Response> {
    set(&app, page, &token, TokenPurpose::PasswordReset, form).await
}

/// GET /uitnodiging/{token}
pub async fn invitation_get(
    State(app): State<AppState>,
    page: PageCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    show(&app, page, &token, TokenPurpose::Invitation).await
}

/// POST /uitnodiging/{token}
pub async fn invitation_post(
    State(app): State<AppState>,
    page: PageCtx,
    Path(token): Path<String>,
    Form(form): Form<NewPasswordForm>,
) -> AppResult<Response> {
    set(&app, page, &token, TokenPurpose::Invitation, form).await
}
