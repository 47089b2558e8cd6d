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
    MunicipalityId,
    Key,
    NameNl,
    NameEn,
    Position,
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

/// Category keys and names in force for a municipality: its own list, or the default.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Category {
    /// Key.
    pub key: String,
    /// Dutch name (empty for a default category: the translation is used).
    pub name_nl: String,
    /// English name.
    pub name_en: String,
}

/// The categories of a municipality.
pub async fn categories(db: &Db, municipality_id: &str) -> Result<Vec<Category>, sqlx::Error> {
    let q = Query::select()
        .columns([
            BarrierCategories::Key,
            BarrierCategories::NameNl,
            BarrierCategories::NameEn,
        ])
        .from(BarrierCategories::Table)
        .and_where(Expr::col(BarrierCategories::MunicipalityId).eq(municipality_id))
        .order_by(BarrierCategories::Position, Order::Asc)
        .to_owned();
    let own: Vec<Category> = db.fetch_all(&q).await?;
    if !own.is_empty() {
        return Ok(own);
    }
    Ok(domain::DEFAULT_CATEGORIES
        .iter()
        .map(|k| Category {
            key: (*k).to_string(),
            name_nl: String::new(),
            name_en: String::new(),
        })
        .collect())
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

/// A history line to write.
#[derive(Debug, Clone, Copy)]
pub struct EventLine<'a> {
    /// `raised`, `status`, `escalated`, `answered`, `merged`, `merged_from`, `toets`, `reminded`.
    pub kind: &'a str,
    /// Status before.
    pub from: Option<Status>,
    /// Status after.
    pub to: Option<Status>,
    /// A short note.
    pub note: &'a str,
    /// Who (none for the system).
    pub by_user_id: Option<&'a str>,
    /// Their name.
    pub by_name: &'a str,
    /// As whom (a [`RaisedBy`] name, `teamleider`, `beleid` or `system`).
    pub by_kind: &'a str,
}

/// Writes a history line now.
pub async fn event(tx: &mut Tx, barrier_id: &str, e: &EventLine<'_>) -> Result<(), sqlx::Error> {
    event_at(tx, barrier_id, e, now()).await
}

/// Writes a history line at a given moment (the demo's history lies in the past).
pub async fn event_at(
    tx: &mut Tx,
    barrier_id: &str,
    e: &EventLine<'_>,
    at: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let q = Query::insert()
        .into_table(BarrierEvents::Table)
        .columns([
            BarrierEvents::Id,
            BarrierEvents::BarrierId,
            BarrierEvents::Kind,
            BarrierEvents::FromStatus,
            BarrierEvents::ToStatus,
            BarrierEvents::Note,
            BarrierEvents::ByUserId,
            BarrierEvents::ByName,
            BarrierEvents::ByKind,
            BarrierEvents::At,
        ])
        .values_panic([
            new_id().into(),
            barrier_id.into(),
            e.kind.into(),
            e.from.map(|s| s.as_str().to_string()).into(),
            e.to.map(|s| s.as_str().to_string()).into(),
            e.note.into(),
            e.by_user_id.map(str::to_string).into(),
            e.by_name.into(),
            e.by_kind.into(),
            at.into(),
        ])
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// A history line as read.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Event {
    /// Kind.
    pub kind: String,
    /// Status before.
    pub from_status: Option<String>,
    /// Status after.
    pub to_status: Option<String>,
    /// Note.
    pub note: String,
    /// Name.
    pub by_name: String,
    /// As whom.
    pub by_kind: String,
    /// When.
    pub at: OffsetDateTime,
}

/// The history, oldest first.
pub async fn events(db: &Db, barrier_id: &str) -> Result<Vec<Event>, sqlx::Error> {
    let q = Query::select()
        .columns([
            BarrierEvents::Kind,
            BarrierEvents::FromStatus,
            BarrierEvents::ToStatus,
            BarrierEvents::Note,
            BarrierEvents::ByName,
            BarrierEvents::ByKind,
            BarrierEvents::At,
        ])
        .from(BarrierEvents::Table)
        .and_where(Expr::col(BarrierEvents::BarrierId).eq(barrier_id))
        .order_by(BarrierEvents::At, Order::Asc)
        .order_by(BarrierEvents::Id, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
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

/// The saved toets of a barrier (empty when none was started).
pub async fn toets(db: &Db, barrier_id: &str) -> Result<(Toets, Option<ToetsMeta>), sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        need: String,
        effect: String,
        purpose: String,
        purpose_served: String,
        fairness: String,
        legal: String,
        proposal: String,
        argument: String,
        updated_by_name: String,
        updated_at: OffsetDateTime,
    }
    let q = Query::select()
        .columns([
            BarrierToets::Need,
            BarrierToets::Effect,
            BarrierToets::Purpose,
            BarrierToets::PurposeServed,
            BarrierToets::Fairness,
            BarrierToets::Legal,
            BarrierToets::Proposal,
            BarrierToets::Argument,
            BarrierToets::UpdatedByName,
            BarrierToets::UpdatedAt,
        ])
        .from(BarrierToets::Table)
        .and_where(Expr::col(BarrierToets::BarrierId).eq(barrier_id))
        .to_owned();
    let row: Option<Row> = db.fetch_optional(&q).await?;
    Ok(match row {
        None => (Toets::default(), None),
        Some(r) => (
            Toets {
                need: r.need,
                effect: r.effect,
                purpose: r.purpose,
                purpose_served: r.purpose_served,
                fairness: r.fairness,
                legal: r.legal,
                proposal: r.proposal,
                argument: r.argument,
            },
            Some(ToetsMeta {
                by_name: r.updated_by_name,
                at: r.updated_at,
            }),
        ),
    })
}

/// Who saved the toets last, and when.
#[derive(Debug, Clone)]
pub struct ToetsMeta {
    /// Name.
    pub by_name: String,
    /// When.
    pub at: OffsetDateTime,
}

/// Saves the whole toets.
pub async fn save_toets(
    tx: &mut Tx,
    barrier_id: &str,
    t: &Toets,
    by: &str,
    by_name: &str,
) -> Result<(), sqlx::Error> {
    let values = [
        t.need.clone(),
        t.effect.clone(),
        t.purpose.clone(),
        t.purpose_served.clone(),
        t.fairness.clone(),
        t.legal.clone(),
        t.proposal.clone(),
        t.argument.clone(),
    ];
    let cols = [
        BarrierToets::Need,
        BarrierToets::Effect,
        BarrierToets::Purpose,
        BarrierToets::PurposeServed,
        BarrierToets::Fairness,
        BarrierToets::Legal,
        BarrierToets::Proposal,
        BarrierToets::Argument,
    ];
    let mut all_cols = vec![BarrierToets::BarrierId];
    all_cols.extend(cols);
    all_cols.extend([
        BarrierToets::UpdatedBy,
        BarrierToets::UpdatedByName,
        BarrierToets::UpdatedAt,
    ]);
    let mut vals: Vec<sea_query::SimpleExpr> = vec![barrier_id.into()];
    vals.extend(values.iter().map(|v| v.clone().into()));
    vals.extend([by.into(), by_name.into(), now().into()]);
    let mut update = cols.to_vec();
    update.extend([
        BarrierToets::UpdatedBy,
        BarrierToets::UpdatedByName,
        BarrierToets::UpdatedAt,
    ]);
    let q = Query::insert()
        .into_table(BarrierToets::Table)
        .columns(all_cols)
        .values_panic(vals)
        .on_conflict(
            sea_query::OnConflict::column(BarrierToets::BarrierId)
                .update_columns(update)
                .to_owned(),
        )
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// An escalation and its answer.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Escalation {
    /// Id.
    pub id: String,
    /// Barrier.
    pub barrier_id: String,
    /// Municipality.
    pub municipality_id: String,
    /// Level.
    pub level: String,
    /// The role that must answer.
    pub answer_role: String,
    /// The escalating team (the teamleider of this team answers at that level).
    pub team_id: Option<String>,
    /// The title as written for this level.
    pub title: String,
    /// The argument.
    pub argument: String,
    /// Answer wanted by.
    pub deadline: Date,
    /// Escalated by.
    pub escalated_by: Option<String>,
    /// When.
    pub escalated_at: OffsetDateTime,
    /// The official answer.
    pub answer_text: Option<String>,
    /// The state the answer gave.
    pub answer_state: Option<String>,
    /// Who answered.
    pub answered_by_name: Option<String>,
    /// When.
    pub answered_at: Option<OffsetDateTime>,
    /// When the deadline reminder went out.
    pub reminded_at: Option<OffsetDateTime>,
}

impl Escalation {
    /// The level, parsed.
    pub fn level(&self) -> Level {
        Level::parse(&self.level).unwrap_or(Level::Policy)
    }
    /// Days from escalation to answer.
    pub fn days_to_answer(&self) -> Option<i64> {
        self.answered_at
            .map(|a| (a - self.escalated_at).whole_days().max(0))
    }
}

fn escalation_select() -> SelectStatement {
    Query::select()
        .columns([
            BarrierEscalations::Id,
            BarrierEscalations::BarrierId,
            BarrierEscalations::MunicipalityId,
            BarrierEscalations::Level,
            BarrierEscalations::AnswerRole,
            BarrierEscalations::TeamId,
            BarrierEscalations::Title,
            BarrierEscalations::Argument,
            BarrierEscalations::Deadline,
            BarrierEscalations::EscalatedBy,
            BarrierEscalations::EscalatedAt,
            BarrierEscalations::AnswerText,
            BarrierEscalations::AnswerState,
            BarrierEscalations::AnsweredByName,
            BarrierEscalations::AnsweredAt,
            BarrierEscalations::RemindedAt,
        ])
        .from(BarrierEscalations::Table)
        .to_owned()
}

/// A barrier's escalations, oldest first.
pub async fn escalations(db: &Db, barrier_id: &str) -> Result<Vec<Escalation>, sqlx::Error> {
    let q = escalation_select()
        .and_where(Expr::col(BarrierEscalations::BarrierId).eq(barrier_id))
        .order_by(BarrierEscalations::EscalatedAt, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// One escalation.
pub async fn escalation(db: &Db, id: &str) -> Result<Option<Escalation>, sqlx::Error> {
    let q = escalation_select()
        .and_where(Expr::col(BarrierEscalations::Id).eq(id))
        .to_owned();
    db.fetch_optional(&q).await
}

/// A new escalation.
#[derive(Debug, Clone)]
pub struct NewEscalation<'a> {
    /// Barrier.
    pub barrier_id: &'a str,
    /// Municipality.
    pub municipality_id: &'a str,
    /// Level.
    pub level: Level,
    /// The escalating professional's team.
    pub team_id: Option<&'a str>,
    /// Title for this level.
    pub title: &'a str,
    /// Argument.
    pub argument: &'a str,
    /// Deadline.
    pub deadline: Date,
    /// Who.
    pub by: &'a str,
}

/// Stores an escalation. A unique index keeps one open escalation per barrier.
pub async fn insert_escalation(
    tx: &mut Tx,
    e: &NewEscalation<'_>,
    at: OffsetDateTime,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let q = Query::insert()
        .into_table(BarrierEscalations::Table)
        .columns([
            BarrierEscalations::Id,
            BarrierEscalations::BarrierId,
            BarrierEscalations::MunicipalityId,
            BarrierEscalations::Level,
            BarrierEscalations::AnswerRole,
            BarrierEscalations::TeamId,
            BarrierEscalations::Title,
            BarrierEscalations::Argument,
            BarrierEscalations::Deadline,
            BarrierEscalations::EscalatedBy,
            BarrierEscalations::EscalatedAt,
        ])
        .values_panic([
            id.clone().into(),
            e.barrier_id.into(),
            e.municipality_id.into(),
            e.level.as_str().into(),
            e.level.answer_role().as_str().into(),
            e.team_id.map(str::to_string).into(),
            e.title.trim().into(),
            e.argument.trim().into(),
            e.deadline.into(),
            e.by.into(),
            at.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// Records the answer when nobody answered yet. Returns whether this answer is the one.
pub async fn answer(
    tx: &mut Tx,
    escalation_id: &str,
    text: &str,
    state: Status,
    by: &str,
    by_name: &str,
    at: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let q = Query::update()
        .table(BarrierEscalations::Table)
        .values([
            (BarrierEscalations::AnswerText, text.trim().into()),
            (BarrierEscalations::AnswerState, state.as_str().into()),
            (BarrierEscalations::AnsweredBy, by.into()),
            (BarrierEscalations::AnsweredByName, by_name.into()),
            (BarrierEscalations::AnsweredAt, at.into()),
        ])
        .and_where(Expr::col(BarrierEscalations::Id).eq(escalation_id))
        .and_where(Expr::col(BarrierEscalations::AnsweredAt).is_null())
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}

/// Marks the deadline reminder as sent, once. Returns whether this call did.
pub async fn mark_reminded(tx: &mut Tx, escalation_id: &str) -> Result<bool, sqlx::Error> {
    let q = Query::update()
        .table(BarrierEscalations::Table)
        .value(BarrierEscalations::RemindedAt, now())
        .and_where(Expr::col(BarrierEscalations::Id).eq(escalation_id))
        .and_where(Expr::col(BarrierEscalations::AnsweredAt).is_null())
        .and_where(Expr::col(BarrierEscalations::RemindedAt).is_null())
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}

/// An escalation waiting in an inbox, with its barrier's title, category, wijk and count.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InboxRow {
    /// Escalation id.
    pub id: String,
    /// Barrier id.
    pub barrier_id: String,
    /// Barrier title.
    pub title: String,
    /// Category key.
    pub category: String,
    /// Wijk name.
    pub wijk_name: Option<String>,
    /// Level.
    pub level: String,
    /// Deadline.
    pub deadline: Date,
    /// Escalated.
    pub escalated_at: OffsetDateTime,
    /// Young people hit.
    pub young_count: i64,
}

/// Open escalations a role must answer in a municipality (a teamleider: their team's).
pub async fn inbox(
    db: &Db,
    municipality_id: &str,
    role: &str,
    team_id: Option<&str>,
) -> Result<Vec<InboxRow>, sqlx::Error> {
    let (e, b, w) = (
        BarrierEscalations::Table,
        Barriers::Table,
        Alias::new("wijken"),
    );
    let mut q = Query::select()
        .columns([
            (e, BarrierEscalations::Id),
            (e, BarrierEscalations::BarrierId),
            (e, BarrierEscalations::Level),
            (e, BarrierEscalations::Deadline),
            (e, BarrierEscalations::EscalatedAt),
        ])
        .column((e, BarrierEscalations::Title))
        .column((b, Barriers::Category))
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
        .from(e)
        .inner_join(
            b,
            Expr::col((b, Barriers::Id)).equals((e, BarrierEscalations::BarrierId)),
        )
        .left_join(
            w.clone(),
            Expr::col((w, Alias::new("id"))).equals((b, Barriers::WijkId)),
        )
        .and_where(Expr::col((e, BarrierEscalations::MunicipalityId)).eq(municipality_id))
        .and_where(Expr::col((e, BarrierEscalations::AnswerRole)).eq(role))
        .and_where(Expr::col((e, BarrierEscalations::AnsweredAt)).is_null())
        .order_by((e, BarrierEscalations::Deadline), Order::Asc)
        .limit(500)
        .to_owned();
    if let Some(t) = team_id {
        q.and_where(Expr::col((e, BarrierEscalations::TeamId)).eq(t));
    }
    db.fetch_all(&q).await
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

/// Addresses for the reminder: the users holding `role` (in `team_id` for a teamleider) and the
/// escalating team's teamleiders.
pub async fn reminder_addresses(db: &Db, e: &Escalation) -> Result<Vec<String>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        email: String,
    }
    let (r, u) = (Alias::new("user_roles"), Alias::new("users"));
    let col = |c: &str| Expr::col((r.clone(), Alias::new(c)));
    let mut who = Cond::any().add(
        Cond::all()
            .add(col("role").eq("teamleider"))
            .add(col("team_id").eq(e.team_id.clone())),
    );
    if e.answer_role == "beleid" {
        who = who.add(col("role").eq("beleid"));
    }
    let q = Query::select()
        .distinct()
        .column((u.clone(), Alias::new("email")))
        .from(r.clone())
        .inner_join(
            u.clone(),
            Expr::col((u.clone(), Alias::new("id"))).equals((r.clone(), Alias::new("user_id"))),
        )
        .and_where(col("municipality_id").eq(e.municipality_id.as_str()))
        .cond_where(who)
        .and_where(Expr::col((u.clone(), Alias::new("email"))).is_not_null())
        .and_where(Expr::col((u, Alias::new("disabled_at"))).is_null())
        .to_owned();
    let rows: Vec<Row> = db.fetch_all(&q).await?;
    Ok(rows.into_iter().map(|r| r.email).collect())
}

pub use crate::features::youth::seam::{Household, household};

/// One row of the governance report: a barrier reduced to what may be counted.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReportRow {
    /// Category key.
    pub category: String,
    /// Status.
    pub status: String,
    /// Wijk id.
    pub wijk_id: Option<String>,
    /// Recorded.
    pub created_at: OffsetDateTime,
    /// Young people hit.
    pub young_count: i64,
    /// Days to the first answer, when answered.
    pub answered_at: Option<OffsetDateTime>,
    /// Escalated.
    pub escalated_at: Option<OffsetDateTime>,
    /// The solution, only when marked fit for this view.
    pub solution: Option<String>,
    /// Title, only with an approved solution.
    pub title: Option<String>,
}

/// The report's rows for a municipality, a wijk (optional) and a period of recording.
pub async fn report_rows(
    db: &Db,
    municipality_id: &str,
    wijk_id: Option<&str>,
    from: Date,
    to: Date,
) -> Result<Vec<ReportRow>, sqlx::Error> {
    let b = Barriers::Table;
    let start = from.midnight().assume_utc();
    let end = to.next_day().unwrap_or(to).midnight().assume_utc();
    let mut q = Query::select()
        .columns([
            (b, Barriers::Category),
            (b, Barriers::Status),
            (b, Barriers::WijkId),
            (b, Barriers::CreatedAt),
        ])
        .expr_as(
            Expr::cust(
                "(SELECT COUNT(*) FROM barrier_young_people byp WHERE byp.barrier_id = barriers.id)",
            ),
            Alias::new("young_count"),
        )
        .expr_as(
            Expr::cust(
                "(SELECT MIN(e.answered_at) FROM barrier_escalations e WHERE e.barrier_id = barriers.id)",
            ),
            Alias::new("answered_at"),
        )
        .expr_as(
            Expr::cust(
                "(SELECT MIN(e.escalated_at) FROM barrier_escalations e WHERE e.barrier_id = barriers.id)",
            ),
            Alias::new("escalated_at"),
        )
        .expr_as(
            Expr::cust("CASE WHEN barriers.solution_for_policy THEN barriers.solution END"),
            Alias::new("solution"),
        )
        .expr_as(
            Expr::cust("CASE WHEN barriers.solution_for_policy THEN barriers.title END"),
            Alias::new("title"),
        )
        .from(b)
        .and_where(Expr::col((b, Barriers::MunicipalityId)).eq(municipality_id))
        .and_where(Expr::col((b, Barriers::MergedIntoId)).is_null())
        .and_where(Expr::col((b, Barriers::CreatedAt)).gte(start))
        .and_where(Expr::col((b, Barriers::CreatedAt)).lt(end))
        .order_by((b, Barriers::CreatedAt), Order::Asc)
        .to_owned();
    if let Some(w) = wijk_id {
        q.and_where(Expr::col((b, Barriers::WijkId)).eq(w));
    }
    db.fetch_all(&q).await
}

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

/// The titles written for an escalation (checked to hold nothing personal) of the municipality's
/// barriers, newest first, as (barrier id, title): what the public may read about a barrier.
pub async fn escalation_titles(
    db: &Db,
    municipality_id: &str,
    barrier_id: Option<&str>,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    let mut q = Query::select();
    q.columns([BarrierEscalations::BarrierId, BarrierEscalations::Title])
        .from(BarrierEscalations::Table)
        .and_where(Expr::col(BarrierEscalations::MunicipalityId).eq(municipality_id))
        .order_by(BarrierEscalations::EscalatedAt, Order::Desc);
    if let Some(id) = barrier_id {
        q.and_where(Expr::col(BarrierEscalations::BarrierId).eq(id));
    }
    db.fetch_all(&q).await
}
