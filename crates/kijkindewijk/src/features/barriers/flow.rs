//! The changes to a barrier that pages share: raising, moving the status, the toets, escalating,
//! answering (with the notices in the same transaction) and merging. Each checks who may, and
//! answers a refused change with field errors so the form comes back with what was typed.

use fluent_templates::fluent_bundle::FluentValue;
use time::{Date, Duration};

use super::domain::{self, Level, RaisedBy, Status, Step, Via};
use super::reminder;
use super::repo::{self, Barrier, Escalation, EventLine, NewBarrier, NewEscalation};
use crate::access::{Access, Actor, Part, Tie, log};
use crate::auth::{Grant, Role};
use crate::db::now;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::i18n::Locale;
use crate::platform::mail;
use crate::state::AppState;

/// How the viewer relates to a barrier.
#[derive(Debug, Clone)]
pub enum Viewer {
    /// A professional or teamleider of the barrier's municipality.
    Team(Grant),
    /// A beleid user of the municipality, for a barrier escalated to policy: no personal data.
    Policy(Grant),
    /// Someone who raised or follows it (a young person, parent, partner).
    Follower,
}

impl Viewer {
    /// Whether this is the team's view.
    pub fn is_team(&self) -> bool {
        matches!(self, Viewer::Team(_))
    }
}

/// The team grant of the actor in a municipality (jeugdprofessional first, then teamleider).
pub fn team_grant(actor: &Actor, municipality_id: &str) -> Option<Grant> {
    [Role::Jeugdprofessional, Role::Teamleider]
        .into_iter()
        .flat_map(|r| actor.user.grants.iter().filter(move |g| g.role == r))
        .find(|g| g.municipality_id == municipality_id)
        .cloned()
}

fn grant_in(actor: &Actor, role: Role, municipality_id: &str) -> Option<Grant> {
    actor
        .user
        .grants
        .iter()
        .find(|g| g.role == role && g.municipality_id == municipality_id)
        .cloned()
}

/// Loads a barrier and decides how the actor sees it; anyone else gets a 404.
pub async fn gate(app: &AppState, actor: &Actor, id: &str) -> AppResult<(Barrier, Viewer)> {
    let b = repo::one(&app.db, id).await?.ok_or(AppError::NotFound)?;
    if let Some(g) = team_grant(actor, &b.municipality_id) {
        return Ok((b, Viewer::Team(g)));
    }
    if let Some(g) = grant_in(actor, Role::Beleid, &b.municipality_id) {
        let escs = repo::escalations(&app.db, &b.id).await?;
        if escs.iter().any(|e| e.answer_role == "beleid") {
            return Ok((b, Viewer::Policy(g)));
        }
    }
    if repo::is_follower(&app.db, &b.id, &actor.user.id).await? {
        return Ok((b, Viewer::Follower));
    }
    Err(AppError::NotFound)
}

/// The team's gate: the barrier, and the actor's team grant (others: 404).
pub async fn team_gate(app: &AppState, actor: &Actor, id: &str) -> AppResult<(Barrier, Grant)> {
    match gate(app, actor, id).await? {
        (b, Viewer::Team(g)) => Ok((b, g)),
        _ => Err(AppError::NotFound),
    }
}

fn one_error(field: &str, id: &str) -> AppError {
    let mut e = FieldErrors::new();
    e.add(field, id);
    AppError::Validation(e)
}

/// What a form says about a new barrier.
#[derive(Debug, Clone, Default)]
pub struct Raise<'a> {
    /// Title.
    pub title: &'a str,
    /// What happened.
    pub what_happened: &'a str,
    /// Category.
    pub category: &'a str,
    /// Rule, organisation, scheme.
    pub rule_behind: &'a str,
    /// Life domain key.
    pub life_domain: &'a str,
    /// Wijk id (team form; from the young person otherwise).
    pub wijk_id: &'a str,
}

/// The kind of raiser by the gate's tie (young person, parent, professional).
pub fn raised_by_of(tie: Tie) -> RaisedBy {
    match tie {
        Tie::Own => RaisedBy::Young,
        Tie::Parent { .. } => RaisedBy::Parent,
        Tie::Network => RaisedBy::Network,
        Tie::Partner => RaisedBy::Partner,
        Tie::Professional | Tie::None => RaisedBy::Professional,
    }
}

/// Raises a barrier in `municipality_id`, linked to the young person of `young` (whose gate the
/// caller passed for [`Part::Barriers`] write), or to nobody.
pub async fn raise(
    app: &AppState,
    actor: &Actor,
    municipality_id: &str,
    young: Option<&Access>,
    by: RaisedBy,
    r: &Raise<'_>,
) -> AppResult<String> {
    let cats: Vec<String> = repo::categories(&app.db, municipality_id)
        .await?
        .into_iter()
        .map(|c| c.key)
        .collect();
    let draft = domain::Draft {
        title: r.title,
        what_happened: r.what_happened,
        category: r.category,
        rule_behind: r.rule_behind,
        life_domain: r.life_domain,
    };
    domain::check_draft(&draft, &cats).map_err(AppError::Validation)?;
    let wijk_id = match young {
        Some(a) => a.young.wijk_id.clone(),
        None => wijk_of(app, municipality_id, r.wijk_id).await?,
    };
    let n = NewBarrier {
        municipality_id: municipality_id.to_string(),
        wijk_id,
        title: r.title.to_string(),
        what_happened: r.what_happened.to_string(),
        category: r.category.to_string(),
        rule_behind: r.rule_behind.to_string(),
        life_domain: r.life_domain.to_string(),
        raised_by: actor.user.id.clone(),
        raised_by_name: actor.user.display_name.clone(),
        raised_by_kind: by,
        young_people: young.map(|a| a.young.id.clone()).into_iter().collect(),
    };
    let mut tx = app.db.begin().await?;
    let id = repo::insert(&mut tx, &n, now()).await?;
    if let Some(a) = young {
        crate::features::youth::seam::touch(&mut tx, &a.young.id).await?;
    }
    tx.commit().await?;
    Ok(id)
}

async fn wijk_of(
    app: &AppState,
    municipality_id: &str,
    wijk_id: &str,
) -> AppResult<Option<String>> {
    if wijk_id.is_empty() {
        return Ok(None);
    }
    let wijken = crate::places::repo::wijken(&app.db, municipality_id).await?;
    if wijken.iter().any(|w| w.id == wijk_id) {
        Ok(Some(wijk_id.to_string()))
    } else {
        Err(one_error("wijk_id", "barrier-error-wijk"))
    }
}

/// A team status change, with how it was solved when it closes.
pub struct StatusChange<'a> {
    /// Target status.
    pub to: &'a str,
    /// The version the form showed.
    pub version: i64,
    /// How it was solved.
    pub solution: &'a str,
    /// The solution may be shown in the governance report.
    pub for_policy: bool,
}

/// Moves the barrier as the team.
pub async fn change_status(
    app: &AppState,
    actor: &Actor,
    b: &Barrier,
    c: &StatusChange<'_>,
) -> AppResult<()> {
    let to = Status::parse(c.to).ok_or_else(|| one_error("to", "barrier-refused-jump"))?;
    if b.merged_into_id.is_some() {
        return Err(one_error("to", "barrier-merge-merged"));
    }
    let from = b.status();
    domain::transition(from, to, Via::Team).map_err(|r| one_error("to", r.message_id()))?;
    if c.solution.chars().count() > domain::TEXT_MAX {
        return Err(one_error("solution", "barrier-error-text-long"));
    }
    let solution = to.is_closed().then_some((c.solution, c.for_policy));
    let mut tx = app.db.begin().await?;
    if !repo::set_status(&mut tx, &b.id, from, to, c.version, solution).await? {
        return Err(one_error("to", "barrier-refused-stale"));
    }
    let e = EventLine {
        kind: "status",
        from: Some(from),
        to: Some(to),
        note: "",
        by_user_id: Some(&actor.user.id),
        by_name: &actor.user.display_name,
        by_kind: "professional",
    };
    repo::event(&mut tx, &b.id, &e).await?;
    tx.commit().await?;
    Ok(())
}

/// Saves one toets step (in order); the first saved step moves an open barrier into *in behandeling*.
pub async fn save_step(
    app: &AppState,
    actor: &Actor,
    b: &Barrier,
    step: Step,
    input: (&str, &str, &str),
) -> AppResult<()> {
    if b.status().is_closed() || b.status() == Status::Escalated || b.merged_into_id.is_some() {
        return Err(one_error("step", "toets-error-closed"));
    }
    let (mut toets, _) = repo::toets(&app.db, &b.id).await?;
    let (text, choice, argument) = input;
    domain::apply_step(&mut toets, step, text, choice, argument).map_err(AppError::Validation)?;
    let mut tx = app.db.begin().await?;
    repo::save_toets(
        &mut tx,
        &b.id,
        &toets,
        &actor.user.id,
        &actor.user.display_name,
    )
    .await?;
    if b.status() == Status::Open {
        // Working on the toets is working on the barrier.
        if repo::set_status(
            &mut tx,
            &b.id,
            Status::Open,
            Status::InProgress,
            b.version,
            None,
        )
        .await?
        {
            let e = EventLine {
                kind: "status",
                from: Some(Status::Open),
                to: Some(Status::InProgress),
                note: "",
                by_user_id: Some(&actor.user.id),
                by_name: &actor.user.display_name,
                by_kind: "professional",
            };
            repo::event(&mut tx, &b.id, &e).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// What the escalation form says.
pub struct EscalateInput<'a> {
    /// Level.
    pub level: &'a str,
    /// Deadline (YYYY-MM-DD), empty for the default.
    pub deadline: &'a str,
    /// Title for this level.
    pub title: &'a str,
    /// Argument.
    pub argument: &'a str,
    /// The professional checked there are no names or personal data in title and argument.
    pub no_personal_data: bool,
    /// The version the form showed.
    pub version: i64,
}

fn check_escalation(i: &EscalateInput<'_>, today: Date) -> Result<(Level, Date), FieldErrors> {
    let mut errors = FieldErrors::new();
    let level = Level::parse(i.level);
    if level.is_none() {
        errors.add("level", "barrier-error-level");
    }
    let deadline = if i.deadline.trim().is_empty() {
        Some(today + Duration::days(domain::DEFAULT_ANSWER_DAYS))
    } else {
        let fmt = time::macros::format_description!("[year]-[month]-[day]");
        Date::parse(i.deadline.trim(), &fmt).ok()
    };
    match deadline {
        None => errors.add("deadline", "barrier-error-deadline"),
        Some(d) if d <= today || d > today + Duration::days(366) => {
            errors.add("deadline", "barrier-error-deadline-range")
        }
        _ => {}
    }
    let title = i.title.trim();
    if title.is_empty() {
        errors.add("title", "barrier-error-title-empty");
    } else if title.chars().count() > domain::TITLE_MAX {
        errors.add("title", "barrier-error-title-long");
    }
    crate::web::validate::one_line(title, "title", &mut errors);
    if i.argument.trim().is_empty() {
        errors.add("argument", "toets-error-empty");
    } else if i.argument.chars().count() > domain::TEXT_MAX {
        errors.add("argument", "barrier-error-text-long");
    }
    if !i.no_personal_data {
        errors.add("no_personal_data", "barrier-error-personal");
    }
    match (level, deadline, errors.is_empty()) {
        (Some(l), Some(d), true) => Ok((l, d)),
        _ => Err(errors),
    }
}

/// Escalates a barrier the team works on; queues the deadline reminder in the same transaction.
pub async fn escalate(
    app: &AppState,
    actor: &Actor,
    b: &Barrier,
    grant: &Grant,
    i: &EscalateInput<'_>,
) -> AppResult<()> {
    let from = b.status();
    domain::transition(from, Status::Escalated, Via::Escalation)
        .map_err(|r| one_error("level", r.message_id()))?;
    if b.merged_into_id.is_some() {
        return Err(one_error("level", "barrier-merge-merged"));
    }
    let (level, deadline) = check_escalation(i, now().date()).map_err(AppError::Validation)?;
    if level == Level::Teamleider && grant.team_id.is_none() {
        return Err(one_error("level", "barrier-error-level"));
    }
    let mut tx = app.db.begin().await?;
    if !repo::set_status(&mut tx, &b.id, from, Status::Escalated, i.version, None).await? {
        return Err(one_error("level", "barrier-refused-stale"));
    }
    let new = NewEscalation {
        barrier_id: &b.id,
        municipality_id: &b.municipality_id,
        level,
        team_id: grant.team_id.as_deref(),
        title: i.title,
        argument: i.argument,
        deadline,
        by: &actor.user.id,
    };
    let esc_id = repo::insert_escalation(&mut tx, &new, now()).await?;
    let e = EventLine {
        kind: "escalated",
        from: Some(from),
        to: Some(Status::Escalated),
        note: level.as_str(),
        by_user_id: Some(&actor.user.id),
        by_name: &actor.user.display_name,
        by_kind: "professional",
    };
    repo::event(&mut tx, &b.id, &e).await?;
    repo::follow(&mut tx, &b.id, &actor.user.id).await?;
    reminder::schedule(&mut tx, &esc_id, deadline).await?;
    tx.commit().await?;
    Ok(())
}

/// Whether the actor holds the role that must answer this escalation.
pub fn may_answer(actor: &Actor, e: &Escalation) -> bool {
    actor.user.grants.iter().any(|g| {
        g.role.as_str() == e.answer_role
            && g.municipality_id == e.municipality_id
            && (g.role != Role::Teamleider || g.team_id == e.team_id)
    })
}

/// What the answer form says.
pub struct AnswerInput<'a> {
    /// The escalation answered.
    pub escalation_id: &'a str,
    /// The official text.
    pub text: &'a str,
    /// The state it gives.
    pub state: &'a str,
}

/// The answer's text and state, checked; one message per field.
fn check_answer(i: &AnswerInput<'_>) -> AppResult<Status> {
    let mut errors = FieldErrors::new();
    let state = Status::parse(i.state).filter(|s| domain::ANSWER_STATES.contains(s));
    if state.is_none() {
        errors.add("state", "barrier-error-state");
    }
    if i.text.trim().is_empty() {
        errors.add("answer", "barrier-error-answer-empty");
    } else if i.text.chars().count() > domain::TEXT_MAX {
        errors.add("answer", "barrier-error-text-long");
    }
    match state {
        Some(state) if errors.is_empty() => Ok(state),
        _ => Err(AppError::Validation(errors)),
    }
}

/// Records the official answer, moves the barrier, and tells the followers and the young people
/// hit (and their parents by the age rules) in the same transaction. Two people answering at once:
/// the second finds it answered and nothing of theirs is stored.
pub async fn answer(
    app: &AppState,
    actor: &Actor,
    b: &Barrier,
    i: &AnswerInput<'_>,
) -> AppResult<()> {
    // The form names the escalation it answers; without one, the barrier's waiting escalation.
    let e = if i.escalation_id.is_empty() {
        repo::escalations(&app.db, &b.id)
            .await?
            .into_iter()
            .find(|e| e.answered_at.is_none())
    } else {
        repo::escalation(&app.db, i.escalation_id).await?
    };
    let e = e
        .filter(|e| e.barrier_id == b.id)
        .ok_or_else(|| one_error("answer", "barrier-answer-gone"))?;
    if !may_answer(actor, &e) {
        return Err(one_error("answer", "barrier-answer-role"));
    }
    if e.answered_at.is_some() {
        return Err(one_error("answer", "barrier-answer-taken"));
    }
    let state = check_answer(i)?;
    domain::transition(b.status(), state, Via::Answer)
        .map_err(|r| one_error("state", r.message_id()))?;
    let linked = repo::linked(&app.db, &b.id).await?;
    let role = e.answer_role.clone();
    let mut tx = app.db.begin().await?;
    let at = now();
    let name = &actor.user.display_name;
    if !repo::answer(&mut tx, &e.id, i.text, state, &actor.user.id, name, at).await? {
        return Err(one_error("answer", "barrier-answer-taken"));
    }
    let solution = state.is_closed().then_some(("", false));
    if !repo::set_status(
        &mut tx,
        &b.id,
        Status::Escalated,
        state,
        b.version,
        solution,
    )
    .await?
    {
        return Err(one_error("answer", "barrier-answer-taken"));
    }
    let ev = EventLine {
        kind: "answered",
        from: Some(Status::Escalated),
        to: Some(state),
        note: "",
        by_user_id: Some(&actor.user.id),
        by_name: name,
        by_kind: &role,
    };
    repo::event(&mut tx, &b.id, &ev).await?;
    notify_answer(app, &mut tx, b, &e, state, &linked).await?;
    tx.commit().await?;
    log_notices(app, &linked).await?;
    Ok(())
}

async fn notify_answer(
    app: &AppState,
    tx: &mut crate::db::Tx,
    b: &Barrier,
    e: &Escalation,
    state: Status,
    linked: &[repo::Linked],
) -> AppResult<()> {
    let loc = Locale::Nl;
    let smtp = app.config.smtp_url.is_some();
    let state_text = loc.t(&state.label_id());
    let base = app.config.base_url();
    let subject = loc.t("barrier-mail-answer-subject");
    let body = loc.t_args(
        "barrier-mail-answer-body",
        &[
            ("title", FluentValue::from(e.title.clone())),
            ("state", FluentValue::from(state_text.clone())),
            (
                "link",
                FluentValue::from(format!("{base}/hindernissen/{}", b.id)),
            ),
        ],
    );
    let mut sent = std::collections::HashSet::new();
    for to in repo::follower_addresses(tx, &b.id).await? {
        if sent.insert(to.clone()) {
            mail::queue(tx, smtp, Some(&b.municipality_id), &to, &subject, &body).await?;
        }
    }
    let today = now().date();
    for y in linked {
        let (young, parent) =
            domain::who_is_told(crate::access::rules::age_on(y.birth_date, today));
        let args = [
            ("state", FluentValue::from(state_text.clone())),
            (
                "link",
                FluentValue::from(format!("{base}/jongeren/{}/hindernissen", y.id)),
            ),
        ];
        for h in repo::household(tx, &y.id).await? {
            let tell = (h.kind == "self" && young) || (h.kind == "parent" && parent);
            if tell && sent.insert(h.email.clone()) {
                // A parent is told about their child, not addressed as the young person.
                let who = if h.kind == "parent" {
                    "parent"
                } else {
                    "young"
                };
                let subject = loc.t(&format!("barrier-mail-{who}-subject"));
                let body = loc.t_args(&format!("barrier-mail-{who}-body"), &args);
                mail::queue(
                    tx,
                    smtp,
                    Some(&b.municipality_id),
                    &h.email,
                    &subject,
                    &body,
                )
                .await?;
            }
        }
    }
    Ok(())
}

/// Looking up a young person's household to tell them is a read of their data: it is in their log.
async fn log_notices(app: &AppState, linked: &[repo::Linked]) -> AppResult<()> {
    let lines: Vec<log::Entry> = linked
        .iter()
        .map(|y| log::Entry {
            young_person_id: &y.id,
            actor_user_id: None,
            actor_role: "systeem",
            actor_name: "KijKINDeWijk",
            part: Part::Barriers,
            action: "read",
            allowed: true,
            ground: "barrier_answer",
            emergency: false,
            request_id: None,
        })
        .collect();
    log::record_many(&app.db, &lines).await?;
    Ok(())
}

fn side(b: &Barrier) -> domain::MergeSide<'_> {
    domain::MergeSide {
        id: &b.id,
        municipality_id: &b.municipality_id,
        status: b.status(),
        merged: b.merged_into_id.is_some(),
    }
}

/// Merges `from` into the barrier `into_id` of the same municipality.
pub async fn merge(app: &AppState, actor: &Actor, from: &Barrier, into_id: &str) -> AppResult<()> {
    let into = repo::one(&app.db, into_id.trim())
        .await?
        .ok_or_else(|| one_error("into", "barrier-merge-unknown"))?;
    if into.municipality_id != from.municipality_id {
        // Another municipality's barrier is not named, only refused.
        return Err(one_error(
            "into",
            domain::MergeRefused::OtherMunicipality.message_id(),
        ));
    }
    domain::check_merge(side(from), side(&into)).map_err(|r| one_error("into", r.message_id()))?;
    let mut tx = app.db.begin().await?;
    let by = (actor.user.id.as_str(), actor.user.display_name.as_str());
    if !repo::merge(&mut tx, from, &into, by).await? {
        return Err(one_error("into", "barrier-refused-stale"));
    }
    tx.commit().await?;
    Ok(())
}
