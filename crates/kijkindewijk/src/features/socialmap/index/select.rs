//! The filters, order and paging of a search over the index's entries: pure, and the same rules as
//! the SQL reference search (`repo::search`), row for row. Text matching happens before (in
//! tantivy); here each entry arrives with its text score, if words were asked.

use std::cmp::Ordering;
use std::collections::HashSet;
use std::sync::Arc;

use time::{Date, OffsetDateTime};

use crate::features::socialmap::domain::geo::{M_PER_DEG_LAT, Point};
use crate::features::socialmap::domain::query::{Sort, TimeFilter};
use crate::features::socialmap::repo::read::FullService;
use crate::features::socialmap::repo::search::{AreaFilter, Filter, Hit, Rows};

/// One schedule, as far as the day-and-time filter looks at it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Times {
    /// Last day it runs.
    pub ends_on: Date,
    /// Bit per weekday, Monday = bit 0.
    pub days_mask: i64,
    /// Opens, minutes after midnight.
    pub opens: i64,
    /// Closes, minutes after midnight.
    pub closes: i64,
}

/// One place of a service (a service-at-location).
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceAt {
    /// The service-at-location.
    pub sal_id: String,
    /// The location.
    pub location_id: String,
    /// Latitude and longitude, when both are known.
    pub point: Option<(f64, f64)>,
}

/// A service as the index holds it: what searches filter and sort on, and its result card.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Id.
    pub id: String,
    /// Name (the order of names is byte order, as both databases compare it).
    pub name: String,
    /// Municipality.
    pub municipality_id: String,
    /// Organisation.
    pub organization_id: String,
    /// HSDS status is `active`.
    pub active: bool,
    /// Last change.
    pub updated_at: OffsetDateTime,
    /// Youngest age.
    pub min_age: Option<i64>,
    /// Oldest age.
    pub max_age: Option<i64>,
    /// Free of charge.
    pub free: bool,
    /// Category ids.
    pub terms: Vec<String>,
    /// Areas: (wijk, buurt); both empty is the whole municipality.
    pub areas: Vec<(Option<String>, Option<String>)>,
    /// Schedules.
    pub times: Vec<Times>,
    /// Places, by service-at-location id.
    pub places: Vec<PlaceAt>,
    /// What a result card shows.
    pub card: Arc<FullService>,
}

impl Entry {
    /// The entry of a service loaded with its card's children and its areas.
    pub fn new(card: FullService, areas: Vec<(Option<String>, Option<String>)>) -> Entry {
        let s = &card.service;
        let mut places: Vec<PlaceAt> = card
            .locations
            .iter()
            .map(|l| PlaceAt {
                sal_id: l.sal_id.clone(),
                location_id: l.id.clone(),
                point: l.latitude.zip(l.longitude),
            })
            .collect();
        places.sort_by(|a, b| a.sal_id.cmp(&b.sal_id));
        places.dedup_by(|a, b| a.sal_id == b.sal_id);
        let mut terms: Vec<String> = card.terms.iter().map(|t| t.id.clone()).collect();
        terms.sort();
        terms.dedup();
        Entry {
            id: s.id.clone(),
            name: s.name.clone(),
            municipality_id: s.municipality_id.clone(),
            organization_id: s.organization_id.clone(),
            active: s.status == "active",
            updated_at: s.updated_at,
            min_age: s.minimum_age,
            max_age: s.maximum_age,
            free: s.is_free,
            terms,
            areas,
            times: card
                .schedules
                .iter()
                .map(|t| Times {
                    ends_on: t.ends_on,
                    days_mask: t.days_mask,
                    opens: t.opens_minute,
                    closes: t.closes_minute,
                })
                .collect(),
            places,
            card: Arc::new(card),
        }
    }
}

/// Squared flat-earth distance in m², computed in the same steps as the SQL (see `domain::geo`).
pub fn dist2(o: &Point, (lat, lon): (f64, f64)) -> f64 {
    let dx = (lon - o.lon) * o.m_per_deg_lon();
    let dy = (lat - o.lat) * M_PER_DEG_LAT;
    dx * dx + dy * dy
}

fn within(o: &Point, r: f64, (lat, lon): (f64, f64)) -> bool {
    let b = o.bounding_box(r);
    lat >= b.min_lat
        && lat <= b.max_lat
        && lon >= b.min_lon
        && lon <= b.max_lon
        && dist2(o, (lat, lon)) <= r * r
}

fn time_fits(t: &TimeFilter, today: Date, x: &Times) -> bool {
    x.ends_on >= today
        && t.day.is_none_or(|d| x.days_mask & (1i64 << d) != 0)
        && t.overlaps
            .is_none_or(|(from, to)| x.opens < i64::from(to) && x.closes > i64::from(from))
        && t.starts_at_or_after.is_none_or(|f| x.opens >= i64::from(f))
        && t.ends_at_or_before.is_none_or(|e| x.closes <= i64::from(e))
}

fn area_fits(a: &AreaFilter, (wijk, buurt): &(Option<String>, Option<String>)) -> bool {
    match a {
        AreaFilter::Wijk(w) => wijk.is_none() || wijk.as_deref() == Some(w.as_str()),
        AreaFilter::Buurt { buurt_id, wijk_id } => {
            buurt.as_deref() == Some(buurt_id.as_str())
                || (wijk.as_deref() == Some(wijk_id.as_str()) && buurt.is_none())
                || wijk.is_none()
        }
    }
}

/// The filters that look at the service alone (not at words or places).
fn service_fits(f: &Filter, terms: Option<&HashSet<&str>>, e: &Entry) -> bool {
    (f.any_status || e.active)
        && f.municipality_id
            .as_ref()
            .is_none_or(|m| *m == e.municipality_id)
        && f.organization_id
            .as_ref()
            .is_none_or(|o| *o == e.organization_id)
        && f.modified_after.is_none_or(|t| e.updated_at >= t)
        && f.age.is_none_or(|age| {
            e.min_age.is_none_or(|m| m <= age) && e.max_age.is_none_or(|m| m >= age)
        })
        && (!f.free_only || e.free)
        && terms.is_none_or(|ids| e.terms.iter().any(|t| ids.contains(t.as_str())))
        && (f.time.is_empty() || e.times.iter().any(|x| time_fits(&f.time, f.today, x)))
        && f.area
            .as_ref()
            .is_none_or(|a| e.areas.iter().any(|x| area_fits(a, x)))
}

/// One result row before paging.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    /// The service.
    pub entry: &'a Entry,
    /// Its place, for rows per place.
    pub place: Option<&'a PlaceAt>,
    /// Text score (higher is better).
    pub rank: Option<f32>,
    /// Squared distance, when measured and known.
    pub dist2: Option<f64>,
}

/// The rows of one entry that pass the filter (`rank` is its text score when words were asked).
pub fn rows_of<'a>(
    f: &Filter,
    terms: Option<&HashSet<&str>>,
    e: &'a Entry,
    rank: Option<f32>,
    out: &mut Vec<Row<'a>>,
) {
    if !service_fits(f, terms, e) {
        return;
    }
    let radius = f.radius_m;
    match f.rows {
        Rows::Services => {
            if let (Some(o), Some(r)) = (&f.origin, radius)
                && !e
                    .places
                    .iter()
                    .any(|p| p.point.is_some_and(|pt| within(o, r, pt)))
            {
                return;
            }
            out.push(Row {
                entry: e,
                place: None,
                rank,
                dist2: None,
            });
        }
        Rows::AtLocations { outer } => {
            if e.places.is_empty() && outer && radius.is_none() {
                out.push(Row {
                    entry: e,
                    place: None,
                    rank,
                    dist2: None,
                });
            }
            for p in &e.places {
                let dist2 = f
                    .origin
                    .as_ref()
                    .and_then(|o| p.point.map(|pt| dist2(o, pt)));
                if let (Some(o), Some(r)) = (&f.origin, radius)
                    && !p.point.is_some_and(|pt| within(o, r, pt))
                {
                    continue;
                }
                out.push(Row {
                    entry: e,
                    place: Some(p),
                    rank,
                    dist2,
                });
            }
        }
    }
}

/// The order of the SQL reference: best text score first (with words and relevance), then, when
/// distance is measured per place, places without a position last and nearest first, then name,
/// id and service-at-location id (unique, so the order is total).
pub fn compare(f: &Filter, has_text: bool, a: &Row<'_>, b: &Row<'_>) -> Ordering {
    let by_distance = f.origin.is_some() && matches!(f.rows, Rows::AtLocations { .. });
    let distance = |a: &Row<'_>, b: &Row<'_>| {
        if !by_distance {
            return Ordering::Equal;
        }
        let unknown = |r: &Row<'_>| r.place.is_none_or(|p| p.point.is_none());
        unknown(a)
            .cmp(&unknown(b))
            .then_with(|| match (a.dist2, b.dist2) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                _ => Ordering::Equal,
            })
    };
    let first = match f.sort {
        Sort::Relevance if has_text => {
            let (x, y) = (a.rank.unwrap_or(0.0), b.rank.unwrap_or(0.0));
            y.total_cmp(&x).then_with(|| distance(a, b))
        }
        Sort::Distance | Sort::Relevance => distance(a, b),
        Sort::Name => Ordering::Equal,
    };
    first
        .then_with(|| a.entry.name.cmp(&b.entry.name))
        .then_with(|| a.entry.id.cmp(&b.entry.id))
        .then_with(|| sal_of(a).cmp(&sal_of(b)))
}

fn sal_of<'a>(r: &Row<'a>) -> Option<&'a str> {
    r.place.map(|p| p.sal_id.as_str())
}

/// The page of `rows` the filter asks for, in order, and how many rows there are in all (capped
/// as the filter says): `(page, total, more)`.
pub fn page<'a>(f: &Filter, has_text: bool, mut rows: Vec<Row<'a>>) -> (Vec<Row<'a>>, i64, bool) {
    let all = rows.len() as u64;
    let end = (f.offset.saturating_add(f.limit)).min(all) as usize;
    let cmp = |a: &Row<'_>, b: &Row<'_>| compare(f, has_text, a, b);
    if end > 0 && end < rows.len() {
        rows.select_nth_unstable_by(end - 1, cmp);
        rows.truncate(end);
    }
    rows.sort_unstable_by(cmp);
    let start = (f.offset as usize).min(rows.len());
    let page: Vec<Row<'a>> = rows.drain(start..).collect();
    // As the SQL search: a first page that is not full holds everything, whatever the cap.
    let (total, more) = match f.count_cap {
        _ if f.offset == 0 && all < f.limit => (all as i64, false),
        Some(cap) if all > cap => (cap as i64, true),
        _ => (all as i64, false),
    };
    (page, total, more)
}

/// The hit the rest of the application knows, for a row.
pub fn hit(r: &Row<'_>) -> Hit {
    Hit {
        service_id: r.entry.id.clone(),
        sal_id: r.place.map(|p| p.sal_id.clone()),
        location_id: r.place.map(|p| p.location_id.clone()),
        rank: r.rank.map(f64::from),
        dist2: r.dist2,
    }
}
