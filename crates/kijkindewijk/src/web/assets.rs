//! Static assets compiled into the binary: the NL Design System CSS and tokens and Leaflet (installed
//! from npm by the build script), our own stylesheets, scripts and icon. URLs carry a content hash, so
//! browsers may cache them for good.

use std::collections::HashMap;
use std::sync::LazyLock;

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::web::extract::Path;

struct Asset {
    bytes: &'static [u8],
    content_type: &'static str,
    hash: String,
}

static ASSETS: LazyLock<HashMap<&'static str, Asset>> = LazyLock::new(|| {
    let list: [(&str, &[u8], &str); 9] = [
        (
            "utrecht-components.css",
            include_bytes!(concat!(env!("OUT_DIR"), "/utrecht-components.css")),
            "text/css",
        ),
        (
            "utrecht-tokens.css",
            include_bytes!(concat!(env!("OUT_DIR"), "/utrecht-tokens.css")),
            "text/css",
        ),
        (
            "app.css",
            include_bytes!("../../../../web/src/app.css"),
            "text/css",
        ),
        (
            "app.js",
            include_bytes!("../../../../web/src/app.js"),
            "text/javascript",
        ),
        (
            "logo.svg",
            include_bytes!("../../../../web/src/logo.svg"),
            "image/svg+xml",
        ),
        (
            "leaflet.js",
            include_bytes!(concat!(env!("OUT_DIR"), "/leaflet.js")),
            "text/javascript",
        ),
        (
            "leaflet.css",
            include_bytes!(concat!(env!("OUT_DIR"), "/leaflet.css")),
            "text/css",
        ),
        (
            "socialmap.js",
            include_bytes!("../../../../web/src/socialmap.js"),
            "text/javascript",
        ),
        (
            "socialmap.css",
            include_bytes!("../../../../web/src/socialmap.css"),
            "text/css",
        ),
    ];
    list.into_iter()
        .map(|(name, bytes, content_type)| {
            let hash = crate::crypto::sha256_hex(&String::from_utf8_lossy(bytes))[..12].to_string();
            (
                name,
                Asset {
                    bytes,
                    content_type,
                    hash,
                },
            )
        })
        .collect()
});

/// The URL of an asset, e.g. `/static/3f2a…/app.css`.
pub fn url(name: &str) -> String {
    match ASSETS.get(name) {
        Some(a) => format!("/static/{}/{name}", a.hash),
        None => format!("/static/missing/{name}"),
    }
}

/// Serves `/static/{hash}/{name}`. An old hash still gets the current file, uncached.
pub async fn serve(Path((hash, name)): Path<(String, String)>) -> Response {
    let Some(asset) = ASSETS.get(name.as_str()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let cache = if asset.hash == hash {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    (
        [
            (header::CONTENT_TYPE, asset.content_type),
            (header::CACHE_CONTROL, cache),
        ],
        asset.bytes,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_asset_has_a_hashed_url() {
        for name in [
            "utrecht-components.css",
            "utrecht-tokens.css",
            "app.css",
            "app.js",
            "logo.svg",
            "leaflet.js",
            "leaflet.css",
            "socialmap.js",
            "socialmap.css",
        ] {
            assert!(!super::url(name).contains("missing"), "{name}");
        }
        assert!(super::url("nope.css").contains("missing"));
    }
}
