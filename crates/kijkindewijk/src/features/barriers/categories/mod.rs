//! Beheer of a municipality's barrier categories: the default list until the beheerder changes
//! it, then the municipality's own list. A category in use keeps its key, so renaming never
//! changes what a recorded barrier says; it cannot be removed while a barrier uses it.

pub mod rules;

use std::collections::HashMap;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use self::rules::Change;
use super::domain;
use super::repo::{self, Category};
use crate::auth::{CurrentUser, Role};
use crate::error::{AppResult, FieldErrors};
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::extract::Query;
use crate::web::{Form, PageCtx, render, see_other};

/// One row of the page.
pub struct Row {
    /// Key.
    pub key: String,
    /// Dutch name.
    pub name_nl: String,
    /// English name.
    pub name_en: String,
    /// Barriers that use it.
    pub used: i64,
}

#[derive(Template)]
#[template(path = "barriers/categories.html")]
struct CategoriesPage {
    page: PageCtx,
    rows: Vec<Row>,
    is_default: bool,
    saved: bool,
    form: CategoryForm,
    errors: FieldErrors,
}

/// The form: what to do, to which category, with which names.
#[derive(Deserialize, Default, Clone)]
pub struct CategoryForm {
    #[serde(default)]
    actie: String,
    #[serde(default)]
    key: String,
    #[serde(default)]
    name_nl: String,
    #[serde(default)]
    name_en: String,
}

impl CategoryForm {
    fn change(&self) -> Option<Change> {
        let (key, nl, en) = (self.key.clone(), self.name_nl.clone(), self.name_en.clone());
        Some(match self.actie.as_str() {
            "toevoegen" => Change::Add { nl, en },
            "hernoemen" => Change::Rename { key, nl, en },
            "omhoog" => Change::Up(key),
            "omlaag" => Change::Down(key),
            "verwijderen" => Change::Remove(key),
            _ => return None,
        })
    }
}

/// `?opgeslagen` after a change.
#[derive(Deserialize, Default)]
pub struct Saved {
    opgeslagen: Option<String>,
}

/// The list in force with names filled in: a default category gets its translations.
fn named(list: Vec<Category>) -> Vec<Category> {
    list.into_iter()
        .map(|c| {
            if c.name_nl.is_empty() {
                let id = domain::category_label_id(&c.key);
                Category {
                    name_nl: Locale::Nl.t(&id),
                    name_en: Locale::En.t(&id),
                    key: c.key,
                }
            } else {
                c
            }
        })
        .collect()
}

async fn load(app: &AppState, m: &str) -> AppResult<(Vec<Category>, bool, HashMap<String, i64>)> {
    let list = repo::categories(&app.db, m).await?;
    let is_default = list.iter().all(|c| c.name_nl.is_empty());
    let used = repo::category_use(&app.db, m).await?;
    Ok((named(list), is_default, used))
}

async fn page_for(
    app: &AppState,
    page: PageCtx,
    m: &str,
    (form, errors, saved): (CategoryForm, FieldErrors, bool),
) -> AppResult<Response> {
    let (list, is_default, used) = load(app, m).await?;
    let rows = list
        .into_iter()
        .map(|c| Row {
            used: used.get(&c.key).copied().unwrap_or(0),
            key: c.key,
            name_nl: c.name_nl,
            name_en: c.name_en,
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let p = CategoriesPage {
        page,
        rows,
        is_default,
        saved,
        form,
        errors,
    };
    render(status, &p)
}

/// GET /beheer/hindernis-categorieen
pub async fn list_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Query(q): Query<Saved>,
) -> AppResult<Response> {
    let m = user.require(Role::Beheerder)?.municipality_id.clone();
    let typed = (
        CategoryForm::default(),
        FieldErrors::new(),
        q.opgeslagen.is_some(),
    );
    page_for(&app, page, &m, typed).await
}

/// POST /beheer/hindernis-categorieen — one change; the first turns the default list into the
/// municipality's own.
pub async fn change_post(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    Form(form): Form<CategoryForm>,
) -> AppResult<Response> {
    let m = user.require(Role::Beheerder)?.municipality_id.clone();
    let (list, _, used) = load(&app, &m).await?;
    let result = match form.change() {
        Some(change) => rules::apply(&list, &change, &used),
        None => Err(FieldErrors::one("key", "category-error-unknown")),
    };
    match result {
        Ok(new) => {
            let mut tx = app.db.begin().await?;
            repo::replace_categories(&mut tx, &m, &new).await?;
            tx.commit().await?;
            Ok(see_other(
                "/beheer/hindernis-categorieen?opgeslagen=1#categorieen",
            ))
        }
        Err(errors) => page_for(&app, page, &m, (form, errors, false)).await,
    }
}
