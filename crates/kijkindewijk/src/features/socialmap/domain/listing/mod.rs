//! The rules for a listing (a service with its place, times, ages and costs) as partners and editors
//! enter it. The form keeps every typed value as text; [`ServiceForm::check`] turns it into a
//! [`Listing`] or one message per field.

use super::geo::{Point, Postcode, parse_decimal};
use super::recurrence::Recurrence;
use crate::features::socialmap::model::ServiceFields;

/// The statuses of HSDS 3.0, with their message ids.
pub const STATUSES: [(&str, &str); 4] = [
    ("active", "map-status-active"),
    ("temporarily closed", "map-status-temporarily-closed"),
    ("inactive", "map-status-inactive"),
    ("defunct", "map-status-defunct"),
];

/// Languages the form offers (ISO 639 code, Dutch name for HSDS); the interface names them with
/// `map-lang-<code>`.
pub const LANGUAGES: [(&str, &str); 12] = [
    ("nl", "Nederlands"),
    ("en", "Engels"),
    ("ar", "Arabisch"),
    ("tr", "Turks"),
    ("pl", "Pools"),
    ("uk", "Oekraïens"),
    ("ti", "Tigrinya"),
    ("so", "Somalisch"),
    ("es", "Spaans"),
    ("fr", "Frans"),
    ("de", "Duits"),
    ("pap", "Papiaments"),
];

/// Accessibility features the form offers (code, Dutch description for HSDS); the interface uses
/// `map-access-<code>`.
pub const ACCESSIBILITY: [(&str, &str); 4] = [
    ("rolstoel", "Toegankelijk met een rolstoel"),
    ("toilet", "Aangepast toilet"),
    ("ringleiding", "Ringleiding voor slechthorenden"),
    ("prikkelarm", "Prikkelarme ruimte"),
];

/// Time rows on the form.
pub const SCHEDULE_ROWS: usize = 3;
/// At most this many categories per listing.
pub const MAX_CATEGORIES: usize = 6;
/// The value of the "whole municipality" choice among the areas.
pub const WHOLE_MUNICIPALITY: &str = "gemeente";

/// A checked listing. Coordinates may still be missing: the caller geocodes the postcode then.
#[derive(Debug, Clone, PartialEq)]
pub struct Listing {
    /// The service's own fields as typed (id and municipality are set when it is stored;
    /// alternate name, alert and checked date are not on the form).
    pub service: ServiceFields,
    /// Category ids.
    pub categories: Vec<String>,
    /// (code, Dutch name).
    pub languages: Vec<(String, String)>,
    /// Place name.
    pub loc_name: Option<String>,
    /// Street and number.
    pub loc_address: Option<String>,
    /// Postcode.
    pub loc_postcode: Option<Postcode>,
    /// Town.
    pub loc_city: Option<String>,
    /// Coordinates, when typed.
    pub loc_point: Option<Point>,
    /// (code, Dutch description).
    pub accessibility: Vec<(String, String)>,
    /// Wijk or buurt ids; empty means the whole municipality.
    pub areas: Vec<String>,
    /// Checked weekly times.
    pub schedules: Vec<Recurrence>,
}

/// Trimmed text, `None` when empty.
pub(super) fn opt(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// A plausible e-mail address (one `@`, a dot in the domain, no spaces).
pub fn looks_like_email(s: &str) -> bool {
    crate::features::admin::looks_like_email(s)
}

/// An `http(s)://host…` address without spaces.
pub fn looks_like_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or_default();
        host.contains('.') && !r.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

/// Digits with optional `+`, spaces, dashes and brackets; 6 to 20 digits.
pub fn looks_like_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    (6..=20).contains(&digits)
        && s.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')'))
}

/// An amount in euros (`12`, `12,50`, `€ 12.50`) as cents.
pub fn parse_euros(s: &str) -> Option<i64> {
    let t = s.trim().trim_start_matches('€').trim();
    let v = parse_decimal(t)?;
    ((0.0..=100_000.0).contains(&v) && (v * 100.0 - (v * 100.0).round()).abs() < 1e-6)
        .then(|| (v * 100.0).round() as i64)
}

mod form;

pub use form::ServiceForm;

#[cfg(test)]
mod tests;
