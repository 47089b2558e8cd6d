//! Plan actions assigned to a parent or network member (the "Mijn acties" list).

use sea_query::{Alias, Expr, Order, Query};
use time::Date;

use crate::access::YouthRelations;
use crate::db::Db;

/// An action assigned to the viewer.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AssignedAction {
    /// Action id.
    pub id: String,
    /// Young person.
    pub young_person_id: String,
    /// What.
    pub description: String,
    /// When.
    pub due_on: Option<Date>,
    /// Status.
    pub status: String,
}

/// The actions of plans assigned to `user_id` through an active relation.
pub async fn assigned_to(db: &Db, user_id: &str) -> Result<Vec<AssignedAction>, sqlx::Error> {
    let (a, r) = (Alias::new("plan_actions"), YouthRelations::Table);
    let mut q = Query::select();
    for c in ["id", "young_person_id", "description", "due_on", "status"] {
        q.expr_as(Expr::col((a.clone(), Alias::new(c))), Alias::new(c));
    }
    let q = q
        .from(a.clone())
        .inner_join(
            r,
            Expr::col((r, YouthRelations::Id)).equals((a.clone(), Alias::new("owner_relation_id"))),
        )
        .and_where(Expr::col((r, YouthRelations::UserId)).eq(user_id))
        .and_where(Expr::col((r, YouthRelations::EndedAt)).is_null())
        .order_by((a, Alias::new("due_on")), Order::Asc)
        .to_owned();
    db.fetch_all(&q).await
}
