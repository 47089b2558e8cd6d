//! Queries for ideas, their supports, followers and reports.

use sea_query::{Alias, Expr, Func, Iden, Order, Query};
use time::OffsetDateTime;

use super::domain::{AnswerState, NewIdea, Status};
use crate::db::{Db, Tx, new_id, now};

#[derive(Iden, Clone, Copy)]
enum Ideas {
    Table,
    Id,
    MunicipalityId,
    WijkId,
    Title,
    Body,
    AuthorUserId,
    Status,
    AnswerState,
    AnswerText,
    AnsweredByName,
    AnsweredAt,
    BarrierId,
    CreatedAt,
    UpdatedAt,
}

#[derive(Iden, Clone, Copy)]
enum IdeaSupports {
    Table,
    IdeaId,
    SupporterKey,
    Email,
    TokenHash,
    ConfirmedAt,
    CreatedAt,
}

#[derive(Iden, Clone, Copy)]
enum IdeaFollowers {
    Table,
    IdeaId,
    Email,
    TokenHash,
    ConfirmedAt,
    CreatedAt,
}

#[derive(Iden, Clone, Copy)]
enum IdeaReports {
    Table,
    IdeaId,
    ReporterKey,
    CreatedAt,
}

/// An idea as stored, with its confirmed supports.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Idea {
    pub id: String,
    pub municipality_id: String,
    pub wijk_id: Option<String>,
    pub title: String,
    pub body: String,
    pub status: String,
    pub answer_state: Option<String>,
    pub answer_text: String,
    pub answered_by_name: Option<String>,
    pub answered_at: Option<OffsetDateTime>,
    pub barrier_id: Option<String>,
    pub created_at: OffsetDateTime,
    pub supports: i64,
    pub reports: i64,
}

fn select() -> sea_query::SelectStatement {
    let supports = Query::select()
        .expr(Func::count(Expr::col(IdeaSupports::IdeaId)))
        .from(IdeaSupports::Table)
        .and_where(
            Expr::col((IdeaSupports::Table, IdeaSupports::IdeaId))
                .equals((Ideas::Table, Ideas::Id)),
        )
        .and_where(Expr::col(IdeaSupports::ConfirmedAt).is_not_null())
        .to_owned();
    let reports = Query::select()
        .expr(Func::count(Expr::col(IdeaReports::IdeaId)))
        .from(IdeaReports::Table)
        .and_where(
            Expr::col((IdeaReports::Table, IdeaReports::IdeaId)).equals((Ideas::Table, Ideas::Id)),
        )
        .to_owned();
    Query::select()
        .columns([
            (Ideas::Table, Ideas::Id),
            (Ideas::Table, Ideas::MunicipalityId),
            (Ideas::Table, Ideas::WijkId),
            (Ideas::Table, Ideas::Title),
            (Ideas::Table, Ideas::Body),
            (Ideas::Table, Ideas::Status),
            (Ideas::Table, Ideas::AnswerState),
            (Ideas::Table, Ideas::AnswerText),
            (Ideas::Table, Ideas::AnsweredByName),
            (Ideas::Table, Ideas::AnsweredAt),
            (Ideas::Table, Ideas::BarrierId),
            (Ideas::Table, Ideas::CreatedAt),
        ])
        .expr_as(
            sea_query::SimpleExpr::SubQuery(None, Box::new(supports.into_sub_query_statement())),
            Alias::new("supports"),
        )
        .expr_as(
            sea_query::SimpleExpr::SubQuery(None, Box::new(reports.into_sub_query_statement())),
            Alias::new("reports"),
        )
        .from(Ideas::Table)
        .to_owned()
}

/// Shown ideas, newest first; optionally of one municipality.
pub async fn published(
    db: &Db,
    municipality_id: Option<&str>,
    limit: u64,
) -> Result<Vec<Idea>, sqlx::Error> {
    let mut q = select();
    q.and_where(Expr::col((Ideas::Table, Ideas::Status)).eq(Status::Published.as_str()))
        .order_by((Ideas::Table, Ideas::CreatedAt), Order::Desc)
        .limit(limit);
    if let Some(m) = municipality_id {
        q.and_where(Expr::col((Ideas::Table, Ideas::MunicipalityId)).eq(m));
    }
    db.fetch_all(&q).await
}

/// Ideas of a municipality in the given statuses (the moderation queue), oldest first.
pub async fn with_status(
    db: &Db,
    municipality_id: &str,
    statuses: &[Status],
) -> Result<Vec<Idea>, sqlx::Error> {
    let q = select()
        .and_where(Expr::col((Ideas::Table, Ideas::MunicipalityId)).eq(municipality_id))
        .and_where(
            Expr::col((Ideas::Table, Ideas::Status)).is_in(statuses.iter().map(|s| s.as_str())),
        )
        .order_by((Ideas::Table, Ideas::CreatedAt), Order::Asc)
        .limit(500)
        .to_owned();
    db.fetch_all(&q).await
}

/// One idea.
pub async fn get(db: &Db, id: &str) -> Result<Option<Idea>, sqlx::Error> {
    let q = select()
        .and_where(Expr::col((Ideas::Table, Ideas::Id)).eq(id))
        .to_owned();
    db.fetch_optional(&q).await
}

/// Stores a new idea, waiting for moderation; returns its id.
pub async fn insert(
    tx: &mut Tx,
    municipality_id: &str,
    idea: &NewIdea,
    author: Option<&str>,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let t = now();
    let q = Query::insert()
        .into_table(Ideas::Table)
        .columns([
            Ideas::Id,
            Ideas::MunicipalityId,
            Ideas::WijkId,
            Ideas::Title,
            Ideas::Body,
            Ideas::AuthorUserId,
            Ideas::Status,
            Ideas::CreatedAt,
            Ideas::UpdatedAt,
        ])
        .values_panic([
            id.clone().into(),
            municipality_id.into(),
            idea.wijk_id.clone().into(),
            idea.title.clone().into(),
            idea.body.clone().into(),
            author.map(str::to_string).into(),
            Status::Pending.as_str().into(),
            t.into(),
            t.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// Sets the status of an idea, only from `from`; returns whether it changed.
pub async fn set_status(
    tx: &mut Tx,
    id: &str,
    from: Status,
    to: Status,
) -> Result<bool, sqlx::Error> {
    let q = Query::update()
        .table(Ideas::Table)
        .values([
            (Ideas::Status, to.as_str().into()),
            (Ideas::UpdatedAt, now().into()),
        ])
        .and_where(Expr::col(Ideas::Id).eq(id))
        .and_where(Expr::col(Ideas::Status).eq(from.as_str()))
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}

/// Forgets the reports of an idea (a redacteur looked and showed it again).
pub async fn clear_reports(tx: &mut Tx, id: &str) -> Result<(), sqlx::Error> {
    let q = Query::delete()
        .from_table(IdeaReports::Table)
        .and_where(Expr::col(IdeaReports::IdeaId).eq(id))
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// Saves the official answer.
pub async fn answer(
    tx: &mut Tx,
    id: &str,
    state: AnswerState,
    text: &str,
    by_name: &str,
    barrier_id: Option<&str>,
) -> Result<(), sqlx::Error> {
    let t = now();
    let q = Query::update()
        .table(Ideas::Table)
        .values([
            (Ideas::AnswerState, state.as_str().into()),
            (Ideas::AnswerText, text.into()),
            (Ideas::AnsweredByName, by_name.into()),
            (Ideas::AnsweredAt, t.into()),
            (Ideas::BarrierId, barrier_id.map(str::to_string).into()),
            (Ideas::UpdatedAt, t.into()),
        ])
        .and_where(Expr::col(Ideas::Id).eq(id))
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// Records a support; a unique violation means this supporter supported the idea already.
pub async fn insert_support(
    tx: &mut Tx,
    idea_id: &str,
    key: &str,
    email: Option<&str>,
    token_hash: Option<&str>,
) -> Result<(), sqlx::Error> {
    let t = now();
    let confirmed = token_hash.is_none().then_some(t);
    let q = Query::insert()
        .into_table(IdeaSupports::Table)
        .columns([
            IdeaSupports::IdeaId,
            IdeaSupports::SupporterKey,
            IdeaSupports::Email,
            IdeaSupports::TokenHash,
            IdeaSupports::ConfirmedAt,
            IdeaSupports::CreatedAt,
        ])
        .values_panic([
            idea_id.into(),
            key.into(),
            email.map(str::to_string).into(),
            token_hash.map(str::to_string).into(),
            confirmed.into(),
            t.into(),
        ])
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// Records a follower waiting for confirmation; a unique violation means the address follows already.
pub async fn insert_follower(
    tx: &mut Tx,
    idea_id: &str,
    email: &str,
    token_hash: &str,
) -> Result<(), sqlx::Error> {
    let q = Query::insert()
        .into_table(IdeaFollowers::Table)
        .columns([
            IdeaFollowers::IdeaId,
            IdeaFollowers::Email,
            IdeaFollowers::TokenHash,
            IdeaFollowers::CreatedAt,
        ])
        .values_panic([
            idea_id.into(),
            email.into(),
            token_hash.into(),
            now().into(),
        ])
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// What a confirmation link is for: (idea id, `support` or `follow`, confirmed already).
pub async fn by_token(
    db: &Db,
    token_hash: &str,
) -> Result<Option<(String, &'static str, bool)>, sqlx::Error> {
    let q = Query::select()
        .columns([IdeaSupports::IdeaId, IdeaSupports::ConfirmedAt])
        .from(IdeaSupports::Table)
        .and_where(Expr::col(IdeaSupports::TokenHash).eq(token_hash))
        .to_owned();
    if let Some((id, at)) = db
        .fetch_optional::<(String, Option<OffsetDateTime>)>(&q)
        .await?
    {
        return Ok(Some((id, "support", at.is_some())));
    }
    let q = Query::select()
        .columns([IdeaFollowers::IdeaId, IdeaFollowers::ConfirmedAt])
        .from(IdeaFollowers::Table)
        .and_where(Expr::col(IdeaFollowers::TokenHash).eq(token_hash))
        .to_owned();
    Ok(db
        .fetch_optional::<(String, Option<OffsetDateTime>)>(&q)
        .await?
        .map(|(id, at)| (id, "follow", at.is_some())))
}

/// Confirms a support or a follower by its link; returns whether something was confirmed now.
pub async fn confirm(db: &Db, token_hash: &str) -> Result<bool, sqlx::Error> {
    let t = now();
    let q = Query::update()
        .table(IdeaSupports::Table)
        .value(IdeaSupports::ConfirmedAt, t)
        .and_where(Expr::col(IdeaSupports::TokenHash).eq(token_hash))
        .and_where(Expr::col(IdeaSupports::ConfirmedAt).is_null())
        .to_owned();
    if db.execute(&q).await? == 1 {
        return Ok(true);
    }
    let q = Query::update()
        .table(IdeaFollowers::Table)
        .value(IdeaFollowers::ConfirmedAt, t)
        .and_where(Expr::col(IdeaFollowers::TokenHash).eq(token_hash))
        .and_where(Expr::col(IdeaFollowers::ConfirmedAt).is_null())
        .to_owned();
    Ok(db.execute(&q).await? == 1)
}

/// Confirmed followers' addresses.
pub async fn followers(tx: &mut Tx, idea_id: &str) -> Result<Vec<String>, sqlx::Error> {
    let q = Query::select()
        .column(IdeaFollowers::Email)
        .from(IdeaFollowers::Table)
        .and_where(Expr::col(IdeaFollowers::IdeaId).eq(idea_id))
        .and_where(Expr::col(IdeaFollowers::ConfirmedAt).is_not_null())
        .to_owned();
    let rows: Vec<(String,)> = tx.fetch_all(&q).await?;
    Ok(rows.into_iter().map(|(e,)| e).collect())
}

/// Records a report; false when this reader reported the idea already.
pub async fn insert_report(tx: &mut Tx, idea_id: &str, key: &str) -> Result<bool, sqlx::Error> {
    let exists = Query::select()
        .expr(Func::count(Expr::col(IdeaReports::IdeaId)))
        .from(IdeaReports::Table)
        .and_where(Expr::col(IdeaReports::IdeaId).eq(idea_id))
        .and_where(Expr::col(IdeaReports::ReporterKey).eq(key))
        .to_owned();
    if tx.fetch_one::<(i64,)>(&exists).await?.0 > 0 {
        return Ok(false);
    }
    let q = Query::insert()
        .into_table(IdeaReports::Table)
        .columns([
            IdeaReports::IdeaId,
            IdeaReports::ReporterKey,
            IdeaReports::CreatedAt,
        ])
        .values_panic([idea_id.into(), key.into(), now().into()])
        .to_owned();
    tx.execute(&q).await.map(|_| true)
}

/// Reports of an idea.
pub async fn report_count(tx: &mut Tx, idea_id: &str) -> Result<i64, sqlx::Error> {
    let q = Query::select()
        .expr(Func::count(Expr::col(IdeaReports::IdeaId)))
        .from(IdeaReports::Table)
        .and_where(Expr::col(IdeaReports::IdeaId).eq(idea_id))
        .to_owned();
    tx.fetch_one::<(i64,)>(&q).await.map(|(n,)| n)
}

/// The status of an idea inside a transaction.
pub async fn status(tx: &mut Tx, idea_id: &str) -> Result<Option<Status>, sqlx::Error> {
    let q = Query::select()
        .column(Ideas::Status)
        .from(Ideas::Table)
        .and_where(Expr::col(Ideas::Id).eq(idea_id))
        .to_owned();
    Ok(tx
        .fetch_optional::<(String,)>(&q)
        .await?
        .and_then(|(s,)| Status::parse(&s)))
}
