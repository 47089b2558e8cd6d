//! What the wijkmonitor's job may read of youth: per young person of one municipality the wijk,
//! registration and birth dates, the team's consent per part, network counts, self-ratings and
//! goal scores. Only the monitor's refresh job calls these; nothing here reaches a page.

use sea_query::{Alias, Expr, IntoIden, Query, SelectStatement};
use time::{Date, OffsetDateTime};

use crate::db::Db;

fn a(name: &str) -> Alias {
    Alias::new(name)
}

/// The young people of a municipality who are not erased, joined as `y`.
fn of_municipality(q: &mut SelectStatement, municipality_id: &str, on: &str) {
    q.inner_join(
        sea_query::TableRef::TableAlias(a("young_people").into_iden(), a("y").into_iden()),
        Expr::cust(format!("y.id = {on}")),
    )
    .and_where(Expr::col((a("y"), a("municipality_id"))).eq(municipality_id))
    .and_where(Expr::col((a("y"), a("erased_at"))).is_null());
}

/// One young person.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct YoungRow {
    /// Id (only to join the other facts; never stored by the monitor).
    pub id: String,
    /// Wijk id.
    pub wijk_id: Option<String>,
    /// Birth date.
    pub birth_date: Date,
    /// Registered at.
    pub created_at: OffsetDateTime,
}

/// The young people of a municipality (not erased).
pub async fn young(db: &Db, municipality_id: &str) -> Result<Vec<YoungRow>, sqlx::Error> {
    let q = Query::select()
        .columns([a("id"), a("wijk_id"), a("birth_date"), a("created_at")])
        .from(a("young_people"))
        .and_where(Expr::col(a("municipality_id")).eq(municipality_id))
        .and_where(Expr::col(a("erased_at")).is_null())
        .to_owned();
    db.fetch_all(&q).await
}

/// The team's consent for one part.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ConsentRow {
    /// Young person.
    pub young_person_id: String,
    /// `plan`, `ratings` or `network`.
    pub part: String,
    /// The young person agreed at.
    pub by_young_at: Option<OffsetDateTime>,
    /// A parent agreed at.
    pub by_parent_at: Option<OffsetDateTime>,
}

/// Consent to the team for plan, ratings and network.
pub async fn team_consents(db: &Db, municipality_id: &str) -> Result<Vec<ConsentRow>, sqlx::Error> {
    let mut q = Query::select()
        .expr(Expr::cust("c.young_person_id"))
        .expr(Expr::cust("c.part"))
        .expr(Expr::cust("c.by_young_at"))
        .expr(Expr::cust("c.by_parent_at"))
        .from_as(a("consents"), a("c"))
        .and_where(Expr::col((a("c"), a("audience_key"))).eq("team"))
        .and_where(Expr::col((a("c"), a("part"))).is_in(["plan", "ratings", "network"]))
        .to_owned();
    of_municipality(&mut q, municipality_id, "c.young_person_id");
    db.fetch_all(&q).await
}

/// Network counts of one young person at one date.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NetRow {
    /// Young person.
    pub young_person_id: String,
    /// The snapshot's date; `None` for the live map.
    pub taken_on: Option<Date>,
    /// People.
    pub size: i64,
    /// Professionals among them.
    pub professional: i64,
    /// Trusted people among them.
    pub trusted: i64,
}

/// The live network map's counts per young person.
pub async fn network_now(db: &Db, municipality_id: &str) -> Result<Vec<NetRow>, sqlx::Error> {
    let mut q = Query::select()
        .expr_as(Expr::cust("n.young_person_id"), a("young_person_id"))
        .expr_as(Expr::cust("CAST(NULL AS DATE)"), a("taken_on"))
        .expr_as(Expr::cust("COUNT(*)"), a("size"))
        .expr_as(
            Expr::cust("SUM(CASE WHEN n.sector = 'professionals' THEN 1 ELSE 0 END)"),
            a("professional"),
        )
        .expr_as(
            Expr::cust("SUM(CASE WHEN n.trusted THEN 1 ELSE 0 END)"),
            a("trusted"),
        )
        .from_as(a("network_people"), a("n"))
        .group_by_col((a("n"), a("young_person_id")))
        .to_owned();
    of_municipality(&mut q, municipality_id, "n.young_person_id");
    db.fetch_all(&q).await
}

/// The dated snapshots' counts per young person.
pub async fn network_snapshots(db: &Db, municipality_id: &str) -> Result<Vec<NetRow>, sqlx::Error> {
    let mut q = Query::select()
        .expr_as(Expr::cust("s.young_person_id"), a("young_person_id"))
        .expr_as(Expr::cust("s.taken_on"), a("taken_on"))
        .expr_as(Expr::cust("COUNT(p.id)"), a("size"))
        .expr_as(
            Expr::cust("SUM(CASE WHEN p.sector = 'professionals' THEN 1 ELSE 0 END)"),
            a("professional"),
        )
        .expr_as(
            Expr::cust("SUM(CASE WHEN p.trusted THEN 1 ELSE 0 END)"),
            a("trusted"),
        )
        .from_as(a("network_snapshots"), a("s"))
        .left_join(
            sea_query::TableRef::TableAlias(
                a("network_snapshot_people").into_iden(),
                a("p").into_iden(),
            ),
            Expr::cust("p.snapshot_id = s.id"),
        )
        .group_by_columns([
            (a("s"), a("id")),
            (a("s"), a("young_person_id")),
            (a("s"), a("taken_on")),
        ])
        .to_owned();
    of_municipality(&mut q, municipality_id, "s.young_person_id");
    db.fetch_all(&q).await
}

/// One self-rating.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RatingRow {
    /// Young person.
    pub young_person_id: String,
    /// Life domain key.
    pub domain_key: String,
    /// Rated at.
    pub rated_at: OffsetDateTime,
    /// 1–10.
    pub score: i64,
}

/// Self-ratings since `since`.
pub async fn ratings(
    db: &Db,
    municipality_id: &str,
    since: OffsetDateTime,
) -> Result<Vec<RatingRow>, sqlx::Error> {
    let mut q = Query::select()
        .expr_as(Expr::cust("r.young_person_id"), a("young_person_id"))
        .expr_as(Expr::cust("d.key"), a("domain_key"))
        .expr_as(Expr::cust("r.rated_at"), a("rated_at"))
        .expr_as(Expr::cust("r.score"), a("score"))
        .from_as(a("self_ratings"), a("r"))
        .inner_join(
            sea_query::TableRef::TableAlias(a("life_domains").into_iden(), a("d").into_iden()),
            Expr::cust("d.id = r.domain_id"),
        )
        .and_where(Expr::col((a("r"), a("rated_at"))).gte(since))
        .to_owned();
    of_municipality(&mut q, municipality_id, "r.young_person_id");
    db.fetch_all(&q).await
}

/// One score of one goal.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct GoalScoreRow {
    /// Young person.
    pub young_person_id: String,
    /// Goal.
    pub goal_id: String,
    /// The goal's weight.
    pub weight: i64,
    /// Scored at.
    pub scored_at: OffsetDateTime,
    /// −2..=2.
    pub score: i64,
}

/// Every goal score.
pub async fn goal_scores(db: &Db, municipality_id: &str) -> Result<Vec<GoalScoreRow>, sqlx::Error> {
    let mut q = Query::select()
        .expr_as(Expr::cust("g.young_person_id"), a("young_person_id"))
        .expr_as(Expr::cust("g.id"), a("goal_id"))
        .expr_as(Expr::cust("g.weight"), a("weight"))
        .expr_as(Expr::cust("s.scored_at"), a("scored_at"))
        .expr_as(Expr::cust("s.score"), a("score"))
        .from_as(a("goal_scores"), a("s"))
        .inner_join(
            sea_query::TableRef::TableAlias(a("goals").into_iden(), a("g").into_iden()),
            Expr::cust("g.id = s.goal_id"),
        )
        .to_owned();
    of_municipality(&mut q, municipality_id, "g.young_person_id");
    db.fetch_all(&q).await
}
