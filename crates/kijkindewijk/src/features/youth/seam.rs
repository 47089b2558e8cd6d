//! What other features may ask of youth, and nothing more. Introductions (and whatever comes next)
//! call these instead of youth's repo, plan or input rules, so youth can change inside without
//! breaking them, and a renamed column is a compile error here.

use sea_query::{Alias, Cond, Expr, Order, Query};

use crate::access::YoungPeople;
use crate::auth::repo::Users;
use crate::db::{Db, Tx};
use crate::error::FieldErrors;

/// Consent and relations as the team's week changes them: asking for consent sets it as the
/// sharing page does, and starting or handing over an involvement is a relation of the young
/// person. The caller has passed the gate for what it changes.
pub use super::repo::{
    ConsentBy, NewRelation, RelationKind, consents, end_relation, insert_relation, set_consent,
};

/// The life domains of a municipality's plans (a barrier names the domain it blocks).
pub use super::plan::repo::domains as life_domains;

/// Who reads a young person's page and the tabs they can open: every page about a young person
/// shows the tabs of [`Nav`] and picks its words by [`Reader`].
pub use super::reader::{Nav, Reader, nav};

/// Notes that something about the young person changed (their "last changed" moment), inside the
/// caller's transaction.
pub async fn touch(tx: &mut Tx, young_person_id: &str) -> Result<(), sqlx::Error> {
    super::repo::touch(tx, young_person_id).await
}

/// The young person whose own account this is, if any (not erased).
pub async fn own_young_person_id(db: &Db, user_id: &str) -> Result<Option<String>, sqlx::Error> {
    super::repo::own_young_person_id(db, user_id).await
}

/// The words of the young person's interests and talents, as they wrote them (interests are
/// comma-separated tags; talents free text split at punctuation). The caller has passed the gate
/// for their profile.
pub async fn interests(db: &Db, young_person_id: &str) -> Result<Vec<String>, sqlx::Error> {
    let p = super::plan::repo::profile(db, young_person_id).await?;
    Ok(p.interests
        .split(',')
        .chain(p.talents.split([',', '.', ';']))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect())
}

/// The e-mail address of the young person's own account, if they have one with an address.
pub async fn own_email(db: &Db, young_person_id: &str) -> Result<Option<String>, sqlx::Error> {
    let (y, u) = (YoungPeople::Table, Users::Table);
    let q = Query::select()
        .column((u, Users::Email))
        .from(y)
        .inner_join(
            u,
            Expr::col((u, Users::Id)).equals((y, YoungPeople::UserId)),
        )
        .and_where(Expr::col((y, YoungPeople::Id)).eq(young_person_id))
        .to_owned();
    Ok(db
        .fetch_optional::<(Option<String>,)>(&q)
        .await?
        .and_then(|(e,)| e))
}

/// Free text that goes with a young person's data: the same length rule as youth's own texts.
pub fn check_text(value: &str, field: &str, errors: &mut FieldErrors) {
    super::validate::text(value, field, errors);
}

/// The first young person (by id) of a municipality with this first name: their id and account,
/// for other features' demo data.
pub async fn first_by_first_name(
    tx: &mut Tx,
    municipality_id: &str,
    first_name: &str,
) -> Result<Option<(String, Option<String>)>, sqlx::Error> {
    let q = Query::select()
        .columns([YoungPeople::Id, YoungPeople::UserId])
        .from(YoungPeople::Table)
        .and_where(Expr::col(YoungPeople::MunicipalityId).eq(municipality_id))
        .and_where(Expr::col(YoungPeople::FirstName).eq(first_name))
        .order_by(YoungPeople::Id, Order::Asc)
        .limit(1)
        .to_owned();
    tx.fetch_optional(&q).await
}

/// An address of a young person's household: their own (`self`) or a parent's with authority
/// (`parent`); the caller decides by age whom to tell.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Household {
    /// Relation kind (`self` or `parent`).
    pub kind: String,
    /// Address.
    pub email: String,
}

/// The young person's own and their parents' (with authority) addresses.
pub async fn household(tx: &mut Tx, young_person_id: &str) -> Result<Vec<Household>, sqlx::Error> {
    let (r, u) = (Alias::new("youth_relations"), Alias::new("users"));
    let col = |c: &str| Expr::col((r.clone(), Alias::new(c)));
    let q = Query::select()
        .column((r.clone(), Alias::new("kind")))
        .column((u.clone(), Alias::new("email")))
        .from(r.clone())
        .inner_join(
            u.clone(),
            Expr::col((u.clone(), Alias::new("id"))).equals((r.clone(), Alias::new("user_id"))),
        )
        .and_where(col("young_person_id").eq(young_person_id))
        .and_where(col("ended_at").is_null())
        .cond_where(
            Cond::any().add(col("kind").eq("self")).add(
                Cond::all()
                    .add(col("kind").eq("parent"))
                    .add(col("has_authority").eq(true)),
            ),
        )
        .and_where(Expr::col((u.clone(), Alias::new("email"))).is_not_null())
        .and_where(Expr::col((u, Alias::new("disabled_at"))).is_null())
        .to_owned();
    tx.fetch_all(&q).await
}

/// A professional involved with the young person, as a partner may reach them about an
/// introduction: name and work address.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Professional {
    /// Name as the relation shows it.
    pub display_name: String,
    /// Work e-mail address.
    pub email: Option<String>,
}

/// The professionals currently involved with the young person (the caller has passed the gate).
pub async fn professionals(
    db: &Db,
    young_person_id: &str,
) -> Result<Vec<Professional>, sqlx::Error> {
    let (r, u) = (Alias::new("youth_relations"), Alias::new("users"));
    let col = |c: &str| Expr::col((r.clone(), Alias::new(c)));
    let q = Query::select()
        .column((r.clone(), Alias::new("display_name")))
        .column((u.clone(), Alias::new("email")))
        .from(r.clone())
        .inner_join(
            u.clone(),
            Expr::col((u.clone(), Alias::new("id"))).equals((r.clone(), Alias::new("user_id"))),
        )
        .and_where(col("young_person_id").eq(young_person_id))
        .and_where(col("kind").eq("professional"))
        .and_where(col("ended_at").is_null())
        .and_where(Expr::col((u, Alias::new("disabled_at"))).is_null())
        .order_by((r, Alias::new("display_name")), Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}
