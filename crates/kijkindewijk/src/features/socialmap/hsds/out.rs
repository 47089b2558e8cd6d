//! Stored listings as HSDS 3.0 objects (for the API and the export).

use serde_json::Number;

use super::dto;
use crate::features::socialmap::domain::recurrence::{OPEN_START, format_time};
use crate::features::socialmap::model::derived_id;
use crate::features::socialmap::repo::orgs::OrgRow;
use crate::features::socialmap::repo::read::{
    AccessRow, AreaRow, FullService, LocationRow, ScheduleRow, ServiceRow, ServiceTermRow,
};
use crate::features::socialmap::repo::taxonomy::{TaxonomyRow, TermRow};

/// The option text of the Jeugdfonds cost option (also how the import recognises it).
pub const JEUGDFONDS_OPTION: &str = "Jeugdfonds Sport & Cultuur";

fn num(v: i64) -> Number {
    Number::from(v)
}

fn real(v: f64) -> Option<Number> {
    Number::from_f64(v)
}

fn rfc3339(t: time::OffsetDateTime) -> Option<String> {
    t.format(&time::format_description::well_known::Rfc3339)
        .ok()
}

/// An organisation's own fields.
pub fn organization(o: &OrgRow) -> dto::Organization {
    dto::Organization {
        id: Some(o.id.clone()),
        name: Some(o.name.clone()),
        alternate_name: o.alternate_name.clone(),
        description: Some(o.description.clone()),
        email: o.email.clone(),
        website: o.website.clone(),
        phones: o.phone.as_ref().map(|n| {
            vec![dto::Phone {
                id: Some(derived_id(&o.id, "phone")),
                organization_id: Some(o.id.clone()),
                number: Some(n.clone()),
                ..Default::default()
            }]
        }),
        ..Default::default()
    }
}

/// A service's one-to-one fields (list endpoints).
pub fn service_basic(s: &ServiceRow) -> dto::Service {
    dto::Service {
        id: Some(s.id.clone()),
        organization_id: Some(s.organization_id.clone()),
        name: Some(s.name.clone()),
        alternate_name: s.alternate_name.clone(),
        description: Some(s.description.clone()),
        url: s.url.clone(),
        email: s.email.clone(),
        status: Some(s.status.clone()),
        application_process: s.application_process.clone(),
        fees_description: s.cost_description.clone(),
        eligibility_description: s.eligibility_description.clone(),
        minimum_age: s.minimum_age.map(num),
        maximum_age: s.maximum_age.map(num),
        assured_date: s.assured_date.map(|d| d.to_string()),
        alert: s.alert.clone(),
        last_modified: rfc3339(s.updated_at),
        ..Default::default()
    }
}

/// A location's own fields.
pub fn location_basic(l: &LocationRow) -> dto::Location {
    dto::Location {
        id: Some(l.id.clone()),
        location_type: Some(l.location_type.clone()),
        url: l.url.clone(),
        organization_id: l.organization_id.clone(),
        name: l.name.clone(),
        description: l.description.clone(),
        transportation: l.transportation.clone(),
        latitude: l.latitude.and_then(real),
        longitude: l.longitude.and_then(real),
        external_identifier: l.external_identifier.clone(),
        external_identifier_type: l.external_identifier_type.clone(),
        ..Default::default()
    }
}

/// A location with its address and accessibility.
pub fn location(l: &LocationRow, access: &[AccessRow]) -> dto::Location {
    let address = match (&l.address_1, &l.city, &l.postal_code) {
        (Some(a), Some(c), Some(p)) => Some(vec![dto::Address {
            id: Some(derived_id(&l.id, "address")),
            location_id: Some(l.id.clone()),
            address_1: Some(a.clone()),
            city: Some(c.clone()),
            // We do not keep the province; HSDS requires the field, so it is present but empty.
            state_province: Some(String::new()),
            postal_code: Some(p.clone()),
            country: Some("NL".into()),
            address_type: Some("physical".into()),
            ..Default::default()
        }]),
        _ => None,
    };
    let accessibility: Vec<dto::Accessibility> = access
        .iter()
        .filter(|a| a.location_id == l.id)
        .map(|a| dto::Accessibility {
            id: Some(a.id.clone()),
            location_id: Some(l.id.clone()),
            description: Some(a.description.clone()),
            details: a.details.clone(),
            url: a.url.clone(),
            ..Default::default()
        })
        .collect();
    dto::Location {
        addresses: address,
        accessibility: (!accessibility.is_empty()).then_some(accessibility),
        ..location_basic(l)
    }
}

/// A schedule.
pub fn schedule(r: &ScheduleRow) -> dto::Schedule {
    dto::Schedule {
        id: Some(r.id.clone()),
        service_id: Some(r.service_id.clone()),
        service_at_location_id: r.service_at_location_id.clone(),
        valid_from: r.valid_from.map(|d| d.to_string()),
        valid_to: r.valid_to.map(|d| d.to_string()),
        // A schedule published without a start goes out without one.
        dtstart: (r.dtstart != OPEN_START || r.valid_from.is_some()).then(|| r.dtstart.to_string()),
        until: r.until_date.map(|d| d.to_string()),
        count: r.repeat_count.map(num),
        wkst: Some("MO".into()),
        freq: Some(r.freq.clone()),
        interval: Some(num(r.repeat_interval)),
        byday: Some(r.byday.clone()).filter(|b| !b.is_empty()),
        bymonthday: r.bymonthday.clone(),
        description: r.description.clone(),
        opens_at: Some(format_time(r.opens_minute.clamp(0, 1440) as u16)),
        closes_at: Some(format_time(r.closes_minute.clamp(0, 1440) as u16)),
        ..Default::default()
    }
}

/// A taxonomy.
pub fn taxonomy(t: &TaxonomyRow) -> dto::Taxonomy {
    dto::Taxonomy {
        id: Some(t.id.clone()),
        name: Some(t.name.clone()),
        description: Some(t.description.clone()),
        uri: t.uri.clone(),
        version: t.version.clone(),
        ..Default::default()
    }
}

/// A term (with its taxonomy when known).
pub fn term(t: &TermRow, detail: Option<dto::Taxonomy>) -> dto::TaxonomyTerm {
    dto::TaxonomyTerm {
        id: Some(t.id.clone()),
        code: t.code.clone(),
        name: Some(t.name.clone()),
        description: Some(t.description.clone()),
        parent_id: t.parent_id.clone(),
        taxonomy: detail.as_ref().and_then(|d| d.name.clone()),
        taxonomy_detail: detail,
        language: t.language.clone(),
        taxonomy_id: Some(t.taxonomy_id.clone()),
        term_uri: t.term_uri.clone(),
        ..Default::default()
    }
}

fn attribute(service_id: &str, t: &ServiceTermRow) -> dto::Attribute {
    let row = TermRow {
        id: t.id.clone(),
        taxonomy_id: t.taxonomy_id.clone(),
        parent_id: t.parent_id.clone(),
        code: t.code.clone(),
        name: t.name.clone(),
        description: t.description.clone(),
        language: t.language.clone(),
        term_uri: t.term_uri.clone(),
    };
    let detail = taxonomy(&TaxonomyRow {
        id: t.taxonomy_id.clone(),
        name: t.taxonomy_name.clone(),
        description: t.taxonomy_description.clone(),
        uri: t.taxonomy_uri.clone(),
        version: t.taxonomy_version.clone(),
    });
    dto::Attribute {
        id: Some(derived_id(service_id, &format!("attribute/{}", t.id))),
        link_id: Some(service_id.to_string()),
        taxonomy_term_id: Some(t.id.clone()),
        link_type: Some("category".into()),
        link_entity: Some("service".into()),
        taxonomy_term: Some(Box::new(term(&row, Some(detail)))),
        ..Default::default()
    }
}

fn area(service_id: &str, a: &AreaRow, municipality: &(String, String)) -> dto::ServiceArea {
    let (code, name) = match (&a.buurt_code, &a.wijk_code) {
        (Some(b), _) => (b.clone(), a.buurt_name.clone().unwrap_or_default()),
        (None, Some(w)) => (w.clone(), a.wijk_name.clone().unwrap_or_default()),
        _ => (
            municipality.0.clone(),
            a.name.clone().unwrap_or_else(|| municipality.1.clone()),
        ),
    };
    dto::ServiceArea {
        id: Some(a.id.clone()),
        service_id: Some(service_id.to_string()),
        name: Some(name),
        description: Some(format!("CBS {code}")),
        extent: Some(code),
        extent_type: Some("text".into()),
        ..Default::default()
    }
}

/// Prices as HSDS cost options: the price (or "free"), and the Jeugdfonds when it can pay.
fn cost_options(s: &ServiceRow) -> Vec<dto::CostOption> {
    let mut out = Vec::new();
    let eur = |cents: i64| real(cents as f64 / 100.0);
    if s.is_free {
        out.push(dto::CostOption {
            id: Some(derived_id(&s.id, "cost")),
            service_id: Some(s.id.clone()),
            option: Some("Gratis".into()),
            currency: Some("EUR".into()),
            amount: eur(0),
            ..Default::default()
        });
    } else if let Some(c) = s.cost_amount_cents {
        out.push(dto::CostOption {
            id: Some(derived_id(&s.id, "cost")),
            service_id: Some(s.id.clone()),
            currency: Some("EUR".into()),
            amount: eur(c),
            amount_description: s.cost_description.clone(),
            ..Default::default()
        });
    }
    if s.jeugdfonds {
        out.push(dto::CostOption {
            id: Some(derived_id(&s.id, "cost/jeugdfonds")),
            service_id: Some(s.id.clone()),
            option: Some(JEUGDFONDS_OPTION.into()),
            amount_description: Some(
                "De kosten kunnen worden vergoed door het Jeugdfonds Sport & Cultuur.".into(),
            ),
            ..Default::default()
        });
    }
    out
}

fn some<T>(v: Vec<T>) -> Option<Vec<T>> {
    (!v.is_empty()).then_some(v)
}

/// A whole service: places, times, areas, languages, costs, contacts and categories.
/// `municipality` is (CBS code, name), for areas that cover all of it.
pub fn service(
    f: &FullService,
    org: Option<&OrgRow>,
    municipality: &(String, String),
) -> dto::Service {
    let s = &f.service;
    let id = s.id.as_str();
    let sals = f
        .locations
        .iter()
        .map(|l| dto::ServiceAtLocation {
            id: Some(l.sal_id.clone()),
            service_id: Some(id.to_string()),
            location_id: Some(l.id.clone()),
            description: l.sal_description.clone(),
            schedules: some(
                f.schedules
                    .iter()
                    .filter(|r| r.service_at_location_id.as_deref() == Some(l.sal_id.as_str()))
                    .map(schedule)
                    .collect(),
            ),
            location: Some(Box::new(location(l, &f.accessibility))),
            ..Default::default()
        })
        .collect();
    let contact = (s.contact_name.is_some()).then(|| dto::Contact {
        id: Some(derived_id(id, "contact")),
        service_id: Some(id.to_string()),
        name: s.contact_name.clone(),
        email: s.email.clone(),
        ..Default::default()
    });
    dto::Service {
        phones: s.phone.as_ref().map(|n| {
            vec![dto::Phone {
                id: Some(derived_id(id, "phone")),
                service_id: Some(id.to_string()),
                number: Some(n.clone()),
                ..Default::default()
            }]
        }),
        schedules: some(
            f.schedules
                .iter()
                .filter(|r| r.service_at_location_id.is_none())
                .map(schedule)
                .collect(),
        ),
        service_areas: some(f.areas.iter().map(|a| area(id, a, municipality)).collect()),
        service_at_locations: some(sals),
        languages: some(
            f.languages
                .iter()
                .map(|l| dto::Language {
                    id: Some(derived_id(id, &format!("language/{}", l.code))),
                    service_id: Some(id.to_string()),
                    name: Some(l.name.clone()),
                    code: Some(l.code.clone()),
                    ..Default::default()
                })
                .collect(),
        ),
        organization: org.map(|o| Box::new(organization(o))),
        cost_options: some(cost_options(s)),
        contacts: contact.map(|c| vec![c]),
        attributes: some(f.terms.iter().map(|t| attribute(id, t)).collect()),
        ..service_basic(s)
    }
}
