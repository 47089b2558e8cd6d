//! A synthetic demo municipality: wijken and buurten with CBS-shaped codes, two local teams, and
//! one login per role (professional roles with a TOTP secret). A second municipality exists so that
//! tenant separation can be seen. All names are made up.

use std::fmt::Write as _;

use crate::auth::{Grant, Role, password, repo, totp};
use crate::places::repo as places;
use crate::state::AppState;

pub mod context;
pub mod scale;

use context::{DemoContext, TEAMS, WIJKEN};
pub use context::{MUNICIPALITY, OTHER_MUNICIPALITY};

/// One demo login.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct DemoLogin {
    /// The role.
    pub role: Role,
    /// Login name.
    pub login: String,
    /// Display name.
    pub name: String,
    /// TOTP secret for roles that need a second factor.
    pub totp_secret: Option<String>,
}

/// What `fill` created, to print.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Report {
    /// Municipality name and code.
    pub municipality: String,
    /// The password of every demo login.
    pub password: String,
    /// The logins.
    pub logins: Vec<DemoLogin>,
}

impl Report {
    /// The text printed by `demo` and `serve --demo`.
    pub fn render(&self, base_url: &str) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "Demo municipality {} created.", self.municipality);
        let _ = writeln!(
            out,
            "Log in at {base_url}/inloggen with password: {}",
            self.password
        );
        let _ = writeln!(
            out,
            "{:<18} {:<36} {:<26} TOTP secret (authenticator app)",
            "role", "login", "name"
        );
        for l in &self.logins {
            let _ = writeln!(
                out,
                "{:<18} {:<36} {:<26} {}",
                l.role.as_str(),
                l.login,
                l.name,
                l.totp_secret.as_deref().unwrap_or("-")
            );
        }
        out
    }
}

/// Feature seeders, run inside the demo transaction after places, teams and the role logins exist.
/// Each feature that has demo data adds its call here.
async fn seed_features(tx: &mut crate::db::Tx, ctx: &mut DemoContext) -> anyhow::Result<()> {
    crate::features::socialmap::demo::seed(tx, ctx).await?;
    crate::features::youth::demo::seed(tx, ctx).await?;
    crate::features::introductions::demo::seed(tx, ctx).await?;
    crate::features::barriers::demo::seed(tx, ctx).await?;
    crate::features::team::demo::seed(tx, ctx).await?;
    crate::features::magazine::demo::seed(tx, ctx).await?;
    crate::features::webinars::demo::seed(tx, ctx).await?;
    crate::features::ideas::demo::seed(tx, ctx).await?;
    Ok(())
}

/// True when the database already holds a municipality.
pub async fn has_data(state: &AppState) -> anyhow::Result<bool> {
    Ok(!places::municipalities(&state.db).await?.is_empty())
}

/// The demo password: `KKDW_DEMO_PASSWORD`/`demo_password`, or a random one.
fn demo_password(state: &AppState) -> String {
    match &state.config.demo_password {
        Some(p) if !p.expose().is_empty() => p.expose().to_string(),
        _ => crate::crypto::random_token()[..16].to_string(),
    }
}

/// Fills the database in one transaction: either everything is there or nothing.
pub async fn fill(state: &AppState) -> anyhow::Result<Report> {
    let password = demo_password(state);
    let hash = password::hash(password.clone()).await?;
    let mut tx = state.db.begin().await?;

    let (code, name) = MUNICIPALITY;
    let municipality_id = places::insert_municipality(&mut tx, code, name).await?;
    let mut ctx = DemoContext {
        municipality_id: municipality_id.clone(),
        password_hash: hash.clone(),
        ..Default::default()
    };
    for (wcode, wname, buurten) in WIJKEN {
        let wid = places::insert_wijk(&mut tx, &municipality_id, wcode, wname).await?;
        for (bcode, bname) in *buurten {
            let bid = places::insert_buurt(&mut tx, &wid, bcode, bname).await?;
            ctx.buurten.insert(bcode.to_string(), bid);
        }
        ctx.wijken.insert(wcode.to_string(), wid);
    }
    let mut team_ids = Vec::new();
    for (tname, wijken) in TEAMS {
        let ids: Vec<String> = wijken.iter().map(|w| ctx.wijken[*w].clone()).collect();
        let tid = places::insert_team(&mut tx, &municipality_id, tname, &ids).await?;
        ctx.teams.insert(tname.to_string(), tid.clone());
        team_ids.push(tid);
    }

    let people: [(Role, &str, &str, Option<usize>); 10] = [
        (Role::Jongere, "sam", "Sam Jansen", None),
        (
            Role::Ouder,
            "ouder@wijkerveen.example",
            "Fatima El Amrani",
            None,
        ),
        (
            Role::Netwerklid,
            "tante.ria@wijkerveen.example",
            "Ria de Boer",
            None,
        ),
        (
            Role::Jeugdprofessional,
            "noor@wijkerveen.example",
            "Noor de Vries",
            Some(0),
        ),
        (
            Role::Jeugdprofessional,
            "daan@wijkerveen.example",
            "Daan Visser",
            Some(1),
        ),
        (
            Role::Teamleider,
            "teamleider@wijkerveen.example",
            "Jeroen Bakker",
            Some(0),
        ),
        (
            Role::Partner,
            "partner@wijkerveen.example",
            "Lisa Smit (VV Wijkerveen)",
            None,
        ),
        (
            Role::Beleid,
            "beleid@wijkerveen.example",
            "Mehmet Yilmaz",
            None,
        ),
        (
            Role::Redacteur,
            "redactie@wijkerveen.example",
            "Anouk Mulder",
            None,
        ),
        (
            Role::Beheerder,
            "beheer@wijkerveen.example",
            "Pieter de Graaf",
            None,
        ),
    ];
    let mut logins = Vec::new();
    for (role, login, display, team) in people {
        let secret = role.requires_second_factor().then(totp::new_secret);
        let user = repo::NewUser {
            login_name: login.to_string(),
            email: login.contains('@').then(|| login.to_string()),
            display_name: display.to_string(),
            password_hash: Some(hash.clone()),
            locale: "nl".into(),
            totp_secret: secret.clone(),
        };
        let grant = Grant {
            role,
            municipality_id: municipality_id.clone(),
            team_id: team.map(|i| team_ids[i].clone()),
        };
        let id = repo::insert_user(&mut tx, &user, &[grant]).await?;
        ctx.users.insert(login.to_string(), id);
        logins.push(DemoLogin {
            role,
            login: login.to_string(),
            name: display.to_string(),
            totp_secret: secret,
        });
    }

    // The neighbouring municipality, with its own wijk, team and beheerder.
    let (ocode, oname) = OTHER_MUNICIPALITY;
    let other_id = places::insert_municipality(&mut tx, ocode, oname).await?;
    ctx.other_municipality_id = other_id.clone();
    let owijk = places::insert_wijk(&mut tx, &other_id, "WK099101", "Dorpskern").await?;
    ctx.wijken.insert("WK099101".into(), owijk.clone());
    let obuurt = places::insert_buurt(&mut tx, &owijk, "BU09910101", "Oude Dorp").await?;
    ctx.buurten.insert("BU09910101".into(), obuurt);
    let oteam = places::insert_team(&mut tx, &other_id, "Lokaal team Buurendam", &[owijk]).await?;
    ctx.teams
        .insert("Lokaal team Buurendam".into(), oteam.clone());
    for (role, login, display, team) in [
        (
            Role::Beheerder,
            "beheer@buurendam.example",
            "Karin Vos",
            None,
        ),
        (
            Role::Jeugdprofessional,
            "jeugd@buurendam.example",
            "Ahmed Bouzid",
            Some(oteam.clone()),
        ),
    ] {
        let secret = totp::new_secret();
        let user = repo::NewUser {
            login_name: login.to_string(),
            email: Some(login.to_string()),
            display_name: display.to_string(),
            password_hash: Some(hash.clone()),
            locale: "nl".into(),
            totp_secret: Some(secret.clone()),
        };
        let id = repo::insert_user(
            &mut tx,
            &user,
            &[Grant {
                role,
                municipality_id: other_id.clone(),
                team_id: team,
            }],
        )
        .await?;
        ctx.users.insert(login.to_string(), id);
        logins.push(DemoLogin {
            role,
            login: login.to_string(),
            name: display.to_string(),
            totp_secret: Some(secret),
        });
    }

    seed_features(&mut tx, &mut ctx).await?;
    tx.commit().await?;
    scale::seed_monitor_demo(&state.db).await?;
    let report = Report {
        municipality: format!("{name} ({code})"),
        password,
        logins,
    };
    // Kept so that `serve --demo` on the same demo database can show the logins again. This is
    // synthetic demo data only; real accounts never have their password stored.
    crate::platform::settings::get_or_insert(
        &state.db,
        DEMO_REPORT_KEY,
        &serde_json::to_string(&report)?,
    )
    .await?;
    Ok(report)
}

const DEMO_REPORT_KEY: &str = "demo_report";

/// The report of an earlier `fill` on this database, if it was a demo database.
pub async fn earlier_report(state: &AppState) -> anyhow::Result<Option<Report>> {
    let stored = crate::platform::settings::get(&state.db, DEMO_REPORT_KEY).await?;
    Ok(stored.and_then(|s| serde_json::from_str(&s).ok()))
}
