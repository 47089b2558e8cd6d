//! Public pages: the shown ideas, sharing one (with a preview step that shows similar ideas, no
//! JavaScript needed), one idea with support and report, and the confirmation links.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::domain::{self, IdeaForm};
use super::flow::{self, Supported, Supporter};
use super::repo::{self, Idea};
use super::view::{self, IdeaView, Places};
use crate::auth::MaybeUser;
use crate::crypto::sha256_hex;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{ClientIp, Form, PageCtx, html, render, see_other};

#[derive(Template)]
#[template(path = "ideas/list.html")]
struct ListPage {
    page: PageCtx,
    ideas: Vec<IdeaView>,
}

/// GET /ideeen
pub async fn list_get(State(app): State<AppState>, page: PageCtx) -> AppResult<Response> {
    let places = Places::load(&app).await?;
    let ideas = repo::published(&app.db, None, 200).await?;
    let ideas = ideas
        .iter()
        .map(|i| IdeaView::new(i, &places, None))
        .collect();
    html(&ListPage { page, ideas })
}

#[derive(Template)]
#[template(path = "ideas/new.html")]
struct NewPage {
    page: PageCtx,
    form: IdeaForm,
    errors: FieldErrors,
    wijken: Vec<view::Choice>,
    preview: bool,
    similar: Vec<(String, String)>,
}

async fn new_page(
    app: &AppState,
    page: PageCtx,
    form: IdeaForm,
    errors: FieldErrors,
    similar: Option<Vec<(String, String)>>,
) -> AppResult<Response> {
    let wijken = Places::load(app).await?.choices();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let preview = similar.is_some();
    let similar = similar.unwrap_or_default();
    render(
        status,
        &NewPage {
            page,
            form,
            errors,
            wijken,
            preview,
            similar,
        },
    )
}

/// GET /ideeen/nieuw
pub async fn new_get(State(app): State<AppState>, page: PageCtx) -> AppResult<Response> {
    new_page(&app, page, IdeaForm::default(), FieldErrors::new(), None).await
}

/// POST /ideeen/nieuw — `stap=voorbeeld` shows the preview with similar ideas (writes nothing);
/// `stap=versturen` stores the idea for moderation.
pub async fn new_post(
    State(app): State<AppState>,
    page: PageCtx,
    MaybeUser(user): MaybeUser,
    Form(form): Form<IdeaForm>,
) -> AppResult<Response> {
    let places = Places::load(&app).await?;
    let idea = match domain::check_idea(&form, &places.ids()) {
        Ok(i) => i,
        Err(e) => return new_page(&app, page, form, e, None).await,
    };
    let municipality = places
        .municipality_of(&idea.wijk_id)
        .ok_or(AppError::NotFound)?;
    if form.stap != "versturen" {
        let similar = similar_to(&app, Some(&municipality), &idea.title, &idea.body).await?;
        return new_page(&app, page, form, FieldErrors::new(), Some(similar)).await;
    }
    let author = user.as_ref().map(|u| u.id.as_str());
    flow::share(&app, &municipality, &idea, author).await?;
    Ok(see_other("/ideeen/verstuurd"))
}

/// Shown ideas like the one being written (id, title), best first.
async fn similar_to(
    app: &AppState,
    municipality: Option<&str>,
    title: &str,
    body: &str,
) -> AppResult<Vec<(String, String)>> {
    let shown = repo::published(&app.db, municipality, 300).await?;
    let candidates: Vec<(String, String, String)> =
        shown.into_iter().map(|i| (i.id, i.title, i.body)).collect();
    Ok(domain::similar(title, body, &candidates, 5)
        .into_iter()
        .map(|c| (c.0.clone(), c.1.clone()))
        .collect())
}

/// POST /ideeen/vergelijkbaar — the ideas like the one being typed, as JSON, for the form's small
/// script that shows them while someone types (without JavaScript the preview step shows the
/// same). A POST, so the typed text stays out of URLs; it writes nothing.
pub async fn similar_post(
    State(app): State<AppState>,
    Form(form): Form<IdeaForm>,
) -> AppResult<Response> {
    let places = Places::load(&app).await?;
    let municipality = places.municipality_of(&form.wijk);
    // words past the form's own limit add nothing to a lookup
    let cut = |t: &str| t.chars().take(domain::MAX_BODY).collect::<String>();
    let similar = similar_to(
        &app,
        municipality.as_deref(),
        &cut(&form.title),
        &cut(&form.body),
    )
    .await?;
    let ideas: Vec<serde_json::Value> = similar
        .into_iter()
        .map(|(id, title)| serde_json::json!({ "url": format!("/ideeen/{id}"), "title": title }))
        .collect();
    Ok(axum::Json(serde_json::json!({ "ideas": ideas })).into_response())
}

#[derive(Template)]
#[template(path = "ideas/notice.html")]
struct NoticePage {
    page: PageCtx,
    title_id: &'static str,
    text_id: &'static str,
    back: String,
}

fn notice(
    page: PageCtx,
    status: StatusCode,
    title_id: &'static str,
    text_id: &'static str,
    back: String,
) -> AppResult<Response> {
    render(
        status,
        &NoticePage {
            page,
            title_id,
            text_id,
            back,
        },
    )
}

/// GET /ideeen/verstuurd
pub async fn sent_get(page: PageCtx) -> AppResult<Response> {
    notice(
        page,
        StatusCode::OK,
        "idea-sent-title",
        "idea-sent-text",
        "/ideeen".into(),
    )
}

#[derive(Template)]
#[template(path = "ideas/detail.html")]
struct DetailPage {
    page: PageCtx,
    idea: IdeaView,
    email: String,
    errors: FieldErrors,
}

async fn public_idea(app: &AppState, id: &str) -> AppResult<Idea> {
    repo::get(&app.db, id)
        .await?
        .filter(|i| domain::Status::parse(&i.status).is_some_and(domain::is_public))
        .ok_or(AppError::NotFound)
}

async fn detail(
    app: &AppState,
    page: PageCtx,
    idea: &Idea,
    email: String,
    errors: FieldErrors,
) -> AppResult<Response> {
    let places = Places::load(app).await?;
    let barrier = match &idea.barrier_id {
        Some(b) => {
            crate::features::barriers::seam::public_title(&app.db, &idea.municipality_id, b).await?
        }
        None => None,
    };
    let idea = IdeaView::new(idea, &places, barrier);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(
        status,
        &DetailPage {
            page,
            idea,
            email,
            errors,
        },
    )
}

/// GET /ideeen/{id}
pub async fn detail_get(
    State(app): State<AppState>,
    page: PageCtx,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let idea = public_idea(&app, &id).await?;
    detail(&app, page, &idea, String::new(), FieldErrors::new()).await
}

/// The support form.
#[derive(serde::Deserialize, Default)]
pub struct SupportForm {
    #[serde(default)]
    email: String,
}

/// POST /ideeen/{id}/steunen — once per account, or per confirmed address for visitors.
pub async fn support_post(
    State(app): State<AppState>,
    page: PageCtx,
    MaybeUser(user): MaybeUser,
    Path(id): Path<String>,
    Form(form): Form<SupportForm>,
) -> AppResult<Response> {
    let idea = public_idea(&app, &id).await?;
    let email = form.email.trim().to_lowercase();
    let who = match &user {
        Some(u) => Supporter::User(&u.id),
        None if crate::web::validate::looks_like_email(&email) => Supporter::Email(&email),
        None => {
            let mut e = FieldErrors::new();
            e.add("email", "idea-error-email");
            return detail(&app, page, &idea, form.email, e).await;
        }
    };
    match flow::support(&app, &idea, who).await? {
        Supported::Counted => Ok(see_other(&format!("/ideeen/{id}#steun"))),
        Supported::MailSent => notice(
            page,
            StatusCode::OK,
            "idea-support-mail-title",
            "idea-support-mail-text",
            format!("/ideeen/{id}"),
        ),
        Supported::Twice => {
            let mut e = FieldErrors::new();
            e.add(
                if user.is_some() { "support" } else { "email" },
                "idea-error-twice",
            );
            detail(&app, page, &idea, form.email, e).await
        }
    }
}

/// POST /ideeen/{id}/melden — one report per reader; past the threshold the idea is hidden.
pub async fn report_post(
    State(app): State<AppState>,
    page: PageCtx,
    MaybeUser(user): MaybeUser,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
) -> AppResult<Response> {
    public_idea(&app, &id).await?;
    let key = match (&user, ip) {
        (Some(u), _) => format!("u:{}", u.id),
        (None, Some(ip)) => format!("a:{}", app.keyed_hash(&ip.to_string())),
        (None, None) => format!("a:{}", crate::db::new_id()),
    };
    flow::report(&app, &id, &key).await?;
    notice(
        page,
        StatusCode::OK,
        "idea-reported-title",
        "idea-reported-text",
        "/ideeen".into(),
    )
}

#[derive(Template)]
#[template(path = "ideas/confirm.html")]
struct ConfirmPage {
    page: PageCtx,
    idea: IdeaView,
    kind: &'static str,
    done: bool,
}

async fn confirm_page(
    app: &AppState,
    page: PageCtx,
    token: &str,
    done_now: bool,
) -> AppResult<Response> {
    let (idea_id, kind, confirmed) = repo::by_token(&app.db, &sha256_hex(token))
        .await?
        .ok_or(AppError::NotFound)?;
    let idea = repo::get(&app.db, &idea_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let places = Places::load(app).await?;
    let idea = IdeaView::new(&idea, &places, None);
    let _ = done_now;
    html(&ConfirmPage {
        page,
        idea,
        kind,
        done: confirmed,
    })
}

/// GET /ideeen/bevestigen/{token} — asks to confirm (a GET writes nothing).
pub async fn confirm_get(
    State(app): State<AppState>,
    page: PageCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    confirm_page(&app, page, &token, false).await
}

/// POST /ideeen/bevestigen/{token} — confirms the support or the following.
pub async fn confirm_post(
    State(app): State<AppState>,
    page: PageCtx,
    Path(token): Path<String>,
) -> AppResult<Response> {
    repo::confirm(&app.db, &sha256_hex(&token)).await?;
    confirm_page(&app, page, &token, true).await
}
