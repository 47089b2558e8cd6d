//! Logging in (password, then TOTP for professional roles), logging out (here or everywhere),
//! password reset and invitations by one-time link, and the user's own account page.

mod account;
mod login;
mod links;
mod second_factor;
pub mod service;

use axum::Router;
use axum::routing::{get, post};

use crate::state::AppState;

/// Routes of this feature.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/inloggen", get(login::login_get).post(login::login_post))
        .route("/inloggen/code", get(second_factor::code_get).post(second_factor::code_post))
        .route("/inloggen/tweestaps-instellen", get(second_factor::enrol_get).post(second_factor::enrol_post))
        .route("/uitloggen", post(login::logout_post))
        .route("/uitloggen/overal", post(login::logout_everywhere_post))
        .route("/wachtwoord-vergeten", get(links::forgot_get).post(links::forgot_post))
        .route("/wachtwoord-herstellen/{token}", get(links::reset_get).post(links::reset_post))
        .route("/uitnodiging/{token}", get(links::invitation_get).post(links::invitation_post))
        .route("/account", get(account::account_get))
        .route("/account/wachtwoord", post(account::password_post))
        .route("/account/herstelcodes", post(account::recovery_codes_post))
}
