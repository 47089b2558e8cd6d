//! Short structured notes (contact, meeting, agreement): written once, read on the young person's
//! timeline and as the caseload's last contact.

use sea_query::{Expr, Order, Query};
use time::OffsetDateTime;

use super::YouthNotes;
use crate::db::{Db, Tx, new_id, now};
use crate::features::team::domain::NoteKind;

/// A note as shown.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Note {
    /// Who wrote it.
    pub author_name: String,
    /// What.
    pub body: String,
    /// Contact, meeting or agreement.
    pub kind: String,
    /// When.
    pub created_at: OffsetDateTime,
}

impl Note {
    /// Translation id of the note's kind.
    pub fn kind_label_id(&self) -> &'static str {
        NoteKind::parse(&self.kind)
            .unwrap_or(NoteKind::Contact)
            .label_id()
    }
}

/// The notes of a young person, newest first.
pub async fn list(db: &Db, young_person_id: &str) -> Result<Vec<Note>, sqlx::Error> {
    let q = Query::select()
        .columns([
            YouthNotes::AuthorName,
            YouthNotes::Body,
            YouthNotes::Kind,
            YouthNotes::CreatedAt,
        ])
        .from(YouthNotes::Table)
        .and_where(Expr::col(YouthNotes::YoungPersonId).eq(young_person_id))
        .order_by(YouthNotes::CreatedAt, Order::Desc)
        .limit(500)
        .to_owned();
    db.fetch_all(&q).await
}

/// A new note.
pub struct NewNote<'a> {
    /// About whom.
    pub young_person_id: &'a str,
    /// Author.
    pub author_user_id: &'a str,
    /// Author's name at that moment.
    pub author_name: &'a str,
    /// Kind.
    pub kind: NoteKind,
    /// Text.
    pub body: &'a str,
    /// When (now, or a demo moment).
    pub at: Option<OffsetDateTime>,
}

/// Writes a note; returns its id.
pub async fn insert(tx: &mut Tx, n: &NewNote<'_>) -> Result<String, sqlx::Error> {
    let id = new_id();
    let q = Query::insert()
        .into_table(YouthNotes::Table)
        .columns([
            YouthNotes::Id,
            YouthNotes::YoungPersonId,
            YouthNotes::AuthorUserId,
            YouthNotes::AuthorName,
            YouthNotes::Body,
            YouthNotes::Kind,
            YouthNotes::CreatedAt,
        ])
        .values_panic([
            id.clone().into(),
            n.young_person_id.into(),
            n.author_user_id.into(),
            n.author_name.into(),
            n.body.trim().into(),
            n.kind.as_str().into(),
            n.at.unwrap_or_else(now).into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}
