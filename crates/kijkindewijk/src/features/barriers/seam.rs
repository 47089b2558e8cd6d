//! What other features may know of a barrier: its public title only — the title written for an
//! escalation, which the escalating professional checked to hold no names or other personal data.
//! A barrier that was never escalated has no public title and cannot be linked.

use super::repo;
use crate::db::Db;

/// Barriers of the municipality that have a public title, as (id, title), newest escalation first.
pub async fn public_titles(
    db: &Db,
    municipality_id: &str,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    let mut seen = std::collections::HashSet::new();
    Ok(repo::escalation_titles(db, municipality_id, None)
        .await?
        .into_iter()
        .filter(|(id, _)| seen.insert(id.clone()))
        .collect())
}

/// The public title of one barrier of the municipality, if it has one.
pub async fn public_title(
    db: &Db,
    municipality_id: &str,
    barrier_id: &str,
) -> Result<Option<String>, sqlx::Error> {
    Ok(
        repo::escalation_titles(db, municipality_id, Some(barrier_id))
            .await?
            .into_iter()
            .next()
            .map(|(_, title)| title),
    )
}
