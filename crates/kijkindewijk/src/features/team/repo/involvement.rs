//! Professionals' involvement (the gate's professional tie): who is involved, and starting or
//! ending one. A user has at most one relation per young person, so an involvement that ended is
//! started again on the same row.

use sea_query::{Alias, Expr, Order, Query};

use crate::access::YouthRelations;
use crate::auth::repo::Users;
use crate::db::{Db, Tx, now};
use crate::features::youth::seam::{self as youth, NewRelation, RelationKind};

/// An involved professional.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Involved {
    /// Relation id.
    pub id: String,
    /// User id.
    pub user_id: String,
    /// Name.
    pub display_name: String,
    /// Team.
    pub team_id: Option<String>,
}

/// The professionals involved with a young person now.
pub async fn involved(db: &Db, young_person_id: &str) -> Result<Vec<Involved>, sqlx::Error> {
    let r = YouthRelations::Table;
    let q = Query::select()
        .columns([
            (r, YouthRelations::Id),
            (r, YouthRelations::UserId),
            (r, YouthRelations::TeamId),
        ])
        .expr_as(
            Expr::col((Users::Table, Users::DisplayName)),
            Alias::new("display_name"),
        )
        .from(r)
        .inner_join(
            Users::Table,
            Expr::col((Users::Table, Users::Id)).equals((r, YouthRelations::UserId)),
        )
        .and_where(Expr::col((r, YouthRelations::YoungPersonId)).eq(young_person_id))
        .and_where(Expr::col((r, YouthRelations::Kind)).eq("professional"))
        .and_where(Expr::col((r, YouthRelations::EndedAt)).is_null())
        .order_by((r, YouthRelations::StartedAt), Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}

/// Starts `user_id`'s involvement for `team_id`: the ended relation of the same kind comes back,
/// or a new one is made. `false` when the user has another kind of tie to the young person.
pub async fn start(
    tx: &mut Tx,
    young_person_id: &str,
    user_id: &str,
    display_name: &str,
    team_id: &str,
) -> Result<bool, sqlx::Error> {
    let existing = Query::select()
        .columns([YouthRelations::Id, YouthRelations::Kind])
        .from(YouthRelations::Table)
        .and_where(Expr::col(YouthRelations::YoungPersonId).eq(young_person_id))
        .and_where(Expr::col(YouthRelations::UserId).eq(user_id))
        .to_owned();
    let found: Option<(String, String)> = tx.fetch_optional(&existing).await?;
    match found {
        Some((_, kind)) if kind != "professional" => Ok(false),
        Some((id, _)) => {
            let t = now();
            let q = Query::update()
                .table(YouthRelations::Table)
                .values([
                    (
                        YouthRelations::EndedAt,
                        Option::<time::OffsetDateTime>::None.into(),
                    ),
                    (YouthRelations::StartedAt, t.into()),
                    (YouthRelations::TeamId, team_id.into()),
                    (YouthRelations::DisplayName, display_name.into()),
                    (YouthRelations::UpdatedAt, t.into()),
                ])
                .and_where(Expr::col(YouthRelations::Id).eq(id))
                .to_owned();
            tx.execute(&q).await?;
            Ok(true)
        }
        None => {
            let rel = NewRelation {
                young_person_id: young_person_id.into(),
                user_id: Some(user_id.into()),
                kind: RelationKind::Professional,
                display_name: display_name.into(),
                team_id: Some(team_id.into()),
                has_authority: false,
                authority_confirmed_by: None,
                network_person_id: None,
            };
            youth::insert_relation(tx, &rel).await?;
            Ok(true)
        }
    }
}

/// Ends an involvement (by relation id); the number of rows changed.
pub async fn end(
    tx: &mut Tx,
    young_person_id: &str,
    relation_id: &str,
) -> Result<u64, sqlx::Error> {
    youth::end_relation(tx, young_person_id, relation_id).await
}
