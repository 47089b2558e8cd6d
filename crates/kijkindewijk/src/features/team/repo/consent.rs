//! The team's requests for consent ("vraag toestemming").

use sea_query::{Expr, Order, Query};
use time::OffsetDateTime;

use super::ConsentRequests;
use crate::access::Part;
use crate::db::{Db, Tx, is_unique_violation, new_id, now};
use crate::features::team::domain::RequestStatus;

/// A request as shown to the young person or parent.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Request {
    /// Id.
    pub id: String,
    /// The part asked for.
    pub part: String,
    /// Who asked.
    pub requested_by_name: String,
    /// Status.
    pub status: String,
    /// When.
    pub created_at: OffsetDateTime,
}

impl Request {
    /// The part, parsed.
    pub fn part(&self) -> Part {
        Part::parse(&self.part).unwrap_or(Part::Plan)
    }
}

/// Asks consent for `part`; `false` when a request for it is open already (nothing changes).
pub async fn ask(
    tx: &mut Tx,
    young_person_id: &str,
    part: Part,
    team_id: Option<&str>,
    user_id: &str,
    name: &str,
) -> Result<bool, sqlx::Error> {
    let q = Query::insert()
        .into_table(ConsentRequests::Table)
        .columns([
            ConsentRequests::Id,
            ConsentRequests::YoungPersonId,
            ConsentRequests::Part,
            ConsentRequests::TeamId,
            ConsentRequests::RequestedBy,
            ConsentRequests::RequestedByName,
            ConsentRequests::Status,
            ConsentRequests::CreatedAt,
        ])
        .values_panic([
            new_id().into(),
            young_person_id.into(),
            part.as_str().into(),
            team_id.into(),
            user_id.into(),
            name.into(),
            RequestStatus::Open.as_str().into(),
            now().into(),
        ])
        .to_owned();
    match tx.execute(&q).await {
        Ok(_) => Ok(true),
        Err(e) if is_unique_violation(&e) => Ok(false),
        Err(e) => Err(e),
    }
}

/// The open requests of a young person, oldest first.
pub async fn open(db: &Db, young_person_id: &str) -> Result<Vec<Request>, sqlx::Error> {
    let q = Query::select()
        .columns([
            ConsentRequests::Id,
            ConsentRequests::Part,
            ConsentRequests::RequestedByName,
            ConsentRequests::Status,
            ConsentRequests::CreatedAt,
        ])
        .from(ConsentRequests::Table)
        .and_where(Expr::col(ConsentRequests::YoungPersonId).eq(young_person_id))
        .and_where(Expr::col(ConsentRequests::Status).eq(RequestStatus::Open.as_str()))
        .order_by(ConsentRequests::CreatedAt, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// Records the answer: the new status (an open request stays open while the other party's
/// agreement is still missing). 0 when the request is not open (answered meanwhile).
pub async fn answer(
    tx: &mut Tx,
    young_person_id: &str,
    request_id: &str,
    status: RequestStatus,
    user_id: &str,
) -> Result<u64, sqlx::Error> {
    let t = now();
    let q = Query::update()
        .table(ConsentRequests::Table)
        .values([
            (ConsentRequests::Status, status.as_str().into()),
            (ConsentRequests::AnsweredBy, user_id.into()),
            (ConsentRequests::AnsweredAt, t.into()),
        ])
        .and_where(Expr::col(ConsentRequests::Id).eq(request_id))
        .and_where(Expr::col(ConsentRequests::YoungPersonId).eq(young_person_id))
        .and_where(Expr::col(ConsentRequests::Status).eq(RequestStatus::Open.as_str()))
        .to_owned();
    tx.execute(&q).await
}
