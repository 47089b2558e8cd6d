//! Postcode → point. Two implementations behind one trait: the local `postcodes` table (filled with
//! `kijkindewijk import-postcodes FILE.csv`) and PDOK Locatieserver (online, configurable with
//! `geocoder_url`, off when empty; tests keep it off). [`for_app`] asks the local table first and
//! PDOK only for what it does not know. Postcodes are never logged.

use std::sync::LazyLock;
use std::time::Duration;

use futures::future::BoxFuture;

use super::domain::geo::{Point, Postcode};
use super::repo::postcodes;
use crate::db::Db;
use crate::state::AppState;

/// The lookup could not be done (as opposed to: the postcode does not exist).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unavailable;

/// Finds the centroid of a postcode.
pub trait Geocoder: Send + Sync {
    /// `Ok(None)` when the postcode is not known.
    fn locate<'a>(
        &'a self,
        postcode: &'a Postcode,
    ) -> BoxFuture<'a, Result<Option<Point>, Unavailable>>;
}

/// The local table.
pub struct LocalGeocoder {
    db: Db,
}

impl LocalGeocoder {
    /// Over this database.
    pub fn new(db: Db) -> Self {
        LocalGeocoder { db }
    }
}

impl Geocoder for LocalGeocoder {
    fn locate<'a>(
        &'a self,
        postcode: &'a Postcode,
    ) -> BoxFuture<'a, Result<Option<Point>, Unavailable>> {
        Box::pin(async move {
            postcodes::lookup(&self.db, postcode).await.map_err(|e| {
                tracing::warn!(error = %crate::error::AppError::from(e), "postcode table lookup failed");
                Unavailable
            })
        })
    }
}

/// PDOK Locatieserver v3.1 (`…/search/v3_1/free`), full postcodes (PC6) only.
pub struct PdokGeocoder {
    url: String,
}

impl PdokGeocoder {
    /// With the `free` endpoint's URL.
    pub fn new(url: &str) -> Self {
        PdokGeocoder {
            url: url.to_string(),
        }
    }
}

static HTTP: LazyLock<reqwest::Client> = LazyLock::new(|| {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(3))
        .user_agent(concat!("KijKINDeWijk/", env!("CARGO_PKG_VERSION")))
        .build()
        .unwrap_or_default()
});

/// Reads `POINT(lon lat)` (WKT, as PDOK's `centroide_ll`).
pub fn parse_wkt_point(s: &str) -> Option<Point> {
    let inner = s.trim().strip_prefix("POINT(")?.strip_suffix(')')?;
    let mut parts = inner.split_whitespace();
    let lon: f64 = parts.next()?.parse().ok()?;
    let lat: f64 = parts.next()?.parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    Point::in_nl(lat, lon)
}

impl Geocoder for PdokGeocoder {
    fn locate<'a>(
        &'a self,
        postcode: &'a Postcode,
    ) -> BoxFuture<'a, Result<Option<Point>, Unavailable>> {
        Box::pin(async move {
            if !postcode.is_pc6() {
                return Ok(None);
            }
            let query = format!("postcode:{}", postcode.as_str());
            let resp = HTTP
                .get(&self.url)
                .query(&[
                    ("q", query.as_str()),
                    ("fq", "type:postcode"),
                    ("rows", "1"),
                    ("fl", "centroide_ll"),
                ])
                .send()
                .await
                .and_then(reqwest::Response::error_for_status)
                .map_err(|e| {
                    tracing::warn!(error = %e.without_url(), "PDOK Locatieserver unavailable");
                    Unavailable
                })?;
            let body: serde_json::Value = resp.json().await.map_err(|_| Unavailable)?;
            Ok(body["response"]["docs"]
                .get(0)
                .and_then(|d| d["centroide_ll"].as_str())
                .and_then(parse_wkt_point))
        })
    }
}

/// Tries each geocoder in turn; the first that knows the postcode wins. A failing one is skipped,
/// but when nobody knew and one failed, the answer is "unavailable", not "does not exist".
pub struct Chain(pub Vec<Box<dyn Geocoder>>);

impl Geocoder for Chain {
    fn locate<'a>(
        &'a self,
        postcode: &'a Postcode,
    ) -> BoxFuture<'a, Result<Option<Point>, Unavailable>> {
        Box::pin(async move {
            let mut failed = false;
            for g in &self.0 {
                match g.locate(postcode).await {
                    Ok(Some(p)) => return Ok(Some(p)),
                    Ok(None) => {}
                    Err(Unavailable) => failed = true,
                }
            }
            if failed { Err(Unavailable) } else { Ok(None) }
        })
    }
}

/// The geocoder the configuration asks for: the local table, then PDOK when configured.
pub fn for_app(app: &AppState) -> Chain {
    let mut list: Vec<Box<dyn Geocoder>> = vec![Box::new(LocalGeocoder::new(app.db.clone()))];
    if !app.config.geocoder_url.trim().is_empty() {
        list.push(Box::new(PdokGeocoder::new(app.config.geocoder_url.trim())));
    }
    Chain(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_pdok_points() {
        let p = parse_wkt_point("POINT(5.1214 52.0907)").unwrap();
        assert!((p.lat - 52.0907).abs() < 1e-9 && (p.lon - 5.1214).abs() < 1e-9);
        assert!(parse_wkt_point("POINT(101 100)").is_none());
        assert!(parse_wkt_point("POINT(5.1)").is_none());
        assert!(parse_wkt_point("LINESTRING(5 52, 6 53)").is_none());
    }
}
