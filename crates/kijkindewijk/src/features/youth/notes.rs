//! Short notes by the team on the young person's timeline: written once, read by the young person
//! (they are about them), shared with the team only as the age rule allows.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use sea_query::{Expr, Iden, Order, Query};
use serde::Deserialize;
use time::OffsetDateTime;

use super::validate;
use crate::access::{self, Action, Actor, Part, Tie};
use crate::db::{new_id, now};
use crate::error::{AppResult, FieldErrors};
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{Form, PageCtx, render, see_other};

#[derive(Iden, Clone, Copy)]
enum YouthNotes {
    Table,
    Id,
    YoungPersonId,
    AuthorUserId,
    AuthorName,
    Body,
    CreatedAt,
}

/// A note as shown.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Note {
    /// Who wrote it.
    pub author_name: String,
    /// What.
    pub body: String,
    /// When.
    pub created_at: OffsetDateTime,
}

#[derive(Template)]
#[template(path = "youth/notes.html")]
struct NotesPage {
    page: PageCtx,
    young: access::YoungPerson,
    notes: Vec<Note>,
    can_write: bool,
    body: String,
    errors: FieldErrors,
}

impl NotesPage {
    fn when(&self, n: &Note) -> String {
        super::format_moment(n.created_at)
    }
}

/// The notes of a young person, newest first.
pub async fn notes(db: &crate::db::Db, young_person_id: &str) -> Result<Vec<Note>, sqlx::Error> {
    let q = Query::select()
        .columns([
            YouthNotes::AuthorName,
            YouthNotes::Body,
            YouthNotes::CreatedAt,
        ])
        .from(YouthNotes::Table)
        .and_where(Expr::col(YouthNotes::YoungPersonId).eq(young_person_id))
        .order_by(YouthNotes::CreatedAt, Order::Desc)
        .limit(500)
        .to_owned();
    db.fetch_all(&q).await
}

async fn page_for(
    app: &AppState,
    page: PageCtx,
    access: access::Access,
    body: String,
    errors: FieldErrors,
) -> AppResult<Response> {
    let notes = notes(&app.db, &access.young.id).await?;
    let can_write = access.tie == Tie::Professional && access.may(Action::Write);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(
        status,
        &NotesPage {
            page,
            young: access.young,
            notes,
            can_write,
            body,
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
    let access = access::check(&app, &actor, &id, Part::Notes, Action::Read).await?;
    page_for(&app, page, access, String::new(), FieldErrors::new()).await
}

/// The note form.
#[derive(Deserialize, Default)]
pub struct NoteForm {
    #[serde(default)]
    body: String,
}

/// POST /jongeren/{id}/notities — professionals only.
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
    if form.body.trim().is_empty() {
        errors.add("body", "notes-required");
    }
    validate::text(&form.body, "body", &mut errors);
    if !errors.is_empty() {
        return page_for(&app, page, access, form.body, errors).await;
    }
    let mut tx = app.db.begin().await?;
    let q = Query::insert()
        .into_table(YouthNotes::Table)
        .columns([
            YouthNotes::Id,
            YouthNotes::YoungPersonId,
            YouthNotes::AuthorUserId,
            YouthNotes::AuthorName,
            YouthNotes::Body,
            YouthNotes::CreatedAt,
        ])
        .values_panic([
            new_id().into(),
            id.clone().into(),
            actor.user.id.clone().into(),
            actor.user.display_name.clone().into(),
            form.body.trim().into(),
            now().into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    super::repo::touch(&mut tx, &id).await?;
    tx.commit().await?;
    Ok(see_other(&format!("/jongeren/{id}/notities")))
}
