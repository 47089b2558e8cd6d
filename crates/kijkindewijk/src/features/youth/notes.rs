//! Short structured notes by the team on the young person's timeline (contact, meeting,
//! agreement): written once, read by the young person (they are about them), shared with the team
//! only as the age rule allows; a contact or meeting is the caseload's "last contact". Only an
//! involved professional writes one: without an involvement the gate does not know the young person.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::validate;
use crate::access::{self, Action, Actor, Part, Tie};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::features::team::domain::NoteKind;
use crate::features::team::not_shared;
pub use crate::features::team::repo::notes::Note;
use crate::features::team::repo::notes::{self as repo, NewNote};
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{Form, PageCtx, render};

#[derive(Template)]
#[template(path = "youth/notes.html")]
struct NotesPage {
    page: PageCtx,
    nav: super::Nav,
    young: access::YoungPerson,
    notes: Vec<Note>,
    can_write: bool,
    form: NoteForm,
    errors: FieldErrors,
}

impl NotesPage {
    fn when(&self, n: &Note) -> String {
        super::format_moment(n.created_at)
    }
    fn kinds(&self) -> Vec<(String, String)> {
        NoteKind::ALL
            .iter()
            .map(|k| (k.as_str().to_string(), self.page.t(k.label_id())))
            .collect()
    }
}

/// The notes of a young person, newest first (for the download of one's own data).
pub async fn notes(db: &crate::db::Db, young_person_id: &str) -> Result<Vec<Note>, sqlx::Error> {
    repo::list(db, young_person_id).await
}

async fn page_for(
    app: &AppState,
    page: PageCtx,
    actor: &Actor,
    access: access::Access,
    form: NoteForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let notes = repo::list(&app.db, &access.young.id).await?;
    let can_write = access.tie == Tie::Professional && access.may(Action::Write);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let nav = super::nav(app, actor, &access).await?;
    let young = access.young;
    render(
        status,
        &NotesPage {
            page,
            nav,
            young,
            notes,
            can_write,
            form,
            errors,
        },
    )
}

/// GET /jongeren/{id}/notities
pub async fn notes_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    match access::check(&app, &actor, &id, Part::Notes, Action::Read).await {
        Ok(access) => {
            page_for(
                &app,
                page,
                &actor,
                access,
                NoteForm::default(),
                FieldErrors::new(),
            )
            .await
        }
        Err(AppError::NoConsent) => not_shared(&app, page, &actor, &id, Part::Notes).await,
        Err(e) => Err(e),
    }
}

/// The note form.
#[derive(Deserialize, Default)]
pub struct NoteForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    body: String,
}

/// POST /jongeren/{id}/notities — involved professionals only.
pub async fn notes_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Form(form): Form<NoteForm>,
) -> AppResult<Response> {
    let access = access::check(&app, &actor, &id, Part::Notes, Action::Write).await?;
    if access.tie != Tie::Professional {
        return Err(crate::error::AppError::Forbidden);
    }
    let mut errors = FieldErrors::new();
    let kind = NoteKind::parse(if form.kind.is_empty() {
        "contact"
    } else {
        &form.kind
    });
    if kind.is_none() {
        errors.add("kind", "notes-kind-invalid");
    }
    if form.body.trim().is_empty() {
        errors.add("body", "notes-required");
    }
    validate::text(&form.body, "body", &mut errors);
    let (Some(kind), true) = (kind, errors.is_empty()) else {
        return page_for(&app, page, &actor, access, form, errors).await;
    };
    let (user, name) = (&actor.user.id, &actor.user.display_name);
    let note = NewNote {
        young_person_id: &id,
        author_user_id: user,
        author_name: name,
        kind,
        body: &form.body,
        at: None,
    };
    let mut tx = app.db.begin().await?;
    repo::insert(&mut tx, &note).await?;
    super::repo::touch(&mut tx, &id).await?;
    tx.commit().await?;
    Ok(crate::web::flash::see_other(
        &app,
        &format!("/jongeren/{id}/notities"),
        "flash-note-saved",
    ))
}
