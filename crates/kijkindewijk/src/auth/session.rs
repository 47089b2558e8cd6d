//! Sessions in the database, so a user stays logged in whichever instance answers. The cookie holds
//! a random token; the database holds its hash. Requests without a session cookie never touch the
//! database.

use std::sync::Arc;

use axum::extract::{FromRequestParts, Request, State};
use axum::http::header;
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use time::OffsetDateTime;

use super::repo;
use super::roles::{Grant, Role};
use crate::crypto::{random_token, sha256_hex};
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::cookies;

/// Where a session stands in the login steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Password checked; the TOTP code is still needed.
    SecondFactor,
    /// Password checked; the user must first set up TOTP (professional roles).
    EnrolSecondFactor,
    /// Fully logged in.
    Full,
}

impl Stage {
    fn as_str(self) -> &'static str {
        match self {
            Stage::SecondFactor => "second_factor",
            Stage::EnrolSecondFactor => "enrol_second_factor",
            Stage::Full => "full",
        }
    }
    fn parse(s: &str) -> Option<Stage> {
        match s {
            "second_factor" => Some(Stage::SecondFactor),
            "enrol_second_factor" => Some(Stage::EnrolSecondFactor),
            "full" => Some(Stage::Full),
            _ => None,
        }
    }
}

/// The user behind the current request's session.
#[derive(Debug, Clone)]
pub struct SessionUser {
    /// User id.
    pub id: String,
    /// Login name.
    pub login_name: String,
    /// E-mail address, if any.
    pub email: Option<String>,
    /// Name to show.
    pub display_name: String,
    /// Roles.
    pub grants: Vec<Grant>,
    /// Login step.
    pub stage: Stage,
    /// Hash of the session token (to end this session).
    pub session_hash: String,
}

impl SessionUser {
    /// True when the user holds `role` anywhere.
    pub fn has(&self, role: Role) -> bool {
        self.grants.iter().any(|g| g.role == role)
    }
    /// The first grant of `role`.
    pub fn grant(&self, role: Role) -> Option<&Grant> {
        self.grants.iter().find(|g| g.role == role)
    }
    /// The grant of `role`, or 403.
    pub fn require(&self, role: Role) -> AppResult<&Grant> {
        self.grant(role).ok_or(AppError::Forbidden)
    }
    /// The distinct roles, in the order of [`Role::ALL`].
    pub fn roles(&self) -> Vec<Role> {
        Role::ALL.into_iter().filter(|r| self.has(*r)).collect()
    }
    /// Whether any of the user's roles demands a second factor.
    pub fn needs_second_factor(&self) -> bool {
        self.grants.iter().any(|g| g.role.requires_second_factor())
    }
}

/// Loads the session named by the cookie, checks its age, and puts the user in the request
/// extensions. Activity is written back at most once a minute.
pub async fn layer(State(app): State<AppState>, mut request: Request, next: Next) -> Response {
    let secure = app.config.secure_cookies();
    let mut clear_cookie = false;
    if let Some(token) = cookies::get(request.headers(), cookies::SESSION, secure) {
        match load(&app, &token).await {
            Ok(Some(user)) => {
                request.extensions_mut().insert(Arc::new(user));
            }
            Ok(None) => clear_cookie = true,
            // A storage error is not "logged out": answering as a stranger would send the user to
            // the login page and lose what they typed. Say the service is unavailable instead.
            Err(e) => return AppError::from_db(&e).into_response(),
        }
    }
    let user = request.extensions().get::<Arc<SessionUser>>().cloned();
    let mut response = next.run(request).await;
    if let Some(user) = user {
        // The error-page middleware sits outside this layer; it reads the user from here.
        if response.extensions().get::<Arc<SessionUser>>().is_none() {
            response.extensions_mut().insert(user);
        }
    }
    if clear_cookie && !response.headers().contains_key(header::SET_COOKIE) {
        response
            .headers_mut()
            .append(header::SET_COOKIE, cookies::clear(cookies::SESSION, secure));
    }
    response
}

async fn load(app: &AppState, token: &str) -> Result<Option<SessionUser>, sqlx::Error> {
    if token.len() != 43 {
        return Ok(None);
    }
    let hash = sha256_hex(token);
    let Some(row) = repo::session(&app.db, &hash).await? else {
        return Ok(None);
    };
    let t = now();
    let idle = time::Duration::minutes(app.config.session_idle_minutes);
    let stage = Stage::parse(&row.stage);
    if row.expires_at <= t
        || row.last_seen_at + idle <= t
        || row.disabled_at.is_some()
        || stage.is_none()
    {
        repo::delete_session(&app.db, &hash).await?;
        return Ok(None);
    }
    if t - row.last_seen_at > time::Duration::minutes(1) {
        repo::touch_session(&app.db, &hash, t).await?;
    }
    let grants = repo::grants(&app.db, &row.user_id).await?;
    Ok(Some(SessionUser {
        id: row.user_id,
        login_name: row.login_name,
        email: row.email,
        display_name: row.display_name,
        grants,
        stage: stage.unwrap_or(Stage::Full),
        session_hash: hash,
    }))
}

/// Starts a new session (always a new token: a token known before login is never reused, which
/// rules out session fixation). Returns the `Set-Cookie` value and the new token.
pub async fn start(
    app: &AppState,
    user_id: &str,
    stage: Stage,
) -> AppResult<(header::HeaderValue, String)> {
    let token = random_token();
    let hours = if stage == Stage::Full {
        app.config.session_max_hours
    } else {
        0
    };
    let lifetime = if hours > 0 {
        time::Duration::hours(hours)
    } else {
        time::Duration::minutes(10)
    };
    let expires: OffsetDateTime = now() + lifetime;
    repo::insert_session(
        &app.db,
        &sha256_hex(&token),
        user_id,
        stage.as_str(),
        expires,
    )
    .await?;
    let cookie = cookies::set(
        cookies::SESSION,
        &token,
        app.config.secure_cookies(),
        true,
        None,
    );
    Ok((cookie, token))
}

/// Any user with a session, at any login step.
#[derive(Debug, Clone)]
pub struct MaybeUser(pub Option<Arc<SessionUser>>);

impl<S: Send + Sync> FromRequestParts<S> for MaybeUser {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(MaybeUser(
            parts
                .extensions
                .get::<Arc<SessionUser>>()
                .filter(|u| u.stage == Stage::Full)
                .cloned(),
        ))
    }
}

/// A fully logged-in user; otherwise 401 (which pages turn into a redirect to the login page).
#[derive(Debug, Clone)]
pub struct CurrentUser(pub Arc<SessionUser>);

impl std::ops::Deref for CurrentUser {
    type Target = SessionUser;
    fn deref(&self) -> &SessionUser {
        &self.0
    }
}

impl<S: Send + Sync> FromRequestParts<S> for CurrentUser {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        match parts.extensions.get::<Arc<SessionUser>>() {
            Some(u) if u.stage == Stage::Full => Ok(CurrentUser(u.clone())),
            _ => Err(AppError::Unauthenticated),
        }
    }
}

/// A user half-way through logging in (second factor or its set-up).
#[derive(Debug, Clone)]
pub struct PendingUser(pub Arc<SessionUser>);

impl<S: Send + Sync> FromRequestParts<S> for PendingUser {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        match parts.extensions.get::<Arc<SessionUser>>() {
            Some(u) if u.stage != Stage::Full => Ok(PendingUser(u.clone())),
            _ => Err(AppError::Unauthenticated),
        }
    }
}
