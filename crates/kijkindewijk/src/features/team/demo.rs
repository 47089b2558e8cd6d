//! Demo data for the team's week: a caseload in team Noord-Oost where some young people need
//! attention (an action past its date, weeks without contact, a plan not yet shared with a pending
//! request for consent), and open tasks for the members of both teams.

use sea_query::{Alias, Expr, Query};
use time::{Duration, OffsetDateTime};

use super::domain::{NoteKind, TaskInput};
use super::repo;
use crate::access::{Part, TEAM_AUDIENCE};
use crate::db::{Tx, now};
use crate::demo::context::DemoContext;
use crate::features::youth::plan::repo::{NewAction, add_action};
use crate::features::youth::seam::{ConsentBy, set_consent};

async fn young(tx: &mut Tx, ctx: &DemoContext, first: &str) -> anyhow::Result<Option<String>> {
    let q = Query::select()
        .column(Alias::new("id"))
        .from(Alias::new("young_people"))
        .and_where(Expr::col(Alias::new("municipality_id")).eq(ctx.municipality_id.clone()))
        .and_where(Expr::col(Alias::new("first_name")).eq(first))
        .limit(1)
        .to_owned();
    Ok(tx.fetch_optional::<(String,)>(&q).await?.map(|(id,)| id))
}

fn days_ago(days: i64) -> OffsetDateTime {
    now() - Duration::days(days)
}

/// Adds the team's week to the demo.
pub async fn seed(tx: &mut Tx, ctx: &mut DemoContext) -> anyhow::Result<()> {
    let (Some(noor), Some(daan), Some(lead)) = (
        ctx.users.get("noor@wijkerveen.example").cloned(),
        ctx.users.get("daan@wijkerveen.example").cloned(),
        ctx.users.get("teamleider@wijkerveen.example").cloned(),
    ) else {
        return Ok(());
    };
    let north = ctx
        .teams
        .get("Lokaal team Noord-Oost")
        .cloned()
        .unwrap_or_default();
    let centre = ctx
        .teams
        .get("Lokaal team Centrum-Zuid")
        .cloned()
        .unwrap_or_default();
    let (sam, milan, ilse, jayden) = (
        young(tx, ctx, "Sam").await?,
        young(tx, ctx, "Milan").await?,
        young(tx, ctx, "Ilse").await?,
        young(tx, ctx, "Jayden").await?,
    );
    // Milan (17) shares his notes; the last contact was six weeks ago, and an action is overdue.
    if let Some(milan) = &milan {
        let user = milan_user(tx, milan).await?;
        set_consent(
            tx,
            milan,
            Part::Notes,
            TEAM_AUDIENCE,
            ConsentBy::Young,
            true,
            &user,
        )
        .await?;
        note(
            tx,
            milan,
            (&noor, "Noor de Vries"),
            NoteKind::Contact,
            "Gesprek bij hem thuis over een stage bij de garage.",
            42,
        )
        .await?;
        note(
            tx,
            milan,
            (&noor, "Noor de Vries"),
            NoteKind::Agreement,
            "Milan stuurt zelf zijn cv; Noor belt de garage als hij dat wil.",
            41,
        )
        .await?;
        action(tx, milan, "Cv naar de garage sturen", "young", "Milan", -5).await?;
    }
    // Sam (15): an action past its date, and the team asked to see his notes.
    if let Some(sam) = &sam {
        action(
            tx,
            sam,
            "Formulier Jeugdfonds Sport & Cultuur invullen",
            "professional",
            "Noor de Vries",
            -3,
        )
        .await?;
        repo::consent::ask(tx, sam, Part::Notes, Some(&north), &noor, "Noor de Vries").await?;
    }
    // Ilse (13) shared her plan, but her parent has not agreed yet: the team asked.
    if let Some(ilse) = &ilse {
        repo::consent::ask(tx, ilse, Part::Plan, Some(&north), &noor, "Noor de Vries").await?;
    }
    if let Some(jayden) = &jayden {
        note(
            tx,
            jayden,
            (&daan, "Daan Visser"),
            NoteKind::Meeting,
            "Overleg met school over zijn rooster.",
            9,
        )
        .await?;
    }
    let tasks = [
        (
            &north,
            &noor,
            "Mentor van Sam bellen over de stage",
            sam.clone(),
            -1,
        ),
        (
            &north,
            &noor,
            "Netwerkberaad van Milan voorbereiden",
            milan.clone(),
            3,
        ),
        (&north, &lead, "Casusoverleg van het team plannen", None, 2),
        (
            &centre,
            &daan,
            "Huisbezoek bij Jayden afspreken",
            jayden.clone(),
            5,
        ),
    ];
    for (team, who, title, young_person_id, due) in tasks {
        let task = TaskInput {
            title: title.into(),
            due_on: Some(now().date() + Duration::days(due)),
            assignee: who.clone(),
            young_person_id,
        };
        repo::tasks::insert(tx, team, who, &task).await?;
    }
    Ok(())
}

async fn milan_user(tx: &mut Tx, id: &str) -> anyhow::Result<String> {
    let q = Query::select()
        .column(Alias::new("user_id"))
        .from(Alias::new("young_people"))
        .and_where(Expr::col(Alias::new("id")).eq(id))
        .to_owned();
    Ok(tx
        .fetch_one::<(Option<String>,)>(&q)
        .await?
        .0
        .unwrap_or_default())
}

async fn note(
    tx: &mut Tx,
    young: &str,
    (author, name): (&str, &str),
    kind: NoteKind,
    body: &str,
    days: i64,
) -> anyhow::Result<()> {
    let n = repo::notes::NewNote {
        young_person_id: young,
        author_user_id: author,
        author_name: name,
        kind,
        body,
        at: Some(days_ago(days)),
    };
    repo::notes::insert(tx, &n).await?;
    Ok(())
}

async fn action(
    tx: &mut Tx,
    young: &str,
    what: &str,
    kind: &str,
    owner: &str,
    due_in: i64,
) -> anyhow::Result<()> {
    let a = NewAction {
        goal_id: None,
        domain_id: None,
        description: what.into(),
        owner_kind: kind.into(),
        owner_relation_id: None,
        owner_name: owner.into(),
        due_on: Some(now().date() + Duration::days(due_in)),
    };
    add_action(tx, young, &a).await?;
    Ok(())
}
