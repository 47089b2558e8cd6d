//! The team itself: its wijken, its members, and how many young people each member is involved
//! with (a count, no names: a member's caseload is theirs).

use sea_query::{Alias, Expr, Func, Order, Query};

use crate::access::{YoungPeople, YouthRelations};
use crate::auth::repo::{UserRoles, Users};
use crate::db::Db;
use crate::places::repo::{TeamWijken, Wijken};

/// A member of the team.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Member {
    /// User id.
    pub id: String,
    /// Name.
    pub display_name: String,
    /// `jeugdprofessional` or `teamleider`.
    pub role: String,
}

/// The professionals and leaders of a team, by name (a user with both roles appears once per role).
pub async fn members(db: &Db, team_id: &str) -> Result<Vec<Member>, sqlx::Error> {
    let (u, r) = (Users::Table, UserRoles::Table);
    let q = Query::select()
        .distinct()
        .columns([(u, Users::Id), (u, Users::DisplayName)])
        .column((r, UserRoles::Role))
        .from(r)
        .inner_join(u, Expr::col((u, Users::Id)).equals((r, UserRoles::UserId)))
        .and_where(Expr::col((r, UserRoles::TeamId)).eq(team_id))
        .and_where(Expr::col((r, UserRoles::Role)).is_in(["jeugdprofessional", "teamleider"]))
        .and_where(Expr::col((u, Users::DisabledAt)).is_null())
        .order_by((u, Users::DisplayName), Order::Asc)
        .order_by((r, UserRoles::Role), Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// The names of the team's wijken.
pub async fn wijken(db: &Db, team_id: &str) -> Result<Vec<String>, sqlx::Error> {
    let q = Query::select()
        .column((Wijken::Table, Wijken::Name))
        .from(TeamWijken::Table)
        .inner_join(
            Wijken::Table,
            Expr::col((Wijken::Table, Wijken::Id)).equals((TeamWijken::Table, TeamWijken::WijkId)),
        )
        .and_where(Expr::col((TeamWijken::Table, TeamWijken::TeamId)).eq(team_id))
        .order_by((Wijken::Table, Wijken::Name), Order::Asc)
        .to_owned();
    let rows: Vec<(String,)> = db.fetch_all(&q).await?;
    Ok(rows.into_iter().map(|(n,)| n).collect())
}

/// Per member of the team: the number of young people they are involved with for this team.
pub async fn involvement_counts(db: &Db, team_id: &str) -> Result<Vec<(String, i64)>, sqlx::Error> {
    let r = YouthRelations::Table;
    let q = Query::select()
        .column(YouthRelations::UserId)
        .expr_as(Func::count(Expr::col(YouthRelations::Id)), Alias::new("n"))
        .from(r)
        .and_where(Expr::col(YouthRelations::TeamId).eq(team_id))
        .and_where(Expr::col(YouthRelations::Kind).eq("professional"))
        .and_where(Expr::col(YouthRelations::EndedAt).is_null())
        .and_where(Expr::col(YouthRelations::UserId).is_not_null())
        .group_by_col(YouthRelations::UserId)
        .to_owned();
    db.fetch_all(&q).await
}

/// A young person a member of the team is involved with (for counts only: no names).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MemberYoung {
    /// The member.
    pub user_id: String,
    /// The young person.
    pub young_person_id: String,
    /// Their birth date (the age rules decide what the team may see).
    pub birth_date: time::Date,
}

/// Every open professional involvement of the team's members, with the young person's birth date.
pub async fn member_young(db: &Db, team_id: &str) -> Result<Vec<MemberYoung>, sqlx::Error> {
    let (r, y) = (YouthRelations::Table, YoungPeople::Table);
    let q = Query::select()
        .column((r, YouthRelations::UserId))
        .column((r, YouthRelations::YoungPersonId))
        .column((y, YoungPeople::BirthDate))
        .from(r)
        .inner_join(
            y,
            Expr::col((y, YoungPeople::Id)).equals((r, YouthRelations::YoungPersonId)),
        )
        .and_where(Expr::col((r, YouthRelations::TeamId)).eq(team_id))
        .and_where(Expr::col((r, YouthRelations::Kind)).eq("professional"))
        .and_where(Expr::col((r, YouthRelations::EndedAt)).is_null())
        .and_where(Expr::col((r, YouthRelations::UserId)).is_not_null())
        .and_where(Expr::col((y, YoungPeople::ErasedAt)).is_null())
        .to_owned();
    db.fetch_all(&q).await
}
