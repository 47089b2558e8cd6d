//! Logging in (password, then TOTP for professional roles), logging out (here or everywhere),
//! password reset and invitations by one-time link, and the user's own account page.

mod account;
mod links;
mod login;
mod second_factor;
pub mod service;

use crate::web::routes::Routes;

/// Routes of this feature.
pub fn routes() -> Routes {
    Routes::new()
        .get_post("/inloggen", login::login_get, login::login_post)
        .get_post(
            "/inloggen/code",
            second_factor::code_get,
            second_factor::code_post,
        )
        .get_post(
            "/inloggen/tweestaps-instellen",
            second_factor::enrol_get,
            second_factor::enrol_post,
        )
        .post("/uitloggen", login::logout_post)
        .post("/uitloggen/overal", login::logout_everywhere_post)
        .post("/snel-weg", login::quick_exit_post)
        .get_post(
            "/wachtwoord-vergeten",
            links::forgot_get,
            links::forgot_post,
        )
        .get_post(
            "/wachtwoord-herstellen/{token}",
            links::reset_get,
            links::reset_post,
        )
        .get_post(
            "/uitnodiging/{token}",
            links::invitation_get,
            links::invitation_post,
        )
        .get("/account", account::account_get)
        .post("/account/wachtwoord", account::password_post)
        .post("/account/herstelcodes", account::recovery_codes_post)
}
