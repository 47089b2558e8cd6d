//! The HSDS 3.0 API under `/hsds`: read-only, public, paged with the `Page` envelope. Errors use the
//! shared JSON error shape with Dutch messages.

use std::collections::HashMap;

use axum::Json;
use axum::extract::State;
use axum::response::{IntoResponse, Response};

use super::dto;
use super::out;
use super::params::HsdsParams;
use crate::error::{AppError, AppResult};
use crate::features::socialmap::domain::query::looks_like_id;
use crate::features::socialmap::repo::read::FullService;
use crate::features::socialmap::repo::search::{self as repo, Rows};
use crate::features::socialmap::repo::{children, orgs};
use crate::features::socialmap::search;
use crate::features::socialmap::web::api::Page;
use crate::places::repo as places;
use crate::state::AppState;
use crate::web::extract::{Path, Query};

/// Where the official OpenAPI description of HSDS 3.0 lives.
pub const OPENAPI_URL: &str =
    "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";

/// A JSON answer.
pub fn json<T: serde::Serialize>(v: T) -> AppResult<Response> {
    Ok(Json(v).into_response())
}

/// Municipality (code, name) by id, for service areas that cover all of it.
async fn municipality_names(app: &AppState) -> AppResult<HashMap<String, (String, String)>> {
    Ok(places::municipalities(&app.db)
        .await?
        .into_iter()
        .map(|m| (m.id, (m.code, m.name)))
        .collect())
}

/// Whole services as HSDS, with their organisations.
pub async fn full(app: &AppState, list: &[FullService]) -> AppResult<Vec<dto::Service>> {
    let mut ids: Vec<String> = list
        .iter()
        .map(|s| s.service.organization_id.clone())
        .collect();
    ids.sort();
    ids.dedup();
    let orgs = orgs::by_ids(&app.db, &ids).await?;
    let names = municipality_names(app).await?;
    let none = (String::new(), String::new());
    Ok(list
        .iter()
        .map(|s| {
            let org = orgs.iter().find(|o| o.id == s.service.organization_id);
            out::service(
                s,
                org,
                names.get(&s.service.municipality_id).unwrap_or(&none),
            )
        })
        .collect())
}

/// GET /hsds/
pub async fn root_get(State(app): State<AppState>) -> AppResult<Response> {
    json(dto::Root {
        version: "3.0",
        profile: format!("{}/hsds/profile", app.config.base_url()),
        openapi_url: OPENAPI_URL.into(),
    })
}

/// GET /hsds/profile: what this API adds to HSDS 3.0.
pub async fn profile_get() -> AppResult<Response> {
    json(serde_json::json!({
        "name": "KijKINDeWijk",
        "hsds_version": "3.0",
        "description": "Sociale kaart voor jongeren in Nederlandse gemeenten. Kern-HSDS 3.0 zonder wijzigingen in de objecten.",
        "extra_query_parameters": {
            "age": "leeftijd in jaren; de dienst past bij die leeftijd",
            "day": "MO…SU of ma…zo: de dienst is op die dag",
            "start_time": "HH:MM: begint om of na deze tijd",
            "end_time": "HH:MM: eindigt om of voor deze tijd",
            "coverage": "CBS-code van gemeente (GM), wijk (WK) of buurt (BU)",
            "free": "true: alleen gratis diensten"
        },
        "conventions": {
            "service_area.extent": "CBS-code, extent_type text",
            "cost_option.option": "'Jeugdfonds Sport & Cultuur' wanneer het Jeugdfonds kan betalen",
            "schedule": "opens_at/closes_at in Europe/Amsterdam; elk rooster heeft een einde"
        }
    }))
}

/// GET /hsds/services
pub async fn services_get(
    State(app): State<AppState>,
    Query(p): Query<HsdsParams>,
) -> AppResult<Response> {
    let f = p.filter(&app, Rows::Services).await?;
    let (repo::Results { hits, total, .. }, indexed) = search::results(&app, &f).await?;
    let ids: Vec<String> = hits.into_iter().map(|h| h.service_id).collect();
    let (page, per_page) = p.paging()?;
    let rows = || async {
        match &indexed {
            // The index keeps each service's row with its card: no database round trip.
            Some(found) => Ok::<_, AppError>(
                found
                    .cards
                    .iter()
                    .map(|c| c.service.clone())
                    .collect::<Vec<_>>(),
            ),
            None => Ok(crate::features::socialmap::repo::read::services(&app.db, &ids).await?),
        }
    };
    let contents: Vec<serde_json::Value> = if HsdsParams::flag(&p.minimal) {
        let rows = rows().await?;
        rows.iter()
            .map(|s| serde_json::json!({ "id": s.id, "last_modified": out::service_basic(s).last_modified }))
            .collect()
    } else if HsdsParams::flag(&p.full) {
        let list = children::full_services(&app.db, &ids).await?;
        full(&app, &list)
            .await?
            .into_iter()
            .filter_map(|s| serde_json::to_value(s).ok())
            .collect()
    } else {
        let rows = rows().await?;
        rows.iter()
            .filter_map(|s| serde_json::to_value(out::service_basic(s)).ok())
            .collect()
    };
    json(Page::new(contents, total, page, per_page))
}

/// GET /hsds/services/{id}
pub async fn service_get(
    State(app): State<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let list = children::full_services(&app.db, &[id]).await?;
    json(full(&app, &list).await?.pop().ok_or(AppError::NotFound)?)
}

/// A service-at-location with its place and (with `full`) the whole service.
fn sal(s: &dto::Service, sal_id: &str, full: bool) -> Option<dto::ServiceAtLocation> {
    let at = s
        .service_at_locations
        .as_ref()?
        .iter()
        .find(|x| x.id.as_deref() == Some(sal_id))?
        .clone();
    let mut service = s.clone();
    service.service_at_locations = None;
    if !full {
        let loc = at.location.as_ref().map(|l| {
            Box::new(dto::Location {
                addresses: None,
                accessibility: None,
                ..(**l).clone()
            })
        });
        let basic = dto::Service {
            id: s.id.clone(),
            organization_id: s.organization_id.clone(),
            name: s.name.clone(),
            alternate_name: s.alternate_name.clone(),
            description: s.description.clone(),
            url: s.url.clone(),
            email: s.email.clone(),
            status: s.status.clone(),
            application_process: s.application_process.clone(),
            fees_description: s.fees_description.clone(),
            eligibility_description: s.eligibility_description.clone(),
            minimum_age: s.minimum_age.clone(),
            maximum_age: s.maximum_age.clone(),
            assured_date: s.assured_date.clone(),
            alert: s.alert.clone(),
            last_modified: s.last_modified.clone(),
            ..Default::default()
        };
        return Some(dto::ServiceAtLocation {
            id: at.id,
            service_id: at.service_id,
            location_id: at.location_id,
            description: at.description,
            location: loc,
            service: Some(Box::new(basic)),
            ..Default::default()
        });
    }
    Some(dto::ServiceAtLocation {
        service: Some(Box::new(service)),
        ..at
    })
}

/// GET /hsds/service_at_locations (with `postcode` and `proximity` in metres)
pub async fn sals_get(
    State(app): State<AppState>,
    Query(p): Query<HsdsParams>,
) -> AppResult<Response> {
    let f = p.filter(&app, Rows::AtLocations { outer: false }).await?;
    let (repo::Results { hits, total, .. }, _) = search::results(&app, &f).await?;
    let mut ids: Vec<String> = hits.iter().map(|h| h.service_id.clone()).collect();
    ids.sort();
    ids.dedup();
    let services = full(&app, &children::full_services(&app.db, &ids).await?).await?;
    let want_full = HsdsParams::flag(&p.full);
    let contents: Vec<dto::ServiceAtLocation> = hits
        .iter()
        .filter_map(|h| {
            let s = services
                .iter()
                .find(|s| s.id.as_deref() == Some(h.service_id.as_str()))?;
            sal(s, h.sal_id.as_deref()?, want_full)
        })
        .collect();
    let (page, per_page) = p.paging()?;
    json(Page::new(contents, total, page, per_page))
}

/// GET /hsds/service_at_locations/{id}
pub async fn sal_get(State(app): State<AppState>, Path(id): Path<String>) -> AppResult<Response> {
    if !looks_like_id(&id) {
        return Err(AppError::NotFound);
    }
    let service_id = children::service_of_sal(&app.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let services = full(
        &app,
        &children::full_services(&app.db, &[service_id]).await?,
    )
    .await?;
    let s = services.first().ok_or(AppError::NotFound)?;
    json(sal(s, &id, true).ok_or(AppError::NotFound)?)
}
