//! ZOOMerschool webinars: sessions with speakers and times (Europe/Amsterdam), registration with a
//! waiting list that moves up by itself, a personal link to the meeting and to cancel, a reminder
//! the day before (a job), iCalendar per session and as a feed, and the redacteur's screens with a
//! CSV export of the registrations.

mod admin;
pub mod demo;
pub mod domain;
pub mod flow;
pub mod ical;
mod pages;
pub mod reminder;
pub mod repo;
mod view;

use crate::web::routes::Routes;

/// Routes of this feature.
pub fn routes() -> Routes {
    Routes::new()
        .get("/webinars", pages::list_get)
        .get("/webinars/agenda.ics", pages::feed_get)
        .get_post("/webinars/{id}", pages::detail_get, pages::register_post)
        .get("/webinars/{id}/agenda.ics", pages::ics_get)
        .get_post(
            "/webinars/inschrijving/{token}",
            pages::personal_get,
            pages::cancel_post,
        )
        .get("/redactie/webinars", admin::list_get)
        .get_post("/redactie/webinars/nieuw", admin::new_get, admin::new_post)
        .get_post("/redactie/webinars/{id}", admin::edit_get, admin::edit_post)
        .get(
            "/redactie/webinars/{id}/aanmeldingen",
            admin::registrations_get,
        )
        .get("/redactie/webinars/{id}/aanmeldingen.csv", admin::csv_get)
}
