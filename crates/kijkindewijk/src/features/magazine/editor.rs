//! The redacteur's magazine: every article with its status, and one form to write, preview,
//! publish, schedule or take back an article.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::domain::{self, Choices as Allowed, Input, Status};
use super::publish;
use super::repo::{self, Article};
use super::view::Card;
use crate::auth::{CurrentUser, Role};
use crate::clock::amsterdam_offset;
use crate::db::now;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::features::site::{image, repo as site_repo};
use crate::features::socialmap::search::index_terms;
use crate::places::repo as places;
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::markdown;
use crate::web::{Form, PageCtx, html, render, see_other};

#[derive(Template)]
#[template(path = "magazine/editor_list.html")]
struct ListPage {
    page: PageCtx,
    cards: Vec<Card>,
}

/// GET /redactie/magazine
pub async fn list_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    user.require(Role::Redacteur)?;
    let kinds = repo::kinds(&app.db).await?;
    let rows = repo::all(&app.db).await?;
    let cards = rows.iter().map(|a| Card::of(a, &kinds, page.loc)).collect();
    html(&ListPage { page, cards })
}

/// The article form.
#[derive(Deserialize, Default, Clone)]
pub struct ArticleForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    author: String,
    #[serde(default)]
    lead: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    tags: String,
    #[serde(default)]
    wijk_id: String,
    #[serde(default)]
    cover: String,
    /// `concept`, `nu` or `gepland`.
    #[serde(default)]
    publicatie: String,
    #[serde(default)]
    datum: String,
    #[serde(default)]
    tijd: String,
    /// `voorbeeld` shows a preview; anything else saves.
    #[serde(default)]
    actie: String,
}

impl ArticleForm {
    fn input(&self) -> Input<'_> {
        Input {
            kind: &self.kind,
            title: &self.title,
            author: &self.author,
            lead: &self.lead,
            body: &self.body,
            tags: &self.tags,
            wijk_id: &self.wijk_id,
            cover: &self.cover,
            publication: &self.publicatie,
            date: &self.datum,
            time: &self.tijd,
        }
    }

    fn of(a: &Article, tags: Vec<String>) -> ArticleForm {
        let (publicatie, datum, tijd) = match (Status::parse(&a.status), a.publish_at) {
            (Status::Published, _) => ("nu", String::new(), String::new()),
            (Status::Scheduled, Some(at)) => {
                let l = at.to_offset(amsterdam_offset(at));
                let d = format!("{}-{:02}-{:02}", l.year(), l.month() as u8, l.day());
                ("gepland", d, format!("{:02}:{:02}", l.hour(), l.minute()))
            }
            _ => ("concept", String::new(), String::new()),
        };
        ArticleForm {
            kind: a.kind.clone(),
            title: a.title.clone(),
            author: a.author.clone(),
            lead: a.lead.clone(),
            body: a.body.clone(),
            tags: tags.join(", "),
            wijk_id: a.wijk_id.clone().unwrap_or_default(),
            cover: a.cover_hash.clone().unwrap_or_default(),
            publicatie: publicatie.into(),
            datum,
            tijd,
            actie: String::new(),
        }
    }
}

/// The choices of the form: (value, label) pairs.
pub struct FormChoices {
    kinds: Vec<(String, String)>,
    wijken: Vec<(String, String)>,
    covers: Vec<(String, String)>,
}

impl FormChoices {
    async fn load(app: &AppState, municipality_id: &str, page: &PageCtx) -> AppResult<FormChoices> {
        let kinds = repo::kinds(&app.db).await?;
        let wijken = places::wijken(&app.db, municipality_id).await?;
        let images = site_repo::images(&app.db).await?;
        Ok(FormChoices {
            kinds: kinds
                .iter()
                .map(|k| {
                    (
                        k.code.clone(),
                        super::view::kind_name(&kinds, &k.code, page.loc),
                    )
                })
                .collect(),
            wijken: wijken.into_iter().map(|w| (w.id, w.name)).collect(),
            covers: images
                .into_iter()
                .filter(|i| image::Kind::from_content_type(&i.content_type).is_some())
                .map(|i| (i.hash, i.alt))
                .collect(),
        })
    }

    fn values(list: &[(String, String)]) -> Vec<String> {
        list.iter().map(|(v, _)| v.clone()).collect()
    }
}

#[derive(Template)]
#[template(path = "magazine/edit.html")]
struct EditPage {
    page: PageCtx,
    action: String,
    form: ArticleForm,
    choices: FormChoices,
    errors: FieldErrors,
    preview: Option<String>,
    public_path: Option<String>,
}

/// GET /redactie/magazine/nieuw
pub async fn new_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    let grant = user.require(Role::Redacteur)?;
    let choices = FormChoices::load(&app, &grant.municipality_id, &page).await?;
    let form = ArticleForm {
        author: user.display_name.clone(),
        publicatie: "concept".into(),
        ..ArticleForm::default()
    };
    let action = "/redactie/magazine/nieuw".to_string();
    let errors = FieldErrors::new();
    html(&EditPage {
        page,
        action,
        form,
        choices,
        errors,
        preview: None,
        public_path: None,
    })
}

/// POST /redactie/magazine/nieuw
pub async fn new_post(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Form(form): Form<ArticleForm>,
) -> AppResult<Response> {
    save(&app, page, &user, None, form).await
}

/// GET /redactie/magazine/{id}
pub async fn edit_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let grant = user.require(Role::Redacteur)?;
    let a = repo::article(&app.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let tags = repo::tags_of(&app.db, std::slice::from_ref(&a.id)).await?;
    let form = ArticleForm::of(&a, tags.into_iter().map(|(_, t)| t).collect());
    let choices = FormChoices::load(&app, &grant.municipality_id, &page).await?;
    let public_path =
        (Status::parse(&a.status) == Status::Published).then(|| format!("/magazine/{id}"));
    let action = format!("/redactie/magazine/{id}");
    let errors = FieldErrors::new();
    html(&EditPage {
        page,
        action,
        form,
        choices,
        errors,
        preview: None,
        public_path,
    })
}

/// POST /redactie/magazine/{id}
pub async fn edit_post(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Path(id): Path<String>,
    Form(form): Form<ArticleForm>,
) -> AppResult<Response> {
    user.require(Role::Redacteur)?;
    let a = repo::article(&app.db, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    save(&app, page, &user, Some(a), form).await
}

/// Preview, or check and store (a scheduled article queues the publish job in the same
/// transaction); a form that fails comes back with what was typed.
async fn save(
    app: &AppState,
    page: PageCtx,
    user: &CurrentUser,
    before: Option<Article>,
    form: ArticleForm,
) -> AppResult<Response> {
    let grant = user.require(Role::Redacteur)?;
    let choices = FormChoices::load(app, &grant.municipality_id, &page).await?;
    let (kinds, wijken, covers) = (
        FormChoices::values(&choices.kinds),
        FormChoices::values(&choices.wijken),
        FormChoices::values(&choices.covers),
    );
    let allowed = Allowed {
        kinds: &kinds,
        wijken: &wijken,
        covers: &covers,
    };
    let prior = before
        .as_ref()
        .map(|a| (Status::parse(&a.status), a.publish_at));
    let checked = domain::check(&form.input(), &allowed, now(), prior);
    let action = match &before {
        Some(a) => format!("/redactie/magazine/{}", a.id),
        None => "/redactie/magazine/nieuw".into(),
    };
    let (status, errors) = match checked {
        Ok(c) if form.actie != "voorbeeld" => {
            let terms = index_terms(&domain::search_text(&c));
            let mut tx = app.db.begin().await?;
            match &before {
                Some(a) => {
                    repo::update(&mut tx, &a.id, &c, &terms).await?;
                }
                None => {
                    repo::insert(&mut tx, &c, &terms, Some(&user.id), now()).await?;
                }
            }
            if let (Status::Scheduled, Some(at)) = (c.status, c.publish_at) {
                publish::schedule(&mut tx, at).await?;
            }
            tx.commit().await?;
            return Ok(see_other("/redactie/magazine"));
        }
        Ok(_) => (StatusCode::OK, FieldErrors::new()),
        Err(errors) => (StatusCode::UNPROCESSABLE_ENTITY, errors),
    };
    let preview = Some(markdown::to_html(&form.body));
    render(
        status,
        &EditPage {
            page,
            action,
            form,
            choices,
            errors,
            preview,
            public_path: None,
        },
    )
}
