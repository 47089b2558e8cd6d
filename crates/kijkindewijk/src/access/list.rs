//! The gate for lists: the young people a user has a tie with (a caseload, a parent's children, a
//! network member's young people). One query loads them with the tie; the same rules decide per
//! row; one statement logs every name shown.

use sea_query::{Alias, Expr, Order, Query, SelectStatement};
use time::Date;

use super::{Actor, Part, YoungPeople, YouthRelations, entry, rules};
use crate::db::now;
use crate::error::AppResult;
use crate::state::AppState;

/// A young person in a list.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Listed {
    /// Id.
    pub id: String,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Date of birth.
    pub birth_date: Date,
    /// Wijk name.
    pub wijk_name: Option<String>,
    /// The viewer's relation kind.
    pub kind: String,
    /// Parental authority (parents).
    pub has_authority: bool,
}

/// The young people of one municipality the actor has an active tie of one of `kinds` with, as far
/// as the rules let them see their identity; every row shown is logged.
pub async fn related(
    app: &AppState,
    actor: &Actor,
    municipality_id: &str,
    kinds: &[&str],
) -> AppResult<Vec<Listed>> {
    let q = related_query(&actor.user.id, municipality_id, kinds);
    let rows: Vec<Listed> = app.db.fetch_all(&q).await?;
    let today = now().date();
    let what = (Part::Identity, rules::Action::Read);
    let mut shown = Vec::new();
    let mut entries = Vec::new();
    for row in &rows {
        // The gate's own rules, on the facts this list loaded (no consent is needed for identity).
        let facts = rules::GateFacts {
            grants: &actor.user.grants,
            municipality_id,
            birth_date: row.birth_date,
            today,
            erased: false,
            relation: Some((&row.kind, row.has_authority)),
            partner_link: false,
            consents: Vec::new(),
            emergency: false,
            one_introduction: false,
        };
        for (facts, decision) in facts.evaluate(&[what]) {
            if decision.is_ok() {
                entries.push(entry(actor, &row.id, facts.tie, (what.0, "list"), decision));
                shown.push(row.clone());
            }
        }
    }
    app.access_log.write(&entries).await?;
    Ok(shown)
}

fn related_query(user_id: &str, municipality_id: &str, kinds: &[&str]) -> SelectStatement {
    use crate::places::repo::Wijken;
    let (y, r) = (YoungPeople::Table, YouthRelations::Table);
    Query::select()
        .columns([
            (y, YoungPeople::Id),
            (y, YoungPeople::FirstName),
            (y, YoungPeople::LastName),
            (y, YoungPeople::BirthDate),
        ])
        .expr_as(
            Expr::col((Wijken::Table, Wijken::Name)),
            Alias::new("wijk_name"),
        )
        .columns([(r, YouthRelations::Kind), (r, YouthRelations::HasAuthority)])
        .from(r)
        .inner_join(
            y,
            Expr::col((y, YoungPeople::Id)).equals((r, YouthRelations::YoungPersonId)),
        )
        .left_join(
            Wijken::Table,
            Expr::col((Wijken::Table, Wijken::Id)).equals((y, YoungPeople::WijkId)),
        )
        .and_where(Expr::col((r, YouthRelations::UserId)).eq(user_id))
        .and_where(Expr::col((r, YouthRelations::EndedAt)).is_null())
        .and_where(Expr::col((r, YouthRelations::Kind)).is_in(kinds.iter().copied()))
        .and_where(Expr::col((y, YoungPeople::MunicipalityId)).eq(municipality_id))
        .and_where(Expr::col((y, YoungPeople::ErasedAt)).is_null())
        .order_by((y, YoungPeople::FirstName), Order::Asc)
        .to_owned()
}

/// A young person as the partner of an organisation they were introduced to sees them.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Introduced {
    /// Id.
    pub id: String,
    /// First name (never the last name: the introduction does not need it).
    pub first_name: String,
    /// Date of birth, for the age.
    pub birth_date: Date,
    /// Municipality.
    pub municipality_id: String,
}

impl Introduced {
    /// Age today.
    pub fn age(&self) -> i32 {
        rules::age_on(self.birth_date, now().date())
    }
}

/// Of `young_person_ids` (the young people of the introductions a partner's inbox shows), those
/// introduced to an organisation the actor is a member of: one query, the same rules as
/// [`super::check`] for [`Part::Introduction`], and one statement that logs exactly the young
/// people shown.
pub async fn introduced(
    app: &AppState,
    actor: &Actor,
    young_person_ids: &[String],
) -> AppResult<Vec<Introduced>> {
    if young_person_ids.is_empty() {
        return Ok(Vec::new());
    }
    let q = introduced_query(&actor.user.id, young_person_ids);
    let rows: Vec<Introduced> = app.db.fetch_all(&q).await?;
    let today = now().date();
    let what = (Part::Introduction, rules::Action::Read);
    let mut shown = Vec::new();
    let mut entries = Vec::new();
    for row in &rows {
        // The gate's own rules: the query found the partner link; the rules ask for a partner
        // role in the young person's municipality.
        let facts = rules::GateFacts {
            grants: &actor.user.grants,
            municipality_id: &row.municipality_id,
            birth_date: row.birth_date,
            today,
            erased: false,
            relation: None,
            partner_link: true,
            consents: Vec::new(),
            emergency: false,
            one_introduction: false,
        };
        for (facts, decision) in facts.evaluate(&[what]) {
            if decision.is_ok() {
                entries.push(entry(actor, &row.id, facts.tie, (what.0, "list"), decision));
                shown.push(row.clone());
            }
        }
    }
    app.access_log.write(&entries).await?;
    Ok(shown)
}

fn introduced_query(user_id: &str, young_person_ids: &[String]) -> SelectStatement {
    let y = YoungPeople::Table;
    let (i, m) = (
        Alias::new("introductions"),
        Alias::new("organization_members"),
    );
    Query::select()
        .distinct()
        .columns([
            (y, YoungPeople::Id),
            (y, YoungPeople::FirstName),
            (y, YoungPeople::BirthDate),
            (y, YoungPeople::MunicipalityId),
        ])
        .from(i.clone())
        .inner_join(
            m.clone(),
            Expr::col((m.clone(), Alias::new("organization_id")))
                .equals((i.clone(), Alias::new("organization_id"))),
        )
        .inner_join(
            y,
            Expr::col((y, YoungPeople::Id)).equals((i, Alias::new("young_person_id"))),
        )
        .and_where(Expr::col((m, Alias::new("user_id"))).eq(user_id))
        .and_where(Expr::col((y, YoungPeople::Id)).is_in(young_person_ids.iter().cloned()))
        .and_where(Expr::col((y, YoungPeople::ErasedAt)).is_null())
        .to_owned()
}
