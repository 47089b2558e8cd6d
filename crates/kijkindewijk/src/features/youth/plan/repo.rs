//! Queries for the plan: life domains, entries per domain, self-ratings, profile, goals with their
//! scores, actions. Every read of a plan is a fixed number of queries, whatever its size.

use sea_query::{Alias, Cond, Expr, Iden, OnConflict, Order, Query};
use time::{Date, OffsetDateTime};

use crate::db::{Db, Tx, new_id, now};

#[derive(Iden, Clone, Copy)]
enum LifeDomains {
    Table,
    Id,
    MunicipalityId,
    Key,
    NameNl,
    NameEn,
    Position,
}

#[derive(Iden, Clone, Copy)]
enum DomainEntries {
    Table,
    Id,
    YoungPersonId,
    DomainId,
    GoesWell,
    Wishes,
    OwnPart,
    NetworkPart,
    ProfessionalPart,
    WantsToTalk,
    UpdatedAt,
}

#[derive(Iden, Clone, Copy)]
enum SelfRatings {
    Table,
    Id,
    YoungPersonId,
    DomainId,
    Score,
    RatedAt,
}

#[derive(Iden, Clone, Copy)]
enum YouthProfiles {
    Table,
    YoungPersonId,
    Talents,
    Interests,
    Dreams,
    UpdatedAt,
}

#[derive(Iden, Clone, Copy)]
enum Goals {
    Table,
    Id,
    YoungPersonId,
    DomainId,
    Title,
    LevelMinus2,
    LevelMinus1,
    #[iden = "level_0"]
    Level0,
    LevelPlus1,
    LevelPlus2,
    Weight,
    Status,
    CreatedAt,
    UpdatedAt,
}

#[derive(Iden, Clone, Copy)]
enum GoalScores {
    Table,
    Id,
    GoalId,
    Score,
    ScoredAt,
    ScoredBy,
}

#[derive(Iden, Clone, Copy)]
enum PlanActions {
    Table,
    Id,
    YoungPersonId,
    GoalId,
    DomainId,
    Description,
    OwnerKind,
    OwnerRelationId,
    OwnerName,
    DueOn,
    Status,
    CreatedAt,
    UpdatedAt,
}

/// A life domain.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Domain {
    /// Id.
    pub id: String,
    /// Stable key.
    pub key: String,
    /// Dutch name.
    pub name_nl: String,
    /// English name.
    pub name_en: String,
}

/// The domains of a municipality: its own list when it has one, otherwise the default list.
pub async fn domains(db: &Db, municipality_id: &str) -> Result<Vec<Domain>, sqlx::Error> {
    let rows: Vec<DomainRow> = db.fetch_all(&domains_query(municipality_id)).await?;
    Ok(pick_domains(rows))
}

/// The same, inside a transaction.
pub async fn domains_in_tx(tx: &mut Tx, municipality_id: &str) -> Result<Vec<Domain>, sqlx::Error> {
    let rows: Vec<DomainRow> = tx.fetch_all(&domains_query(municipality_id)).await?;
    Ok(pick_domains(rows))
}

#[derive(sqlx::FromRow)]
struct DomainRow {
    id: String,
    key: String,
    name_nl: String,
    name_en: String,
    is_default: bool,
}

fn pick_domains(rows: Vec<DomainRow>) -> Vec<Domain> {
    let own = rows.iter().any(|r| !r.is_default);
    rows.into_iter()
        .filter(|r| r.is_default != own)
        .map(|r| Domain {
            id: r.id,
            key: r.key,
            name_nl: r.name_nl,
            name_en: r.name_en,
        })
        .collect()
}

fn domains_query(municipality_id: &str) -> sea_query::SelectStatement {
    Query::select()
        .columns([
            LifeDomains::Id,
            LifeDomains::Key,
            LifeDomains::NameNl,
            LifeDomains::NameEn,
        ])
        .expr_as(
            Expr::col(LifeDomains::MunicipalityId).is_null(),
            Alias::new("is_default"),
        )
        .from(LifeDomains::Table)
        .cond_where(
            Cond::any()
                .add(Expr::col(LifeDomains::MunicipalityId).eq(municipality_id))
                .add(Expr::col(LifeDomains::MunicipalityId).is_null()),
        )
        .order_by(LifeDomains::Position, Order::Asc)
        .to_owned()
}

/// What the young person wrote for one domain.
#[derive(Debug, Clone, Default, sqlx::FromRow, serde::Serialize)]
pub struct Entry {
    /// Domain id.
    pub domain_id: String,
    /// What goes well.
    pub goes_well: String,
    /// Wishes.
    pub wishes: String,
    /// What the young person does themselves.
    pub own_part: String,
    /// What the network does.
    pub network_part: String,
    /// What professionals do.
    pub professional_part: String,
    /// "Hier wil ik over praten".
    pub wants_to_talk: bool,
}

/// All domain entries of a young person.
pub async fn entries(db: &Db, young_person_id: &str) -> Result<Vec<Entry>, sqlx::Error> {
    let q = Query::select()
        .columns([
            DomainEntries::DomainId,
            DomainEntries::GoesWell,
            DomainEntries::Wishes,
            DomainEntries::OwnPart,
            DomainEntries::NetworkPart,
            DomainEntries::ProfessionalPart,
            DomainEntries::WantsToTalk,
        ])
        .from(DomainEntries::Table)
        .and_where(Expr::col(DomainEntries::YoungPersonId).eq(young_person_id))
        .to_owned();
    db.fetch_all(&q).await
}

/// Saves the entry of one domain (insert or replace).
pub async fn save_entry(tx: &mut Tx, young_person_id: &str, e: &Entry) -> Result<(), sqlx::Error> {
    let q = Query::insert()
        .into_table(DomainEntries::Table)
        .columns([
            DomainEntries::Id,
            DomainEntries::YoungPersonId,
            DomainEntries::DomainId,
            DomainEntries::GoesWell,
            DomainEntries::Wishes,
            DomainEntries::OwnPart,
            DomainEntries::NetworkPart,
            DomainEntries::ProfessionalPart,
            DomainEntries::WantsToTalk,
            DomainEntries::UpdatedAt,
        ])
        .values_panic([
            new_id().into(),
            young_person_id.into(),
            e.domain_id.clone().into(),
            e.goes_well.trim().into(),
            e.wishes.trim().into(),
            e.own_part.trim().into(),
            e.network_part.trim().into(),
            e.professional_part.trim().into(),
            e.wants_to_talk.into(),
            now().into(),
        ])
        .on_conflict(
            OnConflict::columns([DomainEntries::YoungPersonId, DomainEntries::DomainId])
                .update_columns([
                    DomainEntries::GoesWell,
                    DomainEntries::Wishes,
                    DomainEntries::OwnPart,
                    DomainEntries::NetworkPart,
                    DomainEntries::ProfessionalPart,
                    DomainEntries::WantsToTalk,
                    DomainEntries::UpdatedAt,
                ])
                .to_owned(),
        )
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// A self-rating.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Rating {
    /// Domain.
    pub domain_id: String,
    /// 1–10.
    pub score: i64,
    /// When.
    pub rated_at: OffsetDateTime,
}

/// All self-ratings of a young person, oldest first.
pub async fn ratings(db: &Db, young_person_id: &str) -> Result<Vec<Rating>, sqlx::Error> {
    let q = Query::select()
        .columns([
            SelfRatings::DomainId,
            SelfRatings::Score,
            SelfRatings::RatedAt,
        ])
        .from(SelfRatings::Table)
        .and_where(Expr::col(SelfRatings::YoungPersonId).eq(young_person_id))
        .order_by(SelfRatings::RatedAt, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// Adds a self-rating.
pub async fn add_rating(
    tx: &mut Tx,
    young_person_id: &str,
    domain_id: &str,
    score: i64,
) -> Result<(), sqlx::Error> {
    add_rating_at(tx, young_person_id, domain_id, score, now()).await
}

/// Adds a self-rating given at a moment (history kept elsewhere, or the demo).
pub async fn add_rating_at(
    tx: &mut Tx,
    young_person_id: &str,
    domain_id: &str,
    score: i64,
    at: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let q = Query::insert()
        .into_table(SelfRatings::Table)
        .columns([
            SelfRatings::Id,
            SelfRatings::YoungPersonId,
            SelfRatings::DomainId,
            SelfRatings::Score,
            SelfRatings::RatedAt,
        ])
        .values_panic([
            new_id().into(),
            young_person_id.into(),
            domain_id.into(),
            score.into(),
            at.into(),
        ])
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// Talents, interests and dreams.
#[derive(Debug, Clone, Default, sqlx::FromRow, serde::Serialize)]
pub struct Profile {
    /// Talents (free text).
    pub talents: String,
    /// Interests as comma-separated tags (matched against the social map later).
    pub interests: String,
    /// Dreams.
    pub dreams: String,
}

/// The profile, empty when nothing was written yet.
pub async fn profile(db: &Db, young_person_id: &str) -> Result<Profile, sqlx::Error> {
    let q = Query::select()
        .columns([
            YouthProfiles::Talents,
            YouthProfiles::Interests,
            YouthProfiles::Dreams,
        ])
        .from(YouthProfiles::Table)
        .and_where(Expr::col(YouthProfiles::YoungPersonId).eq(young_person_id))
        .to_owned();
    Ok(db.fetch_optional(&q).await?.unwrap_or_default())
}

/// Saves the profile.
pub async fn save_profile(
    tx: &mut Tx,
    young_person_id: &str,
    p: &Profile,
) -> Result<(), sqlx::Error> {
    let q = Query::insert()
        .into_table(YouthProfiles::Table)
        .columns([
            YouthProfiles::YoungPersonId,
            YouthProfiles::Talents,
            YouthProfiles::Interests,
            YouthProfiles::Dreams,
            YouthProfiles::UpdatedAt,
        ])
        .values_panic([
            young_person_id.into(),
            p.talents.trim().into(),
            p.interests.trim().into(),
            p.dreams.trim().into(),
            now().into(),
        ])
        .on_conflict(
            OnConflict::column(YouthProfiles::YoungPersonId)
                .update_columns([
                    YouthProfiles::Talents,
                    YouthProfiles::Interests,
                    YouthProfiles::Dreams,
                    YouthProfiles::UpdatedAt,
                ])
                .to_owned(),
        )
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// A goal with its GAS levels.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Goal {
    /// Id.
    pub id: String,
    /// Domain.
    pub domain_id: Option<String>,
    /// In the young person's own words.
    pub title: String,
    /// −2: much less than expected.
    pub level_minus2: String,
    /// −1.
    pub level_minus1: String,
    /// 0: the expected outcome.
    pub level_0: String,
    /// +1.
    pub level_plus1: String,
    /// +2: much more than expected.
    pub level_plus2: String,
    /// Weight in the T-score.
    pub weight: i64,
    /// active, achieved, stopped.
    pub status: String,
    /// When set.
    pub created_at: OffsetDateTime,
}

/// Goals of a young person, oldest first.
pub async fn goals(db: &Db, young_person_id: &str) -> Result<Vec<Goal>, sqlx::Error> {
    let q = Query::select()
        .columns([
            Goals::Id,
            Goals::DomainId,
            Goals::Title,
            Goals::LevelMinus2,
            Goals::LevelMinus1,
            Goals::Level0,
            Goals::LevelPlus1,
            Goals::LevelPlus2,
            Goals::Weight,
            Goals::Status,
            Goals::CreatedAt,
        ])
        .from(Goals::Table)
        .and_where(Expr::col(Goals::YoungPersonId).eq(young_person_id))
        .order_by(Goals::CreatedAt, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// A new goal: title and the five levels.
#[derive(Debug, Clone)]
pub struct NewGoal {
    /// Domain.
    pub domain_id: Option<String>,
    /// Title.
    pub title: String,
    /// Levels −2, −1, 0, +1, +2.
    pub levels: [String; 5],
}

/// Adds a goal; returns its id.
pub async fn add_goal(
    tx: &mut Tx,
    young_person_id: &str,
    g: &NewGoal,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let t = now();
    let [m2, m1, z, p1, p2] = g.levels.clone();
    let q = Query::insert()
        .into_table(Goals::Table)
        .columns([
            Goals::Id,
            Goals::YoungPersonId,
            Goals::DomainId,
            Goals::Title,
            Goals::LevelMinus2,
            Goals::LevelMinus1,
            Goals::Level0,
            Goals::LevelPlus1,
            Goals::LevelPlus2,
            Goals::Weight,
            Goals::Status,
            Goals::CreatedAt,
            Goals::UpdatedAt,
        ])
        .values_panic([
            id.clone().into(),
            young_person_id.into(),
            g.domain_id.clone().into(),
            g.title.trim().into(),
            m2.trim().into(),
            m1.trim().into(),
            z.trim().into(),
            p1.trim().into(),
            p2.trim().into(),
            1i64.into(),
            "active".into(),
            t.into(),
            t.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// A score of a goal.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct GoalScore {
    /// Goal.
    pub goal_id: String,
    /// −2…+2.
    pub score: i64,
    /// When.
    pub scored_at: OffsetDateTime,
}

#[derive(sqlx::FromRow)]
struct GoalWithScoreRow {
    #[sqlx(flatten)]
    goal: Goal,
    score: Option<i64>,
    scored_at: Option<OffsetDateTime>,
}

/// The goals (oldest first) and every score of them (oldest first) in one query: the goals with
/// their scores joined, one row per score (or one for a goal without any).
pub async fn goals_with_scores(
    db: &Db,
    young_person_id: &str,
) -> Result<(Vec<Goal>, Vec<GoalScore>), sqlx::Error> {
    let (g, s) = (Goals::Table, GoalScores::Table);
    let q = Query::select()
        .columns(
            [
                Goals::Id,
                Goals::DomainId,
                Goals::Title,
                Goals::LevelMinus2,
                Goals::LevelMinus1,
                Goals::Level0,
                Goals::LevelPlus1,
                Goals::LevelPlus2,
                Goals::Weight,
                Goals::Status,
                Goals::CreatedAt,
            ]
            .map(|c| (g, c)),
        )
        .columns([(s, GoalScores::Score), (s, GoalScores::ScoredAt)])
        .from(g)
        .left_join(s, Expr::col((s, GoalScores::GoalId)).equals((g, Goals::Id)))
        .and_where(Expr::col((g, Goals::YoungPersonId)).eq(young_person_id))
        .order_by((g, Goals::CreatedAt), Order::Asc)
        .order_by((g, Goals::Id), Order::Asc)
        .to_owned();
    let rows: Vec<GoalWithScoreRow> = db.fetch_all(&q).await?;
    let mut goals: Vec<Goal> = Vec::new();
    let mut scores = Vec::new();
    for row in rows {
        if let (Some(score), Some(scored_at)) = (row.score, row.scored_at) {
            scores.push(GoalScore {
                goal_id: row.goal.id.clone(),
                score,
                scored_at,
            });
        }
        if goals.last().is_none_or(|last| last.id != row.goal.id) {
            goals.push(row.goal);
        }
    }
    scores.sort_by_key(|s| s.scored_at);
    Ok((goals, scores))
}

/// Every score of the young person's goals, oldest first (one query for all goals).
pub async fn goal_scores(db: &Db, young_person_id: &str) -> Result<Vec<GoalScore>, sqlx::Error> {
    let s = GoalScores::Table;
    let q = Query::select()
        .columns([
            (s, GoalScores::GoalId),
            (s, GoalScores::Score),
            (s, GoalScores::ScoredAt),
        ])
        .from(s)
        .inner_join(
            Goals::Table,
            Expr::col((Goals::Table, Goals::Id)).equals((s, GoalScores::GoalId)),
        )
        .and_where(Expr::col((Goals::Table, Goals::YoungPersonId)).eq(young_person_id))
        .order_by((s, GoalScores::ScoredAt), Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// Scores a goal of this young person; false when the goal is not theirs.
pub async fn add_goal_score(
    tx: &mut Tx,
    young_person_id: &str,
    goal_id: &str,
    score: i64,
    by: &str,
) -> Result<bool, sqlx::Error> {
    let q = Query::select()
        .expr(Expr::col(Goals::Id).count())
        .from(Goals::Table)
        .and_where(Expr::col(Goals::Id).eq(goal_id))
        .and_where(Expr::col(Goals::YoungPersonId).eq(young_person_id))
        .to_owned();
    if tx.fetch_one::<(i64,)>(&q).await?.0 == 0 {
        return Ok(false);
    }
    let q = Query::insert()
        .into_table(GoalScores::Table)
        .columns([
            GoalScores::Id,
            GoalScores::GoalId,
            GoalScores::Score,
            GoalScores::ScoredAt,
            GoalScores::ScoredBy,
        ])
        .values_panic([
            new_id().into(),
            goal_id.into(),
            score.into(),
            now().into(),
            by.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(true)
}

/// An action in the plan.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct PlanAction {
    /// Id.
    pub id: String,
    /// Goal it serves.
    pub goal_id: Option<String>,
    /// Domain.
    pub domain_id: Option<String>,
    /// What.
    pub description: String,
    /// young, parent, network, partner, professional.
    pub owner_kind: String,
    /// Who (name).
    pub owner_name: String,
    /// The owner's relation, when they have one.
    pub owner_relation_id: Option<String>,
    /// When.
    pub due_on: Option<Date>,
    /// open, done, cancelled.
    pub status: String,
}

/// Actions of a young person, open first, then by date.
pub async fn actions(db: &Db, young_person_id: &str) -> Result<Vec<PlanAction>, sqlx::Error> {
    let q = Query::select()
        .columns([
            PlanActions::Id,
            PlanActions::GoalId,
            PlanActions::DomainId,
            PlanActions::Description,
            PlanActions::OwnerKind,
            PlanActions::OwnerName,
            PlanActions::OwnerRelationId,
            PlanActions::DueOn,
            PlanActions::Status,
        ])
        .from(PlanActions::Table)
        .and_where(Expr::col(PlanActions::YoungPersonId).eq(young_person_id))
        .order_by(PlanActions::Status, Order::Desc)
        .order_by(PlanActions::DueOn, Order::Asc)
        .order_by(PlanActions::CreatedAt, Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// A new action.
#[derive(Debug, Clone)]
pub struct NewAction {
    /// Goal.
    pub goal_id: Option<String>,
    /// Domain.
    pub domain_id: Option<String>,
    /// What.
    pub description: String,
    /// Owner kind.
    pub owner_kind: String,
    /// Owner relation.
    pub owner_relation_id: Option<String>,
    /// Owner name.
    pub owner_name: String,
    /// When.
    pub due_on: Option<Date>,
}

/// Adds an action.
pub async fn add_action(
    tx: &mut Tx,
    young_person_id: &str,
    a: &NewAction,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let t = now();
    let q = Query::insert()
        .into_table(PlanActions::Table)
        .columns([
            PlanActions::Id,
            PlanActions::YoungPersonId,
            PlanActions::GoalId,
            PlanActions::DomainId,
            PlanActions::Description,
            PlanActions::OwnerKind,
            PlanActions::OwnerRelationId,
            PlanActions::OwnerName,
            PlanActions::DueOn,
            PlanActions::Status,
            PlanActions::CreatedAt,
            PlanActions::UpdatedAt,
        ])
        .values_panic([
            id.clone().into(),
            young_person_id.into(),
            a.goal_id.clone().into(),
            a.domain_id.clone().into(),
            a.description.trim().into(),
            a.owner_kind.clone().into(),
            a.owner_relation_id.clone().into(),
            a.owner_name.trim().into(),
            a.due_on.into(),
            super::types::ActionStatus::Open.as_str().into(),
            t.into(),
            t.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// Sets an action's status; false when the action is not this young person's.
pub async fn set_action_status(
    tx: &mut Tx,
    young_person_id: &str,
    action_id: &str,
    status: &str,
) -> Result<bool, sqlx::Error> {
    let q = Query::update()
        .table(PlanActions::Table)
        .values([
            (PlanActions::Status, status.into()),
            (PlanActions::UpdatedAt, now().into()),
        ])
        .and_where(Expr::col(PlanActions::Id).eq(action_id))
        .and_where(Expr::col(PlanActions::YoungPersonId).eq(young_person_id))
        .to_owned();
    Ok(tx.execute(&q).await? == 1)
}
