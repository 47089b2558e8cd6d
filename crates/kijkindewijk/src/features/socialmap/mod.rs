//! Sociale kaart: opportunities for young people in the neighbourhood (clubs, sport, culture, youth
//! work, homework help, buddies, internships, side jobs), shaped after Open Referral HSDS 3.0.
//!
//! - `domain`: pure rules (stemming, recurrence, distance, search parameters, listing rules)
//! - `repo`: queries (sea-query, both backends; full text through `db::special`)
//! - `search`: a search from parameters to whole services — also the seam for suggestions
//! - `index`: the in-process search index every search answers from, kept in step by the change log
//! - `web`: the pages and the JSON search; `hsds`: the HSDS 3.0 API, import and export
//! - `geocoder`, `postcode_csv`, `ical`: postcodes to points, postcode files, iCalendar
//! - `demo`, `cli`: demo listings, bulk listings for benchmarks, the subcommands
//!
//! Not here (built with the young person's plan and its access gate): introductions (*warme
//! overdracht*) and suggestions for a young person. They plug in through `search::{resolve, find}`
//! and the detail page's `introduce_url`.

pub mod cli;
pub mod demo;
pub mod domain;
pub mod geocoder;
pub mod hsds;
pub mod ical;
pub mod index;
pub mod model;
pub mod postcode_csv;
pub mod repo;
pub mod search;
pub mod sync;
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
        .post(
            "/sociale-kaart/beheer/organisaties/partner/ontkoppelen",
            web::orgs::unlink_post,
        )
        .get_post(
            "/sociale-kaart/beheer/organisaties/{id}",
            web::org_edit::org_edit_get,
            web::org_edit::org_edit_post,
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
        .post(
            "/sociale-kaart/beheer/{id}/bevestigd",
            web::manage::confirm_post,
        )
        .merge(hsds_routes())
}

/// The HSDS 3.0 API (public, read-only).
fn hsds_routes() -> Routes {
    Routes::new()
        .get("/hsds", hsds::api::root_get)
        .get("/hsds/", hsds::api::root_get)
        .get("/hsds/profile", hsds::api::profile_get)
        .get("/hsds/services", hsds::api::services_get)
        .get("/hsds/services/{id}", hsds::api::service_get)
        .get("/hsds/service_at_locations", hsds::api::sals_get)
        .get("/hsds/service_at_locations/{id}", hsds::api::sal_get)
        .get("/hsds/organizations", hsds::api_orgs::organizations_get)
        .get("/hsds/organizations/{id}", hsds::api_orgs::organization_get)
        .get("/hsds/taxonomies", hsds::api_orgs::taxonomies_get)
        .get("/hsds/taxonomies/{id}", hsds::api_orgs::taxonomy_get)
        .get("/hsds/taxonomy_terms", hsds::api_orgs::terms_get)
        .get("/hsds/taxonomy_terms/{id}", hsds::api_orgs::term_get)
}
