//! Queries for barriers, their young people and followers, history, toets, escalations and the
//! governance report. Handlers call these after deciding who may see what.

use std::collections::HashMap;

use sea_query::{Alias, Cond, Expr, Iden, Order, Query, SelectStatement};
use time::{Date, OffsetDateTime};

use super::domain::{self, Level, RaisedBy, Status, Toets};
use crate::db::{Db, Tx, new_id, now};

#[derive(Iden, Clone, Copy)]
pub(crate) enum Barriers {
    Table,
    Id,
    MunicipalityId,
    WijkId,
    Title,
    WhatHappened,
    Category,
    RuleBehind,
    LifeDomain,
    RaisedBy,
    RaisedByKind,
    Status,
    MergedIntoId,
    Solution,
    SolutionForPolicy,
    Version,
    CreatedAt,
    UpdatedAt,
    ClosedAt,
}

#[derive(Iden, Clone, Copy)]
enum BarrierYoungPeople {
    Table,
    BarrierId,
    YoungPersonId,
    AddedBy,
    AddedAt,
}

#[derive(Iden, Clone, Copy)]
enum BarrierFollowers {
    Table,
    BarrierId,
    UserId,
    CreatedAt,
}

#[derive(Iden, Clone, Copy)]
enum BarrierEvents {
    Table,
    Id,
    BarrierId,
    Kind,
    FromStatus,
    ToStatus,
    Note,
    ByUserId,
    ByName,
    ByKind,
    At,
}

#[derive(Iden, Clone, Copy)]
enum BarrierToets {
    Table,
    BarrierId,
    Need,
    Effect,
    Purpose,
    PurposeServed,
    Fairness,
    Legal,
    Proposal,
    Argument,
    UpdatedBy,
    UpdatedByName,
    UpdatedAt,
}

#[derive(Iden, Clone, Copy)]
enum BarrierEscalations {
    Table,
    Id,
    BarrierId,
    MunicipalityId,
    Level,
    AnswerRole,
    TeamId,
    Title,
    Argument,
    Deadline,
    EscalatedBy,
    EscalatedAt,
    AnswerText,
    AnswerState,
    AnsweredBy,
    AnsweredByName,
    AnsweredAt,
    RemindedAt,
}

#[derive(Iden, Clone, Copy)]
enum BarrierCategories {
    Table,
    Id,
    MunicipalityId,
    Key,
    NameNl,
    NameEn,
    Position,
    CreatedAt,
}

/// A barrier with its wijk's name and the number of young people it hits.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Barrier {
    /// Id.
    pub id: String,
    /// Municipality.
    pub municipality_id: String,
    /// Wijk.
    pub wijk_id: Option<String>,
    /// Wijk's name.
    pub wijk_name: Option<String>,
    /// Short title.
    pub title: String,
    /// What happened, in plain words.
    pub what_happened: String,
    /// Category key.
    pub category: String,
    /// Rule, organisation or scheme behind it.
    pub rule_behind: String,
    /// Life domain key.
    pub life_domain: String,
    /// Who raised it.
    pub raised_by: Option<String>,
    /// As whom.
    pub raised_by_kind: String,
    /// Status.
    pub status: String,
    /// Merged into this barrier.
    pub merged_into_id: Option<String>,
    /// How it was solved.
    pub solution: String,
    /// The professional marked the solution fit for the governance report.
    pub solution_for_policy: bool,
    /// Bumped on every change; a change names the version it saw.
    pub version: i64,
    /// Recorded.
    pub created_at: OffsetDateTime,
    /// Last change.
    pub updated_at: OffsetDateTime,
    /// Closed.
    pub closed_at: Option<OffsetDateTime>,
    /// Young people it hits.
    pub young_count: i64,
}

impl Barrier {
    /// The status, parsed.
    pub fn status(&self) -> Status {
        Status::parse(&self.status).unwrap_or(Status::Open)
    }
    /// Who raised it.
    pub fn raised_by_kind(&self) -> RaisedBy {
        RaisedBy::parse(&self.raised_by_kind).unwrap_or(RaisedBy::Professional)
    }
}

fn select() -> SelectStatement {
    let (b, w) = (Barriers::Table, Alias::new("wijken"));
    Query::select()
        .columns([
            (b, Barriers::Id),
            (b, Barriers::MunicipalityId),
            (b, Barriers::WijkId),
            (b, Barriers::Title),
            (b, Barriers::WhatHappened),
            (b, Barriers::Category),
            (b, Barriers::RuleBehind),
            (b, Barriers::LifeDomain),
            (b, Barriers::RaisedBy),
            (b, Barriers::RaisedByKind),
            (b, Barriers::Status),
            (b, Barriers::MergedIntoId),
            (b, Barriers::Solution),
            (b, Barriers::SolutionForPolicy),
            (b, Barriers::Version),
            (b, Barriers::CreatedAt),
            (b, Barriers::UpdatedAt),
            (b, Barriers::ClosedAt),
        ])
        .expr_as(
            Expr::col((w.clone(), Alias::new("name"))),
            Alias::new("wijk_name"),
        )
        .expr_as(
            Expr::cust(
                "(SELECT COUNT(*) FROM barrier_young_people byp WHERE byp.barrier_id = barriers.id)",
            ),
            Alias::new("young_count"),
        )
        .from(b)
        .left_join(
            w.clone(),
            Expr::col((w, Alias::new("id"))).equals((b, Barriers::WijkId)),
        )
        .to_owned()
}

/// One barrier.
pub async fn one(db: &Db, id: &str) -> Result<Option<Barrier>, sqlx::Error> {
    let q = select()
        .and_where(Expr::col((Barriers::Table, Barriers::Id)).eq(id))
        .to_owned();
    db.fetch_optional(&q).await
}

/// Filters of the team's register.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only this status.
    pub status: Option<Status>,
    /// Only this wijk.
    pub wijk_id: Option<String>,
}

/// A municipality's barriers (not merged away), open ones first, newest first.
pub async fn of_municipality(
    db: &Db,
    municipality_id: &str,
    f: &Filter,
) -> Result<Vec<Barrier>, sqlx::Error> {
    let b = Barriers::Table;
    let mut q = select()
        .and_where(Expr::col((b, Barriers::MunicipalityId)).eq(municipality_id))
        .and_where(Expr::col((b, Barriers::MergedIntoId)).is_null())
        .order_by((b, Barriers::ClosedAt), Order::Asc)
        .order_by((b, Barriers::UpdatedAt), Order::Desc)
        .limit(500)
        .to_owned();
    if let Some(s) = f.status {
        q.and_where(Expr::col((b, Barriers::Status)).eq(s.as_str()));
    }
    if let Some(w) = &f.wijk_id {
        q.and_where(Expr::col((b, Barriers::WijkId)).eq(w.as_str()));
    }
    db.fetch_all(&q).await
}

/// The barriers that hit one young person (not merged away), newest first.
pub async fn of_young_person(db: &Db, young_person_id: &str) -> Result<Vec<Barrier>, sqlx::Error> {
    let (b, y) = (Barriers::Table, BarrierYoungPeople::Table);
    let q = select()
        .inner_join(
            y,
            Expr::col((y, BarrierYoungPeople::BarrierId)).equals((b, Barriers::Id)),
        )
        .and_where(Expr::col((y, BarrierYoungPeople::YoungPersonId)).eq(young_person_id))
        .and_where(Expr::col((b, Barriers::MergedIntoId)).is_null())
        .order_by((b, Barriers::CreatedAt), Order::Desc)
        .to_owned();
    db.fetch_all(&q).await
}

/// The number of open (not closed, not merged) barriers per young person, for the caseload.
pub async fn open_counts(
    db: &Db,
    young_person_ids: &[String],
) -> Result<HashMap<String, u32>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        young_person_id: String,
        n: i64,
    }
    if young_person_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let (b, y) = (Barriers::Table, BarrierYoungPeople::Table);
    let mut out = HashMap::new();
    for chunk in young_person_ids.chunks(500) {
        let q = Query::select()
            .column((y, BarrierYoungPeople::YoungPersonId))
            .expr_as(Expr::cust("COUNT(*)"), Alias::new("n"))
            .from(y)
            .inner_join(
                b,
                Expr::col((b, Barriers::Id)).equals((y, BarrierYoungPeople::BarrierId)),
            )
            .and_where(
                Expr::col((y, BarrierYoungPeople::YoungPersonId)).is_in(chunk.iter().cloned()),
            )
            .and_where(Expr::col((b, Barriers::MergedIntoId)).is_null())
            .and_where(Expr::col((b, Barriers::Status)).is_in(["open", "in_progress", "escalated"]))
            .group_by_col((y, BarrierYoungPeople::YoungPersonId))
            .to_owned();
        let rows: Vec<Row> = db.fetch_all(&q).await?;
        for r in rows {
            out.insert(r.young_person_id, u32::try_from(r.n).unwrap_or(u32::MAX));
        }
    }
    Ok(out)
}

/// The ids of the young people a barrier hits.
pub async fn young_people(db: &Db, barrier_id: &str) -> Result<Vec<String>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        young_person_id: String,
    }
    let q = Query::select()
        .column(BarrierYoungPeople::YoungPersonId)
        .from(BarrierYoungPeople::Table)
        .and_where(Expr::col(BarrierYoungPeople::BarrierId).eq(barrier_id))
        .order_by(BarrierYoungPeople::AddedAt, Order::Asc)
        .to_owned();
    let rows: Vec<Row> = db.fetch_all(&q).await?;
    Ok(rows.into_iter().map(|r| r.young_person_id).collect())
}

/// A new barrier.
#[derive(Debug, Clone)]
pub struct NewBarrier {
    /// Municipality.
    pub municipality_id: String,
    /// Wijk.
    pub wijk_id: Option<String>,
    /// Title.
    pub title: String,
    /// What happened.
    pub what_happened: String,
    /// Category key.
    pub category: String,
    /// Rule, organisation or scheme behind it.
    pub rule_behind: String,
    /// Life domain key.
    pub life_domain: String,
    /// Who raised it.
    pub raised_by: String,
    /// Their name, for the history.
    pub raised_by_name: String,
    /// As whom.
    pub raised_by_kind: RaisedBy,
    /// Young people it hits (each passed the gate).
    pub young_people: Vec<String>,
}

/// Stores a barrier, its first history line, its raiser as follower and its young people.
pub async fn insert(
    tx: &mut Tx,
    n: &NewBarrier,
    at: OffsetDateTime,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let q = Query::insert()
        .into_table(Barriers::Table)
        .columns([
            Barriers::Id,
            Barriers::MunicipalityId,
            Barriers::WijkId,
            Barriers::Title,
            Barriers::WhatHappened,
            Barriers::Category,
            Barriers::RuleBehind,
            Barriers::LifeDomain,
            Barriers::RaisedBy,
            Barriers::RaisedByKind,
            Barriers::Status,
            Barriers::CreatedAt,
            Barriers::UpdatedAt,
        ])
        .values_panic([
            id.clone().into(),
            n.municipality_id.clone().into(),
            n.wijk_id.clone().into(),
            n.title.trim().into(),
            n.what_happened.trim().into(),
            n.category.clone().into(),
            n.rule_behind.trim().into(),
            n.life_domain.clone().into(),
            n.raised_by.clone().into(),
            n.raised_by_kind.as_str().into(),
            Status::Open.as_str().into(),
            at.into(),
            at.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    let ev = EventLine {
        kind: "raised",
        from: None,
        to: Some(Status::Open),
        note: "",
        by_user_id: Some(&n.raised_by),
        by_name: &n.raised_by_name,
        by_kind: n.raised_by_kind.as_str(),
    };
    event_at(tx, &id, &ev, at).await?;
    follow(tx, &id, &n.raised_by).await?;
    for y in &n.young_people {
        link_young(tx, &id, y, Some(&n.raised_by), at).await?;
    }
    Ok(id)
}

/// Links a young person to a barrier (nothing when linked already).
pub async fn link_young(
    tx: &mut Tx,
    barrier_id: &str,
    young_person_id: &str,
    by: Option<&str>,
    at: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let q = Query::insert()
        .into_table(BarrierYoungPeople::Table)
        .columns([
            BarrierYoungPeople::BarrierId,
            BarrierYoungPeople::YoungPersonId,
            BarrierYoungPeople::AddedBy,
            BarrierYoungPeople::AddedAt,
        ])
        .values_panic([
            barrier_id.into(),
            young_person_id.into(),
            by.map(str::to_string).into(),
            at.into(),
        ])
        .on_conflict(
            sea_query::OnConflict::columns([
                BarrierYoungPeople::BarrierId,
                BarrierYoungPeople::YoungPersonId,
            ])
            .do_nothing()
            .to_owned(),
        )
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// Follows a barrier (nothing when following already).
pub async fn follow(tx: &mut Tx, barrier_id: &str, user_id: &str) -> Result<(), sqlx::Error> {
    let q = Query::insert()
        .into_table(BarrierFollowers::Table)
        .columns([
            BarrierFollowers::BarrierId,
            BarrierFollowers::UserId,
            BarrierFollowers::CreatedAt,
        ])
        .values_panic([barrier_id.into(), user_id.into(), now().into()])
        .on_conflict(
            sea_query::OnConflict::columns([BarrierFollowers::BarrierId, BarrierFollowers::UserId])
                .do_nothing()
                .to_owned(),
        )
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// Stops following.
pub async fn unfollow(tx: &mut Tx, barrier_id: &str, user_id: &str) -> Result<(), sqlx::Error> {
    let q = Query::delete()
        .from_table(BarrierFollowers::Table)
        .and_where(Expr::col(BarrierFollowers::BarrierId).eq(barrier_id))
        .and_where(Expr::col(BarrierFollowers::UserId).eq(user_id))
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// Whether the user follows the barrier.
pub async fn is_follower(db: &Db, barrier_id: &str, user_id: &str) -> Result<bool, sqlx::Error> {
    let q = Query::select()
        .expr(Expr::cust("COUNT(*)"))
        .from(BarrierFollowers::Table)
        .and_where(Expr::col(BarrierFollowers::BarrierId).eq(barrier_id))
        .and_where(Expr::col(BarrierFollowers::UserId).eq(user_id))
        .to_owned();
    let (n,): (i64,) = db.fetch_one(&q).await?;
    Ok(n > 0)
}

/// The e-mail addresses of a barrier's followers.
pub async fn follower_addresses(tx: &mut Tx, barrier_id: &str) -> Result<Vec<String>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        email: String,
    }
    let (f, u) = (BarrierFollowers::Table, Alias::new("users"));
    let q = Query::select()
        .column((u.clone(), Alias::new("email")))
        .from(f)
        .inner_join(
            u.clone(),
            Expr::col((u.clone(), Alias::new("id"))).equals((f, BarrierFollowers::UserId)),
        )
        .and_where(Expr::col((f, BarrierFollowers::BarrierId)).eq(barrier_id))
        .and_where(Expr::col((u.clone(), Alias::new("email"))).is_not_null())
        .and_where(Expr::col((u, Alias::new("disabled_at"))).is_null())
        .to_owned();
    let rows: Vec<Row> = tx.fetch_all(&q).await?;
    Ok(rows.into_iter().map(|r| r.email).collect())
}

/// Moves a barrier from `from` to `to` when nobody changed it since `version` was read. Returns
/// whether it moved. Closing stamps `closed_at`; a solution text is kept with its policy mark.
pub async fn set_status(
    tx: &mut Tx,
    id: &str,
    from: Status,
    to: Status,
    version: i64,
    solution: Option<(&str, bool)>,
) -> Result<bool, sqlx::Error> {
    let t = now();
    let mut q = Query::update()
        .table(Barriers::Table)
        .values([
            (Barriers::Status, to.as_str().into()),
            (Barriers::Version, (version + 1).into()),
            (Barriers::UpdatedAt, t.into()),
            (Barriers::ClosedAt, to.is_closed().then_some(t).into()),
        ])
        .and_where(Expr::col(Barriers::Id).eq(id))
        .and_where(Expr::col(Barriers::Status).eq(from.as_str()))
        .and_where(Expr::col(Barriers::Version).eq(version))
        .and_where(Expr::col(Barriers::MergedIntoId).is_null())
        .to_owned();
    if let Some((text, for_policy)) = solution {
        q.value(Barriers::Solution, text.trim());
        q.value(Barriers::SolutionForPolicy, for_policy);
    }
    Ok(tx.execute(&q).await? == 1)
}

/// Merges `from` into `into`: its young people and followers move over, it is marked merged, and
/// both histories say so. Returns false when either changed meanwhile.
pub async fn merge(
    tx: &mut Tx,
    from: &Barrier,
    into: &Barrier,
    by: (&str, &str),
) -> Result<bool, sqlx::Error> {
    let t = now();
    let q = Query::update()
        .table(Barriers::Table)
        .values([
            (Barriers::MergedIntoId, into.id.clone().into()),
            (Barriers::Version, (from.version + 1).into()),
            (Barriers::UpdatedAt, t.into()),
        ])
        .and_where(Expr::col(Barriers::Id).eq(from.id.as_str()))
        .and_where(Expr::col(Barriers::Version).eq(from.version))
        .and_where(Expr::col(Barriers::MergedIntoId).is_null())
        .to_owned();
    if tx.execute(&q).await? != 1 {
        return Ok(false);
    }
    copy_rows(tx, &from.id, &into.id).await?;
    let bump = Query::update()
        .table(Barriers::Table)
        .values([
            (Barriers::Version, Expr::col(Barriers::Version).add(1)),
            (Barriers::UpdatedAt, t.into()),
        ])
        .and_where(Expr::col(Barriers::Id).eq(into.id.as_str()))
        .to_owned();
    tx.execute(&bump).await?;
    let (by_id, by_name) = by;
    for (id, kind, note) in [
        (&from.id, "merged", into.title.as_str()),
        (&into.id, "merged_from", from.title.as_str()),
    ] {
        let e = EventLine {
            kind,
            from: None,
            to: None,
            note,
            by_user_id: Some(by_id),
            by_name,
            by_kind: "professional",
        };
        event(tx, id, &e).await?;
    }
    Ok(true)
}

/// Copies young people and followers of `from` to `into`, skipping those already there.
async fn copy_rows(tx: &mut Tx, from: &str, into: &str) -> Result<(), sqlx::Error> {
    let ids = young_people_tx(tx, from).await?;
    let t = now();
    for y in ids {
        link_young(tx, into, &y, None, t).await?;
    }
    #[derive(sqlx::FromRow)]
    struct Row {
        user_id: String,
    }
    let q = Query::select()
        .column(BarrierFollowers::UserId)
        .from(BarrierFollowers::Table)
        .and_where(Expr::col(BarrierFollowers::BarrierId).eq(from))
        .to_owned();
    let rows: Vec<Row> = tx.fetch_all(&q).await?;
    for r in rows {
        follow(tx, into, &r.user_id).await?;
    }
    Ok(())
}

async fn young_people_tx(tx: &mut Tx, barrier_id: &str) -> Result<Vec<String>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        young_person_id: String,
    }
    let q = Query::select()
        .column(BarrierYoungPeople::YoungPersonId)
        .from(BarrierYoungPeople::Table)
        .and_where(Expr::col(BarrierYoungPeople::BarrierId).eq(barrier_id))
        .to_owned();
    let rows: Vec<Row> = tx.fetch_all(&q).await?;
    Ok(rows.into_iter().map(|r| r.young_person_id).collect())
}

/// Barriers of the municipality a barrier could be merged into (same municipality, not closed,
/// not merged, not itself).
pub async fn merge_candidates(db: &Db, b: &Barrier) -> Result<Vec<Barrier>, sqlx::Error> {
    let t = Barriers::Table;
    let q = select()
        .and_where(Expr::col((t, Barriers::MunicipalityId)).eq(b.municipality_id.as_str()))
        .and_where(Expr::col((t, Barriers::Id)).ne(b.id.as_str()))
        .and_where(Expr::col((t, Barriers::MergedIntoId)).is_null())
        .and_where(Expr::col((t, Barriers::Status)).is_in(["open", "in_progress", "escalated"]))
        .cond_where(Cond::any().add(Expr::col((t, Barriers::Category)).eq(b.category.as_str())))
        .order_by((t, Barriers::UpdatedAt), Order::Desc)
        .limit(50)
        .to_owned();
    db.fetch_all(&q).await
}

pub use crate::features::youth::seam::{Household, household};

/// A linked young person's id and birth date (who is told follows the age rules).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Linked {
    /// Id.
    pub id: String,
    /// Date of birth.
    pub birth_date: Date,
}

/// The young people a barrier hits, with their birth dates.
pub async fn linked(db: &Db, barrier_id: &str) -> Result<Vec<Linked>, sqlx::Error> {
    let (l, y) = (BarrierYoungPeople::Table, Alias::new("young_people"));
    let q = Query::select()
        .column((y.clone(), Alias::new("id")))
        .column((y.clone(), Alias::new("birth_date")))
        .from(l)
        .inner_join(
            y.clone(),
            Expr::col((y.clone(), Alias::new("id"))).equals((l, BarrierYoungPeople::YoungPersonId)),
        )
        .and_where(Expr::col((l, BarrierYoungPeople::BarrierId)).eq(barrier_id))
        .and_where(Expr::col((y, Alias::new("erased_at"))).is_null())
        .to_owned();
    db.fetch_all(&q).await
}

mod categories;
mod escalations;
mod history;
mod report;
mod toets;

pub use categories::*;
pub use escalations::*;
pub use history::*;
pub use report::*;
pub use toets::*;
