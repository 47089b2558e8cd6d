//! Hindernissen: what blocks a young person's ordinary life, recorded by the young person, a parent,
//! a professional or a partner; worked through with the Omgekeerde Toets; solved in the team or
//! escalated to the level that can (teamleider, municipal policy, governance board) and answered
//! there; and reported to governance as counts per wijk, without anything personal.

pub mod categories;
pub mod demo;
pub mod domain;
pub mod facts;
pub mod flow;
mod pages;
pub mod partner;
mod policy;
pub mod reminder;
pub mod repo;
pub mod seam;
mod view;
mod work;
mod young;

use crate::web::routes::Routes;

/// Routes of this feature.
pub fn routes() -> Routes {
    Routes::new()
        .get("/hindernissen-weghalen", pages::entry_get)
        .get("/hindernissen", pages::list_get)
        .get_post("/hindernissen/nieuw", pages::new_get, pages::new_post)
        .get("/hindernissen/{barrier_id}", pages::detail_get)
        .post("/hindernissen/{barrier_id}/status", pages::status_post)
        .post("/hindernissen/{barrier_id}/volgen", pages::follow_post)
        .post("/hindernissen/{barrier_id}/samenvoegen", pages::merge_post)
        .get_post(
            "/hindernissen/{barrier_id}/toets",
            work::toets_get,
            work::toets_post,
        )
        .get_post(
            "/hindernissen/{barrier_id}/escaleren",
            work::escalate_get,
            work::escalate_post,
        )
        .post("/hindernissen/{barrier_id}/antwoord", work::answer_post)
        .get_post(
            "/jongeren/{id}/hindernissen",
            young::list_get,
            young::raise_post,
        )
        .get_post(
            "/introducties/{intro_id}/hindernis",
            partner::new_get,
            partner::new_post,
        )
        .get_post(
            "/beheer/hindernis-categorieen",
            categories::list_get,
            categories::change_post,
        )
        .get("/escalaties", policy::inbox_get)
        .get("/rapportage/hindernissen", policy::report_get)
        .get("/rapportage/hindernissen.csv", policy::csv_get)
}
