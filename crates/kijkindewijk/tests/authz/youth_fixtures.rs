//! The young people's records the matrix points at. The demo owns most of them (Sam, Yara, Milan,
//! Ilse, Jayden, Eva with their plans, maps and consent); this adds what the demo has no example of:
//!
//! - `@other_young`: Lars Overgrens in Buurendam, another municipality, with a Buurendam team. To
//!   prove that a tie only counts inside the young person's own municipality, Noor (professional)
//!   and Fatima (parent with authority) get stray relations to him, and every part is shared with
//!   the team and with Fatima: the gate must still refuse them.
//! - `@other_domain`: a life domain of Buurendam's own list.
//! - a second network member of Sam (`network_without_share`) to whom nothing was shared;
//! - a parent of another child (`other_parent`): Fenna Anders (14), in Noord-Oost;
//! - actions on Sam's plan assigned to aunt Ria (`@ria_action`) and to Noor (`@noor_action`);
//! - Milan (17) shares his notes with the team, so a professional may write a note there;
//! - `@emergency_young`: a 16-year-old with Noor involved and no consent, for emergency access
//!   (starting it opens reading for hours, so it must not touch a record other requests look at).

use std::collections::BTreeMap;

use kijkindewijk::access::{Part, TEAM_AUDIENCE};
use kijkindewijk::auth::repo::{self as users, NewUser};
use kijkindewijk::auth::{Grant, Role};
use kijkindewijk::db::{Db, now};
use kijkindewijk::features::youth::network::repo::{self as network, Person};
use kijkindewijk::features::youth::plan::repo::{self as plan, NewAction};
use kijkindewijk::features::youth::repo::{
    self as youth, ConsentBy, NewRelation, NewYoungPerson, RelationKind,
};

/// Login of Sam's second network member, to whom nothing was shared.
pub const NETWORK_WITHOUT_SHARE_LOGIN: &str = "netwerk.zonder@wijkerveen.example";
/// Login of the parent of another child.
pub const OTHER_PARENT_LOGIN: &str = "ouder.ander@wijkerveen.example";

/// The one value of an SQL query, as text (`None` for NULL or no row), on either backend.
pub async fn query_value(db: &Db, sql: &str) -> Option<String> {
    let wrapped = format!("SELECT CAST(({sql}) AS TEXT)");
    let result = match db {
        Db::Sqlite(p) => {
            sqlx::query_scalar::<_, Option<String>>(&wrapped)
                .fetch_one(p)
                .await
        }
        Db::Postgres(p) => {
            sqlx::query_scalar::<_, Option<String>>(&wrapped)
                .fetch_one(p)
                .await
        }
    };
    result.unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// Runs one statement on either backend.
pub async fn execute(db: &Db, sql: &str) {
    let result = match db {
        Db::Sqlite(p) => sqlx::query(sql).execute(p).await.map(|_| ()),
        Db::Postgres(p) => sqlx::query(sql).execute(p).await.map(|_| ()),
    };
    result.unwrap_or_else(|e| panic!("{sql}: {e}"));
}

async fn id(db: &Db, sql: &str) -> String {
    query_value(db, sql)
        .await
        .unwrap_or_else(|| panic!("no record for {sql}"))
}

async fn young_id(db: &Db, first_name: &str) -> String {
    id(
        db,
        &format!("SELECT id FROM young_people WHERE first_name = '{first_name}'"),
    )
    .await
}

async fn user_id(db: &Db, login: &str) -> String {
    users::user_by_login(db, login).await.unwrap().unwrap().id
}

/// A date of birth `years` ago, a month after the birthday (the age is `years` all month long).
pub fn born(years: i32) -> String {
    let today = now().date();
    let d = today.replace_year(today.year() - years).unwrap_or(today) - time::Duration::days(30);
    kijkindewijk::features::youth::validate::date_value(d)
}

fn person(name: &str, sector: &str) -> Person {
    Person {
        id: String::new(),
        name: name.into(),
        sector: sector.into(),
        ring: 2,
        concrete: 2,
        emotional: 2,
        informational: 2,
        criticism: 1,
        direction: "both".into(),
        frequency: 2,
        years_known: "1to5".into(),
        trusted: false,
    }
}

fn relation(young: &str, user: Option<String>, kind: RelationKind, name: &str) -> NewRelation {
    NewRelation {
        young_person_id: young.into(),
        user_id: user,
        kind,
        display_name: name.into(),
        team_id: None,
        has_authority: false,
        authority_confirmed_by: None,
        network_person_id: None,
    }
}

/// Adds a person to Sam's map (a fresh one for each request that deletes or invites one).
pub async fn new_person(db: &Db, young_person_id: &str, name: &str) -> String {
    let mut tx = db.begin().await.unwrap();
    let id = network::add(&mut tx, young_person_id, &person(name, "friends"))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    id
}

/// Makes the records and returns the fixtures by name.
pub async fn build(
    db: &Db,
    home: &str,
    other: &str,
    home_wijk: &str,
    other_wijk: &str,
    password_hash: Option<String>,
) -> BTreeMap<&'static str, String> {
    let mut out = BTreeMap::new();
    let sam = young_id(db, "Sam").await;
    let jayden = young_id(db, "Jayden").await;
    let milan = young_id(db, "Milan").await;
    let noor = user_id(db, "noor@wijkerveen.example").await;
    let fatima = user_id(db, "ouder@wijkerveen.example").await;
    let buurendam_prof = user_id(db, "jeugd@buurendam.example").await;
    let noord_oost = id(
        db,
        "SELECT id FROM teams WHERE name = 'Lokaal team Noord-Oost'",
    )
    .await;
    let buurendam_team = id(
        db,
        "SELECT id FROM teams WHERE name = 'Lokaal team Buurendam'",
    )
    .await;
    let first = |table: &str, young: &str| {
        format!("SELECT MIN(id) FROM {table} WHERE young_person_id = '{young}'")
    };
    let relation_of = |young: &str, user: &str| {
        format!(
            "SELECT id FROM youth_relations WHERE young_person_id = '{young}' AND user_id = '{user}'"
        )
    };

    // Buurendam's own life domain.
    let other_domain = "domain-matrix-buurendam";
    execute(
        db,
        &format!(
            "INSERT INTO life_domains (id, municipality_id, key, name_nl, name_en, position, created_at) \
             VALUES ('{other_domain}', '{other}', 'matrix', 'Buurendams domein', 'Buurendam domain', 1, CURRENT_TIMESTAMP)"
        ),
    )
    .await;

    // Everything read before the transaction starts (SQLite allows one writer).
    let oma_person = person_id(db, &sam, "Oma Lies").await;
    let milan_self = id(
        db,
        &format!("SELECT user_id FROM young_people WHERE id = '{milan}'"),
    )
    .await;
    let ria = user_id(db, "tante.ria@wijkerveen.example").await;
    let ria_relation = id(db, &relation_of(&sam, &ria)).await;
    let ria_relation_copy = ria_relation.clone();
    let noor_relation = id(db, &relation_of(&sam, &noor)).await;

    let mut tx = db.begin().await.unwrap();
    // Lars in Buurendam, with his own team, and stray ties from Wijkerveen that must not count.
    let lars = youth::insert_young_person(
        &mut tx,
        &NewYoungPerson {
            municipality_id: other.into(),
            wijk_id: Some(other_wijk.into()),
            user_id: None,
            first_name: "Lars".into(),
            last_name: "Overgrens".into(),
            birth_date: date(&born(15)),
            created_by: Some(buurendam_prof.clone()),
        },
    )
    .await
    .unwrap();
    youth::insert_relation(
        &mut tx,
        &NewRelation {
            team_id: Some(buurendam_team),
            ..relation(
                &lars,
                Some(buurendam_prof.clone()),
                RelationKind::Professional,
                "Ahmed Bouzid",
            )
        },
    )
    .await
    .unwrap();
    youth::insert_relation(
        &mut tx,
        &NewRelation {
            team_id: Some(noord_oost.clone()),
            ..relation(
                &lars,
                Some(noor.clone()),
                RelationKind::Professional,
                "Noor de Vries",
            )
        },
    )
    .await
    .unwrap();
    let stray_parent = youth::insert_relation(
        &mut tx,
        &NewRelation {
            has_authority: true,
            authority_confirmed_by: Some(buurendam_prof.clone()),
            ..relation(
                &lars,
                Some(fatima.clone()),
                RelationKind::Parent,
                "Fatima El Amrani",
            )
        },
    )
    .await
    .unwrap();
    for part in Part::SHAREABLE {
        for audience in [TEAM_AUDIENCE, stray_parent.as_str()] {
            for by in [ConsentBy::Young, ConsentBy::Parent] {
                youth::set_consent(&mut tx, &lars, part, audience, by, true, &buurendam_prof)
                    .await
                    .unwrap();
            }
        }
    }
    let lars_goal = plan::add_goal(
        &mut tx,
        &lars,
        &plan::NewGoal {
            domain_id: Some(other_domain.into()),
            title: "Een stageplek vinden".into(),
            levels: ["a", "b", "c", "d", "e"].map(String::from),
        },
    )
    .await
    .unwrap();
    network::add(&mut tx, &lars, &person("Vriend van Lars", "friends"))
        .await
        .unwrap();

    // Sam's second network member (on the map as Oma Lies), with nothing shared.
    let oma = user_grant(
        &mut tx,
        NETWORK_WITHOUT_SHARE_LOGIN,
        "Lies de Boer",
        Role::Netwerklid,
        home,
        password_hash.clone(),
    )
    .await;
    youth::insert_relation(
        &mut tx,
        &NewRelation {
            network_person_id: Some(oma_person),
            ..relation(&sam, Some(oma), RelationKind::Network, "Lies de Boer")
        },
    )
    .await
    .unwrap();

    // A parent of another child: Fenna (14) in Noord-Oost.
    let other_parent = user_grant(
        &mut tx,
        OTHER_PARENT_LOGIN,
        "Karin Anders",
        Role::Ouder,
        home,
        password_hash.clone(),
    )
    .await;
    let fenna = youth::insert_young_person(
        &mut tx,
        &NewYoungPerson {
            municipality_id: home.into(),
            wijk_id: Some(home_wijk.into()),
            user_id: None,
            first_name: "Fenna".into(),
            last_name: "Anders".into(),
            birth_date: date(&born(14)),
            created_by: Some(noor.clone()),
        },
    )
    .await
    .unwrap();
    youth::insert_relation(
        &mut tx,
        &NewRelation {
            has_authority: true,
            authority_confirmed_by: Some(noor.clone()),
            ..relation(
                &fenna,
                Some(other_parent),
                RelationKind::Parent,
                "Karin Anders",
            )
        },
    )
    .await
    .unwrap();

    // A 16-year-old for emergency access, with Noor involved and nothing shared.
    let emergency_young = youth::insert_young_person(
        &mut tx,
        &NewYoungPerson {
            municipality_id: home.into(),
            wijk_id: Some(home_wijk.into()),
            user_id: None,
            first_name: "Nood".into(),
            last_name: "Geval".into(),
            birth_date: date(&born(16)),
            created_by: Some(noor.clone()),
        },
    )
    .await
    .unwrap();
    youth::insert_relation(
        &mut tx,
        &NewRelation {
            team_id: Some(noord_oost.clone()),
            ..relation(
                &emergency_young,
                Some(noor.clone()),
                RelationKind::Professional,
                "Noor de Vries",
            )
        },
    )
    .await
    .unwrap();

    // Milan (17) shares his notes with the team.
    youth::set_consent(
        &mut tx,
        &milan,
        Part::Notes,
        TEAM_AUDIENCE,
        ConsentBy::Young,
        true,
        &milan_self,
    )
    .await
    .unwrap();

    // Actions on Sam's plan for aunt Ria and for Noor.
    for (key, rel, kind, name) in [
        ("ria_action", ria_relation, "network", "Ria de Boer"),
        (
            "noor_action",
            noor_relation,
            "professional",
            "Noor de Vries",
        ),
    ] {
        let action = plan::add_action(
            &mut tx,
            &sam,
            &NewAction {
                goal_id: None,
                domain_id: None,
                description: format!("Matrix-actie voor {name}"),
                owner_kind: kind.into(),
                owner_relation_id: Some(rel),
                owner_name: name.into(),
                due_on: None,
            },
        )
        .await
        .unwrap();
        out.insert(key, action);
    }
    tx.commit().await.unwrap();

    out.insert("sam_goal", id(db, &first("goals", &sam)).await);
    out.insert("sam_action", id(db, &first("plan_actions", &sam)).await);
    out.insert("sam_person", person_id(db, &sam, "Opa Henk").await);
    out.insert("ria_person", person_id(db, &sam, "Tante Ria").await);
    out.insert(
        "sam_snapshot",
        id(db, &first("network_snapshots", &sam)).await,
    );
    out.insert("jayden_goal", id(db, &first("goals", &jayden)).await);
    out.insert(
        "jayden_action",
        id(db, &first("plan_actions", &jayden)).await,
    );
    out.insert(
        "jayden_person",
        id(db, &first("network_people", &jayden)).await,
    );
    out.insert(
        "jayden_snapshot",
        id(db, &first("network_snapshots", &jayden)).await,
    );
    out.insert("other_goal", lars_goal);
    out.insert("ria_relation", ria_relation_copy);
    out.insert(
        "jayden_relation",
        id(db, &first("youth_relations", &jayden)).await,
    );
    out.insert("home_municipality", home.into());
    out.insert("born_child", born(10));
    out.insert("other_domain", other_domain.into());
    out.insert("domain", "domain-school".into());
    out.insert("born_young", born(14));
    out.insert("born_older", born(17));
    for (key, first_name) in [
        ("yara", "Yara"),
        ("ilse", "Ilse"),
        ("eva", "Eva"),
        ("fenna", "Fenna"),
    ] {
        out.insert(key, young_id(db, first_name).await);
    }
    out.insert("sam", sam);
    out.insert("jayden", jayden);
    out.insert("milan", milan);
    out.insert("other_young", lars);
    out.insert("emergency_young", emergency_young);
    out
}

fn date(text: &str) -> time::Date {
    time::Date::parse(
        text,
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .unwrap()
}

/// The id of a person on a young person's map, by name.
async fn person_id(db: &Db, young: &str, name: &str) -> String {
    id(
        db,
        &format!(
            "SELECT id FROM network_people WHERE young_person_id = '{young}' AND name = '{name}'"
        ),
    )
    .await
}

async fn user_grant(
    tx: &mut kijkindewijk::db::Tx,
    login: &str,
    name: &str,
    role: Role,
    municipality: &str,
    password_hash: Option<String>,
) -> String {
    users::insert_user(
        tx,
        &NewUser {
            login_name: login.into(),
            email: Some(login.into()),
            display_name: name.into(),
            password_hash,
            locale: "nl".into(),
            totp_secret: None,
        },
        &[Grant {
            role,
            municipality_id: municipality.into(),
            team_id: None,
        }],
    )
    .await
    .unwrap()
}
