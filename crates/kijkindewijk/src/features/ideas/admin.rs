//! The redacteur's screens: the moderation queue (new ideas and ideas hidden after reports) with
//! decisions in bulk, and the official answer with its state and an optional barrier.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::domain::{self, AnswerForm, AnswerState, Decision, Status};
use super::flow;
use super::repo;
use super::view::{Choice, IdeaView, Places};
use crate::auth::{CurrentUser, Role};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::features::barriers::seam as barriers;
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{Form, PageCtx, render, see_other};

fn municipality(user: &CurrentUser) -> AppResult<String> {
    Ok(user.require(Role::Redacteur)?.municipality_id.clone())
}

#[derive(Template)]
#[template(path = "ideas/moderation.html")]
struct ModerationPage {
    page: PageCtx,
    queue: Vec<IdeaView>,
    shown: Vec<IdeaView>,
    errors: FieldErrors,
}

async fn moderation(
    app: &AppState,
    page: PageCtx,
    m: &str,
    errors: FieldErrors,
) -> AppResult<Response> {
    let places = Places::load(app).await?;
    let view = |list: Vec<repo::Idea>| {
        list.iter()
            .map(|i| IdeaView::new(i, &places, None))
            .collect()
    };
    let queue = view(repo::with_status(&app.db, m, &[Status::Pending, Status::Hidden]).await?);
    let shown = view(repo::with_status(&app.db, m, &[Status::Published]).await?);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(
        status,
        &ModerationPage {
            page,
            queue,
            shown,
            errors,
        },
    )
}

/// GET /redactie/ideeen
pub async fn moderation_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    let m = municipality(&user)?;
    moderation(&app, page, &m, FieldErrors::new()).await
}

/// The bulk form: the ticked ideas and one decision.
#[derive(serde::Deserialize, Default)]
pub struct BulkForm {
    #[serde(default)]
    ids: Vec<String>,
    #[serde(default)]
    decision: String,
}

/// POST /redactie/ideeen — publishes or refuses the ticked ideas at once.
pub async fn moderation_post(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Form(form): Form<BulkForm>,
) -> AppResult<Response> {
    let m = municipality(&user)?;
    let mut errors = FieldErrors::new();
    let decision = Decision::parse(&form.decision);
    if form.ids.is_empty() {
        errors.add("ids", "idea-error-none-ticked");
    }
    match decision {
        Some(d) if errors.is_empty() => {
            flow::moderate(&app, &m, &form.ids, d)
                .await?
                .ok_or(AppError::NotFound)?;
            Ok(see_other("/redactie/ideeen"))
        }
        _ => {
            if decision.is_none() {
                errors.add("decision", "idea-error-decision");
            }
            moderation(&app, page, &m, errors).await
        }
    }
}

#[derive(Template)]
#[template(path = "ideas/answer.html")]
struct AnswerPage {
    page: PageCtx,
    idea: IdeaView,
    form: AnswerForm,
    errors: FieldErrors,
    states: Vec<Choice>,
    barriers: Vec<Choice>,
}

async fn answer_page(
    app: &AppState,
    page: PageCtx,
    idea: &repo::Idea,
    form: AnswerForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let places = Places::load(app).await?;
    let states = AnswerState::ALL
        .iter()
        .map(|s| Choice {
            value: s.as_str().into(),
            label: page.t(&s.label_id()),
        })
        .collect();
    let barriers = barriers::public_titles(&app.db, &idea.municipality_id)
        .await?
        .into_iter()
        .map(|(value, label)| Choice { value, label })
        .collect();
    let idea = IdeaView::new(idea, &places, None);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(
        status,
        &AnswerPage {
            page,
            idea,
            form,
            errors,
            states,
            barriers,
        },
    )
}

async fn own(app: &AppState, user: &CurrentUser, id: &str) -> AppResult<repo::Idea> {
    let m = municipality(user)?;
    repo::get(&app.db, id)
        .await?
        .filter(|i| i.municipality_id == m)
        .ok_or(AppError::NotFound)
}

/// GET /redactie/ideeen/{id}
pub async fn answer_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let idea = own(&app, &user, &id).await?;
    let form = AnswerForm {
        state: idea.answer_state.clone().unwrap_or_default(),
        text: idea.answer_text.clone(),
        barrier: idea.barrier_id.clone().unwrap_or_default(),
    };
    answer_page(&app, page, &idea, form, FieldErrors::new()).await
}

/// POST /redactie/ideeen/{id} — the official answer; followers get it by e-mail.
pub async fn answer_post(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(form): Form<AnswerForm>,
) -> AppResult<Response> {
    let idea = own(&app, &user, &id).await?;
    let mut checked = domain::check_answer(&form);
    let barrier = match form.barrier.as_str() {
        "" => None,
        b => barriers::public_title(&app.db, &idea.municipality_id, b)
            .await?
            .map(|_| b.to_string()),
    };
    if !form.barrier.is_empty() && barrier.is_none() {
        let mut e = checked.clone().err().unwrap_or_default();
        e.add("barrier", "idea-error-barrier");
        checked = Err(e);
    }
    let (state, text) = match checked {
        Ok(v) => v,
        Err(e) => return answer_page(&app, page, &idea, form, e).await,
    };
    flow::answer(
        &app,
        &idea,
        state,
        &text,
        &user.display_name,
        barrier.as_deref(),
    )
    .await?;
    Ok(see_other("/redactie/ideeen"))
}
