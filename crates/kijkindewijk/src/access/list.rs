//! The gate for lists: the young people a user has a tie with (a caseload, a parent's children, a
//! network member's young people). One query loads them with the tie; the same rules decide per
//! row; one statement logs every name shown.

use sea_query::{Alias, Expr, Order, Query};
use time::Date;

use super::{Actor, Part, YoungPeople, YouthRelations, log, role_for, rules, tie_of};
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
    use crate::places::repo::Wijken;
    let (y, r) = (YoungPeople::Table, YouthRelations::Table);
    let q = Query::select()
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
        .and_where(Expr::col((r, YouthRelations::UserId)).eq(actor.user.id.clone()))
        .and_where(Expr::col((r, YouthRelations::EndedAt)).is_null())
        .and_where(Expr::col((r, YouthRelations::Kind)).is_in(kinds.iter().copied()))
        .and_where(Expr::col((y, YoungPeople::MunicipalityId)).eq(municipality_id))
        .and_where(Expr::col((y, YoungPeople::ErasedAt)).is_null())
        .order_by((y, YoungPeople::FirstName), Order::Asc)
        .to_owned();
    let rows: Vec<Listed> = app.db.fetch_all(&q).await?;
    if !actor
        .user
        .grants
        .iter()
        .any(|g| g.municipality_id == municipality_id)
    {
        return Ok(Vec::new());
    }
    let today = now().date();
    let mut shown = Vec::new();
    let mut grounds = Vec::new();
    for row in rows {
        let tie = tie_of(Some(&row.kind), Some(row.has_authority));
        let facts = rules::Facts {
            birth_date: row.birth_date,
            today,
            tie,
            consent: rules::Consent::default(),
            emergency: false,
        };
        if let Ok(ground) = rules::decide(&facts, Part::Identity, rules::Action::Read) {
            grounds.push((tie, ground));
            shown.push(row);
        }
    }
    let entries: Vec<log::Entry> = shown
        .iter()
        .zip(&grounds)
        .map(|(row, (tie, ground))| log::Entry {
            young_person_id: &row.id,
            actor_user_id: Some(&actor.user.id),
            actor_role: role_for(*tie, &actor.user),
            actor_name: &actor.user.display_name,
            part: Part::Identity,
            action: "list",
            allowed: true,
            ground: ground.as_str(),
            emergency: false,
            request_id: actor.request_id.as_deref(),
        })
        .collect();
    log::record_many(&app.db, &entries).await?;
    Ok(shown)
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
    let y = YoungPeople::Table;
    let (i, m) = (
        Alias::new("introductions"),
        Alias::new("organization_members"),
    );
    let q = Query::select()
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
        .and_where(Expr::col((m, Alias::new("user_id"))).eq(actor.user.id.clone()))
        .and_where(Expr::col((y, YoungPeople::Id)).is_in(young_person_ids.iter().cloned()))
        .and_where(Expr::col((y, YoungPeople::ErasedAt)).is_null())
        .to_owned();
    let rows: Vec<Introduced> = app.db.fetch_all(&q).await?;
    let today = now().date();
    let shown: Vec<Introduced> = rows
        .into_iter()
        .filter(|row| {
            // A partner role in the young person's municipality, as the gate demands.
            actor.user.grants.iter().any(|g| {
                g.municipality_id == row.municipality_id && g.role == crate::auth::Role::Partner
            })
        })
        .filter(|row| {
            let facts = rules::Facts {
                birth_date: row.birth_date,
                today,
                tie: rules::Tie::Partner,
                consent: rules::Consent::default(),
                emergency: false,
            };
            rules::decide(&facts, Part::Introduction, rules::Action::Read).is_ok()
        })
        .collect();
    let ground = rules::Ground::Introduced.as_str();
    let entries: Vec<log::Entry> = shown
        .iter()
        .map(|row| log::Entry {
            young_person_id: &row.id,
            actor_user_id: Some(&actor.user.id),
            actor_role: role_for(rules::Tie::Partner, &actor.user),
            actor_name: &actor.user.display_name,
            part: Part::Introduction,
            action: "list",
            allowed: true,
            ground,
            emergency: false,
            request_id: actor.request_id.as_deref(),
        })
        .collect();
    log::record_many(&app.db, &entries).await?;
    Ok(shown)
}
