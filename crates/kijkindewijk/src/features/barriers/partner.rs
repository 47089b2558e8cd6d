//! A partner raises a barrier from an introduction that stopped: the fee, the age limit or the
//! waiting list that kept a young person out is what the team and governance need to hear about.
//! The barrier is linked to the young person through the gate (a write of their barriers, on the
//! ground of the introduction); the partner then follows it and sees its status and answer, never
//! the young people it concerns.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::domain::RaisedBy;
use super::flow;
use super::pages::{RaiseForm, domain_error};
use super::view::Choices;
use crate::access::{self, Action, Actor, Part, Tie};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::features::introductions::flow as intro_flow;
use crate::features::introductions::repo::Intro;
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{Form, PageCtx, render, see_other};

/// The category a stop reason points at: "geen plek" is a waiting list; other reasons leave the
/// choice to the partner.
pub fn suggested_category(reason: Option<&str>) -> &'static str {
    match reason {
        Some("no_place") => "waiting_list",
        _ => "",
    }
}

#[derive(Template)]
#[template(path = "barriers/partner.html")]
struct PartnerPage {
    page: PageCtx,
    intro: Intro,
    choices: Choices,
    form: RaiseForm,
    errors: FieldErrors,
}

fn stopped_for_partner(intro: &Intro, tie: Tie) -> AppResult<()> {
    // Only the partner's side of a stopped introduction raises from here; the team has its own form.
    if tie == Tie::Partner && intro.status().is_final() {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

async fn page_for(
    app: &AppState,
    page: PageCtx,
    intro: Intro,
    municipality_id: &str,
    form: RaiseForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let choices = Choices::load(&app.db, municipality_id, page.loc).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let p = PartnerPage {
        page,
        intro,
        choices,
        form,
        errors,
    };
    render(status, &p)
}

/// GET /introducties/{intro_id}/hindernis — the form; showing it reads the introduction only.
pub async fn new_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(intro_id): Path<String>,
) -> AppResult<Response> {
    let (intro, access) = intro_flow::gate(&app, &actor, &intro_id, Action::Read).await?;
    stopped_for_partner(&intro, access.tie)?;
    let form = RaiseForm {
        category: suggested_category(intro.reason.as_deref()).to_string(),
        ..RaiseForm::default()
    };
    let m = access.young.municipality_id.clone();
    page_for(&app, page, intro, &m, form, FieldErrors::new()).await
}

/// POST /introducties/{intro_id}/hindernis — raises the barrier, linked to the young person.
pub async fn new_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(intro_id): Path<String>,
    Form(form): Form<RaiseForm>,
) -> AppResult<Response> {
    let intro = crate::features::introductions::repo::one(&app.db, &intro_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let access = access::check_for_organization(
        &app,
        &actor,
        &intro.young_person_id,
        &intro.organization_id,
        Part::Barriers,
        Action::Write,
    )
    .await?;
    stopped_for_partner(&intro, access.tie)?;
    let m = access.young.municipality_id.clone();
    let choices = Choices::load(&app.db, &m, page.loc).await?;
    let result = if choices.has_domain(&form.life_domain) {
        let r = form.raise();
        flow::raise(&app, &actor, &m, Some(&access), RaisedBy::Partner, &r).await
    } else {
        Err(domain_error())
    };
    match result {
        Ok(id) => Ok(see_other(&format!("/hindernissen/{id}"))),
        Err(AppError::Validation(errors)) => page_for(&app, page, intro, &m, form, errors).await,
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::suggested_category;

    #[test]
    fn no_place_points_at_the_waiting_list() {
        assert_eq!(suggested_category(Some("no_place")), "waiting_list");
        for other in [Some("no_fit"), Some("stopped"), Some("no_contact"), None] {
            assert_eq!(suggested_category(other), "");
        }
    }
}
