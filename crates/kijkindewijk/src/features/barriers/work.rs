//! The team's work on a barrier: the Omgekeerde Toets step by step, the escalation (with the
//! toets's argument reused), and the official answer of the level it was escalated to.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::domain::{Level, Status, Step, Toets};
use super::flow::{self, Viewer};
use super::pages::{Typed, detail};
use super::repo::{self, Barrier, ToetsMeta};
use super::view::AnswerTyped;
use crate::access::Actor;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{Form, PageCtx, render, see_other};

#[derive(Template)]
#[template(path = "barriers/toets.html")]
struct ToetsPage {
    page: PageCtx,
    b: Barrier,
    toets: Toets,
    meta: Option<ToetsMeta>,
    steps: [Step; 6],
    current: Option<Step>,
    editable: bool,
    typed: ToetsForm,
    errors: FieldErrors,
    no_errors: FieldErrors,
}

impl ToetsPage {
    fn answer(&self, s: &Step) -> String {
        let t = &self.toets;
        match s {
            Step::Need => t.need.clone(),
            Step::Effect => t.effect.clone(),
            Step::Purpose => t.purpose.clone(),
            Step::Fairness => t.fairness.clone(),
            Step::Legal => t.legal.clone(),
            Step::Proposal => t.argument.clone(),
        }
    }
    /// The text in the step's box: what was typed when it was refused, else what is saved.
    fn value(&self, s: &Step) -> String {
        if self.typed.step == s.as_str() {
            if *s == Step::Proposal {
                self.typed.argument.clone()
            } else {
                self.typed.text.clone()
            }
        } else {
            self.answer(s)
        }
    }
    fn choice(&self, s: &Step) -> String {
        if self.typed.step == s.as_str() {
            return self.typed.choice.clone();
        }
        match s {
            Step::Purpose => self.toets.purpose_served.clone(),
            Step::Proposal => self.toets.proposal.clone(),
            _ => String::new(),
        }
    }
    /// A step's form shows when every step before it is answered, and also for a step that was
    /// just refused, so what was typed comes back.
    /// The step whose fields carry the plain ids (`f-text`) the error summary links to: the step
    /// that was sent and refused, else the step to do now. Every other step's fields get their own.
    fn is_focus(&self, s: &Step) -> bool {
        if self.errors.is_empty() {
            self.current == Some(*s)
        } else {
            self.typed.step == s.as_str()
        }
    }
    fn field_id(&self, s: &Step, name: &str) -> String {
        if self.is_focus(s) {
            name.to_string()
        } else {
            format!("{name}-{}", s.as_str())
        }
    }
    /// A refusal shows only at the step that was sent.
    fn errors_of(&self, s: &Step) -> &FieldErrors {
        if self.typed.step == s.as_str() {
            &self.errors
        } else {
            &self.no_errors
        }
    }
    fn open(&self, s: &Step) -> bool {
        self.editable && (self.toets.open_for(*s) || self.typed.step == s.as_str())
    }
    fn moment(&self, m: &ToetsMeta) -> String {
        crate::features::youth::format_moment(m.at)
    }
}

/// One step of the toets.
#[derive(Deserialize, Default, Clone)]
pub struct ToetsForm {
    #[serde(default)]
    step: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    choice: String,
    #[serde(default)]
    argument: String,
}

async fn toets_page(
    app: &AppState,
    page: PageCtx,
    b: Barrier,
    typed: ToetsForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let (toets, meta) = repo::toets(&app.db, &b.id).await?;
    let s = b.status();
    let editable = !s.is_closed() && s != Status::Escalated && b.merged_into_id.is_none();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let current = toets.current();
    render(
        status,
        &ToetsPage {
            page,
            b,
            current,
            toets,
            meta,
            steps: Step::ALL,
            editable,
            typed,
            errors,
            no_errors: FieldErrors::new(),
        },
    )
}

/// GET /hindernissen/{barrier_id}/toets
pub async fn toets_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (b, _) = flow::team_gate(&app, &actor, &id).await?;
    toets_page(&app, page, b, ToetsForm::default(), FieldErrors::new()).await
}

/// POST /hindernissen/{barrier_id}/toets — saves one step; the next one opens.
pub async fn toets_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Form(form): Form<ToetsForm>,
) -> AppResult<Response> {
    let (b, _) = flow::team_gate(&app, &actor, &id).await?;
    let result = match Step::parse(&form.step) {
        Some(step) => {
            let input = (
                form.text.as_str(),
                form.choice.as_str(),
                form.argument.as_str(),
            );
            flow::save_step(&app, &actor, &b, step, input).await
        }
        None => {
            let mut e = FieldErrors::new();
            e.add("step", "toets-error-order");
            Err(AppError::Validation(e))
        }
    };
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/hindernissen/{id}/toets#stap-{}",
            form.step
        ))),
        Err(AppError::Validation(errors)) => {
            let b = repo::one(&app.db, &id).await?.ok_or(AppError::NotFound)?;
            toets_page(&app, page, b, form, errors).await
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "barriers/escalate.html")]
struct EscalatePage {
    page: PageCtx,
    b: Barrier,
    levels: [Level; 3],
    form: EscalateForm,
    toets_done: bool,
    errors: FieldErrors,
}

/// The escalation form.
#[derive(Deserialize, Default, Clone)]
pub struct EscalateForm {
    #[serde(default)]
    level: String,
    #[serde(default)]
    deadline: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    argument: String,
    #[serde(default)]
    no_personal_data: Option<String>,
    #[serde(default)]
    version: i64,
}

/// GET /hindernissen/{barrier_id}/escaleren — the argument of the toets is filled in already.
pub async fn escalate_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (b, _) = flow::team_gate(&app, &actor, &id).await?;
    let (toets, _) = repo::toets(&app.db, &b.id).await?;
    let form = EscalateForm {
        level: "policy".into(),
        title: b.title.clone(),
        argument: toets.argument.clone(),
        version: b.version,
        ..EscalateForm::default()
    };
    let toets_done = toets.current().is_none();
    let levels = Level::ALL;
    let errors = FieldErrors::new();
    render(
        StatusCode::OK,
        &EscalatePage {
            page,
            b,
            levels,
            form,
            toets_done,
            errors,
        },
    )
}

/// POST /hindernissen/{barrier_id}/escaleren
pub async fn escalate_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Form(form): Form<EscalateForm>,
) -> AppResult<Response> {
    let (b, grant) = flow::team_gate(&app, &actor, &id).await?;
    let input = flow::EscalateInput {
        level: &form.level,
        deadline: &form.deadline,
        title: &form.title,
        argument: &form.argument,
        no_personal_data: form.no_personal_data.is_some(),
        version: form.version,
    };
    match flow::escalate(&app, &actor, &b, &grant, &input).await {
        Ok(()) => Ok(see_other(&format!("/hindernissen/{id}"))),
        Err(AppError::Validation(errors)) => {
            let toets_done = repo::toets(&app.db, &b.id).await?.0.current().is_none();
            let (levels, status) = (Level::ALL, StatusCode::UNPROCESSABLE_ENTITY);
            render(
                status,
                &EscalatePage {
                    page,
                    b,
                    levels,
                    form,
                    toets_done,
                    errors,
                },
            )
        }
        Err(e) => Err(e),
    }
}

/// The answer form.
#[derive(Deserialize, Default, Clone)]
pub struct AnswerForm {
    #[serde(default)]
    escalation: String,
    #[serde(default)]
    answer: String,
    #[serde(default)]
    state: String,
}

/// POST /hindernissen/{barrier_id}/antwoord — the official answer of the level escalated to.
pub async fn answer_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Form(form): Form<AnswerForm>,
) -> AppResult<Response> {
    let (b, viewer) = flow::gate(&app, &actor, &id).await?;
    if matches!(viewer, Viewer::Follower) {
        return Err(AppError::NotFound);
    }
    let input = flow::AnswerInput {
        escalation_id: &form.escalation,
        text: &form.answer,
        state: &form.state,
    };
    match flow::answer(&app, &actor, &b, &input).await {
        Ok(()) => Ok(see_other(&format!("/hindernissen/{id}"))),
        Err(AppError::Validation(errors)) => {
            let found = flow::gate(&app, &actor, &id).await?;
            let answer = AnswerTyped {
                text: form.answer,
                state: form.state,
            };
            let typed = Typed {
                answer,
                ..Typed::default()
            };
            detail(&app, page, &actor, found, typed, errors).await
        }
        Err(e) => Err(e),
    }
}
