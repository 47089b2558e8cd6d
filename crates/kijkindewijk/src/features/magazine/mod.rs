//! The online magazine: articles of a kind (methode, interview, praktijkverhaal; more in the
//! `magazine_kinds` table) with author, date, lead, Markdown body, cover image, tags and wijk.
//! Readers list them per kind and tag, search them with the social map's Dutch stemming and follow
//! the Atom feed; redacteuren write, preview, publish, schedule (a job publishes) and take back.
//! The magazine belongs to the installation, like the public pages: any redacteur keeps it.

pub mod demo;
pub mod domain;
mod editor;
pub mod feed;
mod public;
pub mod publish;
pub mod repo;
mod view;

use crate::web::routes::Routes;

/// Routes of this feature.
pub fn routes() -> Routes {
    Routes::new()
        .get("/magazine", public::list_get)
        .get("/magazine/feed.atom", public::feed_get)
        .get("/magazine/{id}", public::article_get)
        .get("/redactie/magazine", editor::list_get)
        .get_post(
            "/redactie/magazine/nieuw",
            editor::new_get,
            editor::new_post,
        )
        .get_post(
            "/redactie/magazine/{id}",
            editor::edit_get,
            editor::edit_post,
        )
}
