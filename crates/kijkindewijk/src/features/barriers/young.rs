//! "Wat houdt je tegen?" — the barriers on a young person's plan: the young person (from 12), their
//! parent (under 16) or the involved professional raises one in plain words, and everyone with the
//! plan sees its status and the official answer.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::flow;
use super::pages::{RaiseForm, domain_error};
use super::repo::{self, Barrier, Escalation};
use super::view::{self, Choices};
use crate::access::{self, Access, Action, Actor, Part};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{Form, PageCtx, render, see_other};

/// A barrier with its answers, as the young person's page shows it.
pub struct Item {
    /// The barrier.
    pub b: Barrier,
    /// Its answered escalations.
    pub answers: Vec<Escalation>,
}

#[derive(Template)]
#[template(path = "barriers/young.html")]
struct YoungPage {
    page: PageCtx,
    nav: crate::features::youth::seam::Nav,
    young: access::YoungPerson,
    own: bool,
    /// Whether the viewer may open the plan (the "back" link goes there, else to the overview).
    can_see_plan: bool,
    items: Vec<Item>,
    can_write: bool,
    choices: Choices,
    form: RaiseForm,
    errors: FieldErrors,
}

impl YoungPage {
    fn status_of(&self, s: &str) -> String {
        view::status_id(s)
    }
    fn explain_of(&self, s: &str) -> String {
        format!("{}-explain", view::status_id(s))
    }
    fn moment(&self, at: &time::OffsetDateTime) -> String {
        crate::features::youth::format_moment(*at)
    }
}

async fn page_for(
    app: &AppState,
    page: PageCtx,
    actor: &Actor,
    access: Access,
    form: RaiseForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let barriers = repo::of_young_person(&app.db, &access.young.id).await?;
    let ids: Vec<String> = barriers.iter().map(|b| b.id.clone()).collect();
    // All answers in one query, not one per barrier.
    let mut answers = repo::answered_of(&app.db, &ids).await?;
    let items = barriers
        .into_iter()
        .map(|b| {
            let (mine, rest) = answers.drain(..).partition(|e| e.barrier_id == b.id);
            answers = rest;
            Item { b, answers: mine }
        })
        .collect();
    let choices = Choices::load(&app.db, &access.young.municipality_id, page.loc).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let p = YoungPage {
        nav: crate::features::youth::seam::nav(app, actor, &access).await?,
        own: access.is_own(),
        can_see_plan: access::rules::decide(&access.facts, Part::Plan, Action::Read).is_ok(),
        can_write: access.may(Action::Write),
        young: access.young,
        page,
        items,
        choices,
        form,
        errors,
    };
    render(status, &p)
}

/// GET /jongeren/{id}/hindernissen
pub async fn list_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let access = access::check(&app, &actor, &id, Part::Barriers, Action::Read).await?;
    page_for(
        &app,
        page,
        &actor,
        access,
        RaiseForm::default(),
        FieldErrors::new(),
    )
    .await
}

/// POST /jongeren/{id}/hindernissen — raises a barrier for this young person, linked to them.
pub async fn raise_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Form(form): Form<RaiseForm>,
) -> AppResult<Response> {
    let access = access::check(&app, &actor, &id, Part::Barriers, Action::Write).await?;
    let m = access.young.municipality_id.clone();
    let by = flow::raised_by_of(access.tie);
    let choices = Choices::load(&app.db, &m, page.loc).await?;
    let result = if choices.has_domain(&form.life_domain) {
        flow::raise(&app, &actor, &m, Some(&access), by, &form.raise()).await
    } else {
        Err(domain_error())
    };
    match result {
        Ok(_) => Ok(see_other(&format!("/jongeren/{id}/hindernissen#gemeld"))),
        Err(AppError::Validation(errors)) => {
            page_for(&app, page, &actor, access, form, errors).await
        }
        Err(e) => Err(e),
    }
}
