//! Teams of the municipality and the wijken they serve.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use crate::auth::CurrentUser;
use crate::db::is_unique_violation;
use crate::error::{AppResult, FieldErrors};
use crate::places::repo::{self as places, Area, Team, TeamWijk};
use crate::state::AppState;
use crate::web::{Form, PageCtx, render, see_other};

#[derive(Template)]
#[template(path = "admin/teams.html")]
struct TeamsPage {
    page: PageCtx,
    teams: Vec<Team>,
    team_wijken: Vec<TeamWijk>,
    wijken: Vec<Area>,
    form: TeamForm,
    errors: FieldErrors,
}

impl TeamsPage {
    fn wijken_of(&self, team_id: &str) -> String {
        let names: Vec<String> = self
            .team_wijken
            .iter()
            .filter(|w| w.team_id == team_id)
            .map(|w| format!("{} ({})", w.name, w.code))
            .collect();
        names.join(", ")
    }
    fn checked(&self, wijk_id: &str) -> bool {
        self.form.wijken.iter().any(|w| w == wijk_id)
    }
}

/// New team.
#[derive(Deserialize, Default)]
pub struct TeamForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    wijken: Vec<String>,
}

async fn page(
    app: &AppState,
    p: PageCtx,
    municipality_id: &str,
    form: TeamForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let (teams, team_wijken) = places::teams(&app.db, municipality_id).await?;
    let wijken = places::wijken(&app.db, municipality_id).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(
        status,
        &TeamsPage {
            page: p,
            teams,
            team_wijken,
            wijken,
            form,
            errors,
        },
    )
}

/// GET /beheer/teams
pub async fn teams_get(
    State(app): State<AppState>,
    p: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    let scope = super::scope(&user)?;
    page(
        &app,
        p,
        &scope.municipality_id,
        TeamForm::default(),
        FieldErrors::new(),
    )
    .await
}

/// POST /beheer/teams
pub async fn team_post(
    State(app): State<AppState>,
    p: PageCtx,
    user: CurrentUser,
    Form(form): Form<TeamForm>,
) -> AppResult<Response> {
    let scope = super::scope(&user)?;
    let wijken = places::wijken(&app.db, &scope.municipality_id).await?;
    let mut errors = FieldErrors::new();
    if form.name.trim().is_empty() {
        errors.add("name", "name-required");
    } else if form.name.chars().count() > 120 {
        errors.add("name", "name-too-long");
    } else if !crate::web::validate::clean_text(&form.name, false) {
        errors.add("name", "text-control-characters");
    }
    if form.wijken.is_empty() {
        errors.add("wijken", "team-wijken-required");
    } else if form
        .wijken
        .iter()
        .any(|id| !wijken.iter().any(|w| &w.id == id))
    {
        errors.add("wijken", "wijk-required");
    }
    if errors.is_empty() {
        let mut ids = form.wijken.clone();
        ids.sort();
        ids.dedup();
        let mut tx = app.db.begin().await?;
        match places::insert_team(&mut tx, &scope.municipality_id, &form.name, &ids).await {
            Ok(_) => {
                tx.commit().await?;
                return Ok(see_other("/beheer/teams"));
            }
            Err(e) if is_unique_violation(&e) => errors.add("name", "team-name-taken"),
            Err(e) => return Err(e.into()),
        }
    }
    page(&app, p, &scope.municipality_id, form, errors).await
}
