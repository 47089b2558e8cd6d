//! The search form and the JSON search endpoint take the same parameters. This module turns them
//! into a checked [`SearchQuery`] (or one Dutch message per field), without touching the database;
//! the postcode is resolved afterwards by a geocoder.

use serde::Deserialize;

use super::geo::{Point, Postcode, parse_decimal};
use super::recurrence::parse_time;
use super::text::query_terms;
use crate::error::FieldErrors;

/// Results per page on the search page.
pub const PAGE_SIZE: u32 = 20;
/// Largest page size the APIs accept.
pub const MAX_PER_PAGE: u32 = 100;
/// Pages beyond this are not served (nobody reads them; deep offsets only cost the database).
pub const MAX_PAGE: u32 = 1000;
/// Largest search radius in kilometres.
pub const MAX_RADIUS_KM: u32 = 100;

/// The parameters as they arrive (all text, all optional), Dutch names.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize, PartialEq)]
#[serde(default)]
pub struct SearchParams {
    /// Words.
    pub q: Option<String>,
    /// Category: a taxonomy term id.
    pub categorie: Option<String>,
    /// Age of the young person, whole years.
    pub leeftijd: Option<String>,
    /// `1`/`ja`/`on`: free activities only.
    pub gratis: Option<String>,
    /// Weekday: `ma` … `zo` (or the RFC 5545 codes `MO` … `SU`).
    pub dag: Option<String>,
    /// Part of the day: `ochtend`, `middag`, `avond`.
    pub dagdeel: Option<String>,
    /// Starts at or after `HH:MM`.
    pub vanaf: Option<String>,
    /// Ends at or before `HH:MM`.
    pub tot: Option<String>,
    /// A Dutch postcode to measure distance from.
    pub postcode: Option<String>,
    /// Latitude of a point to measure distance from.
    pub lat: Option<String>,
    /// Longitude of that point.
    pub lon: Option<String>,
    /// Largest distance in kilometres.
    pub afstand: Option<String>,
    /// Wijk id.
    pub wijk: Option<String>,
    /// Municipality CBS code.
    pub gemeente: Option<String>,
    /// `relevantie`, `afstand` or `naam`.
    pub sorteer: Option<String>,
    /// Page number, from 1.
    pub pagina: Option<String>,
    /// Results per page (JSON only; the page shows 20).
    pub per_page: Option<String>,
}

/// The order of results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    /// Best text match first (falls back to distance, then name).
    Relevance,
    /// Nearest first.
    Distance,
    /// Alphabetical.
    Name,
}

/// Where to measure distance from, before geocoding.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    /// A postcode still to be looked up.
    Postcode(Postcode),
    /// A point.
    Point(Point),
}

/// A time window within a day, in minutes after midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TimeFilter {
    /// Weekday, 0 = Monday.
    pub day: Option<u8>,
    /// The activity is on at some moment in `[from, to)` (a part of the day).
    pub overlaps: Option<(u16, u16)>,
    /// The activity starts at or after this time.
    pub starts_at_or_after: Option<u16>,
    /// The activity ends at or before this time.
    pub ends_at_or_before: Option<u16>,
}

impl TimeFilter {
    /// True when nothing is asked.
    pub fn is_empty(&self) -> bool {
        *self == TimeFilter::default()
    }
}

/// A checked search.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchQuery {
    /// Stemmed words (empty: no text condition).
    pub terms: Vec<String>,
    /// Taxonomy term id; its sub-terms count too.
    pub category: Option<String>,
    /// The young person's age.
    pub age: Option<u8>,
    /// Free activities only.
    pub free_only: bool,
    /// Day and time.
    pub time: TimeFilter,
    /// Distance origin.
    pub place: Option<Place>,
    /// Largest distance in metres.
    pub radius_m: Option<u32>,
    /// Wijk id.
    pub wijk: Option<String>,
    /// Municipality code.
    pub municipality: Option<String>,
    /// Order.
    pub sort: Sort,
    /// Page, from 1.
    pub page: u32,
    /// Results per page.
    pub per_page: u32,
}

impl Default for SearchQuery {
    fn default() -> Self {
        SearchQuery {
            terms: Vec::new(),
            category: None,
            age: None,
            free_only: false,
            time: TimeFilter::default(),
            place: None,
            radius_m: None,
            wijk: None,
            municipality: None,
            sort: Sort::Name,
            page: 1,
            per_page: PAGE_SIZE,
        }
    }
}

fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl SearchParams {
    fn pairs(&self) -> [(&'static str, &Option<String>); 16] {
        [
            ("q", &self.q),
            ("categorie", &self.categorie),
            ("leeftijd", &self.leeftijd),
            ("gratis", &self.gratis),
            ("dag", &self.dag),
            ("dagdeel", &self.dagdeel),
            ("vanaf", &self.vanaf),
            ("tot", &self.tot),
            ("postcode", &self.postcode),
            ("lat", &self.lat),
            ("lon", &self.lon),
            ("afstand", &self.afstand),
            ("wijk", &self.wijk),
            ("gemeente", &self.gemeente),
            ("sorteer", &self.sorteer),
            ("pagina", &self.pagina),
        ]
    }

    /// The typed value of a parameter ("" when absent), for forms that show it again.
    pub fn get(&self, name: &str) -> &str {
        self.pairs()
            .into_iter()
            .find(|(n, _)| *n == name)
            .and_then(|(_, v)| v.as_deref())
            .unwrap_or_default()
    }

    /// The parameters as a query string, with another page number (or none).
    pub fn to_query(&self, page: Option<u32>) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for (name, value) in self.pairs() {
            if name == "pagina" {
                continue;
            }
            if let Some(v) = value.as_deref().filter(|v| !v.trim().is_empty()) {
                out.append_pair(name, v);
            }
        }
        if let Some(p) = page.filter(|p| *p > 1) {
            out.append_pair("pagina", &p.to_string());
        }
        out.finish()
    }

    /// Checks the parameters; `per_page` comes from the caller (page or API).
    pub fn parse(&self, per_page: u32) -> Result<SearchQuery, FieldErrors> {
        let mut e = FieldErrors::new();
        let mut q = SearchQuery {
            per_page: per_page.clamp(1, MAX_PER_PAGE),
            ..SearchQuery::default()
        };
        if let Some(text) = given(&self.q) {
            q.terms = query_terms(text);
        }
        if let Some(c) = given(&self.categorie) {
            if looks_like_id(c) {
                q.category = Some(c.to_string());
            } else {
                e.add("categorie", "map-search-category-unknown");
            }
        }
        if let Some(a) = given(&self.leeftijd) {
            match parse_count(a, 120) {
                Some(n) => q.age = Some(n as u8),
                None => e.add("leeftijd", "map-search-age-invalid"),
            }
        }
        q.free_only = is_yes(self.gratis.as_deref());
        if let Some(d) = given(&self.dag) {
            match parse_day(d) {
                Some(n) => q.time.day = Some(n),
                None => e.add("dag", "map-search-day-invalid"),
            }
        }
        if let Some(p) = given(&self.dagdeel) {
            match part_of_day(p) {
                Some(w) => q.time.overlaps = Some(w),
                None => e.add("dagdeel", "map-search-daypart-invalid"),
            }
        }
        for (field, value, slot) in [
            ("vanaf", &self.vanaf, &mut q.time.starts_at_or_after),
            ("tot", &self.tot, &mut q.time.ends_at_or_before),
        ] {
            if let Some(t) = given(value) {
                match parse_time(t) {
                    Ok(m) => *slot = Some(m),
                    Err(_) => e.add(field, "map-search-time-invalid"),
                }
            }
        }
        if let (Some(from), Some(to)) = (q.time.starts_at_or_after, q.time.ends_at_or_before)
            && to <= from
        {
            e.add("tot", "map-search-time-order");
        }
        match (given(&self.lat), given(&self.lon)) {
            (Some(lat), Some(lon)) => {
                match parse_decimal(lat)
                    .zip(parse_decimal(lon))
                    .and_then(|(a, o)| Point::in_nl(a, o))
                {
                    Some(p) => q.place = Some(Place::Point(p)),
                    None => e.add("postcode", "map-search-point-outside"),
                }
            }
            (None, None) => {}
            _ => e.add("postcode", "map-search-point-outside"),
        }
        if let (Some(pc), None) = (given(&self.postcode), &q.place) {
            match Postcode::parse(pc) {
                Some(p) => q.place = Some(Place::Postcode(p)),
                None => e.add("postcode", "map-search-postcode-invalid"),
            }
        }
        if let Some(km) = given(&self.afstand) {
            match parse_decimal(km).filter(|k| *k > 0.0 && *k <= f64::from(MAX_RADIUS_KM)) {
                Some(k) if q.place.is_some() || e.get("postcode").is_some() => {
                    q.radius_m = Some((k * 1000.0).round() as u32);
                }
                Some(_) => e.add("postcode", "map-search-distance-needs-place"),
                None => e.add("afstand", "map-search-distance-invalid"),
            }
        }
        if let Some(w) = given(&self.wijk) {
            if looks_like_id(w) {
                q.wijk = Some(w.to_string());
            } else {
                e.add("wijk", "map-search-wijk-unknown");
            }
        }
        if let Some(g) = given(&self.gemeente) {
            let code = g.to_ascii_uppercase();
            if code.len() == 6
                && code.starts_with("GM")
                && code[2..].bytes().all(|b| b.is_ascii_digit())
            {
                q.municipality = Some(code);
            } else {
                e.add("gemeente", "map-search-municipality-unknown");
            }
        }
        q.sort = match given(&self.sorteer).map(str::to_lowercase).as_deref() {
            None | Some("relevantie" | "relevance") => Sort::Relevance,
            Some("afstand" | "distance") => Sort::Distance,
            Some("naam" | "name") => Sort::Name,
            Some(_) => {
                e.add("sorteer", "map-search-sort-invalid");
                Sort::Relevance
            }
        };
        // Sorting by relevance without words or by distance without a place falls back quietly.
        if q.sort == Sort::Relevance && q.terms.is_empty() {
            q.sort = if q.place.is_some() {
                Sort::Distance
            } else {
                Sort::Name
            };
        }
        if q.sort == Sort::Distance && q.place.is_none() {
            q.sort = Sort::Name;
        }
        if let Some(p) = given(&self.pagina) {
            match parse_count(p, MAX_PAGE).filter(|n| *n >= 1) {
                Some(n) => q.page = n,
                None => e.add("pagina", "map-search-page-invalid"),
            }
        }
        if e.is_empty() { Ok(q) } else { Err(e) }
    }
}

mod values;

pub use values::{is_yes, looks_like_id, parse_count, parse_day, part_of_day};

#[cfg(test)]
mod tests;
