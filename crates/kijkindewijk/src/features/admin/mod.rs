//! Beheer: a municipality's wijken and buurten, its teams, its users (invited by e-mail link) and
//! the mail outbox; plus the JSON API for areas.

mod api;
mod areas;
mod outbox;
mod teams;
pub mod users;

use crate::auth::{CurrentUser, Grant, Role};
use crate::error::AppResult;
use crate::web::routes::Routes;

/// Routes of this feature.
pub fn routes() -> Routes {
    Routes::new()
        .get("/beheer/gebieden", areas::areas_get)
        .post("/beheer/gebieden/wijk", areas::wijk_post)
        .post("/beheer/gebieden/buurt", areas::buurt_post)
        .get_post("/beheer/teams", teams::teams_get, teams::team_post)
        .get_post("/beheer/gebruikers", users::users_get, users::user_post)
        .get("/beheer/e-mail", outbox::outbox_get)
        .get_post("/api/v1/beheer/wijken", api::wijken_get, api::wijk_post)
}

/// The beheerder grant of the user (the municipality they manage), or 403.
pub fn scope(user: &CurrentUser) -> AppResult<Grant> {
    user.require(Role::Beheerder).cloned()
}

pub use users::{looks_like_email, valid_login_name};
