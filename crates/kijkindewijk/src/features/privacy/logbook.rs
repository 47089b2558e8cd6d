//! The young person's access log as a readable timeline, filterable by period. Reading it is
//! logged too (the gate does that).

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use crate::access::log::{self, Line};
use crate::access::{self, Action, Actor, Part};
use crate::error::{AppResult, FieldErrors};
use crate::features::youth::{format_moment, validate};
use crate::state::AppState;
use crate::web::extract::{Path, Query};
use crate::web::{PageCtx, html};

#[derive(Template)]
#[template(path = "privacy/logbook.html")]
struct LogPage {
    page: PageCtx,
    nav: crate::features::youth::Nav,
    young: access::YoungPerson,
    lines: Vec<Line>,
    from: String,
    until: String,
    errors: FieldErrors,
}

impl LogPage {
    fn when(&self, l: &Line) -> String {
        format_moment(l.at)
    }
    fn action_id(&self, l: &Line) -> String {
        format!("log-action-{}", l.action.replace('_', "-"))
    }
    fn part_id(&self, l: &Line) -> &'static str {
        Part::parse(&l.part)
            .map(|p| p.label_id())
            .unwrap_or("part-identity")
    }
    fn ground_id(&self, l: &Line) -> String {
        format!("log-ground-{}", l.ground.replace('_', "-"))
    }
    fn role_id(&self, l: &Line) -> String {
        format!("role-{}", l.actor_role)
    }
}

/// `?van=…&tot=…`
#[derive(Deserialize, Default)]
pub struct PeriodQuery {
    #[serde(default)]
    van: String,
    #[serde(default)]
    tot: String,
}

/// GET /jongeren/{id}/logboek
pub async fn logbook_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Query(q): Query<PeriodQuery>,
) -> AppResult<Response> {
    let access = access::check(&app, &actor, &id, Part::Log, Action::Read).await?;
    let mut errors = FieldErrors::new();
    let from =
        validate::optional_date(&q.van, "van", &mut errors).map(|d| d.midnight().assume_utc());
    let until = validate::optional_date(&q.tot, "tot", &mut errors)
        .and_then(|d| d.next_day())
        .map(|d| d.midnight().assume_utc());
    let lines = log::lines(&app.db, &id, from, until, 500).await?;
    html(&LogPage {
        nav: crate::features::youth::nav(&app, &actor, &access).await?,
        page,
        young: access.young,
        lines,
        from: q.van,
        until: q.tot,
        errors,
    })
}
