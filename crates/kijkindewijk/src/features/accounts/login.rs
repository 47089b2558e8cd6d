//! Password step of the login, and logging out.

use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::auth::session::{self, Stage};
use crate::auth::{CurrentUser, password, repo, throttle};
use crate::crypto::sha256_hex;
use crate::error::{AppResult, FieldErrors};
use crate::state::AppState;
use crate::web::extract::Query;
use crate::web::{ClientIp, Form, PageCtx, cookies, render, safe_return_path, see_other};

#[derive(Template)]
#[template(path = "auth/login.html")]
struct LoginPage {
    page: PageCtx,
    errors: FieldErrors,
    login: String,
    terug: String,
    notice: &'static str,
}

/// `?terug=` and notices on the login page.
#[derive(Deserialize, Default)]
pub struct LoginQuery {
    terug: Option<String>,
    hersteld: Option<String>,
    uitgelogd: Option<String>,
}

/// The login form.
#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    login: String,
    #[serde(default)]
    password: String,
    terug: Option<String>,
}

/// GET /inloggen
pub async fn login_get(page: PageCtx, Query(q): Query<LoginQuery>) -> AppResult<Response> {
    let notice = if q.hersteld.is_some() {
        "login-notice-password-set"
    } else if q.uitgelogd.is_some() {
        "login-notice-logged-out"
    } else {
        ""
    };
    let terug = q
        .terug
        .map(|t| safe_return_path(Some(&t)))
        .unwrap_or_default();
    render(
        StatusCode::OK,
        &LoginPage {
            page,
            errors: FieldErrors::new(),
            login: String::new(),
            terug,
            notice,
        },
    )
}

fn form_error(
    page: PageCtx,
    form: &LoginForm,
    status: StatusCode,
    field: &str,
    msg: &str,
) -> AppResult<Response> {
    let mut errors = FieldErrors::new();
    errors.add(field, msg);
    let terug = form
        .terug
        .as_deref()
        .map(|t| safe_return_path(Some(t)))
        .unwrap_or_default();
    render(
        status,
        &LoginPage {
            page,
            errors,
            login: form.login.clone(),
            terug,
            notice: "",
        },
    )
}

/// POST /inloggen
pub async fn login_post(
    State(app): State<AppState>,
    page: PageCtx,
    ClientIp(ip): ClientIp,
    headers: axum::http::HeaderMap,
    Form(form): Form<LoginForm>,
) -> AppResult<Response> {
    if form.login.trim().is_empty() || form.password.is_empty() {
        let field = if form.login.trim().is_empty() {
            "login"
        } else {
            "password"
        };
        let msg = if field == "login" {
            "login-name-required"
        } else {
            "login-password-required"
        };
        return form_error(page, &form, StatusCode::UNPROCESSABLE_ENTITY, field, msg);
    }
    let keys = throttle::keys(&app, &form.login, ip);
    if throttle::blocked_for(&app, &keys).await?.is_some() {
        return form_error(
            page,
            &form,
            StatusCode::TOO_MANY_REQUESTS,
            "login",
            "login-blocked",
        );
    }
    let user = repo::user_by_login(&app.db, &form.login).await?;
    let stored = user.as_ref().and_then(|u| u.password_hash.clone());
    let ok = password::verify(form.password.clone(), stored).await?;
    let user = match user {
        Some(u) if ok && u.disabled_at.is_none() => u,
        _ => {
            throttle::record_failure(&app, &keys).await?;
            return form_error(
                page,
                &form,
                StatusCode::UNPROCESSABLE_ENTITY,
                "login",
                "login-failed",
            );
        }
    };
    throttle::record_success(&app, &keys).await?;

    let grants = repo::grants(&app.db, &user.id).await?;
    let needs_totp = grants.iter().any(|g| g.role.requires_second_factor());
    let stage = match (needs_totp, user.totp_enabled_at.is_some()) {
        (false, _) => Stage::Full,
        (true, true) => Stage::SecondFactor,
        (true, false) => Stage::EnrolSecondFactor,
    };
    // A session from before the login is ended, never upgraded (session fixation).
    if let Some(old) = cookies::get(&headers, cookies::SESSION, app.config.secure_cookies()) {
        repo::delete_session(&app.db, &sha256_hex(&old)).await?;
    }
    let (cookie, _) = session::start(&app, &user.id, stage).await?;
    let terug = safe_return_path(
        form.terug
            .as_deref()
            .filter(|t| !t.is_empty())
            .or(Some("/start")),
    );
    let back: String = form_urlencoded::byte_serialize(terug.as_bytes()).collect();
    let next = match stage {
        Stage::Full => {
            repo::touch_login(&app.db, &user.id).await?;
            terug
        }
        Stage::SecondFactor => format!("/inloggen/code?terug={back}"),
        Stage::EnrolSecondFactor => "/inloggen/tweestaps-instellen".to_string(),
    };
    Ok(([(header::SET_COOKIE, cookie)], see_other(&next)).into_response())
}

/// POST /uitloggen — ends this session.
pub async fn logout_post(
    State(app): State<AppState>,
    headers: axum::http::HeaderMap,
) -> AppResult<Response> {
    let secure = app.config.secure_cookies();
    if let Some(token) = cookies::get(&headers, cookies::SESSION, secure) {
        repo::delete_session(&app.db, &sha256_hex(&token)).await?;
    }
    Ok((
        [(header::SET_COOKIE, cookies::clear(cookies::SESSION, secure))],
        see_other("/inloggen?uitgelogd=1"),
    )
        .into_response())
}

/// POST /uitloggen/overal — ends every session of the user, on every device.
pub async fn logout_everywhere_post(
    State(app): State<AppState>,
    user: CurrentUser,
) -> AppResult<Response> {
    repo::delete_user_sessions(&app.db, &user.id).await?;
    let secure = app.config.secure_cookies();
    Ok((
        [(header::SET_COOKIE, cookies::clear(cookies::SESSION, secure))],
        see_other("/inloggen?uitgelogd=1"),
    )
        .into_response())
}
