//! `GET /api/v1/sociale-kaart/zoeken`: the search as JSON, with the same parameters as the page
//! (plus `per_page`, at most 100) and the HSDS paging envelope. Errors use the shared shape
//! `{"error": {code, message, fields}}` with one Dutch message per parameter.

use axum::Json;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::cards::{Card, card, location_of};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::features::socialmap::domain::query::{
    MAX_PER_PAGE, PAGE_SIZE, SearchParams, parse_count,
};
use crate::features::socialmap::search::{self, Item};
use crate::state::AppState;
use crate::web::PageCtx;
use crate::web::extract::Query;

/// The paging envelope of HSDS 3.0 (`Page` in its OpenAPI file).
#[derive(Debug, Serialize)]
pub struct Page<T> {
    /// Results in all pages.
    pub total_items: i64,
    /// Number of pages.
    pub total_pages: i64,
    /// This page, from 1.
    pub page_number: i64,
    /// Results on this page.
    pub size: i64,
    /// This is the first page.
    pub first_page: bool,
    /// This is the last page.
    pub last_page: bool,
    /// No results at all.
    pub empty: bool,
    /// Set when the count stopped early: there are more than `total_items` (search only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_items_capped: Option<bool>,
    /// The results.
    pub contents: Vec<T>,
}

impl<T> Page<T> {
    /// Wraps a page of results.
    pub fn new(contents: Vec<T>, total: i64, page: u32, per_page: u32) -> Page<T> {
        let per_page = i64::from(per_page.max(1));
        let total_pages = (total.max(0) + per_page - 1) / per_page;
        Page {
            total_items: total,
            total_pages,
            page_number: i64::from(page),
            size: contents.len() as i64,
            first_page: page <= 1,
            last_page: i64::from(page) >= total_pages,
            empty: total == 0,
            total_items_capped: None,
            contents,
        }
    }
}

/// One result: the data, and the texts the page would show (in the interface language).
#[derive(Debug, Serialize)]
pub struct Hit {
    /// Location id, when the result is about a place.
    pub location_id: Option<String>,
    /// Youngest age.
    pub minimum_age: Option<i64>,
    /// Oldest age.
    pub maximum_age: Option<i64>,
    /// Free.
    pub free: bool,
    /// Price in cents.
    pub cost_cents: Option<i64>,
    /// Places left.
    pub capacity_available: Option<i64>,
    /// Latitude.
    pub latitude: Option<f64>,
    /// Longitude.
    pub longitude: Option<f64>,
    /// Category ids.
    pub taxonomy_term_ids: Vec<String>,
    /// Texts, with the service id (`id`) once.
    #[serde(flatten)]
    pub card: Card,
}

fn hit(item: &Item, loc: crate::i18n::Locale) -> Hit {
    let s = &item.service.service;
    let place = location_of(item);
    Hit {
        location_id: item.hit.location_id.clone(),
        minimum_age: s.minimum_age,
        maximum_age: s.maximum_age,
        free: s.is_free,
        cost_cents: s.cost_amount_cents,
        capacity_available: s.capacity_available,
        latitude: place.and_then(|l| l.latitude),
        longitude: place.and_then(|l| l.longitude),
        taxonomy_term_ids: item.service.terms.iter().map(|t| t.id.clone()).collect(),
        card: card(item, loc),
    }
}

/// GET /api/v1/sociale-kaart/zoeken
pub async fn search_get(
    State(app): State<AppState>,
    page: PageCtx,
    Query(params): Query<SearchParams>,
) -> AppResult<Response> {
    let per_page = match params
        .per_page
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => PAGE_SIZE,
        Some(p) => parse_count(p, MAX_PER_PAGE)
            .filter(|n| *n >= 1)
            .ok_or_else(|| {
                let mut e = FieldErrors::new();
                e.add("per_page", "map-search-per-page-invalid");
                AppError::Validation(e)
            })?,
    };
    let q = params.parse(per_page).map_err(AppError::Validation)?;
    let found = search::public(&app, &q).await?;
    let hits = found.items.iter().map(|i| hit(i, page.loc)).collect();
    let mut page = Page::new(hits, found.total, q.page, q.per_page);
    page.total_items_capped = found.more.then_some(true);
    Ok(Json(page).into_response())
}
