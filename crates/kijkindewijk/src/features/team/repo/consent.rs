//! The team's requests for consent ("vraag toestemming").

use sea_query::{Alias, Cond, Expr, Func, Order, Query};
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

/// A young person with open requests, for someone tied to them (as themselves or as a parent).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OpenFor {
    /// The young person.
    pub young_person_id: String,
    /// First name (for the parent's notice).
    pub first_name: String,
    /// Their birth date (the age rules decide who answers).
    pub birth_date: time::Date,
    /// Open requests.
    pub n: i64,
}

/// Open requests per young person the user is tied to with `kind` (`self` or `parent`; a parent
/// only with authority).
pub async fn open_for_user(
    db: &Db,
    user_id: &str,
    kind: &str,
) -> Result<Vec<OpenFor>, sqlx::Error> {
    let (c, r, y) = (
        ConsentRequests::Table,
        Alias::new("youth_relations"),
        Alias::new("young_people"),
    );
    let rc = |n: &str| Expr::col((r.clone(), Alias::new(n)));
    let yc = |n: &str| (y.clone(), Alias::new(n));
    let mut cond = Cond::all()
        .add(rc("user_id").eq(user_id))
        .add(rc("kind").eq(kind))
        .add(rc("ended_at").is_null());
    if kind == "parent" {
        cond = cond.add(rc("has_authority").eq(true));
    }
    let q = Query::select()
        .expr_as(
            Expr::col((c, ConsentRequests::YoungPersonId)),
            Alias::new("young_person_id"),
        )
        .column(yc("first_name"))
        .column(yc("birth_date"))
        .expr_as(
            Func::count(Expr::col((c, ConsentRequests::Id))),
            Alias::new("n"),
        )
        .from(c)
        .inner_join(
            r.clone(),
            rc("young_person_id").equals((c, ConsentRequests::YoungPersonId)),
        )
        .inner_join(
            y.clone(),
            Expr::col(yc("id")).equals((c, ConsentRequests::YoungPersonId)),
        )
        .cond_where(cond)
        .and_where(Expr::col((c, ConsentRequests::Status)).eq(RequestStatus::Open.as_str()))
        .and_where(Expr::col(yc("erased_at")).is_null())
        .group_by_col((c, ConsentRequests::YoungPersonId))
        .group_by_col(yc("first_name"))
        .group_by_col(yc("birth_date"))
        .to_owned();
    db.fetch_all(&q).await
}

pub use crate::features::youth::seam::{Household, household};
