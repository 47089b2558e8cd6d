//! Queries for young people, their relations, consent and emergency access. Handlers call these
//! only after the access gate let them through (or, for registration, for records they create).

use sea_query::{Alias, Expr, OnConflict, Order, Query};
use time::{Date, OffsetDateTime};

use crate::access::{Consents, EmergencyAccess, Part, TEAM_AUDIENCE, YoungPeople, YouthRelations};
use crate::db::{Db, Tx, new_id, now};

/// A new young person.
#[derive(Debug, Clone)]
pub struct NewYoungPerson {
    /// Municipality.
    pub municipality_id: String,
    /// Wijk.
    pub wijk_id: Option<String>,
    /// Own account.
    pub user_id: Option<String>,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Date of birth.
    pub birth_date: Date,
    /// Who registered them.
    pub created_by: Option<String>,
}

/// Inserts a young person; returns the id.
pub async fn insert_young_person(tx: &mut Tx, y: &NewYoungPerson) -> Result<String, sqlx::Error> {
    let id = new_id();
    let t = now();
    let q = Query::insert()
        .into_table(YoungPeople::Table)
        .columns([
            YoungPeople::Id,
            YoungPeople::MunicipalityId,
            YoungPeople::WijkId,
            YoungPeople::UserId,
            YoungPeople::FirstName,
            YoungPeople::LastName,
            YoungPeople::BirthDate,
            YoungPeople::CreatedBy,
            YoungPeople::CreatedAt,
            YoungPeople::UpdatedAt,
        ])
        .values_panic([
            id.clone().into(),
            y.municipality_id.clone().into(),
            y.wijk_id.clone().into(),
            y.user_id.clone().into(),
            y.first_name.trim().into(),
            y.last_name.trim().into(),
            y.birth_date.into(),
            y.created_by.clone().into(),
            t.into(),
            t.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// Marks the young person's file as changed now (the retention period counts from the last change).
pub async fn touch(tx: &mut Tx, young_person_id: &str) -> Result<(), sqlx::Error> {
    let q = Query::update()
        .table(YoungPeople::Table)
        .values([(YoungPeople::UpdatedAt, now().into())])
        .and_where(Expr::col(YoungPeople::Id).eq(young_person_id))
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// Kind of relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelationKind {
    /// The young person's own account.
    Own,
    /// Parent or carer.
    Parent,
    /// Network member.
    Network,
    /// Involved professional.
    Professional,
}

impl RelationKind {
    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Own => "self",
            RelationKind::Parent => "parent",
            RelationKind::Network => "network",
            RelationKind::Professional => "professional",
        }
    }

    /// Reads a stored kind.
    pub fn parse(s: &str) -> Option<Self> {
        [
            RelationKind::Own,
            RelationKind::Parent,
            RelationKind::Network,
            RelationKind::Professional,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// A new relation.
#[derive(Debug, Clone)]
pub struct NewRelation {
    /// Young person.
    pub young_person_id: String,
    /// Account (None until an invitation is accepted).
    pub user_id: Option<String>,
    /// Kind.
    pub kind: RelationKind,
    /// Name shown.
    pub display_name: String,
    /// Team of a professional.
    pub team_id: Option<String>,
    /// Parental authority confirmed.
    pub has_authority: bool,
    /// Who confirmed it.
    pub authority_confirmed_by: Option<String>,
    /// The network-map person this relation belongs to.
    pub network_person_id: Option<String>,
}

/// Inserts a relation; returns its id.
pub async fn insert_relation(tx: &mut Tx, r: &NewRelation) -> Result<String, sqlx::Error> {
    let id = new_id();
    let t = now();
    let q = Query::insert()
        .into_table(YouthRelations::Table)
        .columns([
            YouthRelations::Id,
            YouthRelations::YoungPersonId,
            YouthRelations::UserId,
            YouthRelations::Kind,
            YouthRelations::DisplayName,
            YouthRelations::TeamId,
            YouthRelations::HasAuthority,
            YouthRelations::AuthorityConfirmedBy,
            YouthRelations::NetworkPersonId,
            YouthRelations::StartedAt,
            YouthRelations::CreatedAt,
            YouthRelations::UpdatedAt,
        ])
        .values_panic([
            id.clone().into(),
            r.young_person_id.clone().into(),
            r.user_id.clone().into(),
            r.kind.as_str().into(),
            r.display_name.trim().into(),
            r.team_id.clone().into(),
            r.has_authority.into(),
            r.authority_confirmed_by.clone().into(),
            r.network_person_id.clone().into(),
            t.into(),
            t.into(),
            t.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// Ends a relation (an involvement that stops, a network member removed).
pub async fn end_relation(
    tx: &mut Tx,
    young_person_id: &str,
    relation_id: &str,
) -> Result<u64, sqlx::Error> {
    let t = now();
    let q = Query::update()
        .table(YouthRelations::Table)
        .values([
            (YouthRelations::EndedAt, t.into()),
            (YouthRelations::UpdatedAt, t.into()),
        ])
        .and_where(Expr::col(YouthRelations::Id).eq(relation_id))
        .and_where(Expr::col(YouthRelations::YoungPersonId).eq(young_person_id))
        .and_where(Expr::col(YouthRelations::EndedAt).is_null())
        .to_owned();
    tx.execute(&q).await
}

/// A relation as listed on the sharing page.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RelationRow {
    /// Id.
    pub id: String,
    /// Kind.
    pub kind: String,
    /// Name.
    pub display_name: String,
    /// Account, once accepted.
    pub user_id: Option<String>,
    /// Team id of a professional.
    pub team_id: Option<String>,
    /// Team name of a professional.
    pub team_name: Option<String>,
    /// Parental authority.
    pub has_authority: bool,
    /// Network-map person.
    pub network_person_id: Option<String>,
}

/// The active relations of a young person (one query, with team names).
pub async fn relations(db: &Db, young_person_id: &str) -> Result<Vec<RelationRow>, sqlx::Error> {
    use crate::places::repo::Teams;
    let r = YouthRelations::Table;
    let q = Query::select()
        .columns([
            (r, YouthRelations::Id),
            (r, YouthRelations::Kind),
            (r, YouthRelations::DisplayName),
            (r, YouthRelations::UserId),
            (r, YouthRelations::TeamId),
            (r, YouthRelations::HasAuthority),
            (r, YouthRelations::NetworkPersonId),
        ])
        .expr_as(
            Expr::col((Teams::Table, Teams::Name)),
            Alias::new("team_name"),
        )
        .from(r)
        .left_join(
            Teams::Table,
            Expr::col((Teams::Table, Teams::Id)).equals((r, YouthRelations::TeamId)),
        )
        .and_where(Expr::col((r, YouthRelations::YoungPersonId)).eq(young_person_id))
        .and_where(Expr::col((r, YouthRelations::EndedAt)).is_null())
        .order_by((r, YouthRelations::CreatedAt), Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// Consent as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ConsentRow {
    /// Part.
    pub part: String,
    /// `team` or a relation id.
    pub audience_key: String,
    /// The young person agreed.
    pub by_young: bool,
    /// A parent agreed.
    pub by_parent: bool,
}

/// All consent of a young person (one query).
pub async fn consents(db: &Db, young_person_id: &str) -> Result<Vec<ConsentRow>, sqlx::Error> {
    let q = Query::select()
        .columns([Consents::Part, Consents::AudienceKey])
        .expr_as(
            Expr::col(Consents::ByYoungAt).is_not_null(),
            Alias::new("by_young"),
        )
        .expr_as(
            Expr::col(Consents::ByParentAt).is_not_null(),
            Alias::new("by_parent"),
        )
        .from(Consents::Table)
        .and_where(Expr::col(Consents::YoungPersonId).eq(young_person_id))
        .to_owned();
    db.fetch_all(&q).await
}

/// Whose agreement a consent change records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConsentBy {
    /// The young person.
    Young,
    /// A parent with authority.
    Parent,
}

/// Sets or withdraws one party's agreement for a part and audience. Withdrawal takes effect at once:
/// the gate reads this row on the next request.
pub async fn set_consent(
    tx: &mut Tx,
    young_person_id: &str,
    part: Part,
    audience_key: &str,
    by: ConsentBy,
    given: bool,
    actor_user_id: &str,
) -> Result<(), sqlx::Error> {
    let t = now();
    let stamp: Option<OffsetDateTime> = given.then_some(t);
    let mut columns = vec![
        Consents::Id,
        Consents::YoungPersonId,
        Consents::Part,
        Consents::AudienceKey,
        Consents::UpdatedAt,
    ];
    let mut values: Vec<sea_query::SimpleExpr> = vec![
        new_id().into(),
        young_person_id.into(),
        part.as_str().into(),
        audience_key.into(),
        t.into(),
    ];
    let mut update = vec![Consents::UpdatedAt];
    // Each party's agreement has its own column; the parent's also records which parent it was.
    let own_columns: Vec<(Consents, sea_query::SimpleExpr)> = match by {
        ConsentBy::Young => vec![(Consents::ByYoungAt, stamp.into())],
        ConsentBy::Parent => vec![
            (Consents::ByParentAt, stamp.into()),
            (
                Consents::ByParentUserId,
                given.then(|| actor_user_id.to_string()).into(),
            ),
        ],
    };
    for (column, value) in own_columns {
        columns.push(column);
        values.push(value);
        update.push(column);
    }
    let insert = Query::insert()
        .into_table(Consents::Table)
        .columns(columns)
        .values_panic(values)
        .on_conflict(
            OnConflict::columns([
                Consents::YoungPersonId,
                Consents::Part,
                Consents::AudienceKey,
            ])
            .update_columns(update)
            .to_owned(),
        )
        .to_owned();
    tx.execute(&insert).await.map(|_| ())
}

/// Removes consent rows for an audience that no longer exists (a relation that ended).
pub async fn delete_consents_for(
    tx: &mut Tx,
    young_person_id: &str,
    audience_key: &str,
) -> Result<(), sqlx::Error> {
    let q = Query::delete()
        .from_table(Consents::Table)
        .and_where(Expr::col(Consents::YoungPersonId).eq(young_person_id))
        .and_where(Expr::col(Consents::AudienceKey).eq(audience_key))
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// Starts an emergency access for `hours`.
pub async fn start_emergency(
    tx: &mut Tx,
    young_person_id: &str,
    user_id: &str,
    reason: &str,
    hours: i64,
) -> Result<OffsetDateTime, sqlx::Error> {
    let t = now();
    let until = t + time::Duration::hours(hours);
    let q = Query::insert()
        .into_table(EmergencyAccess::Table)
        .columns([
            EmergencyAccess::Id,
            EmergencyAccess::YoungPersonId,
            EmergencyAccess::UserId,
            EmergencyAccess::Reason,
            EmergencyAccess::StartedAt,
            EmergencyAccess::ExpiresAt,
        ])
        .values_panic([
            new_id().into(),
            young_person_id.into(),
            user_id.into(),
            reason.trim().into(),
            t.into(),
            until.into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(until)
}

/// An emergency access as shown to the young person.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EmergencyRow {
    /// Who.
    pub display_name: String,
    /// Why.
    pub reason: String,
    /// From.
    pub started_at: OffsetDateTime,
    /// Until.
    pub expires_at: OffsetDateTime,
}

/// Emergency accesses to a young person's data, newest first.
pub async fn emergencies(db: &Db, young_person_id: &str) -> Result<Vec<EmergencyRow>, sqlx::Error> {
    use crate::auth::repo::Users;
    let e = EmergencyAccess::Table;
    let q = Query::select()
        .expr_as(
            Expr::col((Users::Table, Users::DisplayName)),
            Alias::new("display_name"),
        )
        .columns([
            (e, EmergencyAccess::Reason),
            (e, EmergencyAccess::StartedAt),
            (e, EmergencyAccess::ExpiresAt),
        ])
        .from(e)
        .inner_join(
            Users::Table,
            Expr::col((Users::Table, Users::Id)).equals((e, EmergencyAccess::UserId)),
        )
        .and_where(Expr::col((e, EmergencyAccess::YoungPersonId)).eq(young_person_id))
        .order_by((e, EmergencyAccess::StartedAt), Order::Desc)
        .to_owned();
    db.fetch_all(&q).await
}

/// The young person whose own account this is.
pub async fn own_young_person_id(db: &Db, user_id: &str) -> Result<Option<String>, sqlx::Error> {
    let q = Query::select()
        .column(YoungPeople::Id)
        .from(YoungPeople::Table)
        .and_where(Expr::col(YoungPeople::UserId).eq(user_id))
        .and_where(Expr::col(YoungPeople::ErasedAt).is_null())
        .to_owned();
    Ok(db.fetch_optional::<(String,)>(&q).await?.map(|(id,)| id))
}

/// A young person's first active relation of `kind` with an account, inside a transaction (the
/// demo gives the parent's action to the parent's relation).
pub async fn relation_in_tx(
    tx: &mut Tx,
    young_person_id: &str,
    kind: RelationKind,
) -> Result<Option<String>, sqlx::Error> {
    let r = YouthRelations::Table;
    let q = Query::select()
        .column((r, YouthRelations::Id))
        .from(r)
        .and_where(Expr::col((r, YouthRelations::YoungPersonId)).eq(young_person_id))
        .and_where(Expr::col((r, YouthRelations::Kind)).eq(kind.as_str()))
        .and_where(Expr::col((r, YouthRelations::EndedAt)).is_null())
        .and_where(Expr::col((r, YouthRelations::UserId)).is_not_null())
        .limit(1)
        .to_owned();
    Ok(tx.fetch_optional::<(String,)>(&q).await?.map(|(id,)| id))
}

/// The audience key of a relation (parents and network members are named audiences).
pub fn audience_of(kind: &str, relation_id: &str) -> String {
    if RelationKind::parse(kind) == Some(RelationKind::Professional) {
        TEAM_AUDIENCE.to_string()
    } else {
        relation_id.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relation_kinds_and_audiences() {
        for k in [
            RelationKind::Own,
            RelationKind::Parent,
            RelationKind::Network,
            RelationKind::Professional,
        ] {
            assert_eq!(RelationKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(RelationKind::parse("own"), None);
        assert_eq!(audience_of("professional", "r1"), TEAM_AUDIENCE);
        assert_eq!(audience_of("parent", "r1"), "r1");
    }
}
