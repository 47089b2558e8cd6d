//! Running a search: the checked query is resolved (postcode → point, category → its sub-terms,
//! wijk and municipality → ids), searched, and the services of the page are loaded whole.
//!
//! This is also the seam for other features. Suggestions for a young person can build a
//! [`SearchQuery`] from their age, interests and postcode, call [`resolve`] and [`find`], and rank
//! the result on top; introductions take [`candidates`] (listings that fit an age, with what the
//! ranking weighs), [`service_head`] (one listing a young person may be introduced to) and the
//! table names of [`tables`] for their joins. The magazine indexes and searches its articles with
//! the same Dutch words: [`index_terms`] and [`query_terms`].

use super::domain::query::{Place, SearchQuery};
use super::geocoder::{self, Geocoder, Unavailable};
use super::index::Page;
use super::repo::read::FullService;
use super::repo::search::{self as repo, AreaFilter, Filter, Hit, Rows};
use super::repo::{areas, children, taxonomy};
use crate::clock;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::features::socialmap::domain::geo::Point;
use crate::state::AppState;

/// The social map's Dutch folding, stop words and stemming, for other features' search.
pub use super::domain::text::{index_terms, query_terms};
pub use super::repo::opportunities::{
    Candidate, ServiceHead, candidates, first_by_name, service_head,
};
pub use super::repo::tables;

/// The search page and its JSON count up to this many results ("more than 300"): enough for fifteen
/// pages, and counting further would cost more than the page itself.
pub const COUNT_CAP: u64 = 300;

/// One result: where it matched and the whole service.
#[derive(Debug, Clone)]
pub struct Item {
    /// The row (service, location, rank, distance²).
    pub hit: Hit,
    /// The service with its children.
    pub service: FullService,
}

/// A page of results.
#[derive(Debug, Clone)]
pub struct Found {
    /// The results of this page.
    pub items: Vec<Item>,
    /// Rows in all pages (at most [`COUNT_CAP`]).
    pub total: i64,
    /// There are more than `total`.
    pub more: bool,
    /// The point distances are measured from.
    pub origin: Option<Point>,
}

fn invalid(field: &str, id: &str) -> AppError {
    let mut e = FieldErrors::new();
    e.add(field, id);
    AppError::Validation(e)
}

/// Turns a checked query into a database filter; unknown postcodes, categories, wijken or
/// municipalities become field errors.
pub async fn resolve(app: &AppState, q: &SearchQuery, rows: Rows) -> AppResult<Filter> {
    let origin = match &q.place {
        None => None,
        Some(Place::Point(p)) => Some(*p),
        Some(Place::Postcode(pc)) => match geocoder::for_app(app).locate(pc).await {
            Ok(Some(p)) => Some(p),
            Ok(None) => return Err(invalid("postcode", "map-search-postcode-unknown")),
            Err(Unavailable) => return Err(invalid("postcode", "map-search-geocoder-down")),
        },
    };
    let term_ids = match &q.category {
        None => None,
        Some(id) => {
            let ids = match app.search_index.category(id) {
                Some(known) => known,
                None => {
                    let tree = taxonomy::tree_of(&app.db, id).await?;
                    (!tree.is_empty()).then(|| super::domain::taxonomy::with_descendants(id, &tree))
                }
            };
            Some(ids.ok_or_else(|| invalid("categorie", "map-search-category-unknown"))?)
        }
    };
    let municipality_id = match &q.municipality {
        None => None,
        Some(code) => Some(
            areas::municipality_by_code(&app.db, code)
                .await?
                .ok_or_else(|| invalid("gemeente", "map-search-municipality-unknown"))?
                .0,
        ),
    };
    let mut municipality_id = municipality_id;
    let area = match &q.wijk {
        None => None,
        Some(id) => {
            let place = areas::place(&app.db, id)
                .await?
                .filter(|p| {
                    municipality_id
                        .as_ref()
                        .is_none_or(|m| *m == p.municipality_id)
                })
                .ok_or_else(|| invalid("wijk", "map-search-wijk-unknown"))?;
            // "The whole municipality" only means the wijk's own municipality.
            municipality_id = Some(place.municipality_id.clone());
            Some(match place.wijk_id {
                None => AreaFilter::Wijk(place.id),
                Some(wijk_id) => AreaFilter::Buurt {
                    buurt_id: place.id,
                    wijk_id,
                },
            })
        }
    };
    Ok(Filter {
        rows,
        municipality_id,
        terms: q.terms.clone(),
        term_ids,
        organization_id: None,
        modified_after: None,
        age: q.age.map(i64::from),
        free_only: q.free_only,
        time: q.time,
        today: clock::today(),
        origin,
        radius_m: q.radius_m.map(f64::from),
        area,
        any_status: false,
        sort: q.sort,
        count_cap: Some(COUNT_CAP),
        limit: u64::from(q.per_page),
        offset: u64::from(q.page.saturating_sub(1)) * u64::from(q.per_page),
    })
}

/// Runs a resolved search with the cards of the page's services: from the in-process index, with
/// no database round trip (or, while the index is still being built after a start, from the
/// database: see [`results`]).
pub async fn find(app: &AppState, filter: &Filter) -> AppResult<Found> {
    let (repo::Results { hits, total, more }, services) = match indexed(app, filter).await? {
        Some(page) => (
            page.results,
            page.cards.iter().map(|c| (**c).clone()).collect(),
        ),
        None => {
            let results = repo::search(&app.db, filter).await?;
            let mut ids: Vec<String> = Vec::new();
            for h in &results.hits {
                if !ids.contains(&h.service_id) {
                    ids.push(h.service_id.clone());
                }
            }
            let cards = children::card_services(&app.db, &ids).await?;
            (results, cards)
        }
    };
    let items = hits
        .into_iter()
        .filter_map(|hit| {
            let service: &FullService = services.iter().find(|s| s.service.id == hit.service_id)?;
            Some(Item {
                hit,
                service: service.clone(),
            })
        })
        .collect();
    Ok(Found {
        items,
        total,
        more,
        origin: filter.origin,
    })
}

/// The index's page for a filter, once the index is built (a search right after a start waits for
/// it); `None` if it is not built in time.
pub async fn indexed(app: &AppState, filter: &Filter) -> AppResult<Option<Page>> {
    if !app.search_index.is_ready() && !app.search_index.wait_ready().await {
        return Ok(None);
    }
    app.search_index.search(filter)
}

/// Rows and counts of a resolved search (the HSDS API): from the index, or the database while the
/// index is not built.
pub async fn results(app: &AppState, filter: &Filter) -> AppResult<(repo::Results, Option<Page>)> {
    Ok(match indexed(app, filter).await? {
        Some(page) => (page.results.clone(), Some(page)),
        None => (repo::search(&app.db, filter).await?, None),
    })
}

/// The public search: active services, also those without a location.
pub async fn public(app: &AppState, q: &SearchQuery) -> AppResult<Found> {
    let filter = resolve(app, q, Rows::AtLocations { outer: true }).await?;
    find(app, &filter).await
}

/// Where and when listings happen, for other features' lists of listings.
pub use super::web::cards::{WhereWhen, where_when};
