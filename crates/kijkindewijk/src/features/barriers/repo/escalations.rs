//! Escalations of a barrier, their official answers and the inboxes of those who must answer.

use sea_query::{Alias, Cond, Expr, Order, Query, SelectStatement};
use time::{Date, OffsetDateTime};

use super::*;
use crate::db::{Db, Tx, new_id, now};

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

/// The answered escalations of several barriers in one query (a young person's barrier page),
/// oldest first.
pub async fn answered_of(db: &Db, barrier_ids: &[String]) -> Result<Vec<Escalation>, sqlx::Error> {
    if barrier_ids.is_empty() {
        return Ok(Vec::new());
    }
    let q = escalation_select()
        .and_where(Expr::col(BarrierEscalations::BarrierId).is_in(barrier_ids.iter().cloned()))
        .and_where(Expr::col(BarrierEscalations::AnsweredAt).is_not_null())
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
