//! Queries for introductions and their history. Handlers call these after the access gate let them
//! through. The social map's tables are joined by their names from `socialmap::search::tables`;
//! listings and young people are otherwise read through `socialmap::search` and `youth::seam`.

use sea_query::{Alias, Expr, Iden, Order, Query};
use time::{Date, OffsetDateTime};

use super::domain::{Reason, Side, Status};
use crate::db::{Db, Tx, new_id, now};
use crate::features::socialmap::search::tables::{OrganizationMembers, Organizations, Services};

#[derive(Iden, Clone, Copy)]
enum Introductions {
    Table,
    Id,
    YoungPersonId,
    ServiceId,
    OrganizationId,
    ProposedBy,
    ProposedByRole,
    Message,
    NoContact,
    ContactVia,
    Status,
    Reason,
    StartedOn,
    FollowUpAskedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(Iden, Clone, Copy)]
enum IntroductionEvents {
    Table,
    Id,
    IntroductionId,
    Status,
    Reason,
    Note,
    ByName,
    BySide,
    ByYoungPerson,
    At,
}

/// An introduction with the names the pages show.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Intro {
    /// Id.
    pub id: String,
    /// Young person.
    pub young_person_id: String,
    /// Service (the opportunity).
    pub service_id: String,
    /// Its name.
    pub service_name: String,
    /// Organisation.
    pub organization_id: String,
    /// Its name.
    pub organization_name: String,
    /// Its e-mail address, for notices.
    pub organization_email: Option<String>,
    /// What the young person chose to tell the partner.
    pub message: String,
    /// "Neem geen contact met mij op".
    pub no_contact: bool,
    /// How the young person would like to be reached, in their own words.
    pub contact_via: Option<String>,
    /// Status.
    pub status: String,
    /// Reason of a decline or an end.
    pub reason: Option<String>,
    /// When it started.
    pub started_on: Option<Date>,
    /// Created.
    pub created_at: OffsetDateTime,
    /// Last changed.
    pub updated_at: OffsetDateTime,
    /// Municipality (of the service).
    pub municipality_id: String,
}

impl Intro {
    /// The status, parsed.
    pub fn status(&self) -> Status {
        Status::parse(&self.status).unwrap_or(Status::Proposed)
    }
    /// Days since it started.
    pub fn days_started(&self) -> Option<i64> {
        self.started_on.map(|d| (now().date() - d).whole_days())
    }
}

fn select() -> sea_query::SelectStatement {
    let (i, s, o) = (Introductions::Table, Services::Table, Organizations::Table);
    Query::select()
        .columns([
            (i, Introductions::Id),
            (i, Introductions::YoungPersonId),
            (i, Introductions::ServiceId),
            (i, Introductions::OrganizationId),
            (i, Introductions::Message),
            (i, Introductions::NoContact),
            (i, Introductions::ContactVia),
            (i, Introductions::Status),
            (i, Introductions::Reason),
            (i, Introductions::StartedOn),
            (i, Introductions::CreatedAt),
            (i, Introductions::UpdatedAt),
        ])
        .expr_as(Expr::col((s, Services::Name)), Alias::new("service_name"))
        .expr_as(
            Expr::col((o, Organizations::Name)),
            Alias::new("organization_name"),
        )
        .expr_as(
            Expr::col((o, Organizations::Email)),
            Alias::new("organization_email"),
        )
        .column((s, Services::MunicipalityId))
        .from(i)
        .inner_join(
            s,
            Expr::col((s, Services::Id)).equals((i, Introductions::ServiceId)),
        )
        .inner_join(
            o,
            Expr::col((o, Organizations::Id)).equals((i, Introductions::OrganizationId)),
        )
        .to_owned()
}

/// The introductions of one young person, newest first.
pub async fn of_young_person(db: &Db, young_person_id: &str) -> Result<Vec<Intro>, sqlx::Error> {
    let q = select()
        .and_where(
            Expr::col((Introductions::Table, Introductions::YoungPersonId)).eq(young_person_id),
        )
        .order_by(
            (Introductions::Table, Introductions::CreatedAt),
            Order::Desc,
        )
        .to_owned();
    db.fetch_all(&q).await
}

/// One introduction.
pub async fn one(db: &Db, id: &str) -> Result<Option<Intro>, sqlx::Error> {
    let q = select()
        .and_where(Expr::col((Introductions::Table, Introductions::Id)).eq(id))
        .to_owned();
    db.fetch_optional(&q).await
}

/// A partner's inbox: introductions to the organisations the user is a member of, open ones first.
pub async fn for_partner(db: &Db, user_id: &str) -> Result<Vec<Intro>, sqlx::Error> {
    let m = OrganizationMembers::Table;
    let q = select()
        .inner_join(
            m,
            Expr::col((m, OrganizationMembers::OrganizationId))
                .equals((Introductions::Table, Introductions::OrganizationId)),
        )
        .and_where(Expr::col((m, OrganizationMembers::UserId)).eq(user_id))
        .order_by(
            (Introductions::Table, Introductions::UpdatedAt),
            Order::Desc,
        )
        .limit(500)
        .to_owned();
    db.fetch_all(&q).await
}

/// A new introduction.
#[derive(Debug, Clone)]
pub struct NewIntro {
    /// Young person.
    pub young_person_id: String,
    /// Service.
    pub service_id: String,
    /// Its organisation.
    pub organization_id: String,
    /// Who proposed it.
    pub proposed_by: String,
    /// In which role.
    pub proposed_by_role: String,
    /// The young person's message to the partner.
    pub message: String,
    /// Do not contact the young person.
    pub no_contact: bool,
    /// How the young person would like to be reached (empty: not given).
    pub contact_via: String,
}

/// Stores an introduction and its first history line.
pub async fn insert(
    tx: &mut Tx,
    n: &NewIntro,
    by_name: &str,
    side: Side,
) -> Result<String, sqlx::Error> {
    insert_at(tx, n, by_name, side, now()).await
}

/// [`insert`] at a given moment (the demo's history lies in the past).
pub async fn insert_at(
    tx: &mut Tx,
    n: &NewIntro,
    by_name: &str,
    side: Side,
    t: OffsetDateTime,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let q = Query::insert()
        .into_table(Introductions::Table)
        .columns([
            Introductions::Id,
            Introductions::YoungPersonId,
            Introductions::ServiceId,
            Introductions::OrganizationId,
            Introductions::ProposedBy,
            Introductions::ProposedByRole,
            Introductions::Message,
            Introductions::NoContact,
            Introductions::ContactVia,
            Introductions::Status,
            Introductions::CreatedAt,
            Introductions::UpdatedAt,
        ])
        .values_panic([
            id.clone().into(),
            n.young_person_id.clone().into(),
            n.service_id.clone().into(),
            n.organization_id.clone().into(),
            n.proposed_by.clone().into(),
            n.proposed_by_role.clone().into(),
            n.message.trim().into(),
            n.no_contact.into(),
            Some(n.contact_via.trim().to_string())
                .filter(|c| !c.is_empty())
                .into(),
            Status::Proposed.as_str().into(),
            t.into(),
            t.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    let first = Step {
        status: Status::Proposed,
        reason: None,
        note: None,
        by_name,
        by_side: side.as_str(),
        by_young_person: n.proposed_by_role == "jongere",
    };
    event_at(tx, &id, &first, t).await?;
    Ok(id)
}

/// One line of an introduction's history.
#[derive(Clone, Copy)]
pub struct Step<'a> {
    /// Status it moved to.
    pub status: Status,
    /// Reason of a decline or an end.
    pub reason: Option<Reason>,
    /// A note for the others.
    pub note: Option<&'a str>,
    /// Who moved it.
    pub by_name: &'a str,
    /// Which side: young, professional, partner or system.
    pub by_side: &'a str,
    /// The young person took the step themselves (not a parent for them).
    pub by_young_person: bool,
}

/// Records a history line, now.
pub async fn event(tx: &mut Tx, introduction_id: &str, step: &Step<'_>) -> Result<(), sqlx::Error> {
    event_at(tx, introduction_id, step, now()).await
}

/// [`event`] at a given moment.
pub async fn event_at(
    tx: &mut Tx,
    introduction_id: &str,
    s: &Step<'_>,
    at: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let Step {
        status,
        reason,
        note,
        by_name,
        by_side,
        by_young_person,
    } = *s;
    let q = Query::insert()
        .into_table(IntroductionEvents::Table)
        .columns([
            IntroductionEvents::Id,
            IntroductionEvents::IntroductionId,
            IntroductionEvents::Status,
            IntroductionEvents::Reason,
            IntroductionEvents::Note,
            IntroductionEvents::ByName,
            IntroductionEvents::BySide,
            IntroductionEvents::ByYoungPerson,
            IntroductionEvents::At,
        ])
        .values_panic([
            new_id().into(),
            introduction_id.into(),
            status.as_str().into(),
            reason.map(|r| r.as_str().to_string()).into(),
            note.map(|n| n.trim().to_string())
                .filter(|n| !n.is_empty())
                .into(),
            by_name.into(),
            by_side.into(),
            by_young_person.into(),
            at.into(),
        ])
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// Moves an introduction from `from` to `to`, only if nobody moved it meanwhile; false otherwise.
pub async fn move_status(
    tx: &mut Tx,
    id: &str,
    from: Status,
    to: Status,
    reason: Option<Reason>,
) -> Result<bool, sqlx::Error> {
    move_status_at(tx, id, from, to, reason, now()).await
}

/// [`move_status`] at a given moment.
pub async fn move_status_at(
    tx: &mut Tx,
    id: &str,
    from: Status,
    to: Status,
    reason: Option<Reason>,
    t: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let mut values = vec![
        (Introductions::Status, to.as_str().into()),
        (
            Introductions::Reason,
            reason.map(|r| r.as_str().to_string()).into(),
        ),
        (Introductions::UpdatedAt, t.into()),
    ];
    if to == Status::Started {
        values.push((Introductions::StartedOn, t.date().into()));
    }
    let q = Query::update()
        .table(Introductions::Table)
        .values(values)
        .and_where(Expr::col(Introductions::Id).eq(id))
        .and_where(Expr::col(Introductions::Status).eq(from.as_str()))
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}

/// Sets "neem geen contact met mij op" and how the young person would like to be reached on an
/// introduction that is still open; false when it has ended meanwhile.
pub async fn set_no_contact(
    tx: &mut Tx,
    id: &str,
    no_contact: bool,
    contact_via: &str,
) -> Result<bool, sqlx::Error> {
    let via = Some(contact_via.trim().to_string()).filter(|c| !c.is_empty());
    let q = Query::update()
        .table(Introductions::Table)
        .values([
            (Introductions::NoContact, no_contact.into()),
            (Introductions::ContactVia, via.into()),
            (Introductions::UpdatedAt, now().into()),
        ])
        .and_where(Expr::col(Introductions::Id).eq(id))
        .and_where(
            Expr::col(Introductions::Status)
                .is_not_in([Status::Declined.as_str(), Status::Ended.as_str()]),
        )
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}

/// Notes that the three-month question was asked.
pub async fn mark_follow_up(db: &Db, id: &str) -> Result<(), sqlx::Error> {
    let q = Query::update()
        .table(Introductions::Table)
        .values([(Introductions::FollowUpAskedAt, now().into())])
        .and_where(Expr::col(Introductions::Id).eq(id))
        .to_owned();
    db.execute(&q).await.map(|_| ())
}

/// A history line.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Event {
    /// Status it moved to.
    pub status: String,
    /// Reason.
    pub reason: Option<String>,
    /// Note.
    pub note: Option<String>,
    /// Who.
    pub by_name: String,
    /// Which side.
    pub by_side: String,
    /// The young person took the step themselves.
    pub by_young_person: bool,
    /// When.
    pub at: OffsetDateTime,
}

/// The history of several introductions (one query), oldest first.
pub async fn events(
    db: &Db,
    introduction_ids: &[String],
) -> Result<Vec<(String, Event)>, sqlx::Error> {
    if introduction_ids.is_empty() {
        return Ok(Vec::new());
    }
    #[derive(sqlx::FromRow)]
    struct Row {
        introduction_id: String,
        status: String,
        reason: Option<String>,
        note: Option<String>,
        by_name: String,
        by_side: String,
        by_young_person: bool,
        at: OffsetDateTime,
    }
    let q = Query::select()
        .columns([
            IntroductionEvents::IntroductionId,
            IntroductionEvents::Status,
            IntroductionEvents::Reason,
            IntroductionEvents::Note,
            IntroductionEvents::ByName,
            IntroductionEvents::BySide,
            IntroductionEvents::ByYoungPerson,
            IntroductionEvents::At,
        ])
        .from(IntroductionEvents::Table)
        .and_where(
            Expr::col(IntroductionEvents::IntroductionId).is_in(introduction_ids.iter().cloned()),
        )
        .order_by(IntroductionEvents::At, Order::Asc)
        .to_owned();
    let rows: Vec<Row> = db.fetch_all(&q).await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            (
                r.introduction_id,
                Event {
                    status: r.status,
                    reason: r.reason,
                    note: r.note,
                    by_name: r.by_name,
                    by_side: r.by_side,
                    by_young_person: r.by_young_person,
                    at: r.at,
                },
            )
        })
        .collect())
}
