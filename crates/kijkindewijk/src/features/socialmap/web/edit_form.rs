//! A stored listing as the form shows it, and the defaults of a new one.

use time::{Date, Month};

use super::format::mask_days;
use crate::clock;
use crate::features::socialmap::domain::listing::{SCHEDULE_ROWS, ServiceForm};
use crate::features::socialmap::domain::recurrence::format_time;
use crate::features::socialmap::domain::taxonomy::YOUTH_TAXONOMY_ID;
use crate::features::socialmap::repo::read::{FullService, ScheduleRow};
use crate::i18n::Locale;

/// The end of the school year a new schedule lasts until: 31 July, at least two months ahead.
pub fn school_year_end(today: Date) -> Date {
    let this = Date::from_calendar_date(today.year(), Month::July, 31).unwrap_or(today);
    if (this - today).whole_days() >= 60 {
        this
    } else {
        Date::from_calendar_date(today.year() + 1, Month::July, 31).unwrap_or(today)
    }
}

/// An empty form for a new listing.
pub fn new_form(organization_ids: &[String]) -> ServiceForm {
    let today = clock::today();
    ServiceForm {
        organization_id: match organization_ids {
            [only] => only.clone(),
            _ => String::new(),
        },
        status: "active".into(),
        languages: vec!["nl".into()],
        valid_from: today.to_string(),
        valid_to: school_year_end(today).to_string(),
        ..Default::default()
    }
}

/// Schedules the form shows as rows: weekly, every week, for the service as a whole.
pub fn is_form_row(r: &ScheduleRow) -> bool {
    r.freq == "WEEKLY"
        && r.repeat_interval == 1
        && r.service_at_location_id.is_none()
        && !r.byday.chars().any(|c| c.is_ascii_digit())
}

/// The form of a stored listing.
pub fn form_of(s: &FullService) -> ServiceForm {
    let svc = &s.service;
    let loc = s.locations.first();
    let rows: Vec<&ScheduleRow> = s
        .schedules
        .iter()
        .filter(|r| is_form_row(r))
        .take(SCHEDULE_ROWS)
        .collect();
    let row = |i: usize| {
        rows.get(i)
            .map(|r| {
                (
                    mask_days(r.days_mask),
                    format_time(r.opens_minute as u16),
                    format_time(r.closes_minute as u16),
                )
            })
            .unwrap_or_default()
    };
    let (days1, opens1, closes1) = row(0);
    let (days2, opens2, closes2) = row(1);
    let (days3, opens3, closes3) = row(2);
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let num = |v: Option<i64>| v.map(|n| n.to_string()).unwrap_or_default();
    ServiceForm {
        organization_id: svc.organization_id.clone(),
        name: svc.name.clone(),
        description: svc.description.clone(),
        status: svc.status.clone(),
        url: text(&svc.url),
        email: text(&svc.email),
        phone: text(&svc.phone),
        contact_name: text(&svc.contact_name),
        application_process: text(&svc.application_process),
        categories: s
            .terms
            .iter()
            .filter(|t| t.taxonomy_id == YOUTH_TAXONOMY_ID)
            .map(|t| t.id.clone())
            .collect(),
        min_age: num(svc.minimum_age),
        max_age: num(svc.maximum_age),
        eligibility: text(&svc.eligibility_description),
        free: if svc.is_free {
            "1".into()
        } else {
            String::new()
        },
        cost: svc
            .cost_amount_cents
            .map(|c| {
                super::format::euros(c, Locale::Nl)
                    .trim_start_matches("€ ")
                    .replace(",-", "")
            })
            .unwrap_or_default(),
        cost_description: text(&svc.cost_description),
        jeugdfonds: if svc.jeugdfonds {
            "1".into()
        } else {
            String::new()
        },
        capacity: num(svc.capacity_available),
        languages: s.languages.iter().map(|l| l.code.clone()).collect(),
        loc_name: loc.and_then(|l| l.name.clone()).unwrap_or_default(),
        loc_address: loc.and_then(|l| l.address_1.clone()).unwrap_or_default(),
        loc_postcode: loc.and_then(|l| l.postal_code.clone()).unwrap_or_default(),
        loc_city: loc.and_then(|l| l.city.clone()).unwrap_or_default(),
        loc_lat: loc
            .and_then(|l| l.latitude)
            .map(|v| format!("{v:.6}"))
            .unwrap_or_default(),
        loc_lon: loc
            .and_then(|l| l.longitude)
            .map(|v| format!("{v:.6}"))
            .unwrap_or_default(),
        accessibility: s
            .accessibility
            .iter()
            .filter(|a| loc.is_some_and(|l| l.id == a.location_id))
            .filter_map(|a| a.code.clone())
            .collect(),
        areas: s
            .areas
            .iter()
            .filter_map(|a| a.buurt_id.clone().or_else(|| a.wijk_id.clone()))
            .collect(),
        days1,
        opens1,
        closes1,
        days2,
        opens2,
        closes2,
        days3,
        opens3,
        closes3,
        valid_from: rows
            .first()
            .map(|r| r.valid_from.unwrap_or(r.dtstart).to_string())
            .unwrap_or_else(|| clock::today().to_string()),
        valid_to: rows
            .first()
            .map(|r| r.valid_to.unwrap_or(r.ends_on).to_string())
            .unwrap_or_else(|| school_year_end(clock::today()).to_string()),
    }
}
