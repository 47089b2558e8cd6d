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

impl LoginForm {
    /// The first empty field and its message (pure).
    fn missing(&self) -> Option<(&'static str, &'static str)> {
        if self.login.trim().is_empty() {
            Some(("login", "login-name-required"))
        } else if self.password.is_empty() {
            Some(("password", "login-password-required"))
        } else {
            None
        }
    }
}

/// The login step a correct password leads to (pure): professional roles need a second factor,
/// set up first when they have none yet.
fn stage_after_password(needs_second_factor: bool, has_second_factor: bool) -> Stage {
    match (needs_second_factor, has_second_factor) {
        (false, _) => Stage::Full,
        (true, true) => Stage::SecondFactor,
        (true, false) => Stage::EnrolSecondFactor,
    }
}

/// Where the browser goes after the password step (pure); `terug` is a safe local path.
fn next_after_password(stage: Stage, terug: &str) -> String {
    let back: String = form_urlencoded::byte_serialize(terug.as_bytes()).collect();
    match stage {
        Stage::Full => terug.to_string(),
        Stage::SecondFactor => format!("/inloggen/code?terug={back}"),
        Stage::EnrolSecondFactor => "/inloggen/tweestaps-instellen".to_string(),
    }
}

/// The user whose login and password these are, if the account is active; failures count towards
/// the block, a success clears it.
async fn verify(
    app: &AppState,
    form: &LoginForm,
    keys: &[String],
) -> AppResult<Option<repo::UserRow>> {
    let user = repo::user_by_login(&app.db, &form.login).await?;
    let stored = user.as_ref().and_then(|u| u.password_hash.clone());
    let ok = password::verify(form.password.clone(), stored).await?;
    match user {
        Some(u) if ok && u.disabled_at.is_none() => {
            throttle::record_success(app, keys).await?;
            Ok(Some(u))
        }
        _ => {
            throttle::record_failure(app, keys).await?;
            Ok(None)
        }
    }
}

/// POST /inloggen
pub async fn login_post(
    State(app): State<AppState>,
    page: PageCtx,
    ClientIp(ip): ClientIp,
    headers: axum::http::HeaderMap,
    Form(form): Form<LoginForm>,
) -> AppResult<Response> {
    const UNPROCESSABLE: StatusCode = StatusCode::UNPROCESSABLE_ENTITY;
    if let Some((field, msg)) = form.missing() {
        return form_error(page, &form, UNPROCESSABLE, field, msg);
    }
    let keys = throttle::keys(&app, &form.login, ip);
    if throttle::blocked_for(&app, &keys).await?.is_some() {
        let status = StatusCode::TOO_MANY_REQUESTS;
        return form_error(page, &form, status, "login", "login-blocked");
    }
    let Some(user) = verify(&app, &form, &keys).await? else {
        return form_error(page, &form, UNPROCESSABLE, "login", "login-failed");
    };
    let grants = repo::grants(&app.db, &user.id).await?;
    let needs_totp = grants.iter().any(|g| g.role.requires_second_factor());
    let stage = stage_after_password(needs_totp, user.totp_enabled_at.is_some());
    // A session from before the login is ended, never upgraded (session fixation).
    if let Some(old) = cookies::get(&headers, cookies::SESSION, app.config.secure_cookies()) {
        repo::delete_session(&app.db, &sha256_hex(&old)).await?;
    }
    let (cookie, _) = session::start(&app, &user.id, stage).await?;
    let terug = form.terug.as_deref().filter(|t| !t.is_empty());
    let terug = safe_return_path(terug.or(Some("/start")));
    if stage == Stage::Full {
        repo::touch_login(&app.db, &user.id).await?;
    }
    let next = next_after_password(stage, &terug);
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

/// Where the quick exit sends the browser (also allowed as a form target in the CSP).
pub const QUICK_EXIT_TARGET: &str = "https://www.google.nl/";

/// POST /snel-weg — the quick exit on a young person's pages: ends this session, so that whoever
/// picks up the device and presses Back finds the login page, and sends the browser to a neutral site.
pub async fn quick_exit_post(
    State(app): State<AppState>,
    headers: axum::http::HeaderMap,
) -> AppResult<Response> {
    let secure = app.config.secure_cookies();
    if let Some(token) = cookies::get(&headers, cookies::SESSION, secure) {
        repo::delete_session(&app.db, &sha256_hex(&token)).await?;
    }
    Ok((
        [(header::SET_COOKIE, cookies::clear(cookies::SESSION, secure))],
        see_other(QUICK_EXIT_TARGET),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_steps() {
        let form = |login: &str, password: &str| LoginForm {
            login: login.into(),
            password: password.into(),
            terug: None,
        };
        assert_eq!(
            form(" ", "").missing(),
            Some(("login", "login-name-required"))
        );
        assert_eq!(
            form("sam", "").missing(),
            Some(("password", "login-password-required"))
        );
        assert_eq!(form("sam", "x").missing(), None);
        assert_eq!(stage_after_password(false, false), Stage::Full);
        assert_eq!(stage_after_password(true, true), Stage::SecondFactor);
        assert_eq!(stage_after_password(true, false), Stage::EnrolSecondFactor);
        assert_eq!(next_after_password(Stage::Full, "/mijn"), "/mijn");
        assert_eq!(
            next_after_password(Stage::SecondFactor, "/jongeren/1?x=2"),
            "/inloggen/code?terug=%2Fjongeren%2F1%3Fx%3D2"
        );
    }
}
