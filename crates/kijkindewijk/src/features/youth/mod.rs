//! Mijn leven: the young person's own plan, network map and sharing, registered by the team or by
//! the young person, with every read and change through the access gate (`crate::access`).

mod assigned;
pub mod demo;
pub mod enrol;
pub mod facts;
pub mod network;
pub mod notes;
mod pages;
pub mod plan;
pub mod reader;
mod register;
pub mod repo;
pub mod seam;
mod signup;
pub mod validate;

pub use enrol::free_login_name;
pub use reader::{Nav, Reader, nav};
pub use register::professional_grant;

/// Moments as people read them; the one clock is `crate::clock`.
pub use crate::clock::format_moment;

use crate::web::routes::Routes;

/// Routes of this feature.
pub fn routes() -> Routes {
    Routes::new()
        .get_post("/aanmelden", signup::signup_get, signup::signup_post)
        .get_post("/aanmelden/ouder", signup::parent_get, signup::parent_post)
        .get("/mijn-acties", assigned::assigned_get)
        .post("/mijn-acties/{action_id}/klaar", assigned::done_post)
        .get("/team/jongeren", pages::caseload_get)
        .get_post(
            "/team/jongeren/nieuw",
            register::register_get,
            register::register_post,
        )
        .get("/ouder/kinderen", pages::children_get)
        .get("/netwerk/jongeren", pages::network_young_get)
        .get("/mijn/{section}", pages::mine_get)
        .get("/jongeren/{id}", pages::overview_get)
        .get_post(
            "/jongeren/{id}/notities",
            notes::notes_get,
            notes::notes_post,
        )
        .merge(plan::routes())
        .merge(network::routes())
}
