//! Wijken and buurten of the municipality.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use crate::auth::CurrentUser;
use crate::db::is_unique_violation;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::places::codes::{AreaCode, AreaKind};
use crate::places::repo::{self as places, Area, Municipality};
use crate::state::AppState;
use crate::web::{Form, PageCtx, render, see_other};

#[derive(Template)]
#[template(path = "admin/areas.html")]
struct AreasPage {
    page: PageCtx,
    municipality: Municipality,
    wijken: Vec<Area>,
    buurten: Vec<Area>,
    wijk_form: WijkForm,
    wijk_errors: FieldErrors,
    buurt_form: BuurtForm,
    buurt_errors: FieldErrors,
}

impl AreasPage {
    /// An example wijk code for this municipality (the next free number when it fits).
    fn wijk_example(&self) -> String {
        format!(
            "WK{}{:02}",
            &self.municipality.code[2..],
            (self.wijken.len() + 1).min(99)
        )
    }
    /// An example buurt code in this municipality's first wijk.
    fn buurt_example(&self) -> String {
        match self.wijken.first() {
            Some(w) => format!(
                "BU{}{:02}",
                &w.code[2..],
                (self.buurten_of(&w.id).len() + 1).min(99)
            ),
            None => String::new(),
        }
    }

    fn buurten_of(&self, wijk_id: &str) -> Vec<&Area> {
        self.buurten
            .iter()
            .filter(|b| b.parent_id == wijk_id)
            .collect()
    }
}

/// New wijk.
#[derive(Deserialize, Default, Clone)]
pub struct WijkForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    name: String,
}

/// New buurt.
#[derive(Deserialize, Default, Clone)]
pub struct BuurtForm {
    #[serde(default)]
    wijk_id: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    name: String,
}

async fn page(
    app: &AppState,
    page: PageCtx,
    municipality_id: &str,
    wijk: (WijkForm, FieldErrors),
    buurt: (BuurtForm, FieldErrors),
) -> AppResult<Response> {
    let municipality = places::municipality(&app.db, municipality_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let wijken = places::wijken(&app.db, municipality_id).await?;
    let buurten = places::buurten(&app.db, municipality_id).await?;
    let status = if wijk.1.is_empty() && buurt.1.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(
        status,
        &AreasPage {
            page,
            municipality,
            wijken,
            buurten,
            wijk_form: wijk.0,
            wijk_errors: wijk.1,
            buurt_form: buurt.0,
            buurt_errors: buurt.1,
        },
    )
}

/// GET /beheer/gebieden
pub async fn areas_get(
    State(app): State<AppState>,
    p: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    let scope = super::scope(&user)?;
    page(
        &app,
        p,
        &scope.municipality_id,
        Default::default(),
        Default::default(),
    )
    .await
}

/// Validates and stores a new wijk; shared by the form and the JSON API.
pub async fn create_wijk(
    app: &AppState,
    municipality_id: &str,
    code: &str,
    name: &str,
) -> AppResult<Area> {
    let municipality = places::municipality(&app.db, municipality_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut errors = FieldErrors::new();
    let code = AreaCode::parse_within(AreaKind::Wijk, code, &municipality.code)
        .map_err(|e| errors.add("code", e.message_id()))
        .ok();
    if name.trim().is_empty() {
        errors.add("name", "name-required");
    } else if name.chars().count() > 120 {
        errors.add("name", "name-too-long");
    } else if !crate::web::validate::clean_text(name, false) {
        errors.add("name", "text-control-characters");
    }
    errors.into_result()?;
    let code = code.ok_or(AppError::BadRequest("code-invalid"))?;
    let mut tx = app.db.begin().await?;
    let id = match places::insert_wijk(&mut tx, municipality_id, code.as_str(), name).await {
        Ok(id) => id,
        Err(e) if is_unique_violation(&e) => {
            let mut f = FieldErrors::new();
            f.add("code", "code-taken");
            return Err(AppError::Conflict(f));
        }
        Err(e) => return Err(e.into()),
    };
    tx.commit().await?;
    Ok(Area {
        id,
        parent_id: municipality_id.to_string(),
        code: code.to_string(),
        name: name.trim().to_string(),
    })
}

/// POST /beheer/gebieden/wijk
pub async fn wijk_post(
    State(app): State<AppState>,
    p: PageCtx,
    user: CurrentUser,
    Form(form): Form<WijkForm>,
) -> AppResult<Response> {
    let scope = super::scope(&user)?;
    match create_wijk(&app, &scope.municipality_id, &form.code, &form.name).await {
        Ok(_) => Ok(see_other("/beheer/gebieden")),
        Err(AppError::Validation(errors) | AppError::Conflict(errors)) => {
            page(
                &app,
                p,
                &scope.municipality_id,
                (form, errors),
                Default::default(),
            )
            .await
        }
        Err(e) => Err(e),
    }
}

/// POST /beheer/gebieden/buurt
pub async fn buurt_post(
    State(app): State<AppState>,
    p: PageCtx,
    user: CurrentUser,
    Form(form): Form<BuurtForm>,
) -> AppResult<Response> {
    let scope = super::scope(&user)?;
    let wijken = places::wijken(&app.db, &scope.municipality_id).await?;
    let mut errors = FieldErrors::new();
    // The wijk must belong to this municipality: ids from another tenant are refused like unknown ones.
    let wijk = wijken.iter().find(|w| w.id == form.wijk_id);
    if wijk.is_none() {
        errors.add("wijk_id", "wijk-required");
    }
    let code = wijk.and_then(|w| {
        AreaCode::parse_within(AreaKind::Buurt, &form.code, &w.code)
            .map_err(|e| errors.add("code", e.message_id()))
            .ok()
    });
    if form.name.trim().is_empty() {
        errors.add("name", "name-required");
    } else if form.name.chars().count() > 120 {
        errors.add("name", "name-too-long");
    } else if !crate::web::validate::clean_text(&form.name, false) {
        errors.add("name", "text-control-characters");
    }
    if let (Some(wijk), Some(code), true) = (wijk, &code, errors.is_empty()) {
        let mut tx = app.db.begin().await?;
        match places::insert_buurt(&mut tx, &wijk.id, code.as_str(), &form.name).await {
            Ok(_) => {
                tx.commit().await?;
                return Ok(see_other("/beheer/gebieden"));
            }
            Err(e) if is_unique_violation(&e) => errors.add("code", "code-taken"),
            Err(e) => return Err(e.into()),
        }
    }
    page(
        &app,
        p,
        &scope.municipality_id,
        Default::default(),
        (form, errors),
    )
    .await
}
