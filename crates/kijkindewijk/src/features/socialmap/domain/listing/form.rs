//! The listing form as typed, and its check.

use serde::Deserialize;

use super::{
    ACCESSIBILITY, LANGUAGES, Listing, MAX_CATEGORIES, SCHEDULE_ROWS, STATUSES, WHOLE_MUNICIPALITY,
};
use super::{looks_like_email, looks_like_phone, looks_like_url, opt, parse_euros};
use crate::error::FieldErrors;
use crate::features::socialmap::domain::geo::{Point, Postcode, parse_decimal};
use crate::features::socialmap::domain::query::{is_yes, looks_like_id, parse_count};
use crate::features::socialmap::domain::recurrence::{RawSchedule, Recurrence, RecurrenceError};
use crate::features::socialmap::model::ServiceFields;

/// The form, exactly as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ServiceForm {
    /// Organisation id.
    pub organization_id: String,
    /// Name of the listing.
    pub name: String,
    /// What it is, for young people.
    pub description: String,
    /// HSDS status.
    pub status: String,
    /// Web page.
    pub url: String,
    /// Contact e-mail.
    pub email: String,
    /// Contact phone.
    pub phone: String,
    /// Contact person (a public name).
    pub contact_name: String,
    /// How to sign up.
    pub application_process: String,
    /// Category ids (checkboxes).
    pub categories: Vec<String>,
    /// Youngest age.
    pub min_age: String,
    /// Oldest age.
    pub max_age: String,
    /// Who may join, in words.
    pub eligibility: String,
    /// `1` when free.
    pub free: String,
    /// Amount in euros.
    pub cost: String,
    /// What the amount is for.
    pub cost_description: String,
    /// `1` when the Jeugdfonds can pay.
    pub jeugdfonds: String,
    /// Places left.
    pub capacity: String,
    /// Language codes (checkboxes).
    pub languages: Vec<String>,
    /// Name of the place.
    pub loc_name: String,
    /// Street and number.
    pub loc_address: String,
    /// Postcode.
    pub loc_postcode: String,
    /// Town.
    pub loc_city: String,
    /// Latitude, optional.
    pub loc_lat: String,
    /// Longitude, optional.
    pub loc_lon: String,
    /// Accessibility codes (checkboxes).
    pub accessibility: Vec<String>,
    /// Wijk/buurt ids, or `gemeente` (checkboxes).
    pub areas: Vec<String>,
    /// Days of time row 1 (RFC 5545 codes).
    pub days1: Vec<String>,
    /// Start of row 1.
    pub opens1: String,
    /// End of row 1.
    pub closes1: String,
    /// Days of time row 2.
    pub days2: Vec<String>,
    /// Start of row 2.
    pub opens2: String,
    /// End of row 2.
    pub closes2: String,
    /// Days of time row 3.
    pub days3: Vec<String>,
    /// Start of row 3.
    pub opens3: String,
    /// End of row 3.
    pub closes3: String,
    /// First day of the times.
    pub valid_from: String,
    /// Last day of the times.
    pub valid_to: String,
}

/// The listing form's fields that may span lines; every other text field is one line.
const MULTI_LINE: [&str; 3] = ["description", "application_process", "eligibility"];

fn text(
    e: &mut FieldErrors,
    field: &str,
    value: &str,
    max: usize,
    required: bool,
) -> Option<String> {
    let v = opt(value);
    match &v {
        None if required => e.add(field, "map-form-required"),
        Some(t) if t.chars().count() > max => e.add(field, "map-form-too-long"),
        Some(t) if !crate::web::validate::clean_text(t, MULTI_LINE.contains(&field)) => {
            e.add(field, "map-form-bad-characters")
        }
        _ => {}
    }
    v
}

fn schedule_field(err: RecurrenceError, row: usize) -> String {
    match err {
        RecurrenceError::ByDay => format!("days{row}"),
        RecurrenceError::Time | RecurrenceError::TimeZone => format!("opens{row}"),
        RecurrenceError::ClosesBeforeOpens => format!("closes{row}"),
        RecurrenceError::NoStart => "valid_from".into(),
        _ => "valid_to".into(),
    }
}

impl ServiceForm {
    /// The time rows as (days, opens, closes).
    pub fn rows(&self) -> [(&Vec<String>, &str, &str); SCHEDULE_ROWS] {
        [
            (&self.days1, self.opens1.as_str(), self.closes1.as_str()),
            (&self.days2, self.opens2.as_str(), self.closes2.as_str()),
            (&self.days3, self.opens3.as_str(), self.closes3.as_str()),
        ]
    }

    /// Checks everything that needs no database; `known_terms` are the category ids on offer.
    pub fn check(&self, known_terms: &[String]) -> Result<Listing, FieldErrors> {
        let mut e = FieldErrors::new();
        if !looks_like_id(&self.organization_id) {
            e.add("organization_id", "map-form-organization-required");
        }
        let name = text(&mut e, "name", &self.name, 120, true);
        let description = text(&mut e, "description", &self.description, 4000, true);
        let status = STATUSES
            .iter()
            .find(|(s, _)| *s == self.status.trim())
            .map(|(s, _)| s.to_string());
        if status.is_none() {
            e.add("status", "map-form-status-invalid");
        }
        let url = text(&mut e, "url", &self.url, 300, false);
        if url.as_deref().is_some_and(|u| !looks_like_url(u)) {
            e.add("url", "map-form-url-invalid");
        }
        let email = text(&mut e, "email", &self.email, 200, false).map(|m| m.to_lowercase());
        if email.as_deref().is_some_and(|m| !looks_like_email(m)) {
            e.add("email", "map-form-email-invalid");
        }
        let phone = text(&mut e, "phone", &self.phone, 30, false);
        if phone.as_deref().is_some_and(|p| !looks_like_phone(p)) {
            e.add("phone", "map-form-phone-invalid");
        }
        let contact_name = text(&mut e, "contact_name", &self.contact_name, 120, false);
        let application_process = text(
            &mut e,
            "application_process",
            &self.application_process,
            1000,
            false,
        );
        let mut categories: Vec<String> = Vec::new();
        for c in &self.categories {
            if !known_terms.contains(c) {
                e.add("categories", "map-form-category-unknown");
                break;
            }
            if !categories.contains(c) {
                categories.push(c.clone());
            }
        }
        if categories.is_empty() && e.get("categories").is_none() {
            e.add("categories", "map-form-category-required");
        } else if categories.len() > MAX_CATEGORIES {
            e.add("categories", "map-form-category-too-many");
        }
        let age = |e: &mut FieldErrors, field: &str, v: &str| -> Option<i64> {
            let v = v.trim();
            if v.is_empty() {
                return None;
            }
            let n = parse_count(v, 120).map(i64::from);
            if n.is_none() {
                e.add(field, "map-form-age-invalid");
            }
            n
        };
        let min_age = age(&mut e, "min_age", &self.min_age);
        let max_age = age(&mut e, "max_age", &self.max_age);
        if let (Some(a), Some(b)) = (min_age, max_age)
            && a > b
        {
            e.add("max_age", "map-form-age-order");
        }
        let eligibility = text(&mut e, "eligibility", &self.eligibility, 1000, false);
        let is_free = is_yes(Some(&self.free));
        let cost_cents = match opt(&self.cost) {
            None => None,
            Some(_) if is_free => {
                e.add("cost", "map-form-cost-but-free");
                None
            }
            Some(c) => {
                let v = parse_euros(&c);
                if v.is_none() {
                    e.add("cost", "map-form-cost-invalid");
                }
                v
            }
        };
        let cost_description = text(
            &mut e,
            "cost_description",
            &self.cost_description,
            200,
            false,
        );
        let capacity = match opt(&self.capacity) {
            None => None,
            Some(c) => {
                let v = parse_count(&c, 100_000).map(i64::from);
                if v.is_none() {
                    e.add("capacity", "map-form-capacity-invalid");
                }
                v
            }
        };
        let mut languages = Vec::new();
        for code in &self.languages {
            match LANGUAGES.iter().find(|(c, _)| c == code) {
                Some((c, n)) if !languages.iter().any(|(x, _): &(String, String)| x == c) => {
                    languages.push((c.to_string(), n.to_string()))
                }
                Some(_) => {}
                None => e.add("languages", "map-form-language-unknown"),
            }
        }
        let loc_name = text(&mut e, "loc_name", &self.loc_name, 120, false);
        let loc_address = text(&mut e, "loc_address", &self.loc_address, 200, true);
        let loc_postcode = match opt(&self.loc_postcode) {
            None => {
                e.add("loc_postcode", "map-form-required");
                None
            }
            Some(p) => {
                let pc = Postcode::parse(&p).filter(Postcode::is_pc6);
                if pc.is_none() {
                    e.add("loc_postcode", "map-form-postcode-invalid");
                }
                pc
            }
        };
        let loc_city = text(&mut e, "loc_city", &self.loc_city, 80, true);
        let loc_point = match (opt(&self.loc_lat), opt(&self.loc_lon)) {
            (None, None) => None,
            (lat, lon) => {
                let p = lat
                    .as_deref()
                    .and_then(parse_decimal)
                    .zip(lon.as_deref().and_then(parse_decimal))
                    .and_then(|(a, o)| Point::in_nl(a, o));
                if p.is_none() {
                    e.add("loc_lat", "map-form-point-outside");
                }
                p
            }
        };
        let mut accessibility = Vec::new();
        for code in &self.accessibility {
            match ACCESSIBILITY.iter().find(|(c, _)| c == code) {
                Some((c, d)) => accessibility.push((c.to_string(), d.to_string())),
                None => e.add("accessibility", "map-form-accessibility-unknown"),
            }
        }
        accessibility.dedup();
        let mut areas: Vec<String> = Vec::new();
        let whole = self.areas.iter().any(|a| a == WHOLE_MUNICIPALITY);
        for a in self.areas.iter().filter(|a| *a != WHOLE_MUNICIPALITY) {
            if !looks_like_id(a) {
                e.add("areas", "map-form-area-unknown");
                break;
            }
            if !whole && !areas.contains(a) {
                areas.push(a.clone());
            }
        }
        let mut schedules = Vec::new();
        for (i, (days, opens, closes)) in self.rows().into_iter().enumerate() {
            let row = i + 1;
            if days.is_empty() && opens.trim().is_empty() && closes.trim().is_empty() {
                continue;
            }
            if days.is_empty() {
                e.add(&format!("days{row}"), "map-form-days-required");
                continue;
            }
            let raw = RawSchedule {
                freq: Some("WEEKLY".into()),
                byday: Some(days.join(",")),
                valid_from: opt(&self.valid_from),
                valid_to: opt(&self.valid_to),
                opens_at: opt(opens),
                closes_at: opt(closes),
                ..Default::default()
            };
            match Recurrence::parse(&raw) {
                Ok(r) => schedules.push(r),
                Err(err) => {
                    let field = schedule_field(err, row);
                    if e.get(&field).is_none() {
                        e.add(&field, err.message_id());
                    }
                }
            }
        }
        if !e.is_empty() {
            return Err(e);
        }
        Ok(Listing {
            service: ServiceFields {
                organization_id: self.organization_id.trim().to_string(),
                name: name.unwrap_or_default(),
                description: description.unwrap_or_default(),
                status: status.unwrap_or_default(),
                url,
                email,
                phone,
                contact_name,
                application_process,
                minimum_age: min_age,
                maximum_age: max_age,
                eligibility_description: eligibility,
                is_free,
                cost_amount_cents: cost_cents,
                cost_description,
                jeugdfonds: is_yes(Some(&self.jeugdfonds)),
                capacity_available: capacity,
                ..ServiceFields::empty("")
            },
            categories,
            languages,
            loc_name,
            loc_address,
            loc_postcode,
            loc_city,
            loc_point,
            accessibility,
            areas,
            schedules,
        })
    }
}
