//! Queries for contact messages.

use sea_query::{Expr, Iden, Order, Query};
use time::OffsetDateTime;

use super::domain::Message;
use crate::db::{Db, Tx, new_id, now};

#[derive(Iden, Clone, Copy)]
enum ContactMessages {
    Table,
    Id,
    MunicipalityId,
    Name,
    Email,
    Topic,
    Message,
    CreatedAt,
}

/// A stored message.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub email: String,
    pub topic: String,
    pub message: String,
    pub created_at: OffsetDateTime,
}

/// Stores a message.
pub async fn insert(tx: &mut Tx, m: &Message) -> Result<String, sqlx::Error> {
    let id = new_id();
    let q = Query::insert()
        .into_table(ContactMessages::Table)
        .columns([
            ContactMessages::Id,
            ContactMessages::MunicipalityId,
            ContactMessages::Name,
            ContactMessages::Email,
            ContactMessages::Topic,
            ContactMessages::Message,
            ContactMessages::CreatedAt,
        ])
        .values_panic([
            id.clone().into(),
            m.municipality_id.clone().into(),
            m.name.clone().into(),
            m.email.clone().into(),
            m.topic.clone().into(),
            m.message.clone().into(),
            now().into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    Ok(id)
}

/// A municipality's messages, newest first.
pub async fn of_municipality(db: &Db, municipality_id: &str) -> Result<Vec<Row>, sqlx::Error> {
    let q = Query::select()
        .columns([
            ContactMessages::Id,
            ContactMessages::Name,
            ContactMessages::Email,
            ContactMessages::Topic,
            ContactMessages::Message,
            ContactMessages::CreatedAt,
        ])
        .from(ContactMessages::Table)
        .and_where(Expr::col(ContactMessages::MunicipalityId).eq(municipality_id))
        .order_by(ContactMessages::CreatedAt, Order::Desc)
        .limit(500)
        .to_owned();
    db.fetch_all(&q).await
}

/// Removes messages written at or before `before`; returns how many.
pub async fn purge(db: &Db, before: OffsetDateTime) -> Result<u64, sqlx::Error> {
    let q = Query::delete()
        .from_table(ContactMessages::Table)
        .and_where(Expr::col(ContactMessages::CreatedAt).lte(before))
        .to_owned();
    db.execute(&q).await
}
