//! The plan (Mijn leven): per life domain what goes well, wishes, who does what and a self-rating;
//! talents, interests and dreams; goals with GAS levels and scores; actions with an owner and a date.

pub mod chart;
mod export;
pub mod gas;
pub mod load;
mod pages;
pub mod repo;
pub mod types;
mod write;

use crate::web::routes::Routes;

/// Routes of the plan.
pub fn routes() -> Routes {
    Routes::new()
        .get("/jongeren/{id}/plan", pages::plan_get)
        .get_post(
            "/jongeren/{id}/plan/domein/{domain_id}",
            write::domain_get,
            write::domain_post,
        )
        .post("/jongeren/{id}/plan/cijfer", write::rating_post)
        .get_post(
            "/jongeren/{id}/plan/profiel",
            write::profile_get,
            write::profile_post,
        )
        .get_post(
            "/jongeren/{id}/plan/doelen",
            write::goal_get,
            write::goal_post,
        )
        .post(
            "/jongeren/{id}/plan/doelen/{goal_id}/score",
            write::goal_score_post,
        )
        .get_post(
            "/jongeren/{id}/plan/acties",
            write::action_get,
            write::action_post,
        )
        .post(
            "/jongeren/{id}/plan/acties/{action_id}/status",
            write::action_status_post,
        )
        .get("/jongeren/{id}/plan/afdrukken", export::print_get)
        .get("/jongeren/{id}/plan/export", export::json_get)
}
