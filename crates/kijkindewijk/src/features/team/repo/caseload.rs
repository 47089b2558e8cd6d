//! The attention facts of a whole caseload in a fixed number of queries (one per kind of fact,
//! whatever the number of young people), folded into [`domain::Facts`] per young person.

use std::collections::HashMap;

use sea_query::{Alias, Expr, Func, Query};
use time::{Date, OffsetDateTime};

use super::{ConsentRequests, YouthNotes};
use crate::access::rules::Consent;
use crate::access::{Consents, TEAM_AUDIENCE};
use crate::db::Db;
use crate::features::team::domain::{self, CASELOAD_PARTS, Facts};

fn col(table: &str, column: &str) -> Expr {
    Expr::col((Alias::new(table), Alias::new(column)))
}

/// Loads every attention fact of `ids` (young people the gate let the viewer list).
pub async fn facts(db: &Db, ids: &[String]) -> Result<HashMap<String, Facts>, sqlx::Error> {
    let mut out: HashMap<String, Facts> = ids
        .iter()
        .map(|id| (id.clone(), Facts::default()))
        .collect();
    if ids.is_empty() {
        return Ok(out);
    }
    for (id, due) in action_dates(db, ids).await? {
        if let Some(f) = out.get_mut(&id) {
            f.action_due.push(due);
        }
    }
    for (id, n) in waiting_introductions(db, ids).await? {
        if let Some(f) = out.get_mut(&id) {
            f.waiting_introductions = n;
        }
    }
    for (id, n) in wants_to_talk(db, ids).await? {
        if let Some(f) = out.get_mut(&id) {
            f.wants_to_talk = n;
        }
    }
    for (id, at) in last_contacts(db, ids).await? {
        if let Some(f) = out.get_mut(&id) {
            f.last_contact = Some(at);
        }
    }
    for row in team_consents(db, ids).await? {
        let part = CASELOAD_PARTS.into_iter().find(|p| p.as_str() == row.1);
        if let (Some(f), Some(part)) = (out.get_mut(&row.0), part) {
            f.consents.insert(
                part.as_str(),
                Consent {
                    by_young: row.2,
                    by_parent: row.3,
                },
            );
        }
    }
    for (id, part) in open_requests(db, ids).await? {
        let part = CASELOAD_PARTS.into_iter().find(|p| p.as_str() == part);
        if let (Some(f), Some(part)) = (out.get_mut(&id), part) {
            f.requested.push(part.as_str());
        }
    }
    for (id, n) in barriers_open(db, ids).await? {
        if let Some(f) = out.get_mut(&id) {
            f.barriers_open = Some(n);
        }
    }
    Ok(out)
}

/// Open barriers per young person, from the barrier register.
pub async fn barriers_open(db: &Db, ids: &[String]) -> Result<Vec<(String, i64)>, sqlx::Error> {
    let counts = crate::features::barriers::repo::open_counts(db, ids).await?;
    Ok(counts
        .into_iter()
        .map(|(id, n)| (id, i64::from(n)))
        .collect())
}

async fn action_dates(db: &Db, ids: &[String]) -> Result<Vec<(String, Date)>, sqlx::Error> {
    let q = Query::select()
        .expr(col("plan_actions", "young_person_id"))
        .expr(col("plan_actions", "due_on"))
        .from(Alias::new("plan_actions"))
        .and_where(col("plan_actions", "young_person_id").is_in(ids.iter().cloned()))
        .and_where(col("plan_actions", "status").eq("open"))
        .and_where(col("plan_actions", "due_on").is_not_null())
        .to_owned();
    db.fetch_all(&q).await
}

async fn waiting_introductions(db: &Db, ids: &[String]) -> Result<Vec<(String, i64)>, sqlx::Error> {
    let q = Query::select()
        .expr(col("introductions", "young_person_id"))
        .expr(Func::count(col("introductions", "id")))
        .from(Alias::new("introductions"))
        .and_where(col("introductions", "young_person_id").is_in(ids.iter().cloned()))
        .and_where(col("introductions", "status").is_in(["proposed", "accepted"]))
        .group_by_col((Alias::new("introductions"), Alias::new("young_person_id")))
        .to_owned();
    db.fetch_all(&q).await
}

async fn wants_to_talk(db: &Db, ids: &[String]) -> Result<Vec<(String, i64)>, sqlx::Error> {
    let q = Query::select()
        .expr(col("domain_entries", "young_person_id"))
        .expr(Func::count(col("domain_entries", "id")))
        .from(Alias::new("domain_entries"))
        .and_where(col("domain_entries", "young_person_id").is_in(ids.iter().cloned()))
        .and_where(col("domain_entries", "wants_to_talk").eq(true))
        .group_by_col((Alias::new("domain_entries"), Alias::new("young_person_id")))
        .to_owned();
    db.fetch_all(&q).await
}

/// The last contact or meeting note per young person.
pub async fn last_contacts(
    db: &Db,
    ids: &[String],
) -> Result<Vec<(String, OffsetDateTime)>, sqlx::Error> {
    let q = Query::select()
        .column(YouthNotes::YoungPersonId)
        .expr_as(
            Func::max(Expr::col(YouthNotes::CreatedAt)),
            Alias::new("last"),
        )
        .from(YouthNotes::Table)
        .and_where(Expr::col(YouthNotes::YoungPersonId).is_in(ids.iter().cloned()))
        .and_where(Expr::col(YouthNotes::Kind).is_in(domain::contact_kinds()))
        .group_by_col(YouthNotes::YoungPersonId)
        .to_owned();
    db.fetch_all(&q).await
}

async fn team_consents(
    db: &Db,
    ids: &[String],
) -> Result<Vec<(String, String, bool, bool)>, sqlx::Error> {
    let q = Query::select()
        .columns([Consents::YoungPersonId, Consents::Part])
        .expr(Expr::col(Consents::ByYoungAt).is_not_null())
        .expr(Expr::col(Consents::ByParentAt).is_not_null())
        .from(Consents::Table)
        .and_where(Expr::col(Consents::YoungPersonId).is_in(ids.iter().cloned()))
        .and_where(Expr::col(Consents::AudienceKey).eq(TEAM_AUDIENCE))
        .and_where(Expr::col(Consents::Part).is_in(CASELOAD_PARTS.map(|p| p.as_str())))
        .to_owned();
    db.fetch_all(&q).await
}

async fn open_requests(db: &Db, ids: &[String]) -> Result<Vec<(String, String)>, sqlx::Error> {
    let q = Query::select()
        .columns([ConsentRequests::YoungPersonId, ConsentRequests::Part])
        .from(ConsentRequests::Table)
        .and_where(Expr::col(ConsentRequests::YoungPersonId).is_in(ids.iter().cloned()))
        .and_where(Expr::col(ConsentRequests::Status).eq("open"))
        .to_owned();
    db.fetch_all(&q).await
}
