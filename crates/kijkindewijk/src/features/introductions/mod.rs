//! Warme overdracht: a young person (or a professional with them) introduces them to an opportunity
//! on the social map; the partner accepts or declines, and all three follow the same status and
//! history until it still runs after three months, or ends with a reason. Suggestions rank the
//! opportunities by the young person's interests, age, wijk and budget, and say why.

mod api;
pub mod demo;
pub mod domain;
pub mod facts;
pub mod flow;
pub mod followup;
mod pages;
mod partner;
pub mod repo;
pub mod suggest;

use crate::web::routes::Routes;

/// Routes of this feature.
pub fn routes() -> Routes {
    Routes::new()
        .get("/jongeren/{id}/introducties", pages::list_get)
        .get("/jongeren/{id}/suggesties", pages::suggestions_get)
        .get_post(
            "/jongeren/{id}/introducties/nieuw",
            pages::new_get,
            pages::new_post,
        )
        .get("/mijn/introductie", pages::mine_get)
        .get("/introducties/{intro_id}", pages::detail_get)
        .post("/introducties/{intro_id}/status", pages::status_post)
        .post("/introducties/{intro_id}/contact", pages::contact_post)
        .get("/partner/introducties", partner::inbox_get)
        .get("/api/v1/introducties", api::inbox_get)
        .get("/api/v1/introducties/{intro_id}", api::one_get)
        .post("/api/v1/introducties/{intro_id}/status", api::status_post)
        .post("/api/v1/jongeren/{id}/introducties", api::new_post)
}
