//! Mijn leven: the young person's own plan, network map and sharing, registered by the team or by
//! the young person, with every read and change through the access gate (`crate::access`).

mod assigned;
pub mod demo;
pub mod enrol;
pub mod network;
pub mod notes;
mod pages;
pub mod plan;
mod register;
pub mod repo;
mod signup;
pub mod validate;

use time::OffsetDateTime;

pub use enrol::free_login_name;
pub use register::professional_grant;

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

/// A moment as people read it, in Dutch local time (Europe/Amsterdam: CET/CEST).
pub fn format_moment(at: OffsetDateTime) -> String {
    let local = at.to_offset(amsterdam_offset(at));
    format!(
        "{:02}-{:02}-{} {:02}:{:02}",
        local.day(),
        local.month() as u8,
        local.year(),
        local.hour(),
        local.minute()
    )
}

/// The Amsterdam UTC offset at a moment: +2 between the last Sundays of March and October (01:00
/// UTC), +1 otherwise.
pub fn amsterdam_offset(at: OffsetDateTime) -> time::UtcOffset {
    let year = at.year();
    let last_sunday = |month: time::Month| {
        let mut d = time::Date::from_calendar_date(year, month, 31).unwrap_or(time::Date::MIN);
        while d.weekday() != time::Weekday::Sunday {
            d = d.previous_day().unwrap_or(d);
        }
        d.with_hms(1, 0, 0).map(|t| t.assume_utc()).unwrap_or(at)
    };
    let summer = at >= last_sunday(time::Month::March) && at < last_sunday(time::Month::October);
    time::UtcOffset::from_hms(if summer { 2 } else { 1 }, 0, 0).unwrap_or(time::UtcOffset::UTC)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn amsterdam_time() {
        assert_eq!(
            format_moment(datetime!(2026-11-28 11:05 UTC)),
            "28-11-2026 12:05"
        );
        assert_eq!(
            format_moment(datetime!(2026-07-01 22:30 UTC)),
            "02-07-2026 00:30"
        );
        assert_eq!(
            format_moment(datetime!(2026-03-29 00:59 UTC)),
            "29-03-2026 01:59"
        );
        assert_eq!(
            format_moment(datetime!(2026-03-29 01:00 UTC)),
            "29-03-2026 03:00"
        );
    }
}
