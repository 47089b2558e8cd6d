//! Demo young people of several ages with plans, networks, consent and an involved team, so every
//! age rule can be seen in the demo. All people are made up.

use time::{Date, OffsetDateTime};

use super::enrol::{self, Enrolment, Party};
use super::network::repo::{self as network, Person};
use super::plan::repo::{self as plan, Entry, NewAction, NewGoal, Profile};
use super::repo::{self, ConsentBy, NewRelation, RelationKind};
use crate::access::{Part, TEAM_AUDIENCE};
use crate::auth::repo::NewUser;
use crate::auth::{Grant, Role};
use crate::db::{Tx, now};
use crate::demo::context::DemoContext;

struct Young {
    first: &'static str,
    last: &'static str,
    age: i32,
    wijk: &'static str,
    login: Option<&'static str>,
    team: Option<&'static str>,
    professional: Option<&'static str>,
}

const YOUNG: &[Young] = &[
    Young {
        first: "Sam",
        last: "Jansen",
        age: 15,
        wijk: "WK099002",
        login: Some("sam"),
        team: Some("Lokaal team Noord-Oost"),
        professional: Some("noor@wijkerveen.example"),
    },
    Young {
        first: "Yara",
        last: "Jansen",
        age: 10,
        wijk: "WK099002",
        login: None,
        team: Some("Lokaal team Noord-Oost"),
        professional: Some("noor@wijkerveen.example"),
    },
    Young {
        first: "Milan",
        last: "de Wit",
        age: 17,
        wijk: "WK099002",
        login: Some("milan"),
        team: Some("Lokaal team Noord-Oost"),
        professional: Some("noor@wijkerveen.example"),
    },
    Young {
        first: "Ilse",
        last: "Vermeer",
        age: 13,
        wijk: "WK099003",
        login: Some("ilse"),
        team: Some("Lokaal team Noord-Oost"),
        professional: Some("noor@wijkerveen.example"),
    },
    Young {
        first: "Jayden",
        last: "Koç",
        age: 19,
        wijk: "WK099001",
        login: Some("jayden"),
        team: Some("Lokaal team Centrum-Zuid"),
        professional: Some("daan@wijkerveen.example"),
    },
    Young {
        first: "Eva",
        last: "Smit",
        age: 12,
        wijk: "WK099004",
        login: Some("eva"),
        team: None,
        professional: None,
    },
];

fn birth_date(age: i32, days_after_birthday: i64) -> Date {
    let today = now().date();
    today.replace_year(today.year() - age).unwrap_or(today)
        - time::Duration::days(days_after_birthday)
}

fn months_ago(months: i64) -> OffsetDateTime {
    now() - time::Duration::days(30 * months)
}

/// The 40 people around Sam, by sector and ring.
fn sams_network() -> Vec<Person> {
    // Per sector: (name, ring, trusted) of each person.
    type Sector = (&'static str, &'static [(&'static str, i64, bool)]);
    let groups: [Sector; 7] = [
        (
            "household",
            &[
                ("Mama", 1, true),
                ("Yara", 1, false),
                ("Opa Henk", 2, false),
            ],
        ),
        (
            "family",
            &[
                ("Tante Ria", 1, true),
                ("Oom Karim", 2, false),
                ("Neef Bilal", 2, false),
                ("Nicht Sanne", 2, false),
                ("Oma Lies", 1, true),
                ("Tante Nadia", 3, false),
                ("Neef Tom", 3, false),
                ("Papa", 3, false),
            ],
        ),
        (
            "friends",
            &[
                ("Daan K.", 1, true),
                ("Mees", 1, false),
                ("Fleur", 2, false),
                ("Youssef", 2, false),
                ("Lina", 2, false),
                ("Jesse", 3, false),
                ("Noah", 3, false),
                ("Sara", 2, false),
                ("Timo", 3, false),
                ("Aya", 3, false),
            ],
        ),
        (
            "school_work",
            &[
                ("Meester Joris", 2, true),
                ("Juf Anke", 3, false),
                ("Mentor Ellen", 2, false),
                ("Stagebegeleider Rob", 3, false),
                ("Klasgenoot Ravi", 3, false),
                ("Klasgenoot Iris", 3, false),
            ],
        ),
        (
            "club",
            &[
                ("Trainer Marco", 2, false),
                ("Teamgenoot Stijn", 2, false),
                ("Teamgenoot Ali", 3, false),
                ("Kookclub Ans", 2, false),
                ("Jongerenwerker Kevin", 2, true),
                ("Teamgenoot Luuk", 3, false),
            ],
        ),
        (
            "neighbourhood",
            &[
                ("Buurvrouw Ineke", 2, false),
                ("Buurjongen Finn", 3, false),
                ("Winkelier Ahmed", 3, false),
                ("Buurman Piet", 3, false),
            ],
        ),
        (
            "professionals",
            &[
                ("Noor (wijkteam)", 2, false),
                ("Huisarts", 3, false),
                ("Schoolmaatschappelijk werk", 3, false),
            ],
        ),
    ];
    let mut people = Vec::new();
    for (sector, list) in groups {
        for (i, (name, ring, trusted)) in list.iter().enumerate() {
            let i = i as i64;
            people.push(Person {
                id: String::new(),
                name: name.to_string(),
                sector: sector.into(),
                ring: *ring,
                concrete: 1 + (i + ring) % 3,
                emotional: if *trusted { 3 } else { 1 + i % 3 },
                informational: 1 + (i * 2 + ring) % 3,
                criticism: 1 + i % 2,
                direction: ["both", "to_me", "from_me"][(i % 3) as usize].into(),
                frequency: (5 - ring).clamp(1, 4),
                years_known: ["gt5", "1to5", "lt1"][((ring - 1) % 3) as usize].into(),
                trusted: *trusted,
            });
        }
    }
    people
}

async fn user(
    tx: &mut Tx,
    ctx: &mut DemoContext,
    login: &str,
    name: &str,
    role: Role,
) -> anyhow::Result<String> {
    if let Some(id) = ctx.users.get(login) {
        return Ok(id.clone());
    }
    let u = NewUser {
        login_name: login.into(),
        email: login.contains('@').then(|| login.to_string()),
        display_name: name.into(),
        password_hash: Some(ctx.password_hash.clone()),
        locale: "nl".into(),
        totp_secret: None,
    };
    let id = crate::auth::repo::insert_user(
        tx,
        &u,
        &[Grant {
            role,
            municipality_id: ctx.municipality_id.clone(),
            team_id: None,
        }],
    )
    .await?;
    ctx.users.insert(login.into(), id.clone());
    Ok(id)
}

/// Adds the demo young people with their plans, networks, relations and consent.
pub async fn seed(tx: &mut Tx, ctx: &mut DemoContext) -> anyhow::Result<()> {
    let domains = plan::domains_in_tx(tx, &ctx.municipality_id).await?;
    let parent_id = ctx.users.get("ouder@wijkerveen.example").cloned();
    for (n, y) in YOUNG.iter().enumerate() {
        let user_id = match y.login {
            Some(login) => Some(
                user(
                    tx,
                    ctx,
                    login,
                    &format!("{} {}", y.first, y.last),
                    Role::Jongere,
                )
                .await?,
            ),
            None => None,
        };
        let professional = match (y.professional, y.team) {
            (Some(login), Some(team)) => Some(Party {
                user_id: ctx.users.get(login).cloned(),
                name: if login.starts_with("noor") {
                    "Noor de Vries"
                } else {
                    "Daan Visser"
                }
                .into(),
                team_id: ctx.teams.get(team).cloned(),
                authority_confirmed_by: None,
            }),
            _ => None,
        };
        // Sam and Yara's mother has parental authority, confirmed by Noor.
        let parent = (y.last == "Jansen").then(|| Party {
            user_id: parent_id.clone(),
            name: "Fatima El Amrani".into(),
            team_id: None,
            authority_confirmed_by: ctx.users.get("noor@wijkerveen.example").cloned(),
        });
        let id = enrol::enrol(
            tx,
            &Enrolment {
                municipality_id: ctx.municipality_id.clone(),
                wijk_id: ctx.wijken.get(y.wijk).cloned(),
                user_id: user_id.clone(),
                first_name: y.first.into(),
                last_name: y.last.into(),
                birth_date: birth_date(y.age, 40 + n as i64 * 17),
                created_by: None,
                professional,
                parent,
            },
        )
        .await?;
        let rel = |user_id: Option<String>, kind, name: String| NewRelation {
            young_person_id: id.clone(),
            user_id,
            kind,
            display_name: name,
            team_id: None,
            has_authority: false,
            authority_confirmed_by: None,
            network_person_id: None,
        };

        // Consent, following each age rule.
        let consent = |part: Part, by: ConsentBy| (part, by);
        let team_consent: Vec<(Part, ConsentBy)> = match y.first {
            "Sam" => vec![
                consent(Part::Plan, ConsentBy::Young),
                consent(Part::Plan, ConsentBy::Parent),
                consent(Part::Ratings, ConsentBy::Young),
                consent(Part::Ratings, ConsentBy::Parent),
                consent(Part::Profile, ConsentBy::Young),
            ],
            "Yara" => vec![
                consent(Part::Plan, ConsentBy::Parent),
                consent(Part::Network, ConsentBy::Parent),
            ],
            "Milan" | "Jayden" => vec![
                consent(Part::Plan, ConsentBy::Young),
                consent(Part::Network, ConsentBy::Young),
                consent(Part::Ratings, ConsentBy::Young),
            ],
            "Ilse" => vec![consent(Part::Plan, ConsentBy::Young)],
            _ => vec![],
        };
        let actor = user_id
            .clone()
            .or_else(|| parent_id.clone())
            .unwrap_or_default();
        for (part, by) in team_consent {
            repo::set_consent(tx, &id, part, TEAM_AUDIENCE, by, true, &actor).await?;
        }

        // A plan.
        let profile = match y.first {
            "Sam" => Profile {
                talents: "Koken, goed met kleine kinderen, doorzetten".into(),
                interests: "voetbal, koken, gamen".into(),
                dreams: "Kok worden in een eigen restaurant".into(),
            },
            "Yara" => Profile {
                talents: "Tekenen en dansen".into(),
                interests: "dansen, tekenen, paarden".into(),
                dreams: "Juf worden".into(),
            },
            "Milan" => Profile {
                talents: "Handig met fietsen en scooters".into(),
                interests: "techniek, muziek, fitness".into(),
                dreams: "Monteur worden en op mezelf wonen".into(),
            },
            _ => Profile {
                talents: "Luisteren naar anderen".into(),
                interests: "muziek, sport".into(),
                dreams: "Iets met mensen doen".into(),
            },
        };
        plan::save_profile(tx, &id, &profile).await?;
        for (i, d) in domains.iter().enumerate() {
            let entry = Entry {
                domain_id: d.id.clone(),
                goes_well: [
                    "Thuis is het gezellig met mijn zus",
                    "Ik ben goed in wiskunde",
                    "Ik train twee keer per week",
                    "Ik spaar voor een fiets",
                    "Ik heb een paar goede vrienden",
                    "Ik slaap beter dan vorig jaar",
                ][i % 6]
                    .into(),
                wishes: [
                    "Minder ruzie over de telefoon",
                    "Vaker naar school gaan",
                    "Weer bij een club",
                    "Een bijbaantje",
                    "Meer vrienden in de buurt",
                    "Minder stress",
                ][i % 6]
                    .into(),
                own_part: "Ik praat erover met mijn mentor".into(),
                network_part: "Tante Ria helpt mij plannen".into(),
                professional_part: if y.team.is_some() {
                    "Noor zoekt samen met mij een club".into()
                } else {
                    String::new()
                },
                wants_to_talk: i == 1 && y.first == "Sam",
            };
            plan::save_entry(tx, &id, &entry).await?;
            for (k, months) in [5i64, 3, 1].iter().enumerate() {
                let score = (4 + i as i64 % 3 + k as i64 + n as i64 % 2).min(10);
                plan::add_rating_at(tx, &id, &d.id, score, months_ago(*months)).await?;
            }
        }
        let school = domains
            .iter()
            .find(|d| d.key == "school")
            .map(|d| d.id.clone());
        let free_time = domains
            .iter()
            .find(|d| d.key == "free_time")
            .map(|d| d.id.clone());
        let g1 = plan::add_goal(
            tx,
            &id,
            &NewGoal {
                domain_id: school,
                title: "Ik ga elke dag naar school".into(),
                levels: [
                    "Ik ga niet meer naar school".into(),
                    "Ik ga twee dagen per week".into(),
                    "Ik ga vier dagen per week".into(),
                    "Ik ga elke dag".into(),
                    "Ik ga elke dag en maak mijn huiswerk".into(),
                ],
            },
        )
        .await?;
        let g2 = plan::add_goal(
            tx,
            &id,
            &NewGoal {
                domain_id: free_time,
                title: "Ik zit bij een club die bij mij past".into(),
                levels: [
                    "Ik doe niets meer buiten school".into(),
                    "Ik heb een club gezocht".into(),
                    "Ik heb een proefles gehad".into(),
                    "Ik ben lid geworden".into(),
                    "Ik ben lid en help ook mee".into(),
                ],
            },
        )
        .await?;
        plan::add_goal_score(tx, &id, &g1, -1, &actor).await?;
        plan::add_goal_score(tx, &id, &g1, 0, &actor).await?;
        plan::add_goal_score(tx, &id, &g2, 1, &actor).await?;
        for (description, owner_kind, owner_name, goal) in [
            (
                "Proefles bij de voetbalclub regelen",
                "young",
                format!("{} {}", y.first, y.last),
                Some(g2.clone()),
            ),
            (
                "Elke ochtend samen ontbijten",
                "parent",
                "Fatima El Amrani".to_string(),
                Some(g1.clone()),
            ),
            (
                "Jeugdfonds Sport & Cultuur aanvragen",
                "professional",
                "Noor de Vries".to_string(),
                Some(g2.clone()),
            ),
            (
                "Kennismaken met de trainer",
                "partner",
                "VV Wijkerveen".to_string(),
                Some(g2.clone()),
            ),
        ] {
            // The parent's action is given to the parent's relation: she finds it under "Mijn
            // acties".
            let owner_relation_id = match owner_kind {
                "parent" => repo::relation_in_tx(tx, &id, RelationKind::Parent).await?,
                _ => None,
            };
            plan::add_action(
                tx,
                &id,
                &NewAction {
                    goal_id: goal,
                    domain_id: None,
                    description: description.into(),
                    owner_kind: owner_kind.into(),
                    owner_relation_id,
                    owner_name,
                    due_on: Some(now().date() + time::Duration::days(14)),
                },
            )
            .await?;
        }

        // A network map; Sam's has 40 people and a snapshot from three months ago.
        let people = if y.first == "Sam" {
            sams_network()
        } else {
            sams_network().into_iter().step_by(4).collect()
        };
        let mut aunt_person = None;
        for p in &people {
            let pid = network::add(tx, &id, p).await?;
            if p.name == "Tante Ria" {
                aunt_person = Some(pid);
            }
        }
        let earlier: Vec<Person> = people.iter().filter(|p| p.ring < 3).cloned().collect();
        network::take_snapshot_on(tx, &id, &earlier, now().date() - time::Duration::days(90))
            .await?;

        // Sam invited aunt Ria, and shares the network with her.
        if y.first == "Sam" {
            let aunt = ctx.users.get("tante.ria@wijkerveen.example").cloned();
            let rel_id = repo::insert_relation(
                tx,
                &NewRelation {
                    network_person_id: aunt_person,
                    ..rel(aunt, RelationKind::Network, "Ria de Boer".into())
                },
            )
            .await?;
            repo::set_consent(
                tx,
                &id,
                Part::Network,
                &rel_id,
                ConsentBy::Young,
                true,
                &actor,
            )
            .await?;
        }
    }
    Ok(())
}
