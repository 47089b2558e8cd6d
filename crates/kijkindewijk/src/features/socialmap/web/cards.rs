//! The result cards of the search page and the JSON search answer, built from found services.

use serde::Serialize;

use super::format;
use crate::features::socialmap::domain::geo::format_distance;
use crate::features::socialmap::repo::read::{FullService, LocationRow};
use crate::features::socialmap::search::{Found, Item};
use crate::i18n::Locale;

/// One result as the list (and the map) shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Card {
    /// Service id.
    pub id: String,
    /// Detail page.
    pub url: String,
    /// Name.
    pub name: String,
    /// Organisation.
    pub organization: String,
    /// Where.
    pub place: Option<String>,
    /// How far from the postcode searched for.
    pub distance: Option<String>,
    /// Distance in metres (API).
    pub distance_m: Option<u32>,
    /// For which ages.
    pub ages: String,
    /// What it costs.
    pub cost: String,
    /// The Jeugdfonds Sport & Cultuur can pay.
    pub jeugdfonds: bool,
    /// "Nog 3 plekken vrij" / "Vol".
    pub places_left: Option<String>,
    /// When.
    pub times: Vec<String>,
    /// Categories.
    pub categories: Vec<String>,
    /// Latitude with a decimal point, for the map.
    pub lat: Option<String>,
    /// Longitude.
    pub lon: Option<String>,
    /// Notice from the organisation.
    pub alert: Option<String>,
}

/// The location a row stands for (or the service's first one).
pub fn location_of(item: &Item) -> Option<&LocationRow> {
    let locs = &item.service.locations;
    match &item.hit.sal_id {
        Some(sal) => locs.iter().find(|l| &l.sal_id == sal),
        None => locs.first(),
    }
}

/// Places left, as text.
pub fn places_left(n: Option<i64>, loc: Locale) -> Option<String> {
    n.map(|n| match n {
        0 => loc.t("map-places-full"),
        n => loc.t_args("map-places-left", &[("count", n.into())]),
    })
}

/// The category labels of a service in the interface language.
pub fn categories(s: &FullService, loc: Locale) -> Vec<String> {
    s.terms
        .iter()
        .map(|t| {
            crate::features::socialmap::domain::taxonomy::Term {
                id: t.id.clone(),
                taxonomy_id: t.taxonomy_id.clone(),
                parent_id: t.parent_id.clone(),
                code: t.code.clone(),
                name: t.name.clone(),
            }
            .label(loc)
        })
        .collect()
}

/// A card for one result.
pub fn card(item: &Item, loc: Locale) -> Card {
    let s = &item.service.service;
    let location = location_of(item);
    let point = location.and_then(|l| l.latitude.zip(l.longitude));
    let metres = item.hit.dist2.map(|d2| d2.max(0.0).sqrt());
    let today = crate::clock::today();
    Card {
        id: s.id.clone(),
        url: format!("/sociale-kaart/aanbod/{}", s.id),
        name: s.name.clone(),
        organization: s.organization_name.clone(),
        place: location.map(format::place).filter(|p| !p.is_empty()),
        distance: metres.map(|m| format_distance(m, loc == Locale::Nl)),
        distance_m: metres.map(|m| m.round() as u32),
        ages: format::ages(s.minimum_age, s.maximum_age, loc),
        cost: format::cost(
            s.is_free,
            s.cost_amount_cents,
            s.cost_description.as_deref(),
            loc,
        ),
        jeugdfonds: s.jeugdfonds,
        places_left: places_left(s.capacity_available, loc),
        times: item
            .service
            .schedules
            .iter()
            .filter(|r| r.ends_on >= today)
            .map(|r| format::schedule(r, loc))
            .collect(),
        categories: categories(&item.service, loc),
        lat: point.map(|p| format!("{:.6}", p.0)),
        lon: point.map(|p| format!("{:.6}", p.1)),
        alert: s.alert.clone(),
    }
}

/// Cards for a page of results.
pub fn cards(found: &Found, loc: Locale) -> Vec<Card> {
    found.items.iter().map(|i| card(i, loc)).collect()
}

/// Where and when a listing happens, for other features' lists (suggestions tell apart the same
/// activity at different places by these).
#[derive(Debug, Clone, Default)]
pub struct WhereWhen {
    /// Service id.
    pub service_id: String,
    /// Its first place: name, street, postcode and town.
    pub place: Option<String>,
    /// When, one line per schedule.
    pub times: Vec<String>,
}

/// Place and times of these listings, in the interface language (four queries).
pub async fn where_when(
    db: &crate::db::Db,
    ids: &[String],
    loc: Locale,
) -> Result<Vec<WhereWhen>, sqlx::Error> {
    let services = crate::features::socialmap::repo::children::card_services(db, ids).await?;
    Ok(services
        .iter()
        .map(|s| WhereWhen {
            service_id: s.service.id.clone(),
            place: s.locations.first().map(format::place),
            times: s
                .schedules
                .iter()
                .map(|r| format::schedule(r, loc))
                .collect(),
        })
        .collect())
}
