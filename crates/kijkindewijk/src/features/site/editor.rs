//! The redacteur's screens for the public pages: the list, and one form per page with both
//! languages, a preview and saving.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::pages::{self, Slug};
use super::{repo, text};
use crate::auth::{CurrentUser, Role};
use crate::clock::format_moment;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::markdown;
use crate::web::{Form, PageCtx, html, render, see_other};

/// One line of the list of pages.
pub struct PageLine {
    /// Slug for the edit link.
    pub slug: &'static str,
    /// Public path.
    pub path: &'static str,
    /// Title in the reader's language.
    pub title: String,
    /// Last change, if ever edited.
    pub changed: Option<String>,
}

#[derive(Template)]
#[template(path = "site/editor_list.html")]
struct ListPage {
    page: PageCtx,
    lines: Vec<PageLine>,
}

/// GET /redactie/paginas
pub async fn list_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    user.require(Role::Redacteur)?;
    let changes = repo::changes(&app.db).await?;
    let mut lines = Vec::new();
    for slug in Slug::ALL {
        lines.push(PageLine {
            slug: slug.as_str(),
            path: slug.path(),
            title: text(&app.db, slug, page.loc).await?.0,
            changed: changes
                .iter()
                .rfind(|(s, _)| s == slug.as_str())
                .map(|(_, at)| format_moment(*at)),
        });
    }
    html(&ListPage { page, lines })
}

/// The page form: title and Markdown per language.
#[derive(Deserialize, Default, Clone)]
pub struct PageForm {
    #[serde(default)]
    title_nl: String,
    #[serde(default)]
    body_nl: String,
    #[serde(default)]
    title_en: String,
    #[serde(default)]
    body_en: String,
    /// `voorbeeld` shows a preview; anything else saves.
    #[serde(default)]
    actie: String,
}

#[derive(Template)]
#[template(path = "site/editor_page.html")]
struct EditPage {
    page: PageCtx,
    slug: &'static str,
    path: &'static str,
    form: PageForm,
    errors: FieldErrors,
    preview: Option<(String, String)>,
}

fn slug_of(s: &str) -> AppResult<Slug> {
    Slug::parse(s).ok_or(AppError::NotFound)
}

/// GET /redactie/paginas/{slug}
pub async fn edit_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    user.require(Role::Redacteur)?;
    let slug = slug_of(&slug)?;
    let (title_nl, body_nl) = text(&app.db, slug, Locale::Nl).await?;
    let (title_en, body_en) = text(&app.db, slug, Locale::En).await?;
    let form = PageForm {
        title_nl,
        body_nl,
        title_en,
        body_en,
        actie: String::new(),
    };
    html(&EditPage {
        page,
        slug: slug.as_str(),
        path: slug.path(),
        form,
        errors: FieldErrors::new(),
        preview: None,
    })
}

/// POST /redactie/paginas/{slug} — preview, or check and save both languages at once.
pub async fn edit_post(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Path(slug): Path<String>,
    Form(form): Form<PageForm>,
) -> AppResult<Response> {
    user.require(Role::Redacteur)?;
    let slug = slug_of(&slug)?;
    let mut errors = FieldErrors::new();
    pages::check_text(&form.title_nl, &form.body_nl, "_nl", &mut errors);
    pages::check_text(&form.title_en, &form.body_en, "_en", &mut errors);
    let preview = form.actie == "voorbeeld";
    if errors.is_empty() && !preview {
        let mut tx = app.db.begin().await?;
        let texts = [
            ("nl", &form.title_nl, &form.body_nl),
            ("en", &form.title_en, &form.body_en),
        ];
        for (lang, title, body) in texts {
            repo::save_page(&mut tx, slug.as_str(), lang, title, body, &user.id).await?;
        }
        tx.commit().await?;
        return Ok(see_other("/redactie/paginas"));
    }
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let preview = Some((
        markdown::to_html(&form.body_nl),
        markdown::to_html(&form.body_en),
    ));
    render(
        status,
        &EditPage {
            page,
            slug: slug.as_str(),
            path: slug.path(),
            form,
            errors,
            preview,
        },
    )
}
