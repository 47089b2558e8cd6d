//! Enrolling a young person: the one place that creates the person, their first relations (own
//! account, the professional who registered them, a parent) and the identity log line. Used when a
//! professional registers someone, when a young person signs up, and by the demo.

use time::Date;

use super::repo::{self, NewRelation, NewYoungPerson, RelationKind};
use crate::access::{self, Ground, Part};
use crate::auth::repo::user_by_login;
use crate::db::{Db, Tx};
use crate::error::{AppError, AppResult};

/// The youngest age at which someone may sign up on their own.
pub const SIGNUP_MIN_AGE: i32 = 12;
/// Under this age a parent with authority is needed.
pub const PARENT_NEEDED_UNDER: i32 = 16;

/// Age in whole years on `today`.
pub fn age(birth: Date, today: Date) -> i32 {
    access::rules::age_on(birth, today)
}

/// A parent (with authority) is needed for someone under 16.
pub fn needs_parent(birth: Date, today: Date) -> bool {
    age(birth, today) < PARENT_NEEDED_UNDER
}

/// Someone may sign up on their own from 12.
pub fn may_sign_up(birth: Date, today: Date) -> bool {
    age(birth, today) >= SIGNUP_MIN_AGE
}

/// A parent is added when one is needed, or when the registering professional named one anyway.
pub fn wants_parent(birth: Option<Date>, today: Date, parent_name: &str) -> bool {
    birth.is_some_and(|b| needs_parent(b, today)) || !parent_name.trim().is_empty()
}

/// Where a young person who just signed up goes next: under 16 to inviting a parent, otherwise to
/// their plan.
pub fn after_signup(young_person_id: &str, birth: Date, today: Date) -> String {
    if needs_parent(birth, today) {
        "/aanmelden/ouder".to_string()
    } else {
        format!("/jongeren/{young_person_id}/plan")
    }
}

/// The name shown for a person: first and last name, trimmed.
pub fn full_name(first_name: &str, last_name: &str) -> String {
    format!("{} {}", first_name.trim(), last_name.trim())
}

/// The plain-letter start of a login name made from a first name: lower case, accents dropped, at
/// most 12 letters or digits; `jongere` when too little is left.
pub fn login_base(first_name: &str) -> String {
    let base: String = first_name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            'ç' => 'c',
            c => c,
        })
        .filter(|c| c.is_ascii_alphanumeric())
        .take(12)
        .collect();
    if base.len() < 2 {
        "jongere".to_string()
    } else {
        base
    }
}

/// A login name for someone without e-mail: their first name in plain letters and four digits.
pub async fn free_login_name(db: &Db, first_name: &str) -> AppResult<String> {
    use rand::Rng;
    let base = login_base(first_name);
    for _ in 0..20 {
        let candidate = format!("{base}{:04}", rand::thread_rng().gen_range(0..10_000));
        if user_by_login(db, &candidate).await?.is_none() {
            return Ok(candidate);
        }
    }
    Err(AppError::Internal(anyhow::anyhow!("no free login name")))
}

/// The login name for a parent being invited: their e-mail address, or a free name. None when the
/// address has an account already (or is the young person's own): an existing account is never
/// linked as a parent, as that would open the child's file to whoever holds it.
pub async fn parent_login(
    db: &Db,
    name: &str,
    email: &Option<String>,
    young_login: Option<&str>,
) -> AppResult<Option<String>> {
    match email {
        Some(email) if Some(email.as_str()) == young_login => Ok(None),
        Some(email) if user_by_login(db, email).await?.is_some() => Ok(None),
        Some(email) => Ok(Some(email.clone())),
        None => free_login_name(db, name).await.map(Some),
    }
}

/// Someone related to the young person at enrolment.
#[derive(Debug, Clone, Default)]
pub struct Party {
    /// Their account (None when it does not exist yet).
    pub user_id: Option<String>,
    /// Name shown.
    pub name: String,
    /// Team (for a professional).
    pub team_id: Option<String>,
    /// Who confirmed parental authority (for a parent; None means not confirmed yet).
    pub authority_confirmed_by: Option<String>,
}

/// A young person to enrol.
#[derive(Debug, Clone)]
pub struct Enrolment {
    /// Municipality.
    pub municipality_id: String,
    /// Wijk.
    pub wijk_id: Option<String>,
    /// The young person's own account.
    pub user_id: Option<String>,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Date of birth.
    pub birth_date: Date,
    /// Who registered them.
    pub created_by: Option<String>,
    /// The professional involved from the start.
    pub professional: Option<Party>,
    /// A parent.
    pub parent: Option<Party>,
}

fn relation(young_person_id: &str, kind: RelationKind, p: &Party) -> NewRelation {
    NewRelation {
        young_person_id: young_person_id.to_string(),
        user_id: p.user_id.clone(),
        kind,
        display_name: p.name.clone(),
        team_id: p.team_id.clone(),
        has_authority: kind == RelationKind::Parent && p.authority_confirmed_by.is_some(),
        authority_confirmed_by: p.authority_confirmed_by.clone(),
        network_person_id: None,
    }
}

/// Creates the young person and their relations inside `tx`; returns the new id. The own relation
/// exists only with an own account.
pub async fn enrol(tx: &mut Tx, e: &Enrolment) -> Result<String, sqlx::Error> {
    let id = repo::insert_young_person(
        tx,
        &NewYoungPerson {
            municipality_id: e.municipality_id.clone(),
            wijk_id: e.wijk_id.clone(),
            user_id: e.user_id.clone(),
            first_name: e.first_name.clone(),
            last_name: e.last_name.clone(),
            birth_date: e.birth_date,
            created_by: e.created_by.clone(),
        },
    )
    .await?;
    if let Some(user_id) = &e.user_id {
        let own = Party {
            user_id: Some(user_id.clone()),
            name: full_name(&e.first_name, &e.last_name),
            ..Party::default()
        };
        repo::insert_relation(tx, &relation(&id, RelationKind::Own, &own)).await?;
    }
    if let Some(p) = &e.professional {
        repo::insert_relation(tx, &relation(&id, RelationKind::Professional, p)).await?;
    }
    if let Some(p) = &e.parent {
        add_parent(tx, &id, p).await?;
    }
    Ok(id)
}

/// Adds a parent relation; authority counts only once someone confirmed it.
pub async fn add_parent(
    tx: &mut Tx,
    young_person_id: &str,
    parent: &Party,
) -> Result<String, sqlx::Error> {
    repo::insert_relation(tx, &relation(young_person_id, RelationKind::Parent, parent)).await
}

/// Who enrolled a young person, for the log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnrolledBy {
    /// A professional registered them.
    Professional,
    /// They signed up themselves.
    Themselves,
}

impl EnrolledBy {
    /// The role and legal ground on the log line.
    pub fn role_and_ground(self) -> (&'static str, Ground) {
        match self {
            EnrolledBy::Professional => ("jeugdprofessional", Ground::Involvement),
            EnrolledBy::Themselves => ("jongere", Ground::Own),
        }
    }
}

/// Logs the creation of a young person's identity (after the enrolment was committed).
pub async fn log_created(
    db: &Db,
    young_person_id: &str,
    by: EnrolledBy,
    actor_user_id: &str,
    actor_name: &str,
    request_id: Option<&str>,
) -> Result<(), sqlx::Error> {
    let (actor_role, ground) = by.role_and_ground();
    access::log::record(
        db,
        &access::log::Entry {
            young_person_id,
            actor_user_id: Some(actor_user_id),
            actor_role,
            actor_name,
            part: Part::Identity,
            action: "create",
            allowed: true,
            ground: ground.as_str(),
            emergency: false,
            request_id,
        },
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 28);

    #[test]
    fn a_parent_is_needed_under_sixteen() {
        assert!(needs_parent(date!(2010 - 11 - 29), TODAY));
        assert!(!needs_parent(date!(2010 - 11 - 28), TODAY));
        assert!(wants_parent(Some(date!(2014 - 01 - 01)), TODAY, ""));
        assert!(!wants_parent(Some(date!(2008 - 01 - 01)), TODAY, "  "));
        assert!(wants_parent(Some(date!(2008 - 01 - 01)), TODAY, "Fatima"));
        assert!(wants_parent(None, TODAY, "Fatima"));
        assert!(!wants_parent(None, TODAY, ""));
    }

    #[test]
    fn login_names_in_plain_letters() {
        assert_eq!(login_base("Zoë"), "zoe");
        assert_eq!(login_base("Ça-va Élodie Maximiliaan"), "cavaelodiema");
        assert_eq!(login_base("李"), "jongere");
    }

    #[test]
    fn signing_up_from_twelve() {
        assert!(may_sign_up(date!(2014 - 11 - 28), TODAY));
        assert!(!may_sign_up(date!(2014 - 11 - 29), TODAY));
    }

    #[test]
    fn next_step_after_signup() {
        assert_eq!(
            after_signup("y1", date!(2012 - 01 - 01), TODAY),
            "/aanmelden/ouder"
        );
        assert_eq!(
            after_signup("y1", date!(2009 - 01 - 01), TODAY),
            "/jongeren/y1/plan"
        );
    }

    #[test]
    fn relations_carry_authority_only_when_confirmed() {
        let confirmed = Party {
            name: "Fatima".into(),
            authority_confirmed_by: Some("noor".into()),
            ..Party::default()
        };
        assert!(relation("y", RelationKind::Parent, &confirmed).has_authority);
        let invited = Party {
            name: "Fatima".into(),
            ..Party::default()
        };
        assert!(!relation("y", RelationKind::Parent, &invited).has_authority);
        assert!(!relation("y", RelationKind::Professional, &confirmed).has_authority);
        assert_eq!(full_name(" Sam ", "Jansen "), "Sam Jansen");
        assert_eq!(
            EnrolledBy::Themselves.role_and_ground(),
            ("jongere", Ground::Own)
        );
    }
}
