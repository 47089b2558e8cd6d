//! The second login step: a TOTP code (or a recovery code), and setting up TOTP the first time.

use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::service;
use crate::auth::session::{self, Stage};
use crate::auth::{PendingUser, repo, throttle, totp};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::state::AppState;
use crate::web::extract::Query;
use crate::web::{ClientIp, Form, PageCtx, render, safe_return_path, see_other};

#[derive(Template)]
#[template(path = "auth/code.html")]
struct CodePage {
    page: PageCtx,
    errors: FieldErrors,
    terug: String,
}

#[derive(Template)]
#[template(path = "auth/enrol.html")]
struct EnrolPage {
    page: PageCtx,
    errors: FieldErrors,
    secret: String,
    qr_svg: String,
}

#[derive(Template)]
#[template(path = "auth/recovery_codes.html")]
pub(super) struct RecoveryCodesPage {
    pub page: PageCtx,
    pub codes: Vec<String>,
    pub next: String,
}

/// `?terug=`
#[derive(Deserialize, Default)]
pub struct TerugQuery {
    terug: Option<String>,
}

/// The code form.
#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
    terug: Option<String>,
}

fn unix_now() -> u64 {
    crate::db::now().unix_timestamp().max(0) as u64
}

/// GET /inloggen/code
pub async fn code_get(
    page: PageCtx,
    PendingUser(user): PendingUser,
    Query(q): Query<TerugQuery>,
) -> AppResult<Response> {
    if user.stage != Stage::SecondFactor {
        return Ok(see_other("/inloggen/tweestaps-instellen"));
    }
    let terug = safe_return_path(q.terug.as_deref());
    render(
        StatusCode::OK,
        &CodePage {
            page,
            errors: FieldErrors::new(),
            terug,
        },
    )
}

/// POST /inloggen/code
pub async fn code_post(
    State(app): State<AppState>,
    page: PageCtx,
    PendingUser(pending): PendingUser,
    ClientIp(ip): ClientIp,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    if pending.stage != Stage::SecondFactor {
        return Err(AppError::Forbidden);
    }
    let terug = safe_return_path(
        form.terug
            .as_deref()
            .filter(|t| !t.is_empty())
            .or(Some("/start")),
    );
    // Code failures count on their own per account: a correct password does not reset them.
    let keys = throttle::second_factor_keys(&app, &pending.id, ip);
    let fail = |page: PageCtx, status: StatusCode, msg: &str| {
        let mut errors = FieldErrors::new();
        errors.add("code", msg);
        render(
            status,
            &CodePage {
                page,
                errors,
                terug: terug.clone(),
            },
        )
    };
    if throttle::blocked_for(&app, &keys).await?.is_some() {
        return fail(page, StatusCode::TOO_MANY_REQUESTS, "login-blocked");
    }
    let user = repo::user_by_id(&app.db, &pending.id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let secret = user.totp_secret.clone().ok_or(AppError::Forbidden)?;
    let typed = form.code.trim();
    let accepted = if typed.chars().any(|c| c.is_ascii_alphabetic()) {
        let hash = app.keyed_hash(&totp::normalise_recovery_code(typed));
        repo::use_recovery_code(&app.db, &user.id, &hash).await?
    } else {
        match totp::verify(&secret, typed, unix_now(), user.totp_last_step)? {
            Some(step) => repo::claim_totp_step(&app.db, &user.id, step).await?,
            None => false,
        }
    };
    if !accepted {
        throttle::record_failure(&app, &keys).await?;
        return fail(page, StatusCode::UNPROCESSABLE_ENTITY, "code-wrong");
    }
    throttle::record_success(&app, &keys).await?;
    repo::delete_session(&app.db, &pending.session_hash).await?;
    let (cookie, _) = session::start(&app, &user.id, Stage::Full).await?;
    repo::touch_login(&app.db, &user.id).await?;
    Ok(([(header::SET_COOKIE, cookie)], see_other(&terug)).into_response())
}

async fn enrol_page(
    app: &AppState,
    page: PageCtx,
    user_id: &str,
    errors: FieldErrors,
) -> AppResult<Response> {
    let user = repo::user_by_id(&app.db, user_id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let secret = match user.totp_secret {
        Some(s) if user.totp_enabled_at.is_none() => s,
        _ => {
            let s = totp::new_secret();
            repo::set_totp(&app.db, &user.id, Some(&s), None).await?;
            s
        }
    };
    let uri = totp::provisioning_uri(&secret, &user.login_name)?;
    let qr_svg = service::qr_svg(&uri)?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(
        status,
        &EnrolPage {
            page,
            errors,
            secret,
            qr_svg,
        },
    )
}

/// GET /inloggen/tweestaps-instellen
pub async fn enrol_get(
    State(app): State<AppState>,
    page: PageCtx,
    PendingUser(user): PendingUser,
) -> AppResult<Response> {
    if user.stage != Stage::EnrolSecondFactor {
        return Ok(see_other("/inloggen/code"));
    }
    enrol_page(&app, page, &user.id, FieldErrors::new()).await
}

/// POST /inloggen/tweestaps-instellen — confirms the app with a first code, shows recovery codes.
pub async fn enrol_post(
    State(app): State<AppState>,
    mut page: PageCtx,
    PendingUser(pending): PendingUser,
    headers: axum::http::HeaderMap,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    if pending.stage != Stage::EnrolSecondFactor {
        return Err(AppError::Forbidden);
    }
    let user = repo::user_by_id(&app.db, &pending.id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let step = match &user.totp_secret {
        Some(secret) => totp::verify(secret, &form.code, unix_now(), None)?,
        None => None,
    };
    let Some(step) = step else {
        let mut errors = FieldErrors::new();
        errors.add("code", "code-wrong");
        return enrol_page(&app, page, &user.id, errors).await;
    };
    repo::set_totp(&app.db, &user.id, user.totp_secret.as_deref(), Some(step)).await?;
    let codes = service::new_recovery_codes(&app, &user.id).await?;
    repo::delete_session(&app.db, &pending.session_hash).await?;
    let (cookie, token) = session::start(&app, &user.id, Stage::Full).await?;
    repo::touch_login(&app.db, &user.id).await?;
    // This page is rendered with the new session, so its forms need the new token.
    if let Some(t) = crate::web::csrf::token_after_login(&app, &headers, &token) {
        page.csrf = t;
    }
    let html = render(
        StatusCode::OK,
        &RecoveryCodesPage {
            page,
            codes,
            next: "/start".into(),
        },
    )?;
    Ok(([(header::SET_COOKIE, cookie)], html).into_response())
}
