//! Beheer: a municipality's wijken and buurten, its teams, its users (invited by e-mail link) and
//! the mail outbox; plus the JSON API for areas.

mod api;
mod areas;
mod outbox;
mod teams;
pub mod users;

use axum::Router;
use axum::routing::{get, post};

use crate::auth::{CurrentUser, Grant, Role};
use crate::error::AppResult;
use crate::state::AppState;

/// Routes of this feature.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/beheer/gebieden", get(areas::areas_get))
        .route("/beheer/gebieden/wijk", post(areas::wijk_post))
        .route("/beheer/gebieden/buurt", post(areas::buurt_post))
        .route("/beheer/teams", get(teams::teams_get).post(teams::team_post))
        .route("/beheer/gebruikers", get(users::users_get).post(users::user_post))
        .route("/beheer/e-mail", get(outbox::outbox_get))
        .route("/api/v1/beheer/wijken", get(api::wijken_get).post(api::wijk_post))
}

/// The beheerder grant of the user (the municipality they manage), or 403.
pub fn scope(user: &CurrentUser) -> AppResult<Grant> {
    user.require(Role::Beheerder).cloned()
}

pub use users::{looks_like_email, valid_login_name};
