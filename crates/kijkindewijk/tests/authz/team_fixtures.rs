//! Records of the team's week the matrix points at, made in the demo database:
//!
//! - `@noor_user`: the id of Noor (team Noord-Oost), a colleague to give a task to;
//! - `@other_request`: an open consent request of Buurendam's team for Lars;
//! - made anew for every request: `@new_team_task` (an open task of team Noord-Oost),
//!   `@new_team_young` (a young person in Wijkerveen whom Noor alone is involved with) and
//!   `@new_sam_request` (an open request of the team to see Sam's network map; one left open by an
//!   earlier request is closed first, as only one may be open per part).

use std::collections::BTreeMap;

use kijkindewijk::access::Part;
use kijkindewijk::db::Db;
use kijkindewijk::features::team::domain::TaskInput;
use kijkindewijk::features::team::repo::{consent, tasks};
use kijkindewijk::features::youth::repo::{
    NewRelation, NewYoungPerson, RelationKind, insert_relation, insert_young_person,
};

use crate::youth_fixtures::query_value;

async fn value(db: &Db, sql: &str) -> String {
    query_value(db, sql)
        .await
        .unwrap_or_else(|| panic!("nothing for {sql}"))
}

async fn noor(db: &Db) -> String {
    value(
        db,
        "SELECT id FROM users WHERE login_name = 'noor@wijkerveen.example'",
    )
    .await
}

async fn north(db: &Db) -> String {
    value(
        db,
        "SELECT id FROM teams WHERE name = 'Lokaal team Noord-Oost'",
    )
    .await
}

/// The fixed records.
pub async fn build(
    db: &Db,
    fixed: &BTreeMap<&'static str, String>,
) -> BTreeMap<&'static str, String> {
    let other_team = value(
        db,
        "SELECT id FROM teams WHERE name = 'Lokaal team Buurendam'",
    )
    .await;
    let ahmed = value(
        db,
        "SELECT id FROM users WHERE login_name = 'jeugd@buurendam.example'",
    )
    .await;
    let mut tx = db.begin().await.unwrap();
    consent::ask(
        &mut tx,
        &fixed["other_young"],
        Part::Plan,
        Some(&other_team),
        &ahmed,
        "Ahmed",
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let other_request = value(
        db,
        &format!(
            "SELECT MIN(id) FROM consent_requests WHERE young_person_id = '{}'",
            fixed["other_young"]
        ),
    )
    .await;
    BTreeMap::from([
        ("noor_user", noor(db).await),
        ("other_request", other_request),
    ])
}

/// A record made anew for one request.
pub async fn fresh(db: &Db, fixed: &BTreeMap<&'static str, String>, name: &str, n: u32) -> String {
    let (noor, team) = (noor(db).await, north(db).await);
    let mut tx = db.begin().await.unwrap();
    let id = match name {
        "new_team_task" => {
            let task = TaskInput {
                title: format!("Matrix {n}"),
                due_on: None,
                assignee: noor.clone(),
                young_person_id: None,
            };
            tasks::insert(&mut tx, &team, &noor, &task).await.unwrap()
        }
        "new_team_young" => {
            let young = NewYoungPerson {
                municipality_id: fixed["home_municipality"].clone(),
                wijk_id: None,
                user_id: None,
                first_name: format!("Matrix {n}"),
                last_name: "Betrokken".into(),
                birth_date: time::macros::date!(2008 - 01 - 01),
                created_by: Some(noor.clone()),
            };
            let id = insert_young_person(&mut tx, &young).await.unwrap();
            let rel = NewRelation {
                young_person_id: id.clone(),
                user_id: Some(noor.clone()),
                kind: RelationKind::Professional,
                display_name: "Noor de Vries".into(),
                team_id: Some(team.clone()),
                has_authority: false,
                authority_confirmed_by: None,
                network_person_id: None,
            };
            insert_relation(&mut tx, &rel).await.unwrap();
            id
        }
        "new_sam_request" => {
            let sam = &fixed["sam"];
            let close = sea_query::Query::update()
                .table(sea_query::Alias::new("consent_requests"))
                .value(sea_query::Alias::new("status"), "refused")
                .and_where(
                    sea_query::Expr::col(sea_query::Alias::new("young_person_id")).eq(sam.as_str()),
                )
                .and_where(sea_query::Expr::col(sea_query::Alias::new("part")).eq("network"))
                .and_where(sea_query::Expr::col(sea_query::Alias::new("status")).eq("open"))
                .to_owned();
            tx.execute(&close).await.unwrap();
            assert!(
                consent::ask(&mut tx, sam, Part::Network, Some(&team), &noor, "Noor")
                    .await
                    .unwrap()
            );
            tx.commit().await.unwrap();
            return value(
                db,
                &format!(
                    "SELECT id FROM consent_requests WHERE young_person_id = '{sam}' \
                     AND part = 'network' AND status = 'open'"
                ),
            )
            .await;
        }
        other => panic!("unknown fixture @{other}"),
    };
    tx.commit().await.unwrap();
    id
}
