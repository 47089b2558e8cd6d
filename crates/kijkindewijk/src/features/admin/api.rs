//! JSON API for areas: `GET/POST /api/v1/beheer/wijken`. Sessions authenticate; unsafe calls carry
//! the `X-CSRF-Token` header. Errors use the shared `{"error": {code, message, fields}}` shape.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::areas::create_wijk;
use crate::auth::CurrentUser;
use crate::error::AppResult;
use crate::places::repo as places;
use crate::state::AppState;
use crate::web::Json;

/// Body of `POST /api/v1/beheer/wijken`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewWijk {
    code: String,
    name: String,
}

/// GET /api/v1/beheer/wijken
pub async fn wijken_get(State(app): State<AppState>, user: CurrentUser) -> AppResult<Response> {
    let scope = super::scope(&user)?;
    let wijken = places::wijken(&app.db, &scope.municipality_id).await?;
    Ok(axum::Json(serde_json::json!({ "contents": wijken })).into_response())
}

/// POST /api/v1/beheer/wijken
pub async fn wijk_post(
    State(app): State<AppState>,
    user: CurrentUser,
    Json(body): Json<NewWijk>,
) -> AppResult<Response> {
    let scope = super::scope(&user)?;
    let wijk = create_wijk(&app, &scope.municipality_id, &body.code, &body.name).await?;
    Ok((StatusCode::CREATED, axum::Json(wijk)).into_response())
}
