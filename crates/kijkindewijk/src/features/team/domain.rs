//! The team's week as pure rules: what makes a young person on the caseload need attention, who a
//! young person may be handed over to, what a task must have, and where a consent request stands
//! after an answer. No database and no clock: callers pass today's date.

use std::collections::HashMap;

use time::{Date, Duration, OffsetDateTime};

use crate::access::rules::{self, AgeBand, Consent, Part};
use crate::error::FieldErrors;

/// Weeks without a contact or meeting after which a young person needs attention.
pub const NO_CONTACT_WEEKS: i64 = 4;
/// Actions due within this many days count as "due soon".
pub const DUE_SOON_DAYS: i64 = 7;
/// Longest task title.
pub const TASK_TITLE_MAX: usize = 200;
/// The parts the caseload shows facts of: the plan (actions, introductions, "hier wil ik over
/// praten") and the notes (last contact).
pub const CASELOAD_PARTS: [Part; 2] = [Part::Plan, Part::Notes];

/// The kind of a short structured note.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteKind {
    /// Spoke with the young person (or the people around them).
    Contact,
    /// A meeting (with the network, school, a partner).
    Meeting,
    /// Something agreed.
    Agreement,
}

impl NoteKind {
    /// Every kind, in the order forms show them.
    pub const ALL: [NoteKind; 3] = [NoteKind::Contact, NoteKind::Meeting, NoteKind::Agreement];

    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            NoteKind::Contact => "contact",
            NoteKind::Meeting => "meeting",
            NoteKind::Agreement => "agreement",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(s: &str) -> Option<NoteKind> {
        NoteKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Translation id of the kind's name.
    pub fn label_id(self) -> &'static str {
        match self {
            NoteKind::Contact => "team-note-contact",
            NoteKind::Meeting => "team-note-meeting",
            NoteKind::Agreement => "team-note-agreement",
        }
    }

    /// Whether this kind counts as contact with the young person for "last contact".
    pub fn is_contact(self) -> bool {
        matches!(self, NoteKind::Contact | NoteKind::Meeting)
    }
}

/// The kinds that count as contact, as stored.
pub fn contact_kinds() -> Vec<&'static str> {
    NoteKind::ALL
        .into_iter()
        .filter(|k| k.is_contact())
        .map(NoteKind::as_str)
        .collect()
}

/// The raw facts about one young person, loaded for the whole caseload at once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    /// Due dates of open plan actions (only those with a date).
    pub action_due: Vec<Date>,
    /// Introductions waiting on someone (proposed, accepted but no contact yet).
    pub waiting_introductions: i64,
    /// Life domains marked "hier wil ik over praten".
    pub wants_to_talk: i64,
    /// The last contact or meeting note.
    pub last_contact: Option<OffsetDateTime>,
    /// The team's consent per part (plan, notes).
    pub consents: HashMap<&'static str, Consent>,
    /// Parts the team asked consent for that are not answered yet.
    pub requested: Vec<&'static str>,
    /// Open barriers this young person is hit by (shown only where the plan is shared).
    pub barriers_open: Option<i64>,
}

/// One reason a young person needs attention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Signal {
    /// Open actions whose date has passed.
    Overdue(i64),
    /// Open actions due within [`DUE_SOON_DAYS`].
    DueSoon(i64),
    /// Introductions waiting on someone.
    IntroductionsWaiting(i64),
    /// "Hier wil ik over praten" in this many life domains.
    WantsToTalk(i64),
    /// No contact for this many weeks (`None`: never a contact note).
    NoContact(Option<i64>),
    /// Open barriers.
    Barriers(i64),
    /// A part is not shared with the team (and whether consent was asked already).
    NotShared(Part, bool),
}

impl Signal {
    /// Translation id of the signal's text.
    pub fn label_id(&self) -> &'static str {
        match self {
            Signal::Overdue(_) => "team-signal-overdue",
            Signal::DueSoon(_) => "team-signal-due-soon",
            Signal::IntroductionsWaiting(_) => "team-signal-introductions",
            Signal::WantsToTalk(_) => "team-signal-wants-to-talk",
            Signal::NoContact(Some(_)) => "team-signal-no-contact",
            Signal::NoContact(None) => "team-signal-never-contact",
            Signal::Barriers(_) => "team-signal-barriers",
            Signal::NotShared(Part::Notes, false) => "team-signal-notes-not-shared",
            Signal::NotShared(Part::Notes, true) => "team-signal-notes-asked",
            Signal::NotShared(_, false) => "team-signal-plan-not-shared",
            Signal::NotShared(_, true) => "team-signal-plan-asked",
        }
    }

    /// The number in the text, if any.
    pub fn count(&self) -> Option<i64> {
        match self {
            Signal::Overdue(n)
            | Signal::DueSoon(n)
            | Signal::IntroductionsWaiting(n)
            | Signal::WantsToTalk(n)
            | Signal::Barriers(n)
            | Signal::NoContact(Some(n)) => Some(*n),
            _ => None,
        }
    }

    /// Whether this signal asks the team to act (a due-soon action alone does not).
    pub fn is_urgent(&self) -> bool {
        !matches!(self, Signal::DueSoon(_) | Signal::NotShared(_, true))
    }
}

/// Whether the team may see a part under the age rules, given the consent recorded for the team.
pub fn shared(birth_date: Date, today: Date, consent: Consent) -> bool {
    rules::consent_in_force(rules::band(rules::age_on(birth_date, today)), consent)
}

/// What needs attention, from the facts the team may see. Facts of a part that is not shared are
/// not looked at: the signal says it is not shared instead.
pub fn signals(birth_date: Date, today: Date, facts: &Facts) -> Vec<Signal> {
    let mut out = Vec::new();
    let consent = |part: Part| {
        facts
            .consents
            .get(part.as_str())
            .copied()
            .unwrap_or_default()
    };
    let asked = |part: Part| facts.requested.contains(&part.as_str());
    if shared(birth_date, today, consent(Part::Plan)) {
        let overdue = facts.action_due.iter().filter(|d| **d < today).count() as i64;
        let soon_until = today + Duration::days(DUE_SOON_DAYS);
        let soon = facts
            .action_due
            .iter()
            .filter(|d| **d >= today && **d <= soon_until)
            .count() as i64;
        if overdue > 0 {
            out.push(Signal::Overdue(overdue));
        }
        if soon > 0 {
            out.push(Signal::DueSoon(soon));
        }
        if facts.waiting_introductions > 0 {
            out.push(Signal::IntroductionsWaiting(facts.waiting_introductions));
        }
        if facts.wants_to_talk > 0 {
            out.push(Signal::WantsToTalk(facts.wants_to_talk));
        }
        // Barriers follow the plan's consent in the gate (`Part::Barriers`).
        if let Some(n) = facts.barriers_open.filter(|n| *n > 0) {
            out.push(Signal::Barriers(n));
        }
    } else {
        out.push(Signal::NotShared(Part::Plan, asked(Part::Plan)));
    }
    if shared(birth_date, today, consent(Part::Notes)) {
        match facts.last_contact {
            None => out.push(Signal::NoContact(None)),
            Some(at) => {
                let weeks = (today - at.date()).whole_weeks();
                if weeks >= NO_CONTACT_WEEKS {
                    out.push(Signal::NoContact(Some(weeks)));
                }
            }
        }
    } else {
        out.push(Signal::NotShared(Part::Notes, asked(Part::Notes)));
    }
    out
}

/// Why a handover or a colleague's involvement is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveRefusal {
    /// The colleague is not a member of the actor's team.
    OutsideTeam,
    /// Handing over to oneself.
    ToSelf,
    /// The colleague is already involved.
    AlreadyInvolved,
    /// No colleague chosen.
    NoColleague,
}

impl MoveRefusal {
    /// Translation id of the Dutch message.
    pub fn message_id(self) -> &'static str {
        match self {
            MoveRefusal::OutsideTeam => "team-move-outside-team",
            MoveRefusal::ToSelf => "team-move-to-self",
            MoveRefusal::AlreadyInvolved => "team-move-already-involved",
            MoveRefusal::NoColleague => "team-move-choose",
        }
    }
}

/// Whether `colleague` may take over (or join) the young person from `actor`: a member of the same
/// team, not the actor, not involved already.
pub fn check_colleague(
    actor_id: &str,
    colleague: &str,
    team_members: &[String],
    involved: &[String],
) -> Result<(), MoveRefusal> {
    if colleague.is_empty() {
        return Err(MoveRefusal::NoColleague);
    }
    if colleague == actor_id {
        return Err(MoveRefusal::ToSelf);
    }
    if !team_members.iter().any(|m| m == colleague) {
        return Err(MoveRefusal::OutsideTeam);
    }
    if involved.iter().any(|m| m == colleague) {
        return Err(MoveRefusal::AlreadyInvolved);
    }
    Ok(())
}

/// A task as submitted, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskInput {
    /// What.
    pub title: String,
    /// By when.
    pub due_on: Option<Date>,
    /// For whom in the team.
    pub assignee: String,
    /// Concerning which young person, if any.
    pub young_person_id: Option<String>,
}

/// Checks a task form: a title of at most [`TASK_TITLE_MAX`] characters, a valid date (if any), a
/// member of the team, and a young person of the author's own caseload (if any).
pub fn check_task(
    title: &str,
    due: &str,
    assignee: &str,
    young: &str,
    members: &[String],
    caseload: &[String],
) -> Result<TaskInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let title = title.trim();
    if title.is_empty() {
        errors.add("title", "team-task-title-required");
    } else if title.chars().count() > TASK_TITLE_MAX {
        errors.add("title", "team-task-title-long");
    } else if !crate::web::validate::clean_text(title, false) {
        errors.add("title", "team-task-title-invalid");
    }
    let due_on = match due.trim() {
        "" => None,
        d => match Date::parse(d, time::macros::format_description!("[year]-[month]-[day]")) {
            Ok(d) => Some(d),
            Err(_) => {
                errors.add("due_on", "team-task-due-invalid");
                None
            }
        },
    };
    if !members.iter().any(|m| m == assignee) {
        errors.add("assignee", "team-task-assignee-invalid");
    }
    let young_person_id = match young.trim() {
        "" => None,
        y if caseload.iter().any(|c| c == y) => Some(y.to_string()),
        _ => {
            errors.add("young_person_id", "team-task-young-invalid");
            None
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(TaskInput {
        title: title.to_string(),
        due_on,
        assignee: assignee.to_string(),
        young_person_id,
    })
}

/// Where a consent request stands after an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestStatus {
    /// Still waiting (for the other one who must agree too).
    Open,
    /// The consent is in force.
    Granted,
    /// Refused.
    Refused,
}

impl RequestStatus {
    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            RequestStatus::Open => "open",
            RequestStatus::Granted => "granted",
            RequestStatus::Refused => "refused",
        }
    }
}

/// The request's status once `consent` (after the answer) is recorded: a refusal closes it; an
/// agreement closes it only when the consent is in force under the age rule (12 to 15 the young
/// person and a parent with authority must both agree).
pub fn after_answer(band: AgeBand, consent: Consent, granted: bool) -> RequestStatus {
    if !granted {
        RequestStatus::Refused
    } else if rules::consent_in_force(band, consent) {
        RequestStatus::Granted
    } else {
        RequestStatus::Open
    }
}

/// Parses the part of a consent request (only the parts the team can be given).
pub fn requestable(part: &str) -> Option<Part> {
    Part::SHAREABLE.into_iter().find(|p| p.as_str() == part)
}

/// Whether a task is overdue.
pub fn task_overdue(due_on: Option<Date>, today: Date) -> bool {
    due_on.is_some_and(|d| d < today)
}

/// Who answers a consent request at this age: (the young person, a parent). From 12 the young
/// person decides (12 to 15 together with a parent), under 16 a parent with authority does.
pub fn who_is_asked(age: i32) -> (bool, bool) {
    (age >= 12, age < 16)
}

/// The kinds of signal the teamleider's team view counts, in the order shown.
pub const ATTENTION_KINDS: [&str; 6] = [
    "team-lead-overdue",
    "team-lead-introductions",
    "team-lead-wants-to-talk",
    "team-lead-no-contact",
    "team-lead-barriers",
    "team-lead-not-shared",
];

impl Signal {
    /// The kind this signal is counted under in the team view (`None`: not counted).
    pub fn kind_id(&self) -> Option<&'static str> {
        match self {
            Signal::Overdue(_) => Some(ATTENTION_KINDS[0]),
            Signal::DueSoon(_) => None,
            Signal::IntroductionsWaiting(_) => Some(ATTENTION_KINDS[1]),
            Signal::WantsToTalk(_) => Some(ATTENTION_KINDS[2]),
            Signal::NoContact(_) => Some(ATTENTION_KINDS[3]),
            Signal::Barriers(_) => Some(ATTENTION_KINDS[4]),
            Signal::NotShared(_, false) => Some(ATTENTION_KINDS[5]),
            Signal::NotShared(_, true) => None,
        }
    }
}

/// One member's young people, counted without names: how many need attention, and per kind of
/// signal how many young people have it (a young person counts once per kind).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attention {
    /// Young people needing attention.
    pub urgent: i64,
    /// Per kind (see [`ATTENTION_KINDS`]), only kinds with at least one young person.
    pub kinds: Vec<(&'static str, i64)>,
}

/// Counts the signals of one member's young people.
pub fn attention(per_young: &[Vec<Signal>]) -> Attention {
    let urgent = per_young
        .iter()
        .filter(|s| s.iter().any(Signal::is_urgent))
        .count() as i64;
    let kinds = ATTENTION_KINDS
        .into_iter()
        .map(|k| {
            let n = per_young
                .iter()
                .filter(|s| s.iter().any(|x| x.kind_id() == Some(k)))
                .count() as i64;
            (k, n)
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    Attention { urgent, kinds }
}

#[cfg(test)]
mod tests {
    #[test]
    fn who_is_asked_follows_the_age_rules() {
        assert_eq!(who_is_asked(10), (false, true));
        assert_eq!(who_is_asked(12), (true, true));
        assert_eq!(who_is_asked(15), (true, true));
        assert_eq!(who_is_asked(16), (true, false));
        assert_eq!(who_is_asked(17), (true, false));
    }

    #[test]
    fn attention_counts_young_people_per_kind_once() {
        let a = attention(&[
            vec![Signal::Overdue(3), Signal::NoContact(None)],
            vec![
                Signal::NotShared(Part::Plan, false),
                Signal::NotShared(Part::Notes, false),
            ],
            vec![Signal::DueSoon(1)],
            vec![
                Signal::NotShared(Part::Plan, true),
                Signal::NoContact(Some(5)),
            ],
        ]);
        assert_eq!(a.urgent, 3);
        assert_eq!(
            a.kinds,
            vec![
                ("team-lead-overdue", 1),
                ("team-lead-no-contact", 2),
                ("team-lead-not-shared", 1)
            ]
        );
        assert_eq!(attention(&[]), Attention::default());
    }

    use super::*;
    use time::macros::{date, datetime};

    const TODAY: Date = date!(2026 - 12 - 01);
    const AGE_17: Date = date!(2009 - 05 - 01);
    const AGE_13: Date = date!(2013 - 05 - 01);

    fn shared_facts() -> Facts {
        let both = Consent {
            by_young: true,
            by_parent: true,
        };
        Facts {
            consents: HashMap::from([("plan", both), ("notes", both)]),
            last_contact: Some(datetime!(2026-11-28 10:00 UTC)),
            ..Facts::default()
        }
    }

    #[test]
    fn nothing_to_do_gives_no_signals() {
        assert!(signals(AGE_17, TODAY, &shared_facts()).is_empty());
    }

    #[test]
    fn overdue_and_due_soon_actions_are_counted_apart() {
        let facts = Facts {
            action_due: vec![
                date!(2026 - 11 - 30),
                date!(2026 - 11 - 01),
                TODAY,
                date!(2026 - 12 - 08),
                date!(2026 - 12 - 09),
            ],
            ..shared_facts()
        };
        assert_eq!(
            signals(AGE_17, TODAY, &facts),
            vec![Signal::Overdue(2), Signal::DueSoon(2)]
        );
    }

    #[test]
    fn weeks_without_contact_count_from_four() {
        let mut facts = shared_facts();
        facts.last_contact = Some(datetime!(2026-11-04 09:00 UTC));
        assert!(signals(AGE_17, TODAY, &facts).is_empty(), "27 days");
        facts.last_contact = Some(datetime!(2026-11-03 09:00 UTC));
        assert_eq!(
            signals(AGE_17, TODAY, &facts),
            vec![Signal::NoContact(Some(4))]
        );
        facts.last_contact = None;
        assert_eq!(
            signals(AGE_17, TODAY, &facts),
            vec![Signal::NoContact(None)]
        );
    }

    #[test]
    fn unshared_parts_are_not_looked_at() {
        let facts = Facts {
            action_due: vec![date!(2026 - 01 - 01)],
            wants_to_talk: 2,
            consents: HashMap::new(),
            requested: vec!["notes"],
            ..Facts::default()
        };
        assert_eq!(
            signals(AGE_17, TODAY, &facts),
            vec![
                Signal::NotShared(Part::Plan, false),
                Signal::NotShared(Part::Notes, true)
            ]
        );
    }

    #[test]
    fn from_12_to_15_both_must_have_agreed() {
        let mut facts = shared_facts();
        facts.consents.insert(
            "plan",
            Consent {
                by_young: true,
                by_parent: false,
            },
        );
        facts.wants_to_talk = 1;
        assert_eq!(
            signals(AGE_13, TODAY, &facts),
            vec![Signal::NotShared(Part::Plan, false)]
        );
        assert_eq!(signals(AGE_17, TODAY, &facts), vec![Signal::WantsToTalk(1)]);
    }

    #[test]
    fn barriers_plug_in_as_a_signal() {
        let mut facts = shared_facts();
        facts.barriers_open = Some(0);
        assert!(signals(AGE_17, TODAY, &facts).is_empty());
        facts.barriers_open = Some(2);
        assert_eq!(signals(AGE_17, TODAY, &facts), vec![Signal::Barriers(2)]);
    }

    #[test]
    fn handover_only_to_another_member_of_the_team() {
        let team = vec!["noor".to_string(), "jeroen".to_string()];
        let involved = vec!["noor".to_string()];
        assert_eq!(check_colleague("noor", "jeroen", &team, &involved), Ok(()));
        assert_eq!(
            check_colleague("noor", "daan", &team, &involved),
            Err(MoveRefusal::OutsideTeam)
        );
        assert_eq!(
            check_colleague("noor", "noor", &team, &involved),
            Err(MoveRefusal::ToSelf)
        );
        assert_eq!(
            check_colleague("noor", "", &team, &involved),
            Err(MoveRefusal::NoColleague)
        );
        let both = vec!["noor".to_string(), "jeroen".to_string()];
        assert_eq!(
            check_colleague("noor", "jeroen", &team, &both),
            Err(MoveRefusal::AlreadyInvolved)
        );
    }

    #[test]
    fn a_task_needs_a_short_title_a_member_and_an_own_young_person() {
        let members = vec!["noor".to_string()];
        let caseload = vec!["sam".to_string()];
        let ok = check_task(
            " Bel school ",
            "2026-12-03",
            "noor",
            "sam",
            &members,
            &caseload,
        );
        assert_eq!(
            ok,
            Ok(TaskInput {
                title: "Bel school".into(),
                due_on: Some(date!(2026 - 12 - 03)),
                assignee: "noor".into(),
                young_person_id: Some("sam".into()),
            })
        );
        let long = "x".repeat(TASK_TITLE_MAX + 1);
        let errors =
            check_task(&long, "3 december", "daan", "lars", &members, &caseload).unwrap_err();
        assert_eq!(errors.get("title"), Some("team-task-title-long"));
        assert_eq!(errors.get("due_on"), Some("team-task-due-invalid"));
        assert_eq!(errors.get("assignee"), Some("team-task-assignee-invalid"));
        assert_eq!(
            errors.get("young_person_id"),
            Some("team-task-young-invalid")
        );
        let empty = check_task("  ", "", "noor", "", &members, &caseload).unwrap_err();
        assert_eq!(empty.get("title"), Some("team-task-title-required"));
    }

    #[test]
    fn a_request_is_granted_when_the_age_rule_is_met() {
        let young = Consent {
            by_young: true,
            by_parent: false,
        };
        let both = Consent {
            by_young: true,
            by_parent: true,
        };
        assert_eq!(
            after_answer(AgeBand::From16, young, true),
            RequestStatus::Granted
        );
        assert_eq!(
            after_answer(AgeBand::From12To15, young, true),
            RequestStatus::Open
        );
        assert_eq!(
            after_answer(AgeBand::From12To15, both, true),
            RequestStatus::Granted
        );
        assert_eq!(
            after_answer(AgeBand::Under12, young, true),
            RequestStatus::Open
        );
        assert_eq!(
            after_answer(AgeBand::From16, both, false),
            RequestStatus::Refused
        );
    }

    #[test]
    fn note_kinds_round_trip() {
        for k in NoteKind::ALL {
            assert_eq!(NoteKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(NoteKind::parse("uren"), None);
        assert_eq!(contact_kinds(), vec!["contact", "meeting"]);
        assert_eq!(requestable("plan"), Some(Part::Plan));
        assert_eq!(requestable("log"), None);
    }
}
