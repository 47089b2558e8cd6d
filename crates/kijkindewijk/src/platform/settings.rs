//! Installation-wide settings kept in the database, such as the generated secret key that every
//! instance on one database must share.

use sea_query::{Expr, Iden, OnConflict, Query};

use crate::db::{Db, now};

#[derive(Iden)]
enum Settings {
    Table,
    Key,
    Value,
    CreatedAt,
    UpdatedAt,
}

/// Reads a setting.
pub async fn get(db: &Db, key: &str) -> Result<Option<String>, sqlx::Error> {
    let q = Query::select()
        .column(Settings::Value)
        .from(Settings::Table)
        .and_where(Expr::col(Settings::Key).eq(key))
        .to_owned();
    Ok(db.fetch_optional::<(String,)>(&q).await?.map(|(v,)| v))
}

/// Stores `value` unless the key already has one; returns the value that is stored afterwards. Two
/// instances starting at once therefore agree on one value.
pub async fn get_or_insert(db: &Db, key: &str, value: &str) -> Result<String, sqlx::Error> {
    let t = now();
    let q = Query::insert()
        .into_table(Settings::Table)
        .columns([
            Settings::Key,
            Settings::Value,
            Settings::CreatedAt,
            Settings::UpdatedAt,
        ])
        .values_panic([key.into(), value.into(), t.into(), t.into()])
        .on_conflict(OnConflict::column(Settings::Key).do_nothing().to_owned())
        .to_owned();
    db.execute(&q).await?;
    Ok(get(db, key).await?.unwrap_or_else(|| value.to_string()))
}

/// The secret key: from the configuration when set, otherwise generated once and kept in the database.
pub async fn secret_key(db: &Db, configured: Option<&str>) -> Result<Vec<u8>, sqlx::Error> {
    if let Some(key) = configured {
        return Ok(key.as_bytes().to_vec());
    }
    let generated = crate::crypto::random_token();
    Ok(get_or_insert(db, "secret_key", &generated)
        .await?
        .into_bytes())
}

/// Writes `key` with the current time (insert or update): the readiness probe's small real write.
pub async fn touch(db: &Db, key: &str) -> Result<(), sqlx::Error> {
    let t = now();
    let q = Query::insert()
        .into_table(Settings::Table)
        .columns([
            Settings::Key,
            Settings::Value,
            Settings::CreatedAt,
            Settings::UpdatedAt,
        ])
        .values_panic([key.into(), "".into(), t.into(), t.into()])
        .on_conflict(
            OnConflict::column(Settings::Key)
                .update_column(Settings::UpdatedAt)
                .to_owned(),
        )
        .to_owned();
    db.execute(&q).await.map(|_| ())
}
