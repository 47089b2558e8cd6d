//! One HSDS object into one record of ours, checking our rules on the way: ids are UUIDs, texts
//! are plain and not endless, ages whole and in order, coordinates inside the Netherlands, prices in
//! euros, schedules that end. Everything wrong is collected, nothing is guessed.

use serde_json::Number;

pub use super::check::Check;
use super::known::Known;
use super::report::{Kind, Problem};
use crate::features::socialmap::domain::geo::{Point, Postcode};
use crate::features::socialmap::domain::listing::ACCESSIBILITY;
use crate::features::socialmap::domain::recurrence::{RawSchedule, Recurrence, parse_date};
use crate::features::socialmap::hsds::dto;
use crate::features::socialmap::hsds::out::JEUGDFONDS_OPTION;
use crate::features::socialmap::model::*;

/// An organisation.
pub fn organization(
    o: &dto::Organization,
    known: &Known,
    problems: &mut Vec<Problem>,
) -> OrganizationRecord {
    let mut c = Check {
        problems,
        kind: Kind::Organization,
        id: o.id.clone(),
        name: o.name.clone(),
    };
    OrganizationRecord {
        id: c.id(),
        municipality_id: known.municipality_id.clone(),
        name: c.required(&o.name, "name", 200),
        alternate_name: c.text(&o.alternate_name, "alternate_name", 200),
        description: c.required(&o.description, "description", 10_000),
        email: c.text(&o.email, "email", 200),
        website: c.text(&o.website, "website", 500),
        phone: o
            .phones
            .as_ref()
            .and_then(|p| p.first())
            .and_then(|p| c.text(&p.number, "phones.number", 40)),
    }
}

/// A location; `organization_id` is the organisation it came with, if any.
pub fn location(
    l: &dto::Location,
    organization_id: Option<&str>,
    known: &Known,
    problems: &mut Vec<Problem>,
) -> LocationRecord {
    let mut c = Check {
        problems,
        kind: Kind::Location,
        id: l.id.clone(),
        name: l.name.clone(),
    };
    let id = c.id();
    let location_type = c.required(&l.location_type, "location_type", 20);
    if !location_type.is_empty()
        && !matches!(location_type.as_str(), "physical" | "postal" | "virtual")
    {
        c.fail("hsds-import-bad-location-type", &location_type);
    }
    let address = l.addresses.as_ref().and_then(|a| {
        a.iter()
            .find(|x| x.address_type.as_deref() == Some("physical"))
            .or_else(|| a.first())
    });
    if let Some(country) = address.and_then(|a| a.country.as_deref())
        && !country.trim().eq_ignore_ascii_case("NL")
    {
        c.fail("hsds-import-country", country);
    }
    let postal_code = address.and_then(|a| c.text(&a.postal_code, "addresses.postal_code", 20));
    let postcode = postal_code.as_deref().and_then(Postcode::parse);
    if postal_code.is_some() && postcode.is_none() {
        c.fail(
            "hsds-import-postcode",
            postal_code.as_deref().unwrap_or_default(),
        );
    }
    let point = match (
        l.latitude.as_ref().and_then(Number::as_f64),
        l.longitude.as_ref().and_then(Number::as_f64),
    ) {
        (Some(lat), Some(lon)) => {
            let p = Point::in_nl(lat, lon);
            if p.is_none() {
                c.fail("hsds-import-outside-nl", &format!("{lat}, {lon}"));
            }
            p
        }
        (None, None) => postcode
            .as_ref()
            .and_then(|pc| known.postcodes.get(pc.as_str()).copied()),
        _ => {
            c.fail("hsds-import-half-coordinates", "latitude/longitude");
            None
        }
    };
    let street = address.map(|a| {
        [a.address_1.clone(), a.address_2.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ")
    });
    let accessibility = l
        .accessibility
        .iter()
        .flatten()
        .map(|a| {
            let description = c.required(&a.description, "accessibility.description", 500);
            AccessibilityRecord {
                id: c
                    .reference(&a.id, "accessibility.id")
                    .unwrap_or_else(|| derived_id(&id, &description)),
                code: ACCESSIBILITY
                    .iter()
                    .find(|(_, d)| *d == description)
                    .map(|(code, _)| code.to_string()),
                details: c.text(&a.details, "accessibility.details", 1000),
                url: c.text(&a.url, "accessibility.url", 500),
                description,
            }
        })
        .collect();
    LocationRecord {
        municipality_id: known.municipality_id.clone(),
        organization_id: c
            .reference(&l.organization_id, "organization_id")
            .or(organization_id.map(str::to_string)),
        location_type,
        name: c.text(&l.name, "name", 200),
        description: c.text(&l.description, "description", 4000),
        transportation: c.text(&l.transportation, "transportation", 1000),
        url: c.text(&l.url, "url", 500),
        address_1: street.and_then(|s| c.text(&Some(s), "addresses.address_1", 300)),
        postal_code: postcode.map(|p| p.as_str().to_string()),
        city: address.and_then(|a| c.text(&a.city, "addresses.city", 100)),
        latitude: point.map(|p| p.lat),
        longitude: point.map(|p| p.lon),
        external_identifier: c.text(&l.external_identifier, "external_identifier", 200),
        external_identifier_type: c.text(
            &l.external_identifier_type,
            "external_identifier_type",
            100,
        ),
        accessibility,
        id,
    }
}

/// A schedule; `sal` is the service-at-location it came with, if any.
pub fn schedule(
    s: &dto::Schedule,
    sal: Option<&str>,
    problems: &mut Vec<Problem>,
) -> Option<ScheduleRecord> {
    let mut c = Check {
        problems,
        kind: Kind::Schedule,
        id: s.id.clone(),
        name: None,
    };
    let id = c.id();
    let num = |n: &Option<Number>| n.as_ref().map(ToString::to_string);
    let raw = RawSchedule {
        freq: s.freq.clone(),
        interval: num(&s.interval),
        byday: s.byday.clone(),
        bymonthday: s.bymonthday.clone(),
        byweekno: s.byweekno.clone(),
        byyearday: s.byyearday.clone(),
        dtstart: s.dtstart.clone(),
        until: s.until.clone(),
        count: num(&s.count),
        valid_from: s.valid_from.clone(),
        valid_to: s.valid_to.clone(),
        opens_at: s.opens_at.clone(),
        closes_at: s.closes_at.clone(),
    };
    let description = c.text(&s.description, "description", 1000);
    match Recurrence::parse_open(&raw) {
        Ok(recurrence) => Some(ScheduleRecord {
            id,
            service_at_location_id: c
                .reference(&s.service_at_location_id, "service_at_location_id")
                .or(sal.map(str::to_string)),
            recurrence,
            description,
        }),
        Err(e) => {
            c.fail(e.message_id(), "schedule");
            None
        }
    }
}

/// The price fields of a service from its cost options (see `out::cost_options`).
pub fn costs(s: &dto::Service, c: &mut Check) -> (bool, Option<i64>, Option<String>, bool) {
    let options = s.cost_options.clone().unwrap_or_default();
    let jeugdfonds = options.iter().any(|o| {
        [&o.option, &o.amount_description].iter().any(|t| {
            t.as_deref()
                .is_some_and(|t| t.to_lowercase().contains("jeugdfonds"))
        })
    });
    let priced: Vec<&dto::CostOption> = options
        .iter()
        .filter(|o| {
            o.amount.is_some() && o.option.as_deref().is_none_or(|t| t != JEUGDFONDS_OPTION)
        })
        .collect();
    for o in &priced {
        if o.currency
            .as_deref()
            .is_some_and(|cur| !cur.trim().eq_ignore_ascii_case("EUR"))
        {
            c.fail(
                "hsds-import-currency",
                o.currency.as_deref().unwrap_or_default(),
            );
        }
    }
    let amounts: Vec<f64> = priced
        .iter()
        .filter_map(|o| o.amount.as_ref()?.as_f64())
        .collect();
    if amounts
        .iter()
        .any(|a| !a.is_finite() || *a < 0.0 || *a > 100_000.0)
    {
        c.fail("hsds-import-amount", "cost_options.amount");
    }
    let paid = priced.iter().find(|o| {
        o.amount
            .as_ref()
            .and_then(Number::as_f64)
            .is_some_and(|a| a > 0.0)
    });
    let is_free = !amounts.is_empty() && paid.is_none();
    let cents = paid
        .and_then(|o| o.amount.as_ref()?.as_f64())
        .map(|a| (a * 100.0).round() as i64);
    let what = c
        .text(&s.fees_description, "fees_description", 500)
        .or_else(|| paid.and_then(|o| o.amount_description.clone()));
    (is_free, cents, what, jeugdfonds)
}

/// A service's own fields (its children are added by the plan).
pub fn service(s: &dto::Service, known: &Known, problems: &mut Vec<Problem>) -> ServiceRecord {
    let mut c = Check {
        problems,
        kind: Kind::Service,
        id: s.id.clone(),
        name: s.name.clone(),
    };
    let id = c.id();
    let status = c.required(&s.status, "status", 30);
    if !status.is_empty()
        && !matches!(
            status.as_str(),
            "active" | "inactive" | "defunct" | "temporarily closed"
        )
    {
        c.fail("hsds-import-bad-status", &status);
    }
    let (min, max) = (
        c.age(&s.minimum_age, "minimum_age"),
        c.age(&s.maximum_age, "maximum_age"),
    );
    if let (Some(a), Some(b)) = (min, max)
        && a > b
    {
        c.fail("hsds-import-age-order", &format!("{a} > {b}"));
    }
    let assured = s.assured_date.as_deref().and_then(|d| {
        let parsed = parse_date(d);
        if parsed.is_none() {
            c.fail("hsds-import-bad-date", "assured_date");
        }
        parsed
    });
    let (is_free, cents, what, jeugdfonds) = costs(s, &mut c);
    let contact = s.contacts.as_ref().and_then(|l| l.first());
    ServiceRecord::new(ServiceFields {
        municipality_id: known.municipality_id.clone(),
        organization_id: c
            .reference(&s.organization_id, "organization_id")
            .unwrap_or_default(),
        name: c.required(&s.name, "name", 200),
        alternate_name: c.text(&s.alternate_name, "alternate_name", 200),
        description: c
            .text(&s.description, "description", 10_000)
            .unwrap_or_default(),
        status,
        url: c.text(&s.url, "url", 500),
        email: c
            .text(&s.email, "email", 200)
            .or_else(|| contact.and_then(|x| x.email.clone())),
        phone: s
            .phones
            .as_ref()
            .and_then(|p| p.first())
            .and_then(|p| c.text(&p.number, "phones.number", 40)),
        contact_name: contact.and_then(|x| c.text(&x.name, "contacts.name", 200)),
        application_process: c.text(&s.application_process, "application_process", 2000),
        eligibility_description: c.text(
            &s.eligibility_description,
            "eligibility_description",
            2000,
        ),
        minimum_age: min,
        maximum_age: max,
        is_free,
        cost_amount_cents: cents,
        cost_description: what,
        jeugdfonds,
        alert: c.text(&s.alert, "alert", 1000),
        assured_date: assured,
        ..ServiceFields::empty(&id)
    })
}
