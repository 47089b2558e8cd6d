//! Barriers the matrix points at:
//!
//! - `@barrier_own`: the demo's "Contributie voetbalclub te hoog" in Wijkerveen, escalated to policy;
//! - `@barrier_lead`: the demo's barrier waiting on Noord-Oost's teamleider (not beleid's);
//! - `@barrier_other`: a barrier of Buurendam;
//! - made anew for every request: `@new_barrier` (open), `@new_barrier_in_progress` and
//!   `@new_barrier_escalated` (waiting on beleid), all in Wijkerveen.

use std::collections::BTreeMap;

use kijkindewijk::db::{Db, now};
use kijkindewijk::features::barriers::domain::{Level, RaisedBy, Status};
use kijkindewijk::features::barriers::repo::{self, NewBarrier, NewEscalation};

use crate::youth_fixtures::query_value;

async fn by_title(db: &Db, title: &str) -> String {
    query_value(
        db,
        &format!("SELECT id FROM barriers WHERE title = '{title}'"),
    )
    .await
    .unwrap_or_else(|| panic!("no demo barrier {title}"))
}

async fn user(db: &Db, login: &str) -> String {
    query_value(
        db,
        &format!("SELECT id FROM users WHERE login_name = '{login}'"),
    )
    .await
    .unwrap_or_else(|| panic!("no user {login}"))
}

/// A new open barrier in `municipality_id`, raised by `login`.
pub async fn barrier(db: &Db, municipality_id: &str, login: &str, title: &str) -> String {
    let n = NewBarrier {
        municipality_id: municipality_id.into(),
        wijk_id: None,
        title: title.into(),
        what_happened: "Matrix".into(),
        category: "money".into(),
        rule_behind: String::new(),
        life_domain: String::new(),
        raised_by: user(db, login).await,
        raised_by_name: "Matrix".into(),
        raised_by_kind: RaisedBy::Professional,
        young_people: Vec::new(),
    };
    let mut tx = db.begin().await.unwrap();
    let id = repo::insert(&mut tx, &n, now()).await.unwrap();
    tx.commit().await.unwrap();
    id
}

/// Makes the fixed barriers.
pub async fn build(db: &Db, other_municipality: &str) -> BTreeMap<&'static str, String> {
    let mut out = BTreeMap::new();
    out.insert(
        "barrier_own",
        by_title(db, "Contributie voetbalclub te hoog").await,
    );
    out.insert(
        "barrier_lead",
        by_title(db, "Eigen bijdrage schoolreis").await,
    );
    let other = barrier(
        db,
        other_municipality,
        "jeugd@buurendam.example",
        "Matrix Buurendam",
    )
    .await;
    out.insert("barrier_other", other);
    out
}

/// A fresh Wijkerveen barrier for `@new_barrier…`.
pub async fn fresh(db: &Db, home: &str, name: &str, n: u32) -> String {
    // Raised by someone outside the team, so that no subject follows it already.
    let id = barrier(
        db,
        home,
        "beheer@wijkerveen.example",
        &format!("Matrix {n}"),
    )
    .await;
    if name == "new_barrier" {
        return id;
    }
    let mut tx = db.begin().await.unwrap();
    repo::set_status(&mut tx, &id, Status::Open, Status::InProgress, 0, None)
        .await
        .unwrap();
    if name == "new_barrier_escalated" {
        repo::set_status(&mut tx, &id, Status::InProgress, Status::Escalated, 1, None)
            .await
            .unwrap();
        let noor = user(db, "noor@wijkerveen.example").await;
        let e = NewEscalation {
            barrier_id: &id,
            municipality_id: home,
            level: Level::Policy,
            team_id: None,
            title: "Matrix",
            argument: "Matrix",
            deadline: now().date() + time::Duration::days(28),
            by: &noor,
        };
        repo::insert_escalation(&mut tx, &e, now()).await.unwrap();
    }
    tx.commit().await.unwrap();
    id
}
