//! The HSDS API's organisations, taxonomies and terms.

use axum::extract::State;
use axum::response::Response;

use super::api::{full, json};
use super::dto;
use super::out;
use super::params::HsdsParams;
use crate::error::{AppError, AppResult};
use crate::features::socialmap::repo::taxonomy::{self, TermFilter};
use crate::features::socialmap::repo::{children, orgs};
use crate::features::socialmap::web::api::Page;
use crate::state::AppState;
use crate::web::extract::{Path, Query};

/// GET /hsds/organizations
pub async fn organizations_get(
    State(app): State<AppState>,
    Query(p): Query<HsdsParams>,
) -> AppResult<Response> {
    let (page, per_page) = p.paging()?;
    let municipality = match p
        .coverage
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        None => None,
        Some(code) => Some(
            crate::features::socialmap::repo::areas::municipality_by_code(&app.db, code)
                .await?
                .ok_or_else(|| {
                    let mut e = crate::error::FieldErrors::new();
                    e.add("coverage", "hsds-coverage-invalid");
                    AppError::Validation(e)
                })?
                .0,
        ),
    };
    let (rows, total) = orgs::page(
        &app.db,
        municipality.as_deref(),
        p.search.as_deref(),
        u64::from(per_page),
        u64::from(page - 1) * u64::from(per_page),
    )
    .await?;
    let mut contents = Vec::new();
    for o in &rows {
        contents.push(if HsdsParams::flag(&p.full) {
            organization_full(&app, o, HsdsParams::flag(&p.full_service)).await?
        } else {
            out::organization(o)
        });
    }
    json(Page::new(contents, total, page, per_page))
}

/// An organisation with its locations and services (whole services with `full_service`; their
/// `organization` is left out, it is the object around them).
pub async fn organization_full(
    app: &AppState,
    o: &orgs::OrgRow,
    full_service: bool,
) -> AppResult<dto::Organization> {
    let locations = children::locations_of_organization(&app.db, &o.id).await?;
    let ids: Vec<String> = locations.iter().map(|l| l.id.clone()).collect();
    let access = children::accessibility(&app.db, &ids).await?;
    let service_ids = children::service_ids_of_organization(&app.db, &o.id).await?;
    let services: Vec<dto::Service> = if full_service {
        let mut list = full(app, &children::full_services(&app.db, &service_ids).await?).await?;
        list.iter_mut().for_each(|s| s.organization = None);
        list
    } else {
        crate::features::socialmap::repo::read::services(&app.db, &service_ids)
            .await?
            .iter()
            .map(out::service_basic)
            .collect()
    };
    Ok(dto::Organization {
        locations: (!locations.is_empty()).then(|| {
            locations
                .iter()
                .map(|l| out::location(l, &access))
                .collect()
        }),
        services: (!services.is_empty()).then_some(services),
        ..out::organization(o)
    })
}

/// GET /hsds/organizations/{id} (`full_service=true` nests whole services)
pub async fn organization_get(
    State(app): State<AppState>,
    Path(id): Path<String>,
    Query(p): Query<HsdsParams>,
) -> AppResult<Response> {
    let o = orgs::by_id(&app.db, &id).await?.ok_or(AppError::NotFound)?;
    json(organization_full(&app, &o, HsdsParams::flag(&p.full_service)).await?)
}

/// GET /hsds/taxonomies and /hsds/taxonomies/{id}
pub async fn taxonomies_get(
    State(app): State<AppState>,
    Query(p): Query<HsdsParams>,
) -> AppResult<Response> {
    let (page, per_page) = p.paging()?;
    let (rows, total) = taxonomy::taxonomies(
        &app.db,
        u64::from(per_page),
        u64::from(page - 1) * u64::from(per_page),
        None,
    )
    .await?;
    json(Page::new(
        rows.iter().map(out::taxonomy).collect(),
        total,
        page,
        per_page,
    ))
}

/// GET /hsds/taxonomies/{id}
pub async fn taxonomy_get(
    State(app): State<AppState>,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (mut rows, _) = taxonomy::taxonomies(&app.db, 1, 0, Some(&id)).await?;
    json(out::taxonomy(&rows.pop().ok_or(AppError::NotFound)?))
}

/// GET /hsds/taxonomy_terms (`taxonomy_id`, `parent_id`, `top_only`, `search`)
pub async fn terms_get(
    State(app): State<AppState>,
    Query(p): Query<HsdsParams>,
) -> AppResult<Response> {
    let (page, per_page) = p.paging()?;
    let filter = TermFilter {
        id: None,
        taxonomy_id: p.taxonomy_id.clone().filter(|s| !s.trim().is_empty()),
        parent_id: p.parent_id.clone().filter(|s| !s.trim().is_empty()),
        top_only: HsdsParams::flag(&p.top_only),
        search: p.search.clone(),
    };
    let (rows, total) = taxonomy::terms(
        &app.db,
        &filter,
        u64::from(per_page),
        u64::from(page - 1) * u64::from(per_page),
    )
    .await?;
    json(Page::new(
        rows.iter().map(|t| out::term(t, None)).collect(),
        total,
        page,
        per_page,
    ))
}

/// GET /hsds/taxonomy_terms/{id}
pub async fn term_get(State(app): State<AppState>, Path(id): Path<String>) -> AppResult<Response> {
    let filter = TermFilter {
        id: Some(id),
        ..Default::default()
    };
    let (mut rows, _) = taxonomy::terms(&app.db, &filter, 1, 0).await?;
    let t = rows.pop().ok_or(AppError::NotFound)?;
    let (mut tax, _) = taxonomy::taxonomies(&app.db, 1, 0, Some(&t.taxonomy_id)).await?;
    json(out::term(&t, tax.pop().as_ref().map(out::taxonomy)))
}
