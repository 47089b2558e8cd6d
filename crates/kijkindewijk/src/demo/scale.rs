//! A synthetic country for load tests and the wijkmonitor: `demo --scale N`. Municipalities with
//! CBS-shaped codes (GM2xxx, ten wijken WK2xxxWW, three buurten each BU2xxxWWBB) and two teams
//! each; N young people spread over them and over the demo municipality, with consent, a network
//! map (0–60 people, skewed towards small), a snapshot half a year back, self-ratings over time, a
//! goal with GAS scores, introductions and barriers; and about N/10 social-map listings. The
//! records come from a seeded random generator (the same seed gives the same records; dates are
//! relative to today so the monitor's two years are filled), and are written in batches of
//! multi-row inserts, each batch of young people in its own transaction, with a progress bar.
//! The demo's small monitor set uses the same generator (`seed_young`).

use indicatif::{ProgressBar, ProgressStyle};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_query::{Alias, Query, SimpleExpr};
use time::{Date, Duration, OffsetDateTime};

use crate::db::{Db, Tx};
use crate::places::repo as places;
use crate::state::AppState;

/// Young people per synthetic municipality.
const PER_MUNICIPALITY: u64 = 50_000;
/// Young people per transaction.
const CHUNK: u64 = 2_000;

/// Where generated young people go: a municipality and its wijk ids.
#[derive(Clone, Debug)]
pub struct Target {
    /// Municipality id.
    pub municipality_id: String,
    /// Wijk ids.
    pub wijken: Vec<String>,
}

/// Rows of one table, written as multi-row inserts.
struct Rows {
    table: &'static str,
    columns: &'static [&'static str],
    values: Vec<Vec<SimpleExpr>>,
}

impl Rows {
    fn new(table: &'static str, columns: &'static [&'static str]) -> Rows {
        Rows {
            table,
            columns,
            values: Vec::new(),
        }
    }
    fn push(&mut self, row: Vec<SimpleExpr>) {
        self.values.push(row);
    }
    async fn write(&mut self, tx: &mut Tx) -> Result<(), sqlx::Error> {
        // stay under SQLite's 32766 bound values per statement
        let per = (30_000 / self.columns.len()).max(1);
        for chunk in self.values.chunks(per) {
            let mut q = Query::insert()
                .into_table(Alias::new(self.table))
                .columns(self.columns.iter().map(|c| Alias::new(*c)))
                .to_owned();
            for row in chunk {
                q.values_panic(row.iter().cloned());
            }
            tx.execute(&q).await?;
        }
        self.values.clear();
        Ok(())
    }
}

fn v<T: Into<sea_query::Value>>(x: T) -> SimpleExpr {
    SimpleExpr::Value(x.into())
}

const FIRST: &[&str] = &[
    "Noa", "Daan", "Sem", "Lotte", "Finn", "Zoë", "Levi", "Mila", "Luuk", "Sara", "Bram", "Noor",
];
const SECTORS: &[&str] = &[
    "household",
    "family",
    "friends",
    "school_work",
    "club",
    "neighbourhood",
    "professionals",
];
const DOMAINS: &[&str] = &[
    "domain-home",
    "domain-school",
    "domain-free-time",
    "domain-work-money",
    "domain-friends",
    "domain-health",
];

/// Tables written for young people, in foreign-key order.
struct Batch {
    young: Rows,
    consents: Rows,
    people: Rows,
    snapshots: Rows,
    snapshot_people: Rows,
    ratings: Rows,
    goals: Rows,
    scores: Rows,
    intros: Rows,
}

impl Batch {
    fn new() -> Batch {
        Batch {
            young: Rows::new(
                "young_people",
                &[
                    "id",
                    "municipality_id",
                    "wijk_id",
                    "first_name",
                    "last_name",
                    "birth_date",
                    "created_at",
                    "updated_at",
                ],
            ),
            consents: Rows::new(
                "consents",
                &[
                    "id",
                    "young_person_id",
                    "part",
                    "audience_key",
                    "by_young_at",
                    "by_parent_at",
                    "updated_at",
                ],
            ),
            people: Rows::new(
                "network_people",
                &[
                    "id",
                    "young_person_id",
                    "name",
                    "sector",
                    "ring",
                    "concrete",
                    "emotional",
                    "informational",
                    "criticism",
                    "direction",
                    "frequency",
                    "years_known",
                    "trusted",
                    "created_at",
                    "updated_at",
                ],
            ),
            snapshots: Rows::new(
                "network_snapshots",
                &["id", "young_person_id", "taken_on", "created_at"],
            ),
            snapshot_people: Rows::new(
                "network_snapshot_people",
                &["id", "snapshot_id", "sector", "ring", "trusted"],
            ),
            ratings: Rows::new(
                "self_ratings",
                &["id", "young_person_id", "domain_id", "score", "rated_at"],
            ),
            goals: Rows::new(
                "goals",
                &[
                    "id",
                    "young_person_id",
                    "domain_id",
                    "title",
                    "level_minus2",
                    "level_minus1",
                    "level_0",
                    "level_plus1",
                    "level_plus2",
                    "weight",
                    "status",
                    "created_at",
                    "updated_at",
                ],
            ),
            scores: Rows::new("goal_scores", &["id", "goal_id", "score", "scored_at"]),
            intros: Rows::new(
                "introductions",
                &[
                    "id",
                    "young_person_id",
                    "service_id",
                    "organization_id",
                    "proposed_by_role",
                    "message",
                    "no_contact",
                    "status",
                    "reason",
                    "started_on",
                    "created_at",
                    "updated_at",
                ],
            ),
        }
    }

    async fn write(&mut self, tx: &mut Tx) -> Result<(), sqlx::Error> {
        self.young.write(tx).await?;
        self.consents.write(tx).await?;
        self.people.write(tx).await?;
        self.snapshots.write(tx).await?;
        self.snapshot_people.write(tx).await?;
        self.ratings.write(tx).await?;
        self.goals.write(tx).await?;
        self.scores.write(tx).await?;
        self.intros.write(tx).await
    }
}

fn at(today: Date, days_ago: i64) -> OffsetDateTime {
    (today - Duration::days(days_ago)).midnight().assume_utc() + Duration::hours(10)
}

/// Adds the records of young person number `i` (ids start with `prefix`).
#[allow(clippy::too_many_arguments)]
fn young_person(
    b: &mut Batch,
    rng: &mut StdRng,
    prefix: &str,
    i: u64,
    target: &Target,
    services: &[(String, String)],
    shape: Shape,
    today: Date,
) {
    let id = format!("{prefix}y{i}");
    let random_wijk = rng.gen_range(0..target.wijken.len());
    let age = rng.gen_range(8..23i64);
    let birth = today - Duration::days(age * 365 + rng.gen_range(0..365));
    // some were registered before the monitor's two years, most spread over them
    let random_day = if rng.gen_bool(0.3) {
        rng.gen_range(730..1500)
    } else {
        rng.gen_range(0..730)
    };
    let (wijk, registered) = match shape.evenly {
        None => (&target.wijken[random_wijk], random_day),
        Some(count) => {
            // the same number in every wijk, and in every wijk the same number per quarter
            let w = target.wijken.len() as u64;
            let (j, per) = (i / w, (count / w).max(1));
            let before = per * 3 / 10;
            let day = if j < before {
                730 + (j as i64) * 7
            } else {
                ((j - before) * 730 / (per - before).max(1)) as i64
            };
            (&target.wijken[(i % w) as usize], day)
        }
    };
    let created = at(today, registered);
    b.young.push(vec![
        v(id.clone()),
        v(target.municipality_id.clone()),
        v(wijk.clone()),
        v(FIRST[rng.gen_range(0..FIRST.len())]),
        v(format!("Synthetisch {i}")),
        v(birth),
        v(created),
        v(created),
    ]);
    // consent to the team: most share; under 16 the parent agreed as well
    for part in ["plan", "ratings", "network"] {
        if rng.gen_bool(0.85) {
            let by_parent = (age < 16).then_some(created);
            let by_young = (age >= 12).then_some(created);
            b.consents.push(vec![
                v(format!("{id}-c-{part}")),
                v(id.clone()),
                v(part),
                v("team"),
                v(by_young),
                v(by_parent),
                v(created),
            ]);
        }
    }
    // a network of 0–60 (0–`max_network`), most of them small
    let size = (rng.gen_range(0.0f64..1.0).powi(2) * (shape.max_network + 1) as f64) as u64;
    let mut snapshot_size = 0;
    for k in 0..size {
        let sector = SECTORS[rng.gen_range(0..SECTORS.len())];
        let trusted = rng.gen_bool(0.3);
        b.people.push(vec![
            v(format!("{id}-p{k}")),
            v(id.clone()),
            v(format!("Persoon {k}")),
            v(sector),
            v(rng.gen_range(1..=3i64)),
            v(2i64),
            v(2i64),
            v(2i64),
            v(1i64),
            v("both"),
            v(rng.gen_range(1..=4i64)),
            v("1to5"),
            v(trusted),
            v(created),
            v(created),
        ]);
        if k < size * 2 / 3 {
            snapshot_size += 1;
        }
    }
    if registered > 200 && size > 0 {
        let sid = format!("{id}-s");
        b.snapshots.push(vec![
            v(sid.clone()),
            v(id.clone()),
            v(today - Duration::days(180)),
            v(at(today, 180)),
        ]);
        for k in 0..snapshot_size {
            b.snapshot_people.push(vec![
                v(format!("{sid}{k}")),
                v(sid.clone()),
                v(SECTORS[(k as usize) % SECTORS.len()]),
                v(2i64),
                v(k % 3 == 0),
            ]);
        }
    }
    // self-ratings on three domains, twice in the year, mostly going up a little
    for d in 0..3 {
        let domain = DOMAINS[(i as usize + d) % DOMAINS.len()];
        let first: i64 = rng.gen_range(3..9);
        for (n, days) in [(0, rng.gen_range(180..360)), (1, rng.gen_range(0..170))] {
            let score = (first + n * rng.gen_range(-1..3)).clamp(1, 10);
            b.ratings.push(vec![
                v(format!("{id}-r{d}{n}")),
                v(id.clone()),
                v(domain),
                v(score),
                v(at(today, days.min(registered))),
            ]);
        }
    }
    // one goal with two GAS scores
    let gid = format!("{id}-g");
    b.goals.push(vec![
        v(gid.clone()),
        v(id.clone()),
        v(DOMAINS[(i as usize) % DOMAINS.len()]),
        v("Doel"),
        v("-2"),
        v("-1"),
        v("0"),
        v("+1"),
        v("+2"),
        v(1i64),
        v("active"),
        v(created),
        v(created),
    ]);
    for (n, days) in [(0, 200i64), (1, 40)] {
        b.scores.push(vec![
            v(format!("{gid}{n}")),
            v(gid.clone()),
            v(rng.gen_range(-2..=1i64) + n),
            v(at(today, days.min(registered))),
        ]);
    }
    // an introduction for a third of them
    if !services.is_empty() && rng.gen_bool(0.33) {
        let (sid, oid) = &services[rng.gen_range(0..services.len())];
        let made = rng.gen_range(0..360i64).min(registered);
        let (status, reason, started) = match rng.gen_range(0..10) {
            0 => ("declined", Some("no_place"), None),
            1 => ("proposed", None, None),
            2..=4 => ("started", None, Some(made.saturating_sub(14))),
            _ => ("still_running", None, Some(made.saturating_sub(14))),
        };
        let started = started
            .filter(|d| *d > 0)
            .map(|d| today - Duration::days(d));
        b.intros.push(vec![
            v(format!("{id}-i")),
            v(id.clone()),
            v(sid.clone()),
            v(oid.clone()),
            v("jeugdprofessional"),
            v("Introductie"),
            v(false),
            v(status),
            v(reason),
            v(started),
            v(at(today, made)),
            v(at(today, made.saturating_sub(10))),
        ]);
    }
}

/// How generated young people look beyond the common part.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    /// Whether some of them get an introduction (needs listings).
    pub introductions: bool,
    /// The largest network map.
    pub max_network: u64,
    /// Spread this many young people evenly over the wijken and the monitor's two years
    /// (otherwise wijk and registration day are random).
    pub evenly: Option<u64>,
}

/// The demo's share for the wijkmonitor: 80 young people per wijk, spread so that every wijk
/// has about 7 new young people per quarter and the trends show (small networks and no introductions
/// or barriers, so the demo stays quick to make and its own lists stay as they are), then the
/// figures.
pub async fn seed_monitor_demo(db: &Db) -> anyhow::Result<()> {
    if let Some(t) = demo_target(db).await? {
        let shape = Shape {
            introductions: false,
            max_network: 12,
            evenly: Some(400),
        };
        seed_young(db, std::slice::from_ref(&t), 400, 7, "m-", shape, None).await?;
        crate::features::monitor::refresh::refresh(db, &t.municipality_id, crate::clock::today())
            .await?;
    }
    Ok(())
}

/// Writes `count` young people into `targets` round robin, in transactions of [`CHUNK`].
pub async fn seed_young(
    db: &Db,
    targets: &[Target],
    count: u64,
    seed: u64,
    prefix: &str,
    shape: Shape,
    bar: Option<&ProgressBar>,
) -> anyhow::Result<()> {
    let mut rng = StdRng::seed_from_u64(seed);
    let services = if shape.introductions {
        services(db).await?
    } else {
        Vec::new()
    };
    let today = crate::clock::today();
    let mut i = 0;
    while i < count {
        let end = (i + CHUNK).min(count);
        let mut b = Batch::new();
        for k in i..end {
            let t = &targets[(k as usize) % targets.len()];
            young_person(&mut b, &mut rng, prefix, k, t, &services, shape, today);
        }
        let mut tx = db.begin().await?;
        b.write(&mut tx).await?;
        tx.commit().await?;
        if let Some(bar) = bar {
            bar.inc(end - i);
        }
        i = end;
    }
    Ok(())
}

/// Barriers: one per 200 young people per municipality (at least 20), a third escalated to
/// policy and most of those answered.
pub async fn seed_barriers(
    db: &Db,
    target: &Target,
    count: u64,
    seed: u64,
    prefix: &str,
) -> anyhow::Result<()> {
    let mut rng = StdRng::seed_from_u64(seed ^ 0xBA22);
    let today = crate::clock::today();
    let mut barriers = Rows::new(
        "barriers",
        &[
            "id",
            "municipality_id",
            "wijk_id",
            "title",
            "what_happened",
            "category",
            "rule_behind",
            "life_domain",
            "raised_by_kind",
            "status",
            "created_at",
            "updated_at",
            "closed_at",
        ],
    );
    let mut escalations = Rows::new(
        "barrier_escalations",
        &[
            "id",
            "barrier_id",
            "municipality_id",
            "level",
            "answer_role",
            "title",
            "argument",
            "deadline",
            "escalated_at",
            "answer_state",
            "answered_at",
        ],
    );
    for k in 0..count {
        let id = format!("{prefix}b{k}");
        let opened = rng.gen_range(0..360i64);
        let escalated = rng.gen_bool(0.35);
        let answered = escalated && opened > 20 && rng.gen_bool(0.8);
        let solved = rng.gen_bool(0.3) || answered;
        let status = match (solved, escalated && !answered) {
            (_, true) => "escalated",
            (true, _) => "solved",
            _ => "open",
        };
        let closed = (status == "solved").then(|| at(today, opened.saturating_sub(20)));
        barriers.push(vec![
            v(id.clone()),
            v(target.municipality_id.clone()),
            v(target.wijken[rng.gen_range(0..target.wijken.len())].clone()),
            v("Regel zit in de weg"),
            v("Synthetisch"),
            v(["money", "transport", "rules"][rng.gen_range(0..3)]),
            v("Verordening"),
            v("free_time"),
            v("professional"),
            v(status),
            v(at(today, opened)),
            v(at(today, opened)),
            v(closed),
        ]);
        if escalated {
            let e_at = opened.saturating_sub(5);
            let a_at = answered.then(|| at(today, e_at.saturating_sub(rng.gen_range(3..20))));
            escalations.push(vec![
                v(format!("{id}-e")),
                v(id.clone()),
                v(target.municipality_id.clone()),
                v("policy"),
                v("beleid"),
                v("Regel zit in de weg"),
                v("Synthetisch"),
                v(today + Duration::days(14)),
                v(at(today, e_at)),
                v(answered.then_some("solved")),
                v(a_at),
            ]);
        }
    }
    let mut tx = db.begin().await?;
    barriers.write(&mut tx).await?;
    escalations.write(&mut tx).await?;
    tx.commit().await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct ServiceRef {
    id: String,
    organization_id: String,
}

async fn services(db: &Db) -> Result<Vec<(String, String)>, sqlx::Error> {
    let q = Query::select()
        .columns([Alias::new("id"), Alias::new("organization_id")])
        .from(Alias::new("services"))
        .limit(200)
        .to_owned();
    let rows: Vec<ServiceRef> = db.fetch_all(&q).await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.id, r.organization_id))
        .collect())
}

/// Creates `count` municipalities GM2000… with ten wijken of three buurten and two teams each.
async fn municipalities(db: &Db, count: u64) -> anyhow::Result<Vec<Target>> {
    let mut out = Vec::new();
    let mut tx = db.begin().await?;
    for g in 0..count {
        let gcode = 2000 + g;
        let mid = places::insert_municipality(
            &mut tx,
            &format!("GM{gcode:04}"),
            &format!("Synthetisch {g}"),
        )
        .await?;
        let mut wijken = Vec::new();
        for w in 1..=10u64 {
            let wid = places::insert_wijk(
                &mut tx,
                &mid,
                &format!("WK{gcode:04}{w:02}"),
                &format!("Wijk {w}"),
            )
            .await?;
            for b in 1..=3u64 {
                places::insert_buurt(
                    &mut tx,
                    &wid,
                    &format!("BU{gcode:04}{w:02}{b:02}"),
                    &format!("Buurt {w}.{b}"),
                )
                .await?;
            }
            wijken.push(wid);
        }
        places::insert_team(&mut tx, &mid, "Team Noord", &wijken[..5]).await?;
        places::insert_team(&mut tx, &mid, "Team Zuid", &wijken[5..]).await?;
        out.push(Target {
            municipality_id: mid,
            wijken,
        });
    }
    tx.commit().await?;
    Ok(out)
}

/// The demo municipality as a target.
pub async fn demo_target(db: &Db) -> anyhow::Result<Option<Target>> {
    let Some(m) = places::municipality_by_code(db, super::context::MUNICIPALITY.0).await? else {
        return Ok(None);
    };
    let wijken = places::wijken(db, &m.id).await?;
    Ok(Some(Target {
        municipality_id: m.id,
        wijken: wijken.into_iter().map(|w| w.id).collect(),
    }))
}

/// `demo --scale N`: a synthetic country on top of the demo.
pub async fn generate(state: &AppState, n: u64, seed: u64) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let db = &state.db;
    let demo = demo_target(db)
        .await?
        .ok_or_else(|| anyhow::anyhow!("run `demo` first"))?;
    let services = u32::try_from(n / 10).unwrap_or(u32::MAX);
    if services > 0 {
        crate::features::socialmap::demo::generate::generate(
            state,
            super::context::MUNICIPALITY.0,
            services,
        )
        .await?;
    }
    let extra = n.div_ceil(PER_MUNICIPALITY);
    let mut targets = vec![demo];
    targets.extend(municipalities(db, extra).await?);
    let bar = ProgressBar::new(n);
    bar.set_style(
        ProgressStyle::with_template("{msg} {wide_bar} {pos}/{len} ({per_sec}, {eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_message("jongeren");
    seed_young(
        db,
        &targets,
        n,
        seed,
        &format!("x{seed}-"),
        Shape {
            introductions: true,
            max_network: 60,
            evenly: None,
        },
        Some(&bar),
    )
    .await?;
    bar.finish();
    let per = n / targets.len() as u64;
    for (k, t) in targets.iter().enumerate() {
        seed_barriers(
            db,
            t,
            (per / 200).max(20),
            seed + k as u64,
            &format!("x{seed}-{k}-"),
        )
        .await?;
    }
    let bar = ProgressBar::new(targets.len() as u64);
    bar.set_message("wijkmonitor");
    for t in &targets {
        crate::features::monitor::refresh::refresh(db, &t.municipality_id, crate::clock::today())
            .await?;
        bar.inc(1);
    }
    bar.finish();
    println!(
        "{n} synthetic young people in {} municipalities, {services} listings, in {:.1} s",
        targets.len(),
        started.elapsed().as_secs_f64(),
    );
    Ok(())
}
