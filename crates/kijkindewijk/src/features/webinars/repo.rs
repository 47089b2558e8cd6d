//! Queries for webinars and their registrations. Seat counts and the waiting list are read inside
//! the transaction that changes them, after the session's row is locked (`lock`), so two people
//! registering at once cannot both take the last seat.

use sea_query::{Expr, Func, Iden, Order, Query};
use time::OffsetDateTime;

use super::domain::{Place, Session};
use crate::db::{Db, Tx, new_id, now};

#[derive(Iden, Clone, Copy)]
enum Webinars {
    Table,
    Id,
    MunicipalityId,
    Title,
    Description,
    Speakers,
    StartsAt,
    EndsAt,
    MeetingUrl,
    Capacity,
    RecordingUrl,
    Materials,
    Sequence,
    RemindedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(Iden, Clone, Copy)]
enum WebinarRegistrations {
    Table,
    Id,
    WebinarId,
    Name,
    Email,
    Status,
    TokenSalt,
    TokenHash,
    CreatedAt,
    CancelledAt,
}

/// A session as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Webinar {
    pub id: String,
    pub municipality_id: String,
    pub title: String,
    pub description: String,
    pub speakers: String,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub meeting_url: String,
    pub capacity: i64,
    pub recording_url: String,
    pub materials: String,
    pub sequence: i64,
    pub reminded_at: Option<OffsetDateTime>,
    pub updated_at: OffsetDateTime,
}

/// A registration as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Registration {
    pub id: String,
    pub webinar_id: String,
    pub name: String,
    pub email: String,
    pub status: String,
    pub token_salt: String,
    pub created_at: OffsetDateTime,
    pub cancelled_at: Option<OffsetDateTime>,
}

const WEBINAR_COLUMNS: [Webinars; 14] = [
    Webinars::Id,
    Webinars::MunicipalityId,
    Webinars::Title,
    Webinars::Description,
    Webinars::Speakers,
    Webinars::StartsAt,
    Webinars::EndsAt,
    Webinars::MeetingUrl,
    Webinars::Capacity,
    Webinars::RecordingUrl,
    Webinars::Materials,
    Webinars::Sequence,
    Webinars::RemindedAt,
    Webinars::UpdatedAt,
];

const REGISTRATION_COLUMNS: [WebinarRegistrations; 8] = [
    WebinarRegistrations::Id,
    WebinarRegistrations::WebinarId,
    WebinarRegistrations::Name,
    WebinarRegistrations::Email,
    WebinarRegistrations::Status,
    WebinarRegistrations::TokenSalt,
    WebinarRegistrations::CreatedAt,
    WebinarRegistrations::CancelledAt,
];

/// Sessions that end after `at`, soonest first (`upcoming`), or that ended before, latest first.
pub async fn list(
    db: &Db,
    at: OffsetDateTime,
    upcoming: bool,
    limit: u64,
) -> Result<Vec<Webinar>, sqlx::Error> {
    let mut q = Query::select();
    q.columns(WEBINAR_COLUMNS)
        .from(Webinars::Table)
        .limit(limit);
    if upcoming {
        q.and_where(Expr::col(Webinars::EndsAt).gt(at))
            .order_by(Webinars::StartsAt, Order::Asc);
    } else {
        q.and_where(Expr::col(Webinars::EndsAt).lte(at))
            .order_by(Webinars::StartsAt, Order::Desc);
    }
    db.fetch_all(&q).await
}

/// Every session of one municipality, newest start first (the redacteur's list).
pub async fn of_municipality(db: &Db, municipality_id: &str) -> Result<Vec<Webinar>, sqlx::Error> {
    let q = Query::select()
        .columns(WEBINAR_COLUMNS)
        .from(Webinars::Table)
        .and_where(Expr::col(Webinars::MunicipalityId).eq(municipality_id))
        .order_by(Webinars::StartsAt, Order::Desc)
        .to_owned();
    db.fetch_all(&q).await
}

/// One session.
pub async fn get(db: &Db, id: &str) -> Result<Option<Webinar>, sqlx::Error> {
    let q = Query::select()
        .columns(WEBINAR_COLUMNS)
        .from(Webinars::Table)
        .and_where(Expr::col(Webinars::Id).eq(id))
        .to_owned();
    db.fetch_optional(&q).await
}

/// One session, read inside a transaction after taking its row lock (see [`lock`]).
pub async fn get_locked(tx: &mut Tx, id: &str) -> Result<Option<Webinar>, sqlx::Error> {
    lock(tx, id).await?;
    let q = Query::select()
        .columns(WEBINAR_COLUMNS)
        .from(Webinars::Table)
        .and_where(Expr::col(Webinars::Id).eq(id))
        .to_owned();
    tx.fetch_optional(&q).await
}

/// Takes the session's row lock for the rest of the transaction (a no-op update: PostgreSQL locks
/// the row, SQLite's transaction is already exclusive).
async fn lock(tx: &mut Tx, id: &str) -> Result<(), sqlx::Error> {
    let q = Query::update()
        .table(Webinars::Table)
        .value(Webinars::Sequence, Expr::col(Webinars::Sequence))
        .and_where(Expr::col(Webinars::Id).eq(id))
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// Inserts a session; returns its id.
pub async fn insert(
    tx: &mut Tx,
    municipality_id: &str,
    s: &Session,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let t = now();
    let q = Query::insert()
        .into_table(Webinars::Table)
        .columns([
            Webinars::Id,
            Webinars::MunicipalityId,
            Webinars::Title,
            Webinars::Description,
            Webinars::Speakers,
            Webinars::StartsAt,
            Webinars::EndsAt,
            Webinars::MeetingUrl,
            Webinars::Capacity,
            Webinars::RecordingUrl,
            Webinars::Materials,
            Webinars::CreatedAt,
            Webinars::UpdatedAt,
        ])
        .values_panic([
            id.clone().into(),
            municipality_id.into(),
            s.title.clone().into(),
            s.description.clone().into(),
            s.speakers.clone().into(),
            s.starts_at.into(),
            s.ends_at.into(),
            s.meeting_url.clone().into(),
            s.capacity.into(),
            s.recording_url.clone().into(),
            s.materials.clone().into(),
            t.into(),
            t.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// Saves a session's fields; a moved start clears the reminder so it goes again.
pub async fn update(tx: &mut Tx, id: &str, s: &Session, moved: bool) -> Result<(), sqlx::Error> {
    let mut q = Query::update();
    q.table(Webinars::Table)
        .values([
            (Webinars::Title, s.title.clone().into()),
            (Webinars::Description, s.description.clone().into()),
            (Webinars::Speakers, s.speakers.clone().into()),
            (Webinars::StartsAt, s.starts_at.into()),
            (Webinars::EndsAt, s.ends_at.into()),
            (Webinars::MeetingUrl, s.meeting_url.clone().into()),
            (Webinars::Capacity, s.capacity.into()),
            (Webinars::RecordingUrl, s.recording_url.clone().into()),
            (Webinars::Materials, s.materials.clone().into()),
            (Webinars::UpdatedAt, now().into()),
        ])
        .value(Webinars::Sequence, Expr::col(Webinars::Sequence).add(1))
        .and_where(Expr::col(Webinars::Id).eq(id));
    if moved {
        q.value(Webinars::RemindedAt, Option::<OffsetDateTime>::None);
    }
    tx.execute(&q).await.map(|_| ())
}

/// Marks the reminder as sent; false when it was sent already.
pub async fn mark_reminded(tx: &mut Tx, id: &str) -> Result<bool, sqlx::Error> {
    let q = Query::update()
        .table(Webinars::Table)
        .value(Webinars::RemindedAt, now())
        .and_where(Expr::col(Webinars::Id).eq(id))
        .and_where(Expr::col(Webinars::RemindedAt).is_null())
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}

/// Seats taken (status `registered`).
pub async fn seats_taken(tx: &mut Tx, webinar_id: &str) -> Result<i64, sqlx::Error> {
    let q = Query::select()
        .expr(Func::count(Expr::col(WebinarRegistrations::Id)))
        .from(WebinarRegistrations::Table)
        .and_where(Expr::col(WebinarRegistrations::WebinarId).eq(webinar_id))
        .and_where(Expr::col(WebinarRegistrations::Status).eq("registered"))
        .to_owned();
    tx.fetch_one::<(i64,)>(&q).await.map(|(n,)| n)
}

/// Seats taken per session, for lists (one query).
pub async fn seat_counts(db: &Db, ids: &[String]) -> Result<Vec<(String, i64)>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let q = Query::select()
        .column(WebinarRegistrations::WebinarId)
        .expr(Func::count(Expr::col(WebinarRegistrations::Id)))
        .from(WebinarRegistrations::Table)
        .and_where(Expr::col(WebinarRegistrations::WebinarId).is_in(ids.iter().cloned()))
        .and_where(Expr::col(WebinarRegistrations::Status).eq("registered"))
        .group_by_col(WebinarRegistrations::WebinarId)
        .to_owned();
    db.fetch_all(&q).await
}

/// The waiting list in order.
pub async fn waiting(tx: &mut Tx, webinar_id: &str) -> Result<Vec<Registration>, sqlx::Error> {
    let q = Query::select()
        .columns(REGISTRATION_COLUMNS)
        .from(WebinarRegistrations::Table)
        .and_where(Expr::col(WebinarRegistrations::WebinarId).eq(webinar_id))
        .and_where(Expr::col(WebinarRegistrations::Status).eq("waiting"))
        .order_by(WebinarRegistrations::CreatedAt, Order::Asc)
        .order_by(WebinarRegistrations::Id, Order::Asc)
        .to_owned();
    tx.fetch_all(&q).await
}

/// Everyone registered for or waiting for a session, in order (redacteur, reminder).
pub async fn registrations(db: &Db, webinar_id: &str) -> Result<Vec<Registration>, sqlx::Error> {
    let q = Query::select()
        .columns(REGISTRATION_COLUMNS)
        .from(WebinarRegistrations::Table)
        .and_where(Expr::col(WebinarRegistrations::WebinarId).eq(webinar_id))
        .order_by(WebinarRegistrations::CreatedAt, Order::Asc)
        .order_by(WebinarRegistrations::Id, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// A new registration (the caller made the token from the id and salt).
pub struct NewRegistration<'a> {
    pub id: &'a str,
    pub webinar_id: &'a str,
    pub name: &'a str,
    pub email: &'a str,
    pub place: Place,
    pub token_salt: &'a str,
    pub token_hash: &'a str,
}

/// Inserts a registration; a unique violation means the address is registered already.
pub async fn insert_registration(tx: &mut Tx, r: &NewRegistration<'_>) -> Result<(), sqlx::Error> {
    let q = Query::insert()
        .into_table(WebinarRegistrations::Table)
        .columns([
            WebinarRegistrations::Id,
            WebinarRegistrations::WebinarId,
            WebinarRegistrations::Name,
            WebinarRegistrations::Email,
            WebinarRegistrations::Status,
            WebinarRegistrations::TokenSalt,
            WebinarRegistrations::TokenHash,
            WebinarRegistrations::CreatedAt,
        ])
        .values_panic([
            r.id.into(),
            r.webinar_id.into(),
            r.name.into(),
            r.email.into(),
            r.place.as_str().into(),
            r.token_salt.into(),
            r.token_hash.into(),
            now().into(),
        ])
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// The registration a personal link belongs to.
pub async fn by_token_hash(db: &Db, token_hash: &str) -> Result<Option<Registration>, sqlx::Error> {
    let q = Query::select()
        .columns(REGISTRATION_COLUMNS)
        .from(WebinarRegistrations::Table)
        .and_where(Expr::col(WebinarRegistrations::TokenHash).eq(token_hash))
        .to_owned();
    db.fetch_optional(&q).await
}

/// Cancels a live registration; false when it was cancelled already (a link used twice).
pub async fn cancel(tx: &mut Tx, id: &str) -> Result<bool, sqlx::Error> {
    let q = Query::update()
        .table(WebinarRegistrations::Table)
        .values([
            (WebinarRegistrations::Status, "cancelled".into()),
            (WebinarRegistrations::CancelledAt, now().into()),
        ])
        .and_where(Expr::col(WebinarRegistrations::Id).eq(id))
        .and_where(Expr::col(WebinarRegistrations::Status).ne("cancelled"))
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}

/// Gives a waiting registration a seat.
pub async fn promote(tx: &mut Tx, id: &str) -> Result<(), sqlx::Error> {
    let q = Query::update()
        .table(WebinarRegistrations::Table)
        .value(WebinarRegistrations::Status, "registered")
        .and_where(Expr::col(WebinarRegistrations::Id).eq(id))
        .and_where(Expr::col(WebinarRegistrations::Status).eq("waiting"))
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// The place on the waiting list (1 = next to move up).
pub async fn waiting_position(db: &Db, r: &Registration) -> Result<i64, sqlx::Error> {
    let q = Query::select()
        .expr(Func::count(Expr::col(WebinarRegistrations::Id)))
        .from(WebinarRegistrations::Table)
        .and_where(Expr::col(WebinarRegistrations::WebinarId).eq(r.webinar_id.clone()))
        .and_where(Expr::col(WebinarRegistrations::Status).eq("waiting"))
        .and_where(Expr::col(WebinarRegistrations::CreatedAt).lte(r.created_at))
        .to_owned();
    db.fetch_one::<(i64,)>(&q).await.map(|(n,)| n.max(1))
}
