//! Sociale kaart: search (words, categories, age, money, day and time, distance, wijk), the pages,
//! partner and editor listings, tenant separation, the HSDS 3.0 API, import/export and bad input.

mod hsds;
mod listings;
mod search;

use serde_json::Value;

use crate::helpers::{Client, TestApp};

/// The names in a JSON search answer.
pub fn names(page: &Value) -> Vec<String> {
    page["contents"]
        .as_array()
        .unwrap_or_else(|| panic!("no contents: {page}"))
        .iter()
        .map(|h| h["name"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// GET the JSON search with a query string and return the body.
pub async fn api(c: &Client, query: &str) -> Value {
    let page = c
        .get(&format!("/api/v1/sociale-kaart/zoeken?{query}"))
        .await;
    assert_eq!(
        page.status,
        reqwest::StatusCode::OK,
        "{query}: {}",
        page.body
    );
    page.json()
}
