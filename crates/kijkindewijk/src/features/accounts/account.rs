//! The user's own account page: overview, password change, new recovery codes.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::second_factor::RecoveryCodesPage;
use super::service;
use crate::auth::{CurrentUser, SessionUser, password, repo};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::state::AppState;
use crate::web::extract::Query;
use crate::web::{Form, PageCtx, render, see_other};

#[derive(Template)]
#[template(path = "account/index.html")]
struct AccountPage {
    page: PageCtx,
    user: std::sync::Arc<SessionUser>,
    errors: FieldErrors,
    has_totp: bool,
    recovery_left: String,
    sessions: i64,
    notice: &'static str,
}

/// `?gewijzigd=1` after a change.
#[derive(Deserialize, Default)]
pub struct AccountQuery {
    gewijzigd: Option<String>,
}

/// The password-change form.
#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_repeat: String,
}

async fn page_for(
    app: &AppState,
    page: PageCtx,
    user: &CurrentUser,
    errors: FieldErrors,
    notice: &'static str,
) -> AppResult<Response> {
    let row = repo::user_by_id(&app.db, &user.id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(
        status,
        &AccountPage {
            page,
            user: user.0.clone(),
            errors,
            has_totp: row.totp_enabled_at.is_some(),
            recovery_left: repo::recovery_codes_left(&app.db, &user.id)
                .await?
                .to_string(),
            sessions: repo::count_sessions(&app.db, &user.id).await?,
            notice,
        },
    )
}

/// GET /account
pub async fn account_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Query(q): Query<AccountQuery>,
) -> AppResult<Response> {
    let notice = if q.gewijzigd.is_some() {
        "account-password-changed"
    } else {
        ""
    };
    page_for(&app, page, &user, FieldErrors::new(), notice).await
}

/// POST /account/wachtwoord — other sessions end; this one stays.
pub async fn password_post(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Form(form): Form<PasswordForm>,
) -> AppResult<Response> {
    let row = repo::user_by_id(&app.db, &user.id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let mut errors = FieldErrors::new();
    if !password::verify(form.current.clone(), row.password_hash.clone()).await? {
        errors.add("current", "account-current-password-wrong");
    } else {
        password::check_new(
            &form.password,
            &form.password_repeat,
            &row.login_name,
            "password",
            &mut errors,
        );
    }
    if !errors.is_empty() {
        return page_for(&app, page, &user, errors, "").await;
    }
    let hash = password::hash(form.password).await?;
    let mut tx = app.db.begin().await?;
    repo::set_password(&mut tx, &user.id, &hash).await?;
    tx.commit().await?;
    repo::delete_other_sessions(&app.db, &user.id, &user.session_hash).await?;
    Ok(see_other("/account?gewijzigd=1"))
}

/// POST /account/herstelcodes — replaces the recovery codes and shows the new ones once.
pub async fn recovery_codes_post(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    let row = repo::user_by_id(&app.db, &user.id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if row.totp_enabled_at.is_none() {
        return Err(AppError::Forbidden);
    }
    let codes = service::new_recovery_codes(&app, &user.id).await?;
    render(
        StatusCode::OK,
        &RecoveryCodesPage {
            page,
            codes,
            next: "/account".into(),
        },
    )
}
