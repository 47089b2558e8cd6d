//! The pure access rules: the gate's whole policy. From the facts the gate loads in one query —
//! the young person (age, municipality, erased or not), the actor's relation and roles, whether
//! the actor's organisation was introduced to them, the consent for the part and any running
//! emergency access — they derive the actor's tie and decide who may do what with which part of a
//! young person's data. No database, no clock: the caller passes the facts and today's date.

use time::Date;

use crate::auth::{Grant, Role};

/// A part of a young person's data that consent is given for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// Name, age and wijk: what an involved team needs to know who it works with.
    Identity,
    /// Talents, interests, dreams.
    Profile,
    /// Life domains, goals, actions.
    Plan,
    /// The network map.
    Network,
    /// Self-ratings per domain.
    Ratings,
    /// Professionals' notes.
    Notes,
    /// Plan actions assigned to the actor (a parent or network member who took one on).
    Actions,
    /// Introductions to an organisation's opportunity, as its partner sees them: first name, age,
    /// what the young person chose to tell, and the status.
    Introduction,
    /// All of the young person's introductions: the list, the suggestions and making a new one.
    /// Follows the plan's consent; a partner never sees it (they see one introduction at a time).
    Introductions,
    /// The barriers (*hindernissen*) that hit the young person: the list on their plan, raising one
    /// and linking them to one. Follows the plan's consent; from 12 the young person raises their
    /// own, under 16 a parent with authority may too.
    Barriers,
    /// Who may see what (the consent settings themselves).
    Sharing,
    /// The access log.
    Log,
}

impl Part {
    /// Parts that consent is given for, in the order the sharing page shows them.
    pub const SHAREABLE: [Part; 5] = [
        Part::Profile,
        Part::Plan,
        Part::Network,
        Part::Ratings,
        Part::Notes,
    ];

    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Identity => "identity",
            Part::Profile => "profile",
            Part::Plan => "plan",
            Part::Network => "network",
            Part::Ratings => "ratings",
            Part::Notes => "notes",
            Part::Actions => "actions",
            Part::Introduction => "introduction",
            Part::Introductions => "introductions",
            Part::Barriers => "barriers",
            Part::Sharing => "sharing",
            Part::Log => "log",
        }
    }

    /// Every part.
    pub const ALL: [Part; 12] = [
        Part::Identity,
        Part::Profile,
        Part::Plan,
        Part::Network,
        Part::Ratings,
        Part::Notes,
        Part::Actions,
        Part::Introduction,
        Part::Introductions,
        Part::Barriers,
        Part::Sharing,
        Part::Log,
    ];

    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// The part whose consent counts for this one: introductions follow the plan's.
    pub fn consent_part(self) -> Part {
        match self {
            Part::Introduction | Part::Introductions | Part::Barriers => Part::Plan,
            other => other,
        }
    }

    /// Translation id of the part's name.
    pub fn label_id(self) -> &'static str {
        match self {
            Part::Identity => "part-identity",
            Part::Profile => "part-profile",
            Part::Plan => "part-plan",
            Part::Network => "part-network",
            Part::Ratings => "part-ratings",
            Part::Notes => "part-notes",
            Part::Actions => "part-actions",
            Part::Introduction => "part-introduction",
            Part::Introductions => "part-introductions",
            Part::Barriers => "part-barriers",
            Part::Sharing => "part-sharing",
            Part::Log => "part-log",
        }
    }
}

/// What the actor wants to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Look at it.
    Read,
    /// Add or change it.
    Write,
    /// Download or print it.
    Export,
}

impl Action {
    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Read => "read",
            Action::Write => "write",
            Action::Export => "export",
        }
    }
}

/// The actor's tie to the young person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tie {
    /// The young person themselves.
    Own,
    /// A parent; `authority` when parental authority (*gezag*) was confirmed.
    Parent {
        /// Parental authority confirmed.
        authority: bool,
    },
    /// An invited network member.
    Network,
    /// A professional with an active involvement (*betrokkenheid*).
    Professional,
    /// A partner whose organisation the young person was introduced to.
    Partner,
    /// No tie at all.
    None,
}

/// Consent recorded for one part and one audience.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Consent {
    /// The young person agreed.
    pub by_young: bool,
    /// A parent with authority agreed.
    pub by_parent: bool,
}

/// Everything the rules look at.
#[derive(Clone, Copy, Debug)]
pub struct Facts {
    /// Birth date of the young person.
    pub birth_date: Date,
    /// Today.
    pub today: Date,
    /// The actor's tie.
    pub tie: Tie,
    /// Consent for this part and the actor's audience (the team for professionals, the actor's own
    /// relation for parents and network members).
    pub consent: Consent,
    /// The actor has a running emergency access.
    pub emergency: bool,
    /// The gate was asked about one introduction (a partner acting on it, scoped to its
    /// organisation), not about the young person at large.
    pub one_introduction: bool,
}

/// Why access was given; stored in the log as the legal ground.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ground {
    /// Own data.
    Own,
    /// Parental authority over a child under 12 (or the parent's own say under 16).
    ParentalAuthority,
    /// Consent as the age rule demands it.
    Consent,
    /// Involvement of the team: identity data only.
    Involvement,
    /// Emergency access, reasoned and time-boxed.
    Emergency,
    /// An action the young person (or their plan) assigned to the actor.
    Assigned,
    /// An introduction the young person (or a professional with them) made to the actor's
    /// organisation.
    Introduced,
}

impl Ground {
    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Ground::Own => "own",
            Ground::ParentalAuthority => "parental_authority",
            Ground::Consent => "consent",
            Ground::Involvement => "involvement",
            Ground::Emergency => "emergency",
            Ground::Assigned => "assigned",
            Ground::Introduced => "introduced",
        }
    }
}

/// Why access was refused; stored in the log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The actor has no tie to this young person.
    NoTie,
    /// The consent the age rule demands is missing.
    NoConsent,
    /// This kind of actor may never do this.
    NotPermitted,
}

impl Refusal {
    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Refusal::NoTie => "no_tie",
            Refusal::NoConsent => "no_consent",
            Refusal::NotPermitted => "not_permitted",
        }
    }
}

/// The outcome.
pub type Decision = Result<Ground, Refusal>;

/// The age bands of Dutch consent law (WGBO / Jeugdwet 7.3.5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgeBand {
    /// Under 12: parents with authority decide.
    Under12,
    /// 12 up to 16: the young person and a parent with authority both decide.
    From12To15,
    /// 16 and older: the young person decides alone.
    From16,
}

/// Age in whole years on `today` (a birthday counts from that day; 29 February birthdays count
/// from 1 March in non-leap years).
pub fn age_on(birth: Date, today: Date) -> i32 {
    let mut age = today.year() - birth.year();
    let before_birthday = (today.month() as u8, today.day()) < (birth.month() as u8, birth.day());
    if before_birthday {
        age -= 1;
    }
    age
}

/// The band for an age.
pub fn band(age: i32) -> AgeBand {
    match age {
        a if a < 12 => AgeBand::Under12,
        12..=15 => AgeBand::From12To15,
        _ => AgeBand::From16,
    }
}

/// Whether consent for an audience is in force under the age rule.
pub fn consent_in_force(band: AgeBand, consent: Consent) -> bool {
    match band {
        AgeBand::Under12 => consent.by_parent,
        AgeBand::From12To15 => consent.by_young && consent.by_parent,
        AgeBand::From16 => consent.by_young,
    }
}

/// Who may change consent: the young person from 12, a parent with authority under 16.
pub fn may_give_consent(band: AgeBand, tie: Tie) -> bool {
    match tie {
        Tie::Own => band != AgeBand::Under12,
        Tie::Parent { authority: true } => band != AgeBand::From16,
        _ => false,
    }
}

/// Consent for network members and named parents: from 12 the young person shares; under 12 the
/// parent with authority does.
fn share_in_force(band: AgeBand, consent: Consent) -> bool {
    match band {
        AgeBand::Under12 => consent.by_parent || consent.by_young,
        _ => consent.by_young,
    }
}

/// The decision.
pub fn decide(facts: &Facts, part: Part, action: Action) -> Decision {
    let band = band(age_on(facts.birth_date, facts.today));
    // A partner sees only the introductions to their own organisation, and nothing else.
    if facts.tie == Tie::Partner {
        return match (part, action) {
            (Part::Introduction, Action::Read | Action::Write) => Ok(Ground::Introduced),
            // What stopped one introduction (a fee, an age limit, a waiting list) may be raised
            // as a barrier from it; the partner never reads the young person's barriers.
            (Part::Barriers, Action::Write) if facts.one_introduction => Ok(Ground::Introduced),
            _ => Err(Refusal::NotPermitted),
        };
    }
    if matches!(part, Part::Introduction | Part::Introductions) {
        // The introduction view of the young person, their parent and the team is the plan's.
        return decide(facts, Part::Plan, action);
    }
    if part == Part::Barriers {
        return match facts.tie {
            // Under 12 the parent raises barriers for the child; from 12 the young person does.
            Tie::Own if band == AgeBand::Under12 && action == Action::Write => {
                Err(Refusal::NotPermitted)
            }
            Tie::Parent { authority: true } if band == AgeBand::From12To15 => {
                Ok(Ground::ParentalAuthority)
            }
            _ => decide(facts, Part::Plan, action),
        };
    }
    if part == Part::Actions {
        // Only the actions assigned to the actor; the handler filters them by relation. Whoever the
        // plan gave an action to (a parent, a network member or an involved professional) sees and
        // closes it; there is no separate consent for it.
        return match facts.tie {
            Tie::Own => Ok(Ground::Own),
            Tie::Parent { .. } | Tie::Network | Tie::Professional if action != Action::Export => {
                Ok(Ground::Assigned)
            }
            Tie::None => Err(Refusal::NoTie),
            _ => Err(Refusal::NotPermitted),
        };
    }
    match facts.tie {
        Tie::Own => match (part, action) {
            // The young person reads and exports everything of their own; notes are the
            // professionals' and cannot be edited by them, and consent follows the age rule.
            (Part::Notes, Action::Write) => Err(Refusal::NotPermitted),
            (Part::Sharing, Action::Write) if !may_give_consent(band, facts.tie) => {
                Err(Refusal::NotPermitted)
            }
            _ => Ok(Ground::Own),
        },
        Tie::Parent { authority } => {
            if authority && band == AgeBand::Under12 && part != Part::Notes {
                return Ok(Ground::ParentalAuthority);
            }
            match part {
                Part::Identity if authority && band != AgeBand::From16 => {
                    Ok(Ground::ParentalAuthority)
                }
                Part::Sharing | Part::Log if authority && band != AgeBand::From16 => match action {
                    Action::Write if part == Part::Log => Err(Refusal::NotPermitted),
                    _ => Ok(Ground::ParentalAuthority),
                },
                Part::Identity => Ok(Ground::Consent),
                Part::Sharing | Part::Log => Err(Refusal::NotPermitted),
                _ if action == Action::Read && share_in_force(band, facts.consent) => {
                    Ok(Ground::Consent)
                }
                _ if action == Action::Read => Err(Refusal::NoConsent),
                _ => Err(Refusal::NotPermitted),
            }
        }
        Tie::Network => match part {
            Part::Identity => Ok(Ground::Consent),
            Part::Sharing | Part::Log | Part::Notes => Err(Refusal::NotPermitted),
            _ if action == Action::Read && share_in_force(band, facts.consent) => {
                Ok(Ground::Consent)
            }
            _ if action == Action::Read => Err(Refusal::NoConsent),
            _ => Err(Refusal::NotPermitted),
        },
        Tie::Professional => match part {
            Part::Identity => Ok(Ground::Involvement),
            Part::Sharing | Part::Log => match action {
                // The team may see who has access (so it knows whom to ask), never change it.
                Action::Read if part == Part::Sharing => Ok(Ground::Involvement),
                _ => Err(Refusal::NotPermitted),
            },
            _ if consent_in_force(band, facts.consent) => Ok(Ground::Consent),
            _ if facts.emergency && action == Action::Read => Ok(Ground::Emergency),
            _ => Err(Refusal::NoConsent),
        },
        // Handled before this match; kept for completeness.
        Tie::Partner => Err(Refusal::NotPermitted),
        Tie::None => Err(Refusal::NoTie),
    }
}

/// The tie a stored relation kind stands for (`youth_relations.kind`, with parental authority).
pub fn tie_of(kind: Option<&str>, authority: Option<bool>) -> Tie {
    match kind {
        Some("self") => Tie::Own,
        Some("parent") => Tie::Parent {
            authority: authority.unwrap_or(false),
        },
        Some("network") => Tie::Network,
        Some("professional") => Tie::Professional,
        Some("partner") => Tie::Partner,
        _ => Tie::None,
    }
}

/// Everything the gate knows about one actor and one young person: what its one query loaded,
/// the actor's roles and today's date.
#[derive(Clone, Debug)]
pub struct GateFacts<'a> {
    /// The actor's roles.
    pub grants: &'a [Grant],
    /// The young person's municipality.
    pub municipality_id: &'a str,
    /// The young person's birth date.
    pub birth_date: Date,
    /// Today.
    pub today: Date,
    /// The young person's data was erased on request.
    pub erased: bool,
    /// The actor's active relation: its kind and, for parents, confirmed authority.
    pub relation: Option<(&'a str, bool)>,
    /// The actor is a member of an organisation the young person was introduced to (of the one
    /// introduction's organisation, when the gate was asked about one introduction).
    pub partner_link: bool,
    /// Consent found for the actor's audience, per consent part.
    pub consents: Vec<(Part, Consent)>,
    /// The actor has a running emergency access.
    pub emergency: bool,
    /// The gate was asked about one introduction's organisation.
    pub one_introduction: bool,
}

impl GateFacts<'_> {
    fn holds_in_municipality(&self, roles: &[Role]) -> bool {
        self.grants
            .iter()
            .any(|g| g.municipality_id == self.municipality_id && roles.contains(&g.role))
    }

    /// The actor's tie, before erasure is taken into account. A tie only counts within the young
    /// person's own municipality; professionals must still hold a professional role there; a
    /// partner has a tie through an introduction to their organisation and a partner role there.
    pub fn tie(&self) -> Tie {
        let in_municipality = self
            .grants
            .iter()
            .any(|g| g.municipality_id == self.municipality_id);
        let tie = match self.relation {
            Some((kind, authority)) if in_municipality => tie_of(Some(kind), Some(authority)),
            _ => Tie::None,
        };
        match tie {
            Tie::None if self.partner_link && self.holds_in_municipality(&[Role::Partner]) => {
                Tie::Partner
            }
            Tie::Professional
                if !self.holds_in_municipality(&[Role::Jeugdprofessional, Role::Teamleider]) =>
            {
                Tie::None
            }
            tie => tie,
        }
    }

    /// The facts for one part: after erasure nothing but the access log remains, kept (NEN 7513)
    /// for the municipality's privacy officer; every tie has ended, so nobody reads anything else.
    pub fn for_part(&self, tie: Tie, part: Part) -> Facts {
        let consent_part = part.consent_part();
        Facts {
            birth_date: self.birth_date,
            today: self.today,
            tie: if self.erased && part != Part::Log {
                Tie::None
            } else {
                tie
            },
            consent: self
                .consents
                .iter()
                .find(|(p, _)| *p == consent_part)
                .map(|(_, c)| *c)
                .unwrap_or_default(),
            emergency: self.emergency,
            one_introduction: self.one_introduction,
        }
    }

    /// The gate's decision for every wanted part and action, with the facts it was made on.
    pub fn evaluate(&self, wanted: &[(Part, Action)]) -> Vec<(Facts, Decision)> {
        let tie = self.tie();
        wanted
            .iter()
            .map(|(part, action)| {
                let facts = self.for_part(tie, *part);
                (facts, decide(&facts, *part, *action))
            })
            .collect()
    }
}

/// The role name the access log records for a tie.
pub fn log_role(tie: Tie, grants: &[Grant]) -> &'static str {
    let has = |role: Role| grants.iter().any(|g| g.role == role);
    match tie {
        Tie::Own => "jongere",
        Tie::Parent { .. } => "ouder",
        Tie::Network => "netwerklid",
        Tie::Partner => "partner",
        Tie::Professional if has(Role::Teamleider) && !has(Role::Jeugdprofessional) => "teamleider",
        Tie::Professional => "jeugdprofessional",
        Tie::None => Role::ALL
            .into_iter()
            .find(|r| has(*r))
            .map(|r| r.as_str())
            .unwrap_or("onbekend"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 28);

    fn facts(birth: Date, tie: Tie, by_young: bool, by_parent: bool, emergency: bool) -> Facts {
        Facts {
            birth_date: birth,
            today: TODAY,
            tie,
            consent: Consent {
                by_young,
                by_parent,
            },
            emergency,
            one_introduction: false,
        }
    }

    #[test]
    fn ages_turn_on_the_birthday() {
        assert_eq!(
            age_on(date!(2014 - 11 - 28), TODAY),
            12,
            "12th birthday today"
        );
        assert_eq!(
            age_on(date!(2014 - 11 - 29), TODAY),
            11,
            "12th birthday tomorrow"
        );
        assert_eq!(
            age_on(date!(2010 - 11 - 28), TODAY),
            16,
            "16th birthday today"
        );
        assert_eq!(
            age_on(date!(2010 - 11 - 29), TODAY),
            15,
            "16th birthday tomorrow"
        );
        assert_eq!(age_on(date!(2008 - 02 - 29), date!(2026 - 02 - 28)), 17);
        assert_eq!(age_on(date!(2008 - 02 - 29), date!(2026 - 03 - 01)), 18);
    }

    /// The table of the issue: age × tie × consent → allow/deny, for reading the plan.
    #[test]
    fn professional_reads_the_plan_only_with_the_consent_the_age_demands() {
        let eleven = date!(2014 - 11 - 29); // 11, turns 12 tomorrow
        let twelve = date!(2014 - 11 - 28); // 12 today
        let fifteen = date!(2010 - 11 - 29); // 15, turns 16 tomorrow
        let sixteen = date!(2010 - 11 - 28); // 16 today
        let p = Tie::Professional;
        #[rustfmt::skip]
        let cases: &[(Date, bool, bool, bool)] = &[
            // birth,  young, parent, allowed
            (eleven,   false, false, false),
            (eleven,   true,  false, false),
            (eleven,   false, true,  true),
            (twelve,   false, true,  false),
            (twelve,   true,  false, false),
            (twelve,   true,  true,  true),
            (fifteen,  true,  false, false),
            (fifteen,  true,  true,  true),
            (sixteen,  true,  false, true),
            (sixteen,  false, true,  false),
        ];
        for (birth, young, parent, allowed) in cases {
            let d = decide(
                &facts(*birth, p, *young, *parent, false),
                Part::Plan,
                Action::Read,
            );
            assert_eq!(
                d.is_ok(),
                *allowed,
                "born {birth}, young {young}, parent {parent}: {d:?}"
            );
        }
    }

    #[test]
    fn emergency_opens_reading_only() {
        let f = facts(date!(2012 - 01 - 01), Tie::Professional, false, false, true);
        assert_eq!(decide(&f, Part::Plan, Action::Read), Ok(Ground::Emergency));
        assert_eq!(
            decide(&f, Part::Plan, Action::Write),
            Err(Refusal::NoConsent)
        );
    }

    #[test]
    fn professionals_see_identity_but_never_change_consent() {
        let f = facts(
            date!(2012 - 01 - 01),
            Tie::Professional,
            false,
            false,
            false,
        );
        assert_eq!(
            decide(&f, Part::Identity, Action::Read),
            Ok(Ground::Involvement)
        );
        assert_eq!(
            decide(&f, Part::Sharing, Action::Write),
            Err(Refusal::NotPermitted)
        );
        assert_eq!(
            decide(&f, Part::Log, Action::Read),
            Err(Refusal::NotPermitted)
        );
    }

    #[test]
    fn parents_decide_under_12_and_only_see_what_is_shared_later() {
        let parent = Tie::Parent { authority: true };
        let young = facts(date!(2018 - 05 - 01), parent, false, false, false);
        assert_eq!(
            decide(&young, Part::Plan, Action::Write),
            Ok(Ground::ParentalAuthority)
        );
        assert_eq!(
            decide(&young, Part::Sharing, Action::Write),
            Ok(Ground::ParentalAuthority)
        );
        let teen = facts(date!(2011 - 05 - 01), parent, false, false, false);
        assert_eq!(
            decide(&teen, Part::Plan, Action::Read),
            Err(Refusal::NoConsent)
        );
        assert_eq!(
            decide(&teen, Part::Sharing, Action::Write),
            Ok(Ground::ParentalAuthority)
        );
        let shared = facts(date!(2011 - 05 - 01), parent, true, false, false);
        assert_eq!(
            decide(&shared, Part::Plan, Action::Read),
            Ok(Ground::Consent)
        );
        assert_eq!(
            decide(&shared, Part::Plan, Action::Write),
            Err(Refusal::NotPermitted)
        );
        let adult = facts(date!(2009 - 05 - 01), parent, false, false, false);
        assert_eq!(
            decide(&adult, Part::Sharing, Action::Write),
            Err(Refusal::NotPermitted)
        );
        assert_eq!(
            decide(&adult, Part::Log, Action::Read),
            Err(Refusal::NotPermitted)
        );
        let no_authority = facts(
            date!(2018 - 05 - 01),
            Tie::Parent { authority: false },
            false,
            false,
            false,
        );
        assert_eq!(
            decide(&no_authority, Part::Plan, Action::Read),
            Err(Refusal::NoConsent)
        );
    }

    #[test]
    fn network_members_see_only_what_was_shared_with_them() {
        let f = facts(date!(2011 - 05 - 01), Tie::Network, true, false, false);
        assert_eq!(decide(&f, Part::Network, Action::Read), Ok(Ground::Consent));
        assert_eq!(
            decide(&f, Part::Network, Action::Write),
            Err(Refusal::NotPermitted)
        );
        let not = facts(date!(2011 - 05 - 01), Tie::Network, false, false, false);
        assert_eq!(
            decide(&not, Part::Plan, Action::Read),
            Err(Refusal::NoConsent)
        );
        assert_eq!(
            decide(&not, Part::Log, Action::Read),
            Err(Refusal::NotPermitted)
        );
    }

    #[test]
    fn the_young_person_owns_their_data_but_consent_waits_until_12() {
        let eleven = facts(date!(2015 - 05 - 01), Tie::Own, false, false, false);
        assert_eq!(decide(&eleven, Part::Plan, Action::Write), Ok(Ground::Own));
        assert_eq!(
            decide(&eleven, Part::Sharing, Action::Write),
            Err(Refusal::NotPermitted)
        );
        let twelve = facts(date!(2014 - 05 - 01), Tie::Own, false, false, false);
        assert_eq!(
            decide(&twelve, Part::Sharing, Action::Write),
            Ok(Ground::Own)
        );
        assert_eq!(
            decide(&twelve, Part::Notes, Action::Write),
            Err(Refusal::NotPermitted)
        );
        assert_eq!(decide(&twelve, Part::Log, Action::Read), Ok(Ground::Own));
    }

    #[test]
    fn assigned_actions_are_open_to_their_owner() {
        let f = facts(date!(2011 - 05 - 01), Tie::Network, false, false, false);
        assert_eq!(
            decide(&f, Part::Actions, Action::Write),
            Ok(Ground::Assigned)
        );
        assert_eq!(
            decide(&f, Part::Plan, Action::Read),
            Err(Refusal::NoConsent)
        );
        // A professional given an action needs no consent for "actions": none can be recorded.
        let professional = facts(
            date!(2011 - 05 - 01),
            Tie::Professional,
            false,
            false,
            false,
        );
        assert_eq!(
            decide(&professional, Part::Actions, Action::Read),
            Ok(Ground::Assigned)
        );
        assert_eq!(
            decide(&professional, Part::Actions, Action::Write),
            Ok(Ground::Assigned)
        );
        assert_eq!(
            decide(&professional, Part::Actions, Action::Export),
            Err(Refusal::NotPermitted)
        );
        let stranger = facts(date!(2011 - 05 - 01), Tie::None, false, false, false);
        assert_eq!(
            decide(&stranger, Part::Actions, Action::Read),
            Err(Refusal::NoTie)
        );
    }

    #[test]
    fn partners_see_introductions_only() {
        let f = facts(date!(2011 - 05 - 01), Tie::Partner, true, true, false);
        assert_eq!(
            decide(&f, Part::Introduction, Action::Read),
            Ok(Ground::Introduced)
        );
        assert_eq!(
            decide(&f, Part::Introduction, Action::Export),
            Err(Refusal::NotPermitted)
        );
        for part in [
            Part::Identity,
            Part::Plan,
            Part::Network,
            Part::Introductions,
            Part::Log,
            Part::Sharing,
            Part::Barriers,
        ] {
            assert_eq!(
                decide(&f, part, Action::Read),
                Err(Refusal::NotPermitted),
                "{part:?}"
            );
        }
        // From one introduction a partner may raise what stopped it as a barrier; asked about
        // the young person at large, not; and nothing else changes either way.
        assert_eq!(
            decide(&f, Part::Barriers, Action::Write),
            Err(Refusal::NotPermitted)
        );
        let one = Facts {
            one_introduction: true,
            ..f
        };
        assert_eq!(
            decide(&one, Part::Barriers, Action::Write),
            Ok(Ground::Introduced)
        );
        assert_eq!(
            decide(&one, Part::Barriers, Action::Read),
            Err(Refusal::NotPermitted)
        );
        for part in [Part::Plan, Part::Network, Part::Sharing] {
            assert_eq!(
                decide(&f, part, Action::Write),
                Err(Refusal::NotPermitted),
                "{part:?}"
            );
        }
        let professional = facts(date!(2011 - 05 - 01), Tie::Professional, true, true, false);
        assert_eq!(
            decide(&professional, Part::Introduction, Action::Write),
            Ok(Ground::Consent)
        );
        let without = facts(date!(2011 - 05 - 01), Tie::Professional, true, false, false);
        assert_eq!(
            decide(&without, Part::Introduction, Action::Read),
            Err(Refusal::NoConsent)
        );
    }

    #[test]
    fn barriers_are_raised_from_12_and_by_a_parent_under_16() {
        let child = date!(2017 - 05 - 01); // 9
        let young = date!(2012 - 05 - 01); // 14
        let older = date!(2009 - 05 - 01); // 17
        let own = |b| facts(b, Tie::Own, false, false, false);
        let parent = |b| facts(b, Tie::Parent { authority: true }, false, false, false);
        assert_eq!(
            decide(&own(child), Part::Barriers, Action::Write),
            Err(Refusal::NotPermitted)
        );
        assert_eq!(
            decide(&own(child), Part::Barriers, Action::Read),
            Ok(Ground::Own)
        );
        assert_eq!(
            decide(&own(young), Part::Barriers, Action::Write),
            Ok(Ground::Own)
        );
        for b in [child, young] {
            assert_eq!(
                decide(&parent(b), Part::Barriers, Action::Write),
                Ok(Ground::ParentalAuthority)
            );
        }
        assert_eq!(
            decide(&parent(older), Part::Barriers, Action::Write),
            Err(Refusal::NotPermitted)
        );
        let team = facts(young, Tie::Professional, true, true, false);
        assert_eq!(
            decide(&team, Part::Barriers, Action::Write),
            Ok(Ground::Consent)
        );
        let unshared = facts(young, Tie::Professional, true, false, false);
        assert_eq!(
            decide(&unshared, Part::Barriers, Action::Write),
            Err(Refusal::NoConsent)
        );
        let partner = facts(young, Tie::Partner, true, true, false);
        assert_eq!(
            decide(&partner, Part::Barriers, Action::Read),
            Err(Refusal::NotPermitted)
        );
    }

    #[test]
    fn every_part_reads_back_from_its_stored_name() {
        for part in Part::ALL {
            assert_eq!(Part::parse(part.as_str()), Some(part));
        }
    }

    #[test]
    fn strangers_get_nothing() {
        let f = facts(date!(2011 - 05 - 01), Tie::None, true, true, true);
        for part in [Part::Identity, Part::Plan, Part::Log] {
            assert_eq!(decide(&f, part, Action::Read), Err(Refusal::NoTie));
        }
    }

    fn grant(role: Role, municipality_id: &str) -> Grant {
        Grant {
            role,
            municipality_id: municipality_id.to_string(),
            team_id: None,
        }
    }

    fn gate<'a>(grants: &'a [Grant], relation: Option<(&'a str, bool)>) -> GateFacts<'a> {
        GateFacts {
            grants,
            municipality_id: "m1",
            birth_date: date!(2011 - 05 - 01),
            today: TODAY,
            erased: false,
            relation,
            partner_link: false,
            consents: Vec::new(),
            emergency: false,
            one_introduction: false,
        }
    }

    /// The tie: relation × the actor's roles and where they hold them × the partner link.
    #[test]
    fn the_tie_counts_only_inside_the_young_persons_municipality() {
        use Role::*;
        let parent = Tie::Parent { authority: true };
        #[rustfmt::skip]
        let cases: &[(&[(Role, &str)], Option<(&str, bool)>, bool, Tie)] = &[
            // grants,                              relation,                 partner link, tie
            (&[(Jongere, "m1")],                     Some(("self", false)),    false, Tie::Own),
            (&[(Jongere, "m2")],                     Some(("self", false)),    false, Tie::None),
            (&[(Ouder, "m1")],                       Some(("parent", true)),   false, parent),
            (&[(Ouder, "m1")],                       Some(("parent", false)),  false, Tie::Parent { authority: false }),
            (&[(Netwerklid, "m1")],                  Some(("network", false)), false, Tie::Network),
            (&[(Jeugdprofessional, "m1")],           Some(("professional", false)), false, Tie::Professional),
            (&[(Teamleider, "m1")],                  Some(("professional", false)), false, Tie::Professional),
            // a professional relation needs a professional role in the municipality itself
            (&[(Jeugdprofessional, "m2"), (Ouder, "m1")], Some(("professional", false)), false, Tie::None),
            (&[(Beheerder, "m1")],                   Some(("professional", false)), false, Tie::None),
            (&[(Jeugdprofessional, "m1")],           None,                     false, Tie::None),
            (&[(Beheerder, "m1")],                   Some(("unknown", false)), false, Tie::None),
            // a partner: introduced to their organisation and a partner role there
            (&[(Partner, "m1")],                     None,                     true,  Tie::Partner),
            (&[(Partner, "m2")],                     None,                     true,  Tie::None),
            (&[(Partner, "m2"), (Ouder, "m1")],      None,                     true,  Tie::None),
            (&[(Partner, "m1")],                     None,                     false, Tie::None),
            // a relation of their own comes first
            (&[(Partner, "m1"), (Netwerklid, "m1")], Some(("network", false)), true,  Tie::Network),
            (&[],                                    Some(("self", false)),    true,  Tie::None),
        ];
        for (roles, relation, link, want) in cases {
            let grants: Vec<Grant> = roles.iter().map(|(r, m)| grant(*r, m)).collect();
            let facts = GateFacts {
                partner_link: *link,
                ..gate(&grants, *relation)
            };
            assert_eq!(facts.tie(), *want, "{roles:?} {relation:?} link {link}");
        }
    }

    /// The whole gate, from loaded facts to the decision per part.
    #[test]
    fn the_gate_decides_from_the_loaded_facts() {
        use Role::*;
        let pro = [grant(Jeugdprofessional, "m1")];
        let partner = [grant(Partner, "m1")];
        let own = [grant(Jongere, "m1")];
        let elsewhere = [grant(Jeugdprofessional, "m2")];
        let both = Consent {
            by_young: true,
            by_parent: true,
        };
        let young_only = Consent {
            by_young: true,
            by_parent: false,
        };
        let (read, write) = (Action::Read, Action::Write);
        #[rustfmt::skip]
        let cases: Vec<(GateFacts, Part, Action, Decision)> = vec![
            // professional, 15 years old: the team's consent must come from both
            (gate(&pro, Some(("professional", false))), Part::Plan, read, Err(Refusal::NoConsent)),
            (GateFacts { consents: vec![(Part::Plan, young_only)], ..gate(&pro, Some(("professional", false))) },
                Part::Plan, read, Err(Refusal::NoConsent)),
            (GateFacts { consents: vec![(Part::Plan, both)], ..gate(&pro, Some(("professional", false))) },
                Part::Plan, read, Ok(Ground::Consent)),
            // consent for another part does not count
            (GateFacts { consents: vec![(Part::Network, both)], ..gate(&pro, Some(("professional", false))) },
                Part::Plan, read, Err(Refusal::NoConsent)),
            // introductions follow the plan's consent
            (GateFacts { consents: vec![(Part::Plan, both)], ..gate(&pro, Some(("professional", false))) },
                Part::Introductions, write, Ok(Ground::Consent)),
            // 16: the young person alone
            (GateFacts { birth_date: date!(2010 - 11 - 28), consents: vec![(Part::Plan, young_only)],
                ..gate(&pro, Some(("professional", false))) }, Part::Plan, read, Ok(Ground::Consent)),
            // emergency: reading without consent, never writing
            (GateFacts { emergency: true, ..gate(&pro, Some(("professional", false))) },
                Part::Plan, read, Ok(Ground::Emergency)),
            (GateFacts { emergency: true, ..gate(&pro, Some(("professional", false))) },
                Part::Plan, write, Err(Refusal::NoConsent)),
            // a professional role elsewhere is no tie here
            (gate(&elsewhere, Some(("professional", false))),
                Part::Identity, read, Err(Refusal::NoTie)),
            // partners: one introduction, nothing else; without the link, no tie
            (GateFacts { partner_link: true, ..gate(&partner, None) }, Part::Introduction, read, Ok(Ground::Introduced)),
            (GateFacts { partner_link: true, ..gate(&partner, None) }, Part::Identity, read, Err(Refusal::NotPermitted)),
            (gate(&partner, None), Part::Introduction, read, Err(Refusal::NoTie)),
            // after erasure only the log remains
            (GateFacts { erased: true, ..gate(&own, Some(("self", false))) }, Part::Plan, read, Err(Refusal::NoTie)),
            (GateFacts { erased: true, ..gate(&own, Some(("self", false))) }, Part::Log, read, Ok(Ground::Own)),
            (gate(&own, Some(("self", false))), Part::Plan, read, Ok(Ground::Own)),
        ];
        for (i, (facts, part, action, want)) in cases.iter().enumerate() {
            let got = facts.evaluate(&[(*part, *action)]);
            assert_eq!(got.len(), 1);
            assert_eq!(got[0].1, *want, "case {i}: {part:?} {action:?}");
        }
    }

    #[test]
    fn several_parts_are_decided_on_one_set_of_facts() {
        let pro = [grant(Role::Jeugdprofessional, "m1")];
        let both = Consent {
            by_young: true,
            by_parent: true,
        };
        let facts = GateFacts {
            consents: vec![(Part::Ratings, both)],
            ..gate(&pro, Some(("professional", false)))
        };
        let got = facts.evaluate(&[
            (Part::Plan, Action::Read),
            (Part::Ratings, Action::Read),
            (Part::Identity, Action::Read),
        ]);
        let decisions: Vec<Decision> = got.iter().map(|(_, d)| *d).collect();
        assert_eq!(
            decisions,
            [
                Err(Refusal::NoConsent),
                Ok(Ground::Consent),
                Ok(Ground::Involvement)
            ]
        );
        assert!(got.iter().all(|(f, _)| f.tie == Tie::Professional));
    }

    #[test]
    fn the_log_names_the_role_the_actor_acted_in() {
        use Role::*;
        let g = |roles: &[Role]| roles.iter().map(|r| grant(*r, "m1")).collect::<Vec<_>>();
        #[rustfmt::skip]
        let cases: &[(Tie, &[Role], &str)] = &[
            (Tie::Own, &[Jongere], "jongere"),
            (Tie::Parent { authority: false }, &[Ouder], "ouder"),
            (Tie::Network, &[Netwerklid], "netwerklid"),
            (Tie::Partner, &[Partner], "partner"),
            (Tie::Professional, &[Jeugdprofessional], "jeugdprofessional"),
            (Tie::Professional, &[Teamleider], "teamleider"),
            (Tie::Professional, &[Teamleider, Jeugdprofessional], "jeugdprofessional"),
            (Tie::None, &[Beheerder, Ouder], "ouder"),
            (Tie::None, &[], "onbekend"),
        ];
        for (tie, roles, want) in cases {
            assert_eq!(log_role(*tie, &g(roles)), *want, "{tie:?} {roles:?}");
        }
    }
}
