//! Sociale kaart: search (words, categories, age, money, day and time, distance, wijk), the pages,
//! partner and editor listings, tenant separation, the HSDS 3.0 API, import/export and bad input.

mod hsds;
mod import;
mod listings;
mod oracle;
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

/// One text value from the database (`$1` is bound to `arg`).
pub async fn scalar(app: &TestApp, sql: &str, arg: &str) -> String {
    match &app.state.db {
        kijkindewijk::db::Db::Sqlite(p) => {
            sqlx::query_scalar(&sql.replace("$1", "?1"))
                .bind(arg)
                .fetch_one(p)
                .await
        }
        kijkindewijk::db::Db::Postgres(p) => sqlx::query_scalar(sql).bind(arg).fetch_one(p).await,
    }
    .unwrap_or_else(|e| panic!("{sql} [{arg}]: {e}"))
}

/// The id of a demo listing by exact name.
pub async fn service_id(app: &TestApp, name: &str) -> String {
    scalar(app, "SELECT id FROM services WHERE name = $1", name).await
}

/// The id of an organisation by exact name.
pub async fn organization_id(app: &TestApp, name: &str) -> String {
    scalar(app, "SELECT id FROM organizations WHERE name = $1", name).await
}
