//! `GET /sociale-kaart`: the public search page. A plain GET form, a list of results that works
//! without JavaScript, and a map on top of the same list for those who have it.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;

use super::cards::{Card, cards};
use super::choices::{self, Choice, Group};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::features::socialmap::domain::query::{MAX_PAGE, PAGE_SIZE, SearchParams, SearchQuery};
use crate::features::socialmap::search;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::extract::Query;
use crate::web::{PageCtx, render};

/// The search page.
#[derive(Template)]
#[template(path = "socialmap/search.html")]
pub struct SearchPage {
    page: PageCtx,
    params: SearchParams,
    errors: FieldErrors,
    results: Option<Results>,
    categories: Vec<Group>,
    places: Vec<Group>,
    municipalities: Vec<Choice>,
    days: Vec<Choice>,
    dayparts: Vec<Choice>,
    distances: Vec<Choice>,
    sorts: Vec<Choice>,
    map: MapData,
}

/// A page of results.
pub struct Results {
    cards: Vec<Card>,
    heading: String,
    page_text: Option<String>,
    prev: Option<String>,
    next: Option<String>,
}

/// What the map script needs, as data attributes.
pub struct MapData {
    tiles: String,
    attribution: String,
    origin: Option<(String, String)>,
}

impl SearchPage {
    /// The typed value of a parameter.
    fn value(&self, name: &str) -> &str {
        self.params.get(name)
    }
}

/// The policy of the search page: the default one, with the tile server added to `img-src`.
pub fn map_csp(tiles_url: &str) -> Option<HeaderValue> {
    let rest = tiles_url.split_once("://")?;
    let host = rest.1.split('/').next().unwrap_or_default();
    let clean = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'));
    if !clean || !matches!(rest.0, "https" | "http") {
        return None;
    }
    let csp = crate::web::security::CSP.replacen(
        "img-src 'self' data:",
        &format!("img-src 'self' data: {}://{host}", rest.0),
        1,
    );
    HeaderValue::from_str(&csp).ok()
}

/// GET /sociale-kaart
pub async fn search_get(
    State(app): State<AppState>,
    page: PageCtx,
    Query(params): Query<SearchParams>,
) -> AppResult<Response> {
    let loc = page.loc;
    let (found, errors) = match params.parse(PAGE_SIZE) {
        Err(e) => (None, e),
        Ok(q) => match search::public(&app, &q).await {
            Ok(found) => (Some((q, found)), FieldErrors::new()),
            Err(AppError::Validation(e)) => (None, e),
            Err(e) => return Err(e),
        },
    };
    let results = found
        .as_ref()
        .map(|(q, found)| Results::of(q, found, &params, loc));
    let origin = found
        .as_ref()
        .and_then(|(_, f)| f.origin)
        .map(|p| (format!("{:.6}", p.lat), format!("{:.6}", p.lon)));
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let view = SearchPage {
        categories: choices::categories(&app, loc, params.get("categorie")).await?,
        places: choices::places(&app, params.get("wijk")).await?,
        municipalities: choices::municipalities(&app, params.get("gemeente")).await?,
        days: choices::days(loc, params.get("dag")),
        dayparts: choices::dayparts(loc, params.get("dagdeel")),
        distances: choices::distances(loc, params.get("afstand")),
        sorts: choices::sorts(loc, params.get("sorteer")),
        map: MapData {
            tiles: app.config.map_tiles_url.clone(),
            attribution: app.config.map_tiles_attribution.clone(),
            origin,
        },
        page,
        params,
        errors,
        results,
    };
    let mut response = render(status, &view)?;
    if let Some(csp) = map_csp(&app.config.map_tiles_url) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    Ok(response)
}

impl Results {
    /// The cards of a page of results, its heading and the links to the pages around it.
    fn of(q: &SearchQuery, found: &search::Found, params: &SearchParams, loc: Locale) -> Results {
        let pages = (found.total.max(0) as u64)
            .div_ceil(u64::from(q.per_page))
            .min(u64::from(MAX_PAGE)) as u32;
        let link = |n: u32| format!("/sociale-kaart?{}", params.to_query(Some(n)));
        Results {
            cards: cards(found, loc),
            heading: if found.more {
                loc.t_args("map-search-count-more", &[("count", found.total.into())])
            } else {
                loc.t_args("map-search-count", &[("count", found.total.into())])
            },
            page_text: (pages > 1).then(|| {
                loc.t_args(
                    "map-search-page",
                    &[("page", q.page.into()), ("pages", pages.into())],
                )
            }),
            prev: (q.page > 1).then(|| link(q.page - 1)),
            next: (q.page < pages).then(|| link(q.page + 1)),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_map_policy_only_adds_the_tile_host() {
        let csp = super::map_csp("https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png").unwrap();
        let csp = csp.to_str().unwrap();
        assert!(
            csp.contains("img-src 'self' data: https://service.pdok.nl;"),
            "{csp}"
        );
        assert!(csp.contains("script-src 'self';") && csp.contains("frame-ancestors 'none'"));
        assert!(super::map_csp("https://evil.example;script-src */{z}").is_none());
        assert!(super::map_csp("").is_none());
    }
}
