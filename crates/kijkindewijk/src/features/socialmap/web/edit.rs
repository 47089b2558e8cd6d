//! Creating and editing a listing (`/sociale-kaart/beheer/nieuw`, `/sociale-kaart/beheer/{id}`).
//! The form comes back with everything typed and one message per field; a saved listing is one
//! transaction (location, service, categories, areas, times).

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::access::{self, Editor};
use super::edit_view::{self, form_of, is_form_row, new_form};
use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::features::socialmap::domain::geo::Point;
use crate::features::socialmap::domain::listing::{Listing, ServiceForm};
use crate::features::socialmap::domain::taxonomy::YOUTH_TAXONOMY_ID;
use crate::features::socialmap::geocoder::{self, Geocoder, Unavailable};
use crate::features::socialmap::ical;
use crate::features::socialmap::model::*;
use crate::features::socialmap::repo::read::FullService;
use crate::features::socialmap::repo::{areas, orgs, save_service, taxonomy, write};
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{Form, PageCtx, render, see_other};

async fn show(
    app: &AppState,
    page: PageCtx,
    editor: &Editor,
    existing: Option<&FullService>,
    form: ServiceForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let orgs = match &editor.organizations {
        None => orgs::of_municipality(&app.db, &editor.municipality_id).await?,
        Some(ids) => orgs::by_ids(&app.db, ids).await?,
    };
    let terms = taxonomy::youth_terms(&app.db).await?;
    let places = areas::places(&app.db, Some(&editor.municipality_id)).await?;
    let (title, action, view, kept) = match existing {
        None => (
            "map-form-new-title",
            "/sociale-kaart/beheer/nieuw".to_string(),
            None,
            0,
        ),
        Some(s) => (
            "map-form-edit-title",
            format!("/sociale-kaart/beheer/{}", s.service.id),
            Some(format!("/sociale-kaart/aanbod/{}", s.service.id)),
            s.schedules.iter().filter(|r| !is_form_row(r)).count(),
        ),
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let view = edit_view::page(
        page, title, action, view, form, errors, &orgs, &terms, &places, kept,
    );
    render(status, &view)
}

/// A listing the editor may keep, or 404.
async fn editable(app: &AppState, editor: &Editor, id: &str) -> AppResult<FullService> {
    let s = super::detail::load(app, id).await?;
    editor.check(&s.service.municipality_id, &s.service.organization_id)?;
    Ok(s)
}

/// GET /sociale-kaart/beheer/nieuw
pub async fn new_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    let editor = access::editor(&app, &user).await?;
    let form = new_form(editor.organizations.as_deref().unwrap_or_default());
    show(&app, page, &editor, None, form, FieldErrors::new()).await
}

/// POST /sociale-kaart/beheer/nieuw
pub async fn new_post(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Form(form): Form<ServiceForm>,
) -> AppResult<Response> {
    let editor = access::editor(&app, &user).await?;
    match save(&app, &editor, None, &form).await {
        Ok(_) => Ok(see_other("/sociale-kaart/beheer?klaar=opgeslagen")),
        Err(AppError::Validation(e) | AppError::Conflict(e)) => {
            show(&app, page, &editor, None, form, e).await
        }
        Err(e) => Err(e),
    }
}

/// GET /sociale-kaart/beheer/{id}
pub async fn edit_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let editor = access::editor(&app, &user).await?;
    let s = editable(&app, &editor, &id).await?;
    let form = form_of(&s);
    show(&app, page, &editor, Some(&s), form, FieldErrors::new()).await
}

/// POST /sociale-kaart/beheer/{id}
pub async fn edit_post(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(form): Form<ServiceForm>,
) -> AppResult<Response> {
    let editor = access::editor(&app, &user).await?;
    let s = editable(&app, &editor, &id).await?;
    match save(&app, &editor, Some(&s), &form).await {
        Ok(_) => Ok(see_other("/sociale-kaart/beheer?klaar=opgeslagen")),
        Err(AppError::Validation(e) | AppError::Conflict(e)) => {
            show(&app, page, &editor, Some(&s), form, e).await
        }
        Err(e) => Err(e),
    }
}

fn field(name: &str, id: &str) -> AppError {
    let mut e = FieldErrors::new();
    e.add(name, id);
    AppError::Validation(e)
}

/// Checks the form against the rules and the database, then stores the listing.
async fn save(
    app: &AppState,
    editor: &Editor,
    existing: Option<&FullService>,
    form: &ServiceForm,
) -> AppResult<String> {
    let terms = taxonomy::youth_terms(&app.db).await?;
    let known: Vec<String> = terms.iter().map(|t| t.id.clone()).collect();
    let listing = form.check(&known).map_err(AppError::Validation)?;
    let org = orgs::by_id(&app.db, &listing.service.organization_id).await?;
    if !org
        .as_ref()
        .is_some_and(|o| editor.may_edit(&o.municipality_id, &o.id))
    {
        return Err(field("organization_id", "map-form-organization-required"));
    }
    let area_records = area_records(app, editor, &listing).await?;
    let point = point_of(app, &listing).await?;
    let shared = match existing.and_then(|s| s.locations.first()) {
        Some(place) => {
            orgs::location_shared_with_others(&app.db, &place.id, &listing.service.organization_id)
                .await?
        }
        None => false,
    };
    let (location, service) = records(editor, existing, &listing, point, area_records, shared);
    store(app, &location, &service).await?;
    Ok(service.fields.id)
}

/// The chosen wijken and buurten as (wijk, buurt) pairs; a place outside the municipality is a
/// field error.
async fn area_records(
    app: &AppState,
    editor: &Editor,
    listing: &Listing,
) -> AppResult<Vec<(String, Option<String>)>> {
    let places = areas::places(&app.db, Some(&editor.municipality_id)).await?;
    listing
        .areas
        .iter()
        .map(|id| {
            let p = places
                .iter()
                .find(|p| &p.id == id)
                .ok_or_else(|| field("areas", "map-form-area-unknown"))?;
            Ok((
                p.wijk_id.clone().unwrap_or_else(|| p.id.clone()),
                p.wijk_id.as_ref().map(|_| p.id.clone()),
            ))
        })
        .collect()
}

/// Where the place is: the typed point, or the postcode's.
async fn point_of(app: &AppState, listing: &Listing) -> AppResult<Point> {
    if let Some(p) = listing.loc_point {
        return Ok(p);
    }
    let pc = listing
        .loc_postcode
        .as_ref()
        .ok_or_else(|| field("loc_postcode", "map-form-postcode-invalid"))?;
    match geocoder::for_app(app).locate(pc).await {
        Ok(Some(p)) => Ok(p),
        Ok(None) => Err(field("loc_postcode", "map-form-postcode-unknown")),
        Err(Unavailable) => Err(field("loc_postcode", "map-form-geocoder-down")),
    }
}

/// Saves the place and the listing in one transaction.
async fn store(
    app: &AppState,
    location: &LocationRecord,
    service: &ServiceRecord,
) -> AppResult<()> {
    let mut tx = app.db.begin().await?;
    let saved = async {
        write::save_location(&mut tx, location).await?;
        save_service::save_service(&mut tx, service).await
    }
    .await;
    match saved {
        // Only a simultaneous save of the same listing can collide; the form comes back.
        Err(e) if crate::db::is_unique_violation(&e) => {
            let mut f = FieldErrors::new();
            f.add("name", "map-form-conflict");
            return Err(AppError::Conflict(f));
        }
        Err(e) => return Err(e.into()),
        Ok(()) => {}
    }
    crate::features::socialmap::sync::commit(&app, tx).await?;
    Ok(())
}

/// The location and service records for a checked listing; an existing listing keeps its ids,
/// its other places, the categories of other taxonomies and the times the form does not show.
/// A place another organisation's listing also uses (`shared`) is left as it is: the listing gets
/// a place of its own.
fn records(
    editor: &Editor,
    existing: Option<&FullService>,
    l: &Listing,
    point: Point,
    areas: Vec<(String, Option<String>)>,
    shared: bool,
) -> (LocationRecord, ServiceRecord) {
    let id = existing.map_or_else(crate::db::new_id, |s| s.service.id.clone());
    let first = existing.and_then(|s| s.locations.first());
    let location_id = first
        .filter(|_| !shared)
        .map_or_else(crate::db::new_id, |f| f.id.clone());
    let location = LocationRecord {
        id: location_id.clone(),
        municipality_id: existing.map_or_else(
            || editor.municipality_id.clone(),
            |s| s.service.municipality_id.clone(),
        ),
        organization_id: Some(l.service.organization_id.clone()),
        location_type: "physical".into(),
        name: l.loc_name.clone(),
        description: first.and_then(|f| f.description.clone()),
        transportation: first.and_then(|f| f.transportation.clone()),
        url: first.and_then(|f| f.url.clone()),
        address_1: l.loc_address.clone(),
        postal_code: l.loc_postcode.as_ref().map(|p| p.as_str().to_string()),
        city: l.loc_city.clone(),
        latitude: Some(point.lat),
        longitude: Some(point.lon),
        external_identifier: first.and_then(|f| f.external_identifier.clone()),
        external_identifier_type: first.and_then(|f| f.external_identifier_type.clone()),
        accessibility: l
            .accessibility
            .iter()
            .map(|(code, text)| AccessibilityRecord {
                id: derived_id(&location_id, &format!("access/{code}")),
                code: Some(code.clone()),
                description: text.clone(),
                details: None,
                url: None,
            })
            .collect(),
    };
    let mut categories = l.categories.clone();
    let mut locations = vec![SalRecord {
        id: first.map_or_else(|| derived_id(&id, "at"), |f| f.sal_id.clone()),
        location_id,
        description: first.and_then(|f| f.sal_description.clone()),
    }];
    let mut schedules: Vec<ScheduleRecord> = l
        .schedules
        .iter()
        .enumerate()
        .map(|(i, r)| ScheduleRecord {
            id: derived_id(&id, &format!("form/{i}/{}", r.byday_text())),
            service_at_location_id: None,
            recurrence: r.clone(),
            description: None,
        })
        .collect();
    if let Some(s) = existing {
        categories.extend(
            s.terms
                .iter()
                .filter(|t| t.taxonomy_id != YOUTH_TAXONOMY_ID)
                .map(|t| t.id.clone()),
        );
        locations.extend(s.locations.iter().skip(1).map(|x| SalRecord {
            id: x.sal_id.clone(),
            location_id: x.id.clone(),
            description: x.sal_description.clone(),
        }));
        schedules.extend(
            s.schedules
                .iter()
                .filter(|r| !is_form_row(r))
                .filter_map(|r| {
                    Some(ScheduleRecord {
                        id: r.id.clone(),
                        service_at_location_id: r.service_at_location_id.clone(),
                        recurrence: ical::recurrence(r)?,
                        description: r.description.clone(),
                    })
                }),
        );
    }
    let service = ServiceRecord {
        // The typed fields; what the form does not show is kept.
        fields: ServiceFields {
            id: id.clone(),
            municipality_id: location.municipality_id.clone(),
            alternate_name: existing.and_then(|s| s.service.alternate_name.clone()),
            alert: existing.and_then(|s| s.service.alert.clone()),
            assured_date: None,
            ..l.service.clone()
        },
        categories,
        languages: l.languages.clone(),
        areas: areas
            .into_iter()
            .map(|(wijk, buurt)| AreaRecord {
                id: derived_id(
                    &id,
                    &format!("area/{wijk}/{}", buurt.as_deref().unwrap_or("-")),
                ),
                wijk_id: Some(wijk),
                buurt_id: buurt,
                name: None,
            })
            .collect(),
        locations,
        schedules,
    };
    (location, service)
}
