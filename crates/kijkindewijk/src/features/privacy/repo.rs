//! Queries of the privacy pages: requests under the data-subject rights and the erasure itself.
//! Consent and emergency access rows are read and written through `youth::repo`, next to the
//! registration that records the first consent.

use sea_query::{Alias, Expr, Iden, Query};

use crate::access::{YoungPeople, YouthRelations};
use crate::auth::repo::Users;
use crate::db::{Tx, new_id, now};

/// `rights_requests`
#[derive(Iden, Clone, Copy)]
enum RightsRequests {
    Table,
    Id,
    YoungPersonId,
    Kind,
    Body,
    RequestedBy,
    Status,
    CreatedAt,
    UpdatedAt,
}

/// A request under the rights: what kind (`correction`, `erasure`), its text, who asked, and
/// whether it is still `open` or already `done`.
pub struct NewRequest<'a> {
    /// Kind of request.
    pub kind: &'a str,
    /// What the holder wrote (trimmed before it is stored).
    pub body: &'a str,
    /// The user who asked.
    pub requested_by: &'a str,
    /// `open` or `done`.
    pub status: &'a str,
}

/// Records a request.
pub async fn insert_request(
    tx: &mut Tx,
    young_person_id: &str,
    r: &NewRequest<'_>,
) -> Result<(), sqlx::Error> {
    let t = now();
    let q = Query::insert()
        .into_table(RightsRequests::Table)
        .columns([
            RightsRequests::Id,
            RightsRequests::YoungPersonId,
            RightsRequests::Kind,
            RightsRequests::Body,
            RightsRequests::RequestedBy,
            RightsRequests::Status,
            RightsRequests::CreatedAt,
            RightsRequests::UpdatedAt,
        ])
        .values_panic([
            new_id().into(),
            young_person_id.into(),
            r.kind.into(),
            r.body.trim().into(),
            r.requested_by.into(),
            r.status.into(),
            t.into(),
            t.into(),
        ])
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// The tables whose rows about a young person go when their data is erased.
const ERASED_TABLES: [&str; 11] = [
    "introductions",
    "domain_entries",
    "self_ratings",
    "goals",
    "plan_actions",
    "youth_profiles",
    "youth_notes",
    "network_snapshots",
    "network_people",
    "consents",
    "emergency_access",
];

/// Erases a young person's data: everything but a blanked row and the access log (kept five years
/// under NEN 7513), ends every relation and switches off their account.
pub async fn erase(tx: &mut Tx, id: &str) -> Result<(), sqlx::Error> {
    for table in ERASED_TABLES {
        let q = Query::delete()
            .from_table(Alias::new(table))
            .and_where(Expr::col(Alias::new("young_person_id")).eq(id))
            .to_owned();
        tx.execute(&q).await?;
    }
    let t = now();
    let q = Query::update()
        .table(YouthRelations::Table)
        .values([(YouthRelations::EndedAt, t.into())])
        .and_where(Expr::col(YouthRelations::YoungPersonId).eq(id))
        .and_where(Expr::col(YouthRelations::EndedAt).is_null())
        .to_owned();
    tx.execute(&q).await?;
    let q = Query::update()
        .table(Users::Table)
        .values([(Users::DisabledAt, t.into())])
        .and_where(
            Expr::col(Users::Id).in_subquery(
                Query::select()
                    .column(YoungPeople::UserId)
                    .from(YoungPeople::Table)
                    .and_where(Expr::col(YoungPeople::Id).eq(id))
                    .to_owned(),
            ),
        )
        .to_owned();
    tx.execute(&q).await?;
    let q = Query::update()
        .table(YoungPeople::Table)
        .values([
            (YoungPeople::FirstName, "—".into()),
            (YoungPeople::LastName, "—".into()),
            (YoungPeople::ErasedAt, t.into()),
            (YoungPeople::UpdatedAt, t.into()),
        ])
        .and_where(Expr::col(YoungPeople::Id).eq(id))
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}
