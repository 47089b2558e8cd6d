//! The demo's barriers: one in every state across several wijken, two escalations waiting on
//! beleid and one on the teamleider, so that every start-page card about barriers leads somewhere.

use sea_query::{Alias, Expr, Query};
use time::{Duration, OffsetDateTime};

use super::domain::{Level, RaisedBy, Status, Toets};
use super::repo::{self, EventLine, NewBarrier, NewEscalation};
use crate::db::{Tx, now};
use crate::demo::context::DemoContext;

const NOOR: &str = "noor@wijkerveen.example";
const DAAN: &str = "daan@wijkerveen.example";
const LEAD: &str = "teamleider@wijkerveen.example";
const POLICY: &str = "beleid@wijkerveen.example";

/// One demo barrier: what, where, who it hits, who raised it, and how far it got.
struct Demo {
    title: &'static str,
    what: &'static str,
    category: &'static str,
    rule: &'static str,
    domain: &'static str,
    wijk: &'static str,
    young: &'static [&'static str],
    by: &'static str,
    kind: RaisedBy,
    days_ago: i64,
    /// Final status, reached through the machine's steps.
    end: Status,
    /// Escalated to this level (with an answer when `end` is closed).
    level: Option<Level>,
    /// The solution, and whether it may be shown to governance.
    solution: Option<(&'static str, bool)>,
}

const DEMO: &[Demo] = &[
    Demo {
        title: "Contributie voetbalclub te hoog",
        what: "Sam en Milan willen weer voetballen, maar de contributie is 240 euro per jaar. \
               Het Jeugdfonds betaalt pas na een aanvraag via school, en die duurt maanden.",
        category: "money",
        rule: "Jeugdfonds Sport & Cultuur: aanvraag alleen via intermediair",
        domain: "free_time",
        wijk: "WK099002",
        young: &["Sam", "Milan"],
        by: NOOR,
        kind: RaisedBy::Professional,
        days_ago: 30,
        end: Status::Escalated,
        level: Some(Level::Policy),
        solution: None,
    },
    Demo {
        title: "Wachtlijst huiswerkbegeleiding",
        what: "Ilse staat al vier maanden op de wachtlijst voor huiswerkbegeleiding.",
        category: "waiting_list",
        rule: "Huiswerkclub Molenwijk: plaatsing op volgorde van aanmelding",
        domain: "school",
        wijk: "WK099003",
        young: &["Ilse"],
        by: NOOR,
        kind: RaisedBy::Professional,
        days_ago: 12,
        end: Status::InProgress,
        level: None,
        solution: None,
    },
    Demo {
        title: "Ik mag geen busabonnement omdat ik 19 ben",
        what: "Het jongerenabonnement stopt bij 18. Naar mijn werk is het een uur lopen.",
        category: "transport",
        rule: "Jongerenkorting openbaar vervoer tot 18 jaar",
        domain: "work_money",
        wijk: "WK099001",
        young: &["Jayden"],
        by: "jayden",
        kind: RaisedBy::Young,
        days_ago: 3,
        end: Status::Open,
        level: None,
        solution: None,
    },
    Demo {
        title: "Aanmelden zwemles alleen met DigiD van ouder",
        what: "De aanmelding voor zwemles kan alleen online met DigiD; thuis is geen computer.",
        category: "digital",
        rule: "Gemeentelijk zwembad: online aanmelden",
        domain: "free_time",
        wijk: "WK099004",
        young: &["Eva"],
        by: NOOR,
        kind: RaisedBy::Professional,
        days_ago: 60,
        end: Status::Solved,
        level: None,
        solution: Some((
            "Het zwembad neemt nu ook aanmeldingen aan de balie aan, met hulp van de medewerker.",
            true,
        )),
    },
    Demo {
        title: "Bijbaan pas vanaf 18 bij de supermarkt",
        what: "De supermarkt neemt voor vakkenvullen alleen mensen van 18 en ouder aan.",
        category: "rule",
        rule: "Personeelsbeleid supermarkt",
        domain: "work_money",
        wijk: "WK099001",
        young: &["Jayden"],
        by: DAAN,
        kind: RaisedBy::Professional,
        days_ago: 90,
        end: Status::Breakthrough,
        level: Some(Level::Policy),
        solution: Some((
            "Na overleg met de ondernemersvereniging mogen jongeren vanaf 16 in de middag werken.",
            true,
        )),
    },
    Demo {
        title: "Geen jongerenwerk op de avond",
        what: "In de Haven is na 18:00 geen plek waar jongeren terechtkunnen.",
        category: "provision_missing",
        rule: "Subsidieafspraken jongerenwerk",
        domain: "free_time",
        wijk: "WK099005",
        young: &[],
        by: DAAN,
        kind: RaisedBy::Professional,
        days_ago: 120,
        end: Status::Unsolvable,
        level: Some(Level::Board),
        solution: None,
    },
    Demo {
        title: "Eigen bijdrage schoolreis",
        what: "Yara kan niet mee op schoolreis: de eigen bijdrage is 85 euro.",
        category: "money",
        rule: "Schoolreglement: ouderbijdrage",
        domain: "school",
        wijk: "WK099002",
        young: &["Yara"],
        by: NOOR,
        kind: RaisedBy::Professional,
        days_ago: 8,
        end: Status::Escalated,
        level: Some(Level::Teamleider),
        solution: None,
    },
    Demo {
        title: "Informatie over regelingen alleen in het Nederlands",
        what: "Ouders die het Nederlands nog niet goed lezen weten niet welke regelingen er zijn.",
        category: "information",
        rule: "Gemeentelijke website en folders",
        domain: "home",
        wijk: "WK099003",
        young: &["Ilse"],
        by: NOOR,
        kind: RaisedBy::Professional,
        days_ago: 20,
        end: Status::Escalated,
        level: Some(Level::Board),
        solution: None,
    },
];

const TOETS: [&str; 6] = [
    "Meedoen met leeftijdsgenoten, zonder te wachten.",
    "Minder thuis zitten, meer contact; ouders ontlast.",
    "De regel wil geld zorgvuldig besteden; hier werkt hij als drempel.",
    "Niet eerlijk: wie geen school of intermediair heeft, valt erbuiten.",
    "Afwijken past binnen de beleidsruimte van de verordening.",
    "De regel dient zijn doel hier niet. Vraag: laat het lokale team zelf aanvragen.",
];

async fn young_id(
    tx: &mut Tx,
    municipality_id: &str,
    first: &str,
) -> anyhow::Result<Option<String>> {
    let q = Query::select()
        .column(Alias::new("id"))
        .from(Alias::new("young_people"))
        .and_where(Expr::col(Alias::new("municipality_id")).eq(municipality_id))
        .and_where(Expr::col(Alias::new("first_name")).eq(first))
        .limit(1)
        .to_owned();
    let row: Option<(String,)> = tx.fetch_optional(&q).await?;
    Ok(row.map(|r| r.0))
}

fn days_ago(days: i64) -> OffsetDateTime {
    now() - Duration::days(days)
}

/// Adds the demo barriers (after the young people exist).
pub async fn seed(tx: &mut Tx, ctx: &mut DemoContext) -> anyhow::Result<()> {
    let m = ctx.municipality_id.clone();
    let user = |login: &str| ctx.users.get(login).cloned().unwrap_or_default();
    for d in DEMO {
        let mut young = Vec::new();
        for first in d.young {
            if let Some(id) = young_id(tx, &m, first).await? {
                young.push(id);
            }
        }
        let by = user(d.by);
        let n = NewBarrier {
            municipality_id: m.clone(),
            wijk_id: ctx.wijken.get(d.wijk).cloned(),
            title: d.title.into(),
            what_happened: d.what.split_whitespace().collect::<Vec<_>>().join(" "),
            category: d.category.into(),
            rule_behind: d.rule.into(),
            life_domain: d.domain.into(),
            raised_by: by.clone(),
            raised_by_name: display(d.by),
            raised_by_kind: d.kind,
            young_people: young,
        };
        let at = days_ago(d.days_ago);
        let id = repo::insert(tx, &n, at).await?;
        walk(tx, &id, d, &m, (&by, &display(d.by)), &ctx.teams, &user).await?;
    }
    Ok(())
}

fn display(login: &str) -> String {
    match login {
        NOOR => "Noor de Vries",
        DAAN => "Daan Visser",
        "jayden" => "Jayden Koç",
        _ => "KijKINDeWijk",
    }
    .to_string()
}

async fn step(
    tx: &mut Tx,
    id: &str,
    (from, to): (Status, Status),
    version: i64,
    (by, name): (&str, &str),
    kind: &str,
    at: OffsetDateTime,
) -> anyhow::Result<()> {
    repo::set_status(tx, id, from, to, version, None).await?;
    let e = EventLine {
        kind,
        from: Some(from),
        to: Some(to),
        note: "",
        by_user_id: Some(by),
        by_name: name,
        by_kind: "professional",
    };
    repo::event_at(tx, id, &e, at).await?;
    Ok(())
}

/// Takes a demo barrier through the machine to its end state.
async fn walk(
    tx: &mut Tx,
    id: &str,
    d: &Demo,
    m: &str,
    who: (&str, &str),
    teams: &std::collections::HashMap<String, String>,
    user: &dyn Fn(&str) -> String,
) -> anyhow::Result<()> {
    if d.end == Status::Open {
        return Ok(());
    }
    let prof = if d.kind == RaisedBy::Professional {
        who
    } else {
        ("", "Noor de Vries")
    };
    let prof_id = if prof.0.is_empty() {
        user(NOOR)
    } else {
        prof.0.to_string()
    };
    let prof = (prof_id.as_str(), prof.1);
    step(
        tx,
        id,
        (Status::Open, Status::InProgress),
        0,
        prof,
        "status",
        days_ago(d.days_ago - 1),
    )
    .await?;
    let mut toets = Toets::default();
    let full = d.level.is_some() || d.end.is_closed();
    let answers = if full { 6 } else { 2 };
    for (i, text) in TOETS.iter().enumerate().take(answers) {
        match i {
            0 => toets.need = (*text).into(),
            1 => toets.effect = (*text).into(),
            2 => {
                toets.purpose = (*text).into();
                toets.purpose_served = "no".into();
            }
            3 => toets.fairness = (*text).into(),
            4 => toets.legal = (*text).into(),
            _ => {
                toets.proposal = if d.level.is_some() {
                    "escalate"
                } else {
                    "team"
                }
                .into();
                toets.argument = (*text).into();
            }
        }
    }
    repo::save_toets(tx, id, &toets, prof.0, prof.1).await?;
    let Some(level) = d.level else {
        if d.end.is_closed() {
            repo::set_status(tx, id, Status::InProgress, d.end, 1, d.solution).await?;
            let e = EventLine {
                kind: "status",
                from: Some(Status::InProgress),
                to: Some(d.end),
                note: "",
                by_user_id: Some(prof.0),
                by_name: prof.1,
                by_kind: "professional",
            };
            repo::event_at(tx, id, &e, days_ago(d.days_ago - 10)).await?;
        }
        return Ok(());
    };
    let escalated_at = days_ago(d.days_ago - 5);
    step(
        tx,
        id,
        (Status::InProgress, Status::Escalated),
        1,
        prof,
        "escalated",
        escalated_at,
    )
    .await?;
    let team = teams.get(if prof.1 == "Daan Visser" {
        "Lokaal team Centrum-Zuid"
    } else {
        "Lokaal team Noord-Oost"
    });
    let deadline = (escalated_at + Duration::days(28)).date();
    let new = NewEscalation {
        barrier_id: id,
        municipality_id: m,
        level,
        team_id: team.map(String::as_str),
        title: d.title,
        argument: TOETS[5],
        deadline,
        by: prof.0,
    };
    let esc = repo::insert_escalation(tx, &new, escalated_at).await?;
    repo::follow(tx, id, prof.0).await?;
    if !d.end.is_closed() {
        // No reminder job in the demo: its deadlines lie weeks ahead, and a demo database should
        // start with an empty job queue.
        return Ok(());
    }
    let (answerer, name) = if level == Level::Teamleider {
        (user(LEAD), "Jeroen Bakker")
    } else {
        (user(POLICY), "Mehmet Yilmaz")
    };
    let answered_at = days_ago(d.days_ago - 20);
    let text = if d.end == Status::Breakthrough {
        "De gemeente spreekt met de ondernemersvereniging af dat jongeren vanaf 16 jaar in de middag mogen werken."
    } else {
        "Er is dit jaar geen budget voor avondopenstelling. We nemen het mee in de nieuwe subsidieronde."
    };
    repo::answer(tx, &esc, text, d.end, &answerer, name, answered_at).await?;
    repo::set_status(
        tx,
        id,
        Status::Escalated,
        d.end,
        2,
        d.solution.or(Some(("", false))),
    )
    .await?;
    let e = EventLine {
        kind: "answered",
        from: Some(Status::Escalated),
        to: Some(d.end),
        note: "",
        by_user_id: Some(&answerer),
        by_name: name,
        by_kind: level.answer_role().as_str(),
    };
    repo::event_at(tx, id, &e, answered_at).await?;
    Ok(())
}
