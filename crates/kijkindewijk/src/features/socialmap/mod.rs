//! Sociale kaart: opportunities for young people in the neighbourhood (clubs, sport, culture, youth
//! work, homework help, buddies, internships, side jobs), shaped after Open Referral HSDS 3.0.
//!
//! - `domain`: pure rules (stemming, recurrence, distance, search parameters, listing rules)

pub mod demo;
pub mod domain;
pub mod geocoder;
pub mod ical;
pub mod model;
pub mod postcode_csv;
pub mod repo;
pub mod search;
pub mod web;

use crate::web::routes::Routes;

/// Routes of the social map.
pub fn routes() -> Routes {
    Routes::new()
        .get("/sociale-kaart", web::search_page::search_get)
        .get("/sociale-kaart/aanbod/{id}", web::detail::detail_get)
        .get(
            "/sociale-kaart/aanbod/{id}/rooster.ics",
            web::detail::ics_get,
        )
        .get("/api/v1/sociale-kaart/zoeken", web::api::search_get)
        .get("/sociale-kaart/beheer", web::manage::manage_get)
        .get_post(
            "/sociale-kaart/beheer/nieuw",
            web::edit::new_get,
            web::edit::new_post,
        )
        .get_post(
            "/sociale-kaart/beheer/organisaties",
            web::orgs::orgs_get,
            web::orgs::org_post,
        )
        .post(
            "/sociale-kaart/beheer/organisaties/partner",
            web::orgs::link_post,
        )
        .get_post(
            "/sociale-kaart/beheer/{id}",
            web::edit::edit_get,
            web::edit::edit_post,
        )
        .post(
            "/sociale-kaart/beheer/{id}/gecontroleerd",
            web::manage::check_post,
        )
}
