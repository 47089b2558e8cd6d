//! The barrier's rules (pure): the status machine, the categories, who raised it, the Omgekeerde
//! Toets's steps in order, escalation levels, and the small-count rule of the governance report.

use crate::error::FieldErrors;
use crate::web::validate::one_line;

/// Longest title.
pub const TITLE_MAX: usize = 200;
/// Longest free text (what happened, a toets step, an argument, an answer).
pub const TEXT_MAX: usize = 4000;
/// Counts below this are shown as "< 5" to governance.
pub const SMALL_COUNT: u64 = 5;
/// Default days to answer an escalation.
pub const DEFAULT_ANSWER_DAYS: i64 = 28;

/// Status of a barrier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Just recorded (*open*).
    Open,
    /// The team works on it (*in behandeling*).
    InProgress,
    /// Waiting for an answer from a higher level (*geëscaleerd*).
    Escalated,
    /// Solved (*opgelost*).
    Solved,
    /// Solved by breaking through a rule (*doorbraak*).
    Breakthrough,
    /// Cannot be solved (*niet oplosbaar*).
    Unsolvable,
}

impl Status {
    /// Every status, in order.
    pub const ALL: [Status; 6] = [
        Status::Open,
        Status::InProgress,
        Status::Escalated,
        Status::Solved,
        Status::Breakthrough,
        Status::Unsolvable,
    ];

    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::InProgress => "in_progress",
            Status::Escalated => "escalated",
            Status::Solved => "solved",
            Status::Breakthrough => "breakthrough",
            Status::Unsolvable => "unsolvable",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Translation id.
    pub fn label_id(self) -> String {
        format!("barrier-status-{}", self.as_str().replace('_', "-"))
    }

    /// Closed: no further steps.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            Status::Solved | Status::Breakthrough | Status::Unsolvable
        )
    }
}

/// How a status change is made: by the team on the barrier page, or as the official answer of the
/// level it was escalated to. Escalating has its own form (level, role, deadline, argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    /// A team member changes the status.
    Team,
    /// The team escalates.
    Escalation,
    /// The level escalated to answers.
    Answer,
}

/// Why a transition was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// The barrier is closed.
    Closed,
    /// It waits for an answer; only the answer moves it.
    AwaitingAnswer,
    /// Not a step the machine allows.
    NotAllowed,
}

impl Refused {
    /// Translation id of the Dutch/English message.
    pub fn message_id(self) -> &'static str {
        match self {
            Refused::Closed => "barrier-refused-closed",
            Refused::AwaitingAnswer => "barrier-refused-awaiting",
            Refused::NotAllowed => "barrier-refused-jump",
        }
    }
}

/// The status machine: *open → in behandeling → geëscaleerd → opgelost / doorbraak / niet
/// oplosbaar*. The team may close a barrier it solved itself; an escalated barrier moves only by the
/// answer, which may also send it back to the team.
pub fn transition(from: Status, to: Status, via: Via) -> Result<Status, Refused> {
    use Status::*;
    if from.is_closed() {
        return Err(Refused::Closed);
    }
    let ok = match (via, from, to) {
        (Via::Team, Open, InProgress) => true,
        (Via::Team, InProgress, Solved | Breakthrough | Unsolvable) => true,
        (Via::Team, Escalated, _) => return Err(Refused::AwaitingAnswer),
        (Via::Escalation, InProgress, Escalated) => true,
        (Via::Escalation, Escalated, _) => return Err(Refused::AwaitingAnswer),
        (Via::Answer, Escalated, Solved | Breakthrough | Unsolvable | InProgress) => true,
        _ => false,
    };
    if ok { Ok(to) } else { Err(Refused::NotAllowed) }
}

/// The steps the team may take from `from` on the barrier page.
pub fn team_steps(from: Status) -> Vec<Status> {
    Status::ALL
        .into_iter()
        .filter(|to| transition(from, *to, Via::Team).is_ok())
        .collect()
}

/// The states an answer may give.
pub const ANSWER_STATES: [Status; 4] = [
    Status::Solved,
    Status::Breakthrough,
    Status::Unsolvable,
    Status::InProgress,
];

/// The default categories (the municipality may keep its own list).
pub const DEFAULT_CATEGORIES: [&str; 10] = [
    "rule",
    "way_of_working",
    "waiting_list",
    "money",
    "transport",
    "information",
    "provision_missing",
    "exclusion",
    "digital",
    "other",
];

/// Translation id of a default category.
pub fn category_label_id(key: &str) -> String {
    format!("barrier-cat-{}", key.replace('_', "-"))
}

/// Who raised a barrier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RaisedBy {
    /// The young person.
    Young,
    /// A parent.
    Parent,
    /// A network member.
    Network,
    /// A professional of a local team.
    Professional,
    /// A partner or entrepreneur.
    Partner,
    /// A resident.
    Resident,
}

impl RaisedBy {
    /// Every kind.
    pub const ALL: [RaisedBy; 6] = [
        RaisedBy::Young,
        RaisedBy::Parent,
        RaisedBy::Network,
        RaisedBy::Professional,
        RaisedBy::Partner,
        RaisedBy::Resident,
    ];
    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            RaisedBy::Young => "young",
            RaisedBy::Parent => "parent",
            RaisedBy::Network => "network",
            RaisedBy::Professional => "professional",
            RaisedBy::Partner => "partner",
            RaisedBy::Resident => "resident",
        }
    }
    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<RaisedBy> {
        RaisedBy::ALL.into_iter().find(|x| x.as_str() == s)
    }
    /// Translation id.
    pub fn label_id(self) -> String {
        format!("barrier-by-{}", self.as_str())
    }
}

/// The level a barrier is escalated to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// The team's leader.
    Teamleider,
    /// Municipal policy.
    Policy,
    /// The governance board (*bestuur*), answered through policy.
    Board,
}

impl Level {
    /// Every level.
    pub const ALL: [Level; 3] = [Level::Teamleider, Level::Policy, Level::Board];
    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Teamleider => "teamleider",
            Level::Policy => "policy",
            Level::Board => "board",
        }
    }
    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|x| x.as_str() == s)
    }
    /// Translation id.
    pub fn label_id(self) -> String {
        format!("barrier-level-{}", self.as_str())
    }
    /// The role that must answer at this level.
    pub fn answer_role(self) -> crate::auth::Role {
        match self {
            Level::Teamleider => crate::auth::Role::Teamleider,
            Level::Policy | Level::Board => crate::auth::Role::Beleid,
        }
    }
}

/// The steps of the Omgekeerde Toets, in the order they must be taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// What does this young person need?
    Need,
    /// What would the effect be for them and their surroundings?
    Effect,
    /// What is the purpose of the rule, and does applying it here serve it?
    Purpose,
    /// Is it fair?
    Fairness,
    /// Only then: the legal check.
    Legal,
    /// The proposal: solve within the team or escalate, with the argument.
    Proposal,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 6] = [
        Step::Need,
        Step::Effect,
        Step::Purpose,
        Step::Fairness,
        Step::Legal,
        Step::Proposal,
    ];
    /// Name in forms and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Step::Need => "need",
            Step::Effect => "effect",
            Step::Purpose => "purpose",
            Step::Fairness => "fairness",
            Step::Legal => "legal",
            Step::Proposal => "proposal",
        }
    }
    /// Parses a name.
    pub fn parse(s: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|x| x.as_str() == s)
    }
    /// Translation id of the step's question.
    pub fn label_id(self) -> String {
        format!("toets-step-{}", self.as_str())
    }
    /// Translation id of the step's help text.
    pub fn hint_id(self) -> String {
        format!("toets-hint-{}", self.as_str())
    }
    /// Position (1-based).
    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }
}

/// The toets as saved so far.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Toets {
    /// What does this young person need?
    pub need: String,
    /// Effect for them and their surroundings.
    pub effect: String,
    /// Purpose of the rule.
    pub purpose: String,
    /// Does applying it here serve that purpose: `yes`, `no`, `partly` or empty.
    pub purpose_served: String,
    /// Is it fair?
    pub fairness: String,
    /// The legal check.
    pub legal: String,
    /// `team` or `escalate`, or empty.
    pub proposal: String,
    /// The argument, written once and reused in the escalation.
    pub argument: String,
}

impl Toets {
    /// Whether a step has been answered.
    pub fn done(&self, step: Step) -> bool {
        match step {
            Step::Need => !self.need.trim().is_empty(),
            Step::Effect => !self.effect.trim().is_empty(),
            Step::Purpose => {
                !self.purpose.trim().is_empty() && !self.purpose_served.trim().is_empty()
            }
            Step::Fairness => !self.fairness.trim().is_empty(),
            Step::Legal => !self.legal.trim().is_empty(),
            Step::Proposal => !self.proposal.is_empty() && !self.argument.trim().is_empty(),
        }
    }

    /// The first step not yet answered (the one to work on), or `None` when all are done.
    pub fn current(&self) -> Option<Step> {
        Step::ALL.into_iter().find(|s| !self.done(*s))
    }

    /// Whether `step` may be worked on now: every step before it is answered.
    pub fn open_for(&self, step: Step) -> bool {
        Step::ALL
            .into_iter()
            .take_while(|s| *s != step)
            .all(|s| self.done(s))
    }

    /// Whether every step is done and the proposal is to escalate.
    pub fn proposes_escalation(&self) -> bool {
        self.current().is_none() && self.proposal == "escalate"
    }
}

/// Checks one toets step's input and writes it into `toets`. Refuses a step whose earlier steps are
/// not answered (the legal check comes last, on purpose).
pub fn apply_step(
    toets: &mut Toets,
    step: Step,
    text: &str,
    choice: &str,
    argument: &str,
) -> Result<(), FieldErrors> {
    let mut errors = FieldErrors::new();
    if !toets.open_for(step) {
        errors.add("step", "toets-error-order");
        return Err(errors);
    }
    let text = text.trim();
    let field = if step == Step::Proposal {
        "argument"
    } else {
        "text"
    };
    let body = if step == Step::Proposal {
        argument.trim()
    } else {
        text
    };
    if body.is_empty() {
        errors.add(field, "toets-error-empty");
    } else if body.chars().count() > TEXT_MAX {
        errors.add(field, "barrier-error-text-long");
    }
    match step {
        Step::Purpose if !matches!(choice, "yes" | "no" | "partly") => {
            errors.add("choice", "toets-error-served")
        }
        Step::Proposal if !matches!(choice, "team" | "escalate") => {
            errors.add("choice", "toets-error-proposal")
        }
        _ => {}
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let text = text.to_string();
    match step {
        Step::Need => toets.need = text,
        Step::Effect => toets.effect = text,
        Step::Purpose => {
            toets.purpose = text;
            toets.purpose_served = choice.to_string();
        }
        Step::Fairness => toets.fairness = text,
        Step::Legal => toets.legal = text,
        Step::Proposal => {
            toets.proposal = choice.to_string();
            toets.argument = body.to_string();
        }
    }
    Ok(())
}

/// A barrier as typed in a form.
#[derive(Clone, Debug, Default)]
pub struct Draft<'a> {
    /// Short title.
    pub title: &'a str,
    /// What happened, in plain words.
    pub what_happened: &'a str,
    /// Category key.
    pub category: &'a str,
    /// Rule, organisation or scheme behind it.
    pub rule_behind: &'a str,
    /// Life domain key (may be empty).
    pub life_domain: &'a str,
}

/// Checks a new barrier against the categories in force; one message per field.
pub fn check_draft(d: &Draft<'_>, categories: &[String]) -> Result<(), FieldErrors> {
    let mut errors = FieldErrors::new();
    let title = d.title.trim();
    if title.is_empty() {
        errors.add("title", "barrier-error-title-empty");
    } else if title.chars().count() > TITLE_MAX {
        errors.add("title", "barrier-error-title-long");
    }
    if d.what_happened.trim().is_empty() {
        errors.add("what_happened", "barrier-error-what-empty");
    } else if d.what_happened.chars().count() > TEXT_MAX {
        errors.add("what_happened", "barrier-error-text-long");
    }
    if !categories.iter().any(|c| c == d.category) {
        errors.add("category", "barrier-error-category");
    }
    if d.rule_behind.chars().count() > TITLE_MAX {
        errors.add("rule_behind", "barrier-error-rule-long");
    }
    one_line(d.title, "title", &mut errors);
    one_line(d.rule_behind, "rule_behind", &mut errors);
    if d.life_domain.chars().count() > 100 {
        errors.add("life_domain", "barrier-error-domain");
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Why a merge is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeRefused {
    /// A barrier into itself.
    SameBarrier,
    /// Barriers of different municipalities.
    OtherMunicipality,
    /// One of them was merged already.
    AlreadyMerged,
    /// The target is closed.
    TargetClosed,
}

impl MergeRefused {
    /// Translation id.
    pub fn message_id(self) -> &'static str {
        match self {
            MergeRefused::SameBarrier => "barrier-merge-self",
            MergeRefused::OtherMunicipality => "barrier-merge-municipality",
            MergeRefused::AlreadyMerged => "barrier-merge-merged",
            MergeRefused::TargetClosed => "barrier-merge-closed",
        }
    }
}

/// The facts of one side of a merge.
#[derive(Clone, Copy, Debug)]
pub struct MergeSide<'a> {
    /// Id.
    pub id: &'a str,
    /// Municipality.
    pub municipality_id: &'a str,
    /// Status.
    pub status: Status,
    /// Merged into another already.
    pub merged: bool,
}

/// Whether `from` may be merged into `into`.
pub fn check_merge(from: MergeSide<'_>, into: MergeSide<'_>) -> Result<(), MergeRefused> {
    if from.id == into.id {
        return Err(MergeRefused::SameBarrier);
    }
    if from.municipality_id != into.municipality_id {
        return Err(MergeRefused::OtherMunicipality);
    }
    if from.merged || into.merged {
        return Err(MergeRefused::AlreadyMerged);
    }
    if into.status.is_closed() {
        return Err(MergeRefused::TargetClosed);
    }
    Ok(())
}

/// A count as governance sees it: under [`SMALL_COUNT`] (and not zero) becomes "< 5".
pub fn shown_count(n: u64) -> String {
    if n > 0 && n < SMALL_COUNT {
        format!("< {SMALL_COUNT}")
    } else {
        n.to_string()
    }
}

/// The median of whole days, `None` for none. An even number of values gives the lower middle's and
/// upper middle's mean, rounded down.
pub fn median_days(mut days: Vec<i64>) -> Option<i64> {
    if days.is_empty() {
        return None;
    }
    days.sort_unstable();
    let mid = days.len() / 2;
    Some(if days.len() % 2 == 1 {
        days[mid]
    } else {
        (days[mid - 1] + days[mid]).div_euclid(2)
    })
}

/// Whether the young person is told about their barrier themselves, and whether their parent is,
/// by the Dutch age rules: from 12 the young person; under 16 also the parent with authority.
pub fn who_is_told(age: i32) -> (bool, bool) {
    (age >= 12, age < 16)
}

#[cfg(test)]
mod tests {
    use super::Status::*;
    use super::*;

    /// Every (via, from, to) and whether the machine allows it.
    #[test]
    fn every_transition_is_allowed_or_refused_as_the_table_says() {
        let allowed: &[(Via, Status, Status)] = &[
            (Via::Team, Open, InProgress),
            (Via::Team, InProgress, Solved),
            (Via::Team, InProgress, Breakthrough),
            (Via::Team, InProgress, Unsolvable),
            (Via::Escalation, InProgress, Escalated),
            (Via::Answer, Escalated, Solved),
            (Via::Answer, Escalated, Breakthrough),
            (Via::Answer, Escalated, Unsolvable),
            (Via::Answer, Escalated, InProgress),
        ];
        let mut checked = 0;
        for via in [Via::Team, Via::Escalation, Via::Answer] {
            for from in Status::ALL {
                for to in Status::ALL {
                    let got = transition(from, to, via);
                    if allowed.contains(&(via, from, to)) {
                        assert_eq!(got, Ok(to), "{via:?} {from:?} → {to:?} must be allowed");
                    } else {
                        let expected = if from.is_closed() {
                            Refused::Closed
                        } else if from == Escalated && via != Via::Answer {
                            Refused::AwaitingAnswer
                        } else {
                            Refused::NotAllowed
                        };
                        assert_eq!(
                            got,
                            Err(expected),
                            "{via:?} {from:?} → {to:?} must be refused"
                        );
                    }
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, 3 * 6 * 6);
    }

    #[test]
    fn closed_barriers_cannot_be_escalated() {
        for s in [Solved, Breakthrough, Unsolvable] {
            assert_eq!(
                transition(s, Escalated, Via::Escalation),
                Err(Refused::Closed)
            );
        }
    }

    #[test]
    fn team_steps_follow_the_machine() {
        assert_eq!(team_steps(Open), vec![InProgress]);
        assert_eq!(
            team_steps(InProgress),
            vec![Solved, Breakthrough, Unsolvable]
        );
        assert!(team_steps(Escalated).is_empty());
        assert!(team_steps(Solved).is_empty());
    }

    #[test]
    fn stored_names_round_trip() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        for l in Level::ALL {
            assert_eq!(Level::parse(l.as_str()), Some(l));
        }
        for r in RaisedBy::ALL {
            assert_eq!(RaisedBy::parse(r.as_str()), Some(r));
        }
        for s in Step::ALL {
            assert_eq!(Step::parse(s.as_str()), Some(s));
        }
        assert_eq!(Status::parse("merged"), None);
    }

    #[test]
    fn the_toets_goes_in_order_and_the_legal_check_comes_last() {
        let mut t = Toets::default();
        assert_eq!(t.current(), Some(Step::Need));
        let e = apply_step(&mut t, Step::Legal, "Artikel 8", "", "").unwrap_err();
        assert_eq!(e.get("step"), Some("toets-error-order"));
        apply_step(&mut t, Step::Need, "Een plek bij de club", "", "").unwrap();
        apply_step(&mut t, Step::Effect, "Hij hoort erbij", "", "").unwrap();
        let e = apply_step(&mut t, Step::Purpose, "Kosten dekken", "maybe", "").unwrap_err();
        assert_eq!(e.get("choice"), Some("toets-error-served"));
        apply_step(&mut t, Step::Purpose, "Kosten dekken", "no", "").unwrap();
        apply_step(&mut t, Step::Fairness, "Niet eerlijk", "", "").unwrap();
        assert!(!t.proposes_escalation());
        apply_step(&mut t, Step::Legal, "Afwijken mag", "", "").unwrap();
        let e = apply_step(&mut t, Step::Proposal, "", "escalate", " ").unwrap_err();
        assert_eq!(e.get("argument"), Some("toets-error-empty"));
        apply_step(
            &mut t,
            Step::Proposal,
            "",
            "escalate",
            "Regel dient doel niet",
        )
        .unwrap();
        assert_eq!(t.current(), None);
        assert!(t.proposes_escalation());
        // Earlier steps can be improved later.
        apply_step(&mut t, Step::Need, "Sporten met vrienden", "", "").unwrap();
        assert_eq!(t.need, "Sporten met vrienden");
    }

    #[test]
    fn drafts_are_checked_per_field() {
        let cats: Vec<String> = DEFAULT_CATEGORIES.iter().map(|s| s.to_string()).collect();
        let long = "x".repeat(5000);
        let d = Draft {
            title: &long,
            what_happened: "",
            category: "nope",
            rule_behind: "",
            life_domain: "",
        };
        let e = check_draft(&d, &cats).unwrap_err();
        assert_eq!(e.get("title"), Some("barrier-error-title-long"));
        assert_eq!(e.get("what_happened"), Some("barrier-error-what-empty"));
        assert_eq!(e.get("category"), Some("barrier-error-category"));
        let t200 = "é".repeat(200);
        let ok = Draft {
            title: &t200,
            what_happened: "Ik mag niet mee",
            category: "money",
            rule_behind: "Contributie",
            life_domain: "free_time",
        };
        assert!(check_draft(&ok, &cats).is_ok());
    }

    #[test]
    fn merges_refuse_self_and_other_municipalities() {
        let a = MergeSide {
            id: "a",
            municipality_id: "m1",
            status: Open,
            merged: false,
        };
        let b = MergeSide { id: "b", ..a };
        let c = MergeSide {
            id: "c",
            municipality_id: "m2",
            ..a
        };
        assert_eq!(check_merge(a, a), Err(MergeRefused::SameBarrier));
        assert_eq!(check_merge(a, c), Err(MergeRefused::OtherMunicipality));
        assert_eq!(
            check_merge(a, MergeSide { merged: true, ..b }),
            Err(MergeRefused::AlreadyMerged)
        );
        assert_eq!(
            check_merge(
                a,
                MergeSide {
                    status: Solved,
                    ..b
                }
            ),
            Err(MergeRefused::TargetClosed)
        );
        assert_eq!(check_merge(a, b), Ok(()));
    }

    #[test]
    fn small_counts_are_hidden_and_medians_are_plain() {
        assert_eq!(shown_count(0), "0");
        assert_eq!(shown_count(1), "< 5");
        assert_eq!(shown_count(4), "< 5");
        assert_eq!(shown_count(5), "5");
        assert_eq!(median_days(vec![]), None);
        assert_eq!(median_days(vec![9, 1, 4]), Some(4));
        assert_eq!(median_days(vec![1, 2, 3, 10]), Some(2));
    }

    #[test]
    fn who_is_told_follows_the_age_rules() {
        assert_eq!(who_is_told(10), (false, true));
        assert_eq!(who_is_told(12), (true, true));
        assert_eq!(who_is_told(15), (true, true));
        assert_eq!(who_is_told(16), (true, false));
    }
}
