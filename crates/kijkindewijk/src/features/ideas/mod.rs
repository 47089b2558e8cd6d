//! "Weet jij hoe?": anyone shares an idea to restore or strengthen the ordinary life of young
//! people in their neighbourhood. Ideas wait for moderation, then appear; people support an idea
//! once (per account, or per confirmed address); readers report abuse, and past a threshold an idea
//! is hidden until a redacteur looks; the redacteur moderates in bulk and gives an official answer
//! with a state, optionally linked to a barrier (its public title only), which followers get by
//! e-mail.

mod admin;
pub mod demo;
pub mod domain;
pub mod flow;
mod pages;
pub mod repo;
mod view;

use crate::web::routes::Routes;

/// Routes of this feature.
pub fn routes() -> Routes {
    Routes::new()
        .get("/ideeen", pages::list_get)
        .get_post("/ideeen/nieuw", pages::new_get, pages::new_post)
        .get("/ideeen/verstuurd", pages::sent_get)
        .post("/ideeen/vergelijkbaar", pages::similar_post)
        .get("/ideeen/{id}", pages::detail_get)
        .post("/ideeen/{id}/steunen", pages::support_post)
        .post("/ideeen/{id}/melden", pages::report_post)
        .get_post(
            "/ideeen/bevestigen/{token}",
            pages::confirm_get,
            pages::confirm_post,
        )
        .get_post(
            "/redactie/ideeen",
            admin::moderation_get,
            admin::moderation_post,
        )
        .get_post(
            "/redactie/ideeen/{id}",
            admin::answer_get,
            admin::answer_post,
        )
}
