//! The monitor's pages and CSV: thin handlers over `view` (what a viewer may see and how it is
//! laid out). Every figure comes from the stored aggregates; nothing here reads personal data.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::view::{self, ChartBlock, Scope, TableBlock};
use crate::auth::CurrentUser;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::extract::Query;
use crate::web::{PageCtx, html};

#[derive(Template)]
#[template(path = "monitor/index.html")]
struct IndexPage {
    page: PageCtx,
    municipality: String,
    refreshed: Option<String>,
    team_view: bool,
    trend: Option<ChartBlock>,
    compare: Option<ChartBlock>,
    wijken: Option<TableBlock>,
}

/// GET /monitor — the municipality's trend and the wijken side by side.
pub async fn index_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    let s = Scope::load(&app, &user).await?;
    let loc = page.loc;
    html(&IndexPage {
        municipality: s.municipality_name.clone(),
        refreshed: s.refreshed_text(),
        team_view: s.team_view,
        trend: view::municipality_trend(&s, loc),
        compare: view::wijk_bars(&s, loc),
        wijken: view::wijk_table(&s, loc),
        page,
    })
}

#[derive(Template)]
#[template(path = "monitor/wijk.html")]
struct WijkPage {
    page: PageCtx,
    wijk: String,
    code: String,
    refreshed: Option<String>,
    charts: Vec<ChartBlock>,
    tables: Vec<TableBlock>,
}

/// GET /monitor/wijk/{code} — one wijk month by month.
pub async fn wijk_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let s = Scope::load(&app, &user).await?;
    let w = s.visible_wijk(&code).ok_or(AppError::NotFound)?.clone();
    let loc = page.loc;
    html(&WijkPage {
        refreshed: s.refreshed_text(),
        charts: view::wijk_charts(&s, &w, loc),
        tables: view::wijk_tables(&s, &w, loc),
        wijk: w.name,
        code: w.code,
        page,
    })
}

/// `?wijk=<code>` for the CSV.
#[derive(Deserialize, Default)]
pub struct CsvQuery {
    #[serde(default)]
    wijk: String,
}

/// GET /monitor.csv[?wijk=<code>] — every figure the pages show, as shown.
pub async fn csv_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Query(q): Query<CsvQuery>,
) -> AppResult<Response> {
    let s = Scope::load(&app, &user).await?;
    let only = if q.wijk.is_empty() {
        None
    } else {
        Some(s.visible_wijk(&q.wijk).ok_or(AppError::NotFound)?.clone())
    };
    let body = view::csv(&s, only.as_ref(), page.loc)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"wijkmonitor.csv\"",
            ),
        ],
        body,
    )
        .into_response())
}
