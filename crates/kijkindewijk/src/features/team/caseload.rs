//! The viewer's caseload with what needs attention: the young people come through the gate's list
//! function (one query, one log statement); their facts are loaded for all of them at once; the
//! facts of the plan and the notes are looked at only where the team may see that part, and each
//! such read is a line in the young person's log.

use crate::access::list::Listed;
use crate::access::rules::{self, Part};
use crate::access::{self, Actor};
use crate::db::now;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::PageCtx;

use super::domain::{self, Signal};
use super::repo;

/// One young person on the caseload.
#[derive(Debug, Clone)]
pub struct Row {
    /// Id.
    pub id: String,
    /// Full name.
    pub name: String,
    /// First name (for the accessible names of the row's buttons).
    pub first_name: String,
    /// Age today.
    pub age: i32,
    /// Wijk name.
    pub wijk: Option<String>,
    /// What needs attention.
    pub signals: Vec<Signal>,
    /// Date of the last contact, when the notes are shared.
    pub last_contact: Option<String>,
    /// Whether anything asks the team to act.
    pub urgent: bool,
}

/// The actor's caseload in `municipality_id`, most urgent first.
pub async fn rows(app: &AppState, actor: &Actor, municipality_id: &str) -> AppResult<Vec<Row>> {
    let people = access::list::related(app, actor, municipality_id, &["professional"]).await?;
    let ids: Vec<String> = people.iter().map(|p| p.id.clone()).collect();
    let mut facts = repo::caseload::facts(&app.db, &ids).await?;
    let today = now().date();
    let mut out = Vec::with_capacity(people.len());
    let mut seen: Vec<(String, Part)> = Vec::new();
    for p in people {
        let f = facts.remove(&p.id).unwrap_or_default();
        let signals = domain::signals(p.birth_date, today, &f);
        let notes_shared = !signals.contains(&Signal::NotShared(Part::Notes, false))
            && !signals.contains(&Signal::NotShared(Part::Notes, true));
        for part in domain::CASELOAD_PARTS {
            if !signals
                .iter()
                .any(|s| matches!(s, Signal::NotShared(q, _) if *q == part))
            {
                seen.push((p.id.clone(), part));
            }
        }
        out.push(row(
            p,
            signals,
            notes_shared.then_some(f.last_contact).flatten(),
        ));
    }
    log_parts(app, actor, &seen).await?;
    out.sort_by_key(|r| !r.urgent);
    Ok(out)
}

impl Row {
    /// A signal as the viewer reads it.
    pub fn signal_text(&self, page: &PageCtx, s: &Signal) -> String {
        match s.count() {
            Some(n) => page.t1(s.label_id(), "count", &n.to_string()),
            None => page.t(s.label_id()),
        }
    }
    /// Translation id naming the part of this young person a consent request is for.
    pub fn ask_label_id(&self, s: &Signal) -> &'static str {
        match s {
            Signal::NotShared(Part::Notes, _) => "team-ask-notes-of",
            _ => "team-ask-plan-of",
        }
    }
    /// The part to offer a consent request for (a part not shared and not asked yet).
    pub fn ask_part(&self, s: &Signal) -> Option<&'static str> {
        match s {
            Signal::NotShared(p, false) => Some(p.as_str()),
            _ => None,
        }
    }
}

fn row(p: Listed, signals: Vec<Signal>, last: Option<time::OffsetDateTime>) -> Row {
    Row {
        age: rules::age_on(p.birth_date, now().date()),
        name: format!("{} {}", p.first_name, p.last_name),
        first_name: p.first_name.clone(),
        id: p.id,
        wijk: p.wijk_name,
        urgent: signals.iter().any(Signal::is_urgent),
        signals,
        last_contact: last.map(crate::clock::format_moment),
    }
}

/// One statement with a log line per young person and part whose facts the caseload shows.
async fn log_parts(app: &AppState, actor: &Actor, seen: &[(String, Part)]) -> AppResult<()> {
    let role = super::log_role(&actor.user);
    let entries: Vec<access::log::Entry> = seen
        .iter()
        .map(|(id, part)| access::log::Entry {
            young_person_id: id,
            actor_user_id: Some(&actor.user.id),
            actor_role: role,
            actor_name: &actor.user.display_name,
            part: *part,
            action: "list",
            allowed: true,
            ground: rules::Ground::Consent.as_str(),
            emergency: false,
            request_id: actor.request_id.as_deref(),
        })
        .collect();
    app.access_log.write(&entries).await?;
    Ok(())
}
