//! The refresh job: reads the facts of one municipality (through the owners' `facts` modules),
//! computes the figures (`indicators::compute`, pure) and replaces the stored ones in one
//! transaction. It runs every night for every municipality and queues its own next run; the demo
//! and the scale generator run it directly.

use std::collections::HashMap;

use serde::Deserialize;
use time::{Date, OffsetDateTime};

use super::indicators::{self, Barrier, Given, Intro, NetPoint, Young};
use super::repo;
use crate::db::{Db, now};
use crate::features::{barriers, introductions, youth};
use crate::platform::jobs;
use crate::state::AppState;

/// Job kind.
pub const KIND: &str = "monitor.refresh";

/// Quarters kept per municipality (two years). Quarters, not months: in a wijk only a few young
/// people are new in a month, and "this period = last period + new" would then force most
/// monthly totals to be hidden (see `suppress`); over a quarter the counts are large enough to
/// show a trend.
pub const QUARTERS: usize = 8;

/// The refresh as a kind of background job (listed in `features::JOBS`).
pub const JOB: jobs::Job = jobs::Job {
    kind: KIND,
    run: |app, payload| Box::pin(run(app, payload)),
};

/// Runs the job: every municipality (or the one named), then queues the next night's run.
pub async fn run(app: &AppState, payload: &str) -> anyhow::Result<()> {
    #[derive(Deserialize, Default)]
    struct Payload {
        #[serde(default)]
        municipality_id: Option<String>,
        #[serde(default)]
        once: bool,
    }
    let p: Payload = serde_json::from_str(payload).unwrap_or_default();
    match &p.municipality_id {
        Some(id) => refresh(&app.db, id, crate::clock::today()).await?,
        None => {
            for m in crate::places::repo::municipalities(&app.db).await? {
                refresh(&app.db, &m.id, crate::clock::today()).await?;
            }
        }
    }
    if !p.once && p.municipality_id.is_none() {
        schedule_next(&app.db).await?;
    }
    Ok(())
}

/// Queues the next run for 02:00 UTC tomorrow.
pub async fn schedule_next(db: &Db) -> anyhow::Result<()> {
    let at = (now().date().next_day().unwrap_or(now().date()))
        .midnight()
        .assume_utc()
        + time::Duration::hours(2);
    let mut tx = db.begin().await?;
    jobs::enqueue(&mut tx, KIND, &serde_json::json!({}), at, 3).await?;
    tx.commit().await?;
    Ok(())
}

fn day(at: OffsetDateTime) -> Date {
    at.date()
}

/// Recomputes one municipality's figures for the [`QUARTERS`] quarters up to `today`.
pub async fn refresh(db: &Db, municipality_id: &str, today: Date) -> anyhow::Result<()> {
    let months = indicators::quarters(today, QUARTERS);
    let since = months[0].first.midnight().assume_utc() - time::Duration::days(366);
    let young_rows = youth::facts::young(db, municipality_id).await?;
    let mut index: HashMap<String, usize> = HashMap::with_capacity(young_rows.len());
    let mut young: Vec<Young> = Vec::with_capacity(young_rows.len());
    for (i, y) in young_rows.into_iter().enumerate() {
        index.insert(y.id, i);
        young.push(Young {
            wijk: y.wijk_id,
            registered: day(y.created_at),
            birth: y.birth_date,
            plan: Given::default(),
            ratings: Given::default(),
            network: Given::default(),
            net: Vec::new(),
            ratings_given: Vec::new(),
            goals: Vec::new(),
            activity_since: None,
        });
    }
    for c in youth::facts::team_consents(db, municipality_id).await? {
        let Some(&i) = index.get(&c.young_person_id) else {
            continue;
        };
        let g = Given {
            by_young: c.by_young_at.map(day),
            by_parent: c.by_parent_at.map(day),
        };
        match c.part.as_str() {
            "plan" => young[i].plan = g,
            "ratings" => young[i].ratings = g,
            _ => young[i].network = g,
        }
    }
    let mut snaps = youth::facts::network_snapshots(db, municipality_id).await?;
    snaps.extend(youth::facts::network_now(db, municipality_id).await?);
    for n in snaps {
        let Some(&i) = index.get(&n.young_person_id) else {
            continue;
        };
        young[i].net.push(NetPoint {
            on: n.taken_on.unwrap_or(today),
            size: n.size,
            professional: n.professional,
            trusted: n.trusted,
        });
    }
    for r in youth::facts::ratings(db, municipality_id, since).await? {
        let Some(&i) = index.get(&r.young_person_id) else {
            continue;
        };
        young[i]
            .ratings_given
            .push((r.domain_key, day(r.rated_at), r.score));
    }
    let mut goals: HashMap<String, (usize, i64, Vec<(Date, i64)>)> = HashMap::new();
    for g in youth::facts::goal_scores(db, municipality_id).await? {
        let Some(&i) = index.get(&g.young_person_id) else {
            continue;
        };
        let e = goals.entry(g.goal_id).or_insert((i, g.weight, Vec::new()));
        e.2.push((day(g.scored_at), g.score));
    }
    for (_, (i, w, scores)) in goals {
        young[i].goals.push((w, scores));
    }
    let mut intros = Vec::new();
    for r in introductions::facts::introductions(db, municipality_id).await? {
        let running = matches!(r.status.as_str(), "started" | "still_running");
        if let (true, Some(d), Some(&i)) = (running, r.started_on, index.get(&r.young_person_id)) {
            let since = &mut young[i].activity_since;
            *since = Some(since.map_or(d, |s| s.min(d)));
        }
        let no_place = r.status == "declined" && r.reason.as_deref() == Some("no_place");
        intros.push(Intro {
            wijk: r.wijk_id,
            made: day(r.created_at),
            started: r.started_on,
            lasting: r.status == "still_running",
            no_place: no_place.then(|| day(r.updated_at)),
        });
    }
    for y in &mut young {
        y.net.sort_by_key(|p| p.on);
    }
    let barriers = load_barriers(db, municipality_id).await?;
    let raw = indicators::compute(&months, &young, &intros, &barriers);
    let mut tx = db.begin().await?;
    repo::replace(&mut tx, municipality_id, &raw, young.len() as i64, now()).await?;
    tx.commit().await?;
    Ok(())
}

async fn load_barriers(db: &Db, municipality_id: &str) -> anyhow::Result<Vec<Barrier>> {
    let rows = barriers::facts::barriers(db, municipality_id).await?;
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut out: Vec<Barrier> = Vec::with_capacity(rows.len());
    for (i, b) in rows.into_iter().enumerate() {
        index.insert(b.id, i);
        let solved = matches!(b.status.as_str(), "solved" | "breakthrough");
        out.push(Barrier {
            wijk: b.wijk_id,
            opened: day(b.created_at),
            escalated: Vec::new(),
            solved: b.closed_at.filter(|_| solved).map(day),
            answers: Vec::new(),
        });
    }
    for e in barriers::facts::escalations(db, municipality_id).await? {
        let Some(&i) = index.get(&e.barrier_id) else {
            continue;
        };
        out[i].escalated.push(day(e.escalated_at));
        if let Some(a) = e.answered_at {
            out[i]
                .answers
                .push((day(a), (a - e.escalated_at).whole_days()));
        }
    }
    Ok(out)
}
