//! The introduction's life (pure): who may move it from which status to which, and with which
//! reason. The same rules serve the young person, the professional and the partner.

/// Status of an introduction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Proposed to the partner (*voorgesteld*).
    Proposed,
    /// The partner said yes.
    Accepted,
    /// The partner said no, with a reason.
    Declined,
    /// First contact made (*contact gelegd*).
    ContactMade,
    /// Started (*gestart*).
    Started,
    /// Still running after three months (*loopt nog na 3 maanden*).
    StillRunning,
    /// Ended, with a reason.
    Ended,
}

impl Status {
    /// Every status, in order.
    pub const ALL: [Status; 7] = [
        Status::Proposed,
        Status::Accepted,
        Status::Declined,
        Status::ContactMade,
        Status::Started,
        Status::StillRunning,
        Status::Ended,
    ];

    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Proposed => "proposed",
            Status::Accepted => "accepted",
            Status::Declined => "declined",
            Status::ContactMade => "contact_made",
            Status::Started => "started",
            Status::StillRunning => "still_running",
            Status::Ended => "ended",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Translation id.
    pub fn label_id(self) -> String {
        format!("intro-status-{}", self.as_str().replace('_', "-"))
    }

    /// No further steps.
    pub fn is_final(self) -> bool {
        matches!(self, Status::Declined | Status::Ended)
    }
}

/// Why an introduction was declined or ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// No place (*geen plek*).
    NoPlace,
    /// Does not fit (*past niet*).
    NoFit,
    /// Stopped (*gestopt*).
    Stopped,
    /// No contact (*geen contact*).
    NoContact,
}

impl Reason {
    /// Every reason.
    pub const ALL: [Reason; 4] = [
        Reason::NoPlace,
        Reason::NoFit,
        Reason::Stopped,
        Reason::NoContact,
    ];

    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::NoPlace => "no_place",
            Reason::NoFit => "no_fit",
            Reason::Stopped => "stopped",
            Reason::NoContact => "no_contact",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<Reason> {
        Reason::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Translation id.
    pub fn label_id(self) -> String {
        format!("intro-reason-{}", self.as_str().replace('_', "-"))
    }
}

/// Who moves the introduction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The young person (or a parent for a child under 12).
    Young,
    /// The involved professional.
    Professional,
    /// The partner of the organisation.
    Partner,
}

impl Side {
    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Young => "young",
            Side::Professional => "professional",
            Side::Partner => "partner",
        }
    }
}

/// Why a change is refused; each maps to a translated message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// That step does not follow from the current status.
    NotNext,
    /// Only the partner says yes or no.
    PartnerDecides,
    /// A decline or an end needs a reason.
    ReasonNeeded,
    /// "Still running" is for three months after the start.
    TooEarly,
    /// Only a decline or an end has a reason.
    NoReasonHere,
}

impl Refused {
    /// Translation id of the message.
    pub fn message_id(self) -> &'static str {
        match self {
            Refused::NotNext => "intro-refused-not-next",
            Refused::PartnerDecides => "intro-refused-partner-decides",
            Refused::ReasonNeeded => "intro-refused-reason",
            Refused::TooEarly => "intro-refused-too-early",
            Refused::NoReasonHere => "intro-refused-no-reason-here",
        }
    }
}

/// Days after the start when the introduction counts as lasting.
pub const LASTING_DAYS: i64 = 90;

/// Whether `side` may move an introduction from `from` to `to` (with `reason`); `days_started` is
/// the number of days since it started, when it did.
pub fn may_move(
    from: Status,
    to: Status,
    side: Side,
    reason: Option<Reason>,
    days_started: Option<i64>,
) -> Result<(), Refused> {
    use Status::*;
    if from.is_final() {
        return Err(Refused::NotNext);
    }
    let next = match from {
        Proposed => matches!(to, Accepted | Declined | Ended),
        Accepted => matches!(to, ContactMade | Ended),
        ContactMade => matches!(to, Started | Ended),
        Started => matches!(to, StillRunning | Ended),
        StillRunning => matches!(to, Ended),
        Declined | Ended => false,
    };
    if !next {
        return Err(Refused::NotNext);
    }
    if matches!(to, Accepted | Declined) && side != Side::Partner {
        return Err(Refused::PartnerDecides);
    }
    if matches!(to, Declined | Ended) && reason.is_none() {
        return Err(Refused::ReasonNeeded);
    }
    if !matches!(to, Declined | Ended) && reason.is_some() {
        return Err(Refused::NoReasonHere);
    }
    if to == StillRunning && days_started.is_none_or(|d| d < LASTING_DAYS) {
        return Err(Refused::TooEarly);
    }
    Ok(())
}

/// The steps `side` may take from `from` now (for the buttons on the page).
pub fn next_steps(from: Status, side: Side, days_started: Option<i64>) -> Vec<Status> {
    Status::ALL
        .into_iter()
        .filter(|to| {
            let reason = matches!(to, Status::Declined | Status::Ended).then_some(Reason::NoFit);
            may_move(from, *to, side, reason, days_started).is_ok()
        })
        .collect()
}

/// Who reads the page, for the sentence that says what happens next and who takes that step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Viewer {
    /// The young person themselves.
    Own,
    /// A parent, the professional or anyone else with the young person.
    Other,
    /// The partner of the organisation.
    Partner,
}

/// The translation id of "what happens next, and who takes the step" for an introduction in
/// `status`; `no_contact` when the young person does not want the club to contact them. None when
/// nothing follows.
pub fn next_hint(status: Status, viewer: Viewer, no_contact: bool) -> Option<&'static str> {
    use Status::*;
    use Viewer::*;
    Some(match (status, viewer) {
        (Proposed, Own) => "intro-next-proposed-own",
        (Proposed, Other) => "intro-next-proposed-other",
        (Proposed, Partner) => "intro-next-proposed-partner",
        (Accepted, Own) if no_contact => "intro-next-accepted-own-via",
        (Accepted, Own) => "intro-next-accepted-own",
        (Accepted, Other) if no_contact => "intro-next-accepted-other-via",
        (Accepted, Other) => "intro-next-accepted-other",
        (Accepted, Partner) => "intro-next-accepted-partner",
        (ContactMade, Own) => "intro-next-contact-own",
        (ContactMade, Other) => "intro-next-contact-other",
        (ContactMade, Partner) => "intro-next-contact-partner",
        (Started, Own) => "intro-next-started-own",
        (Started, _) => "intro-next-started-other",
        (StillRunning | Declined | Ended, _) => return None,
    })
}

/// The step that moves an introduction forward (the page's one primary button); stopping and
/// saying no are the other steps, behind their own disclosure.
pub fn is_forward(s: Status) -> bool {
    !s.is_final()
}

/// The partner may reach the young person (or the professional) once they said yes, until it ends.
pub fn partner_may_contact(status: Status) -> bool {
    matches!(
        status,
        Status::Accepted | Status::ContactMade | Status::Started | Status::StillRunning
    )
}

#[cfg(test)]
mod tests {
    use super::Status::*;
    use super::*;

    #[test]
    fn the_happy_path() {
        assert_eq!(
            may_move(Proposed, Accepted, Side::Partner, None, None),
            Ok(())
        );
        assert_eq!(
            may_move(Accepted, ContactMade, Side::Young, None, None),
            Ok(())
        );
        assert_eq!(
            may_move(ContactMade, Started, Side::Professional, None, None),
            Ok(())
        );
        assert_eq!(
            may_move(Started, StillRunning, Side::Partner, None, Some(91)),
            Ok(())
        );
        assert_eq!(
            may_move(
                StillRunning,
                Ended,
                Side::Young,
                Some(Reason::Stopped),
                Some(200)
            ),
            Ok(())
        );
    }

    #[test]
    fn only_a_decline_or_an_end_has_a_reason() {
        assert_eq!(
            may_move(Proposed, Accepted, Side::Partner, Some(Reason::NoFit), None),
            Err(Refused::NoReasonHere)
        );
    }

    #[test]
    fn refusals() {
        assert_eq!(
            may_move(Proposed, Accepted, Side::Professional, None, None),
            Err(Refused::PartnerDecides)
        );
        assert_eq!(
            may_move(Proposed, Declined, Side::Partner, None, None),
            Err(Refused::ReasonNeeded)
        );
        assert_eq!(
            may_move(Proposed, Started, Side::Partner, None, None),
            Err(Refused::NotNext)
        );
        assert_eq!(
            may_move(Started, StillRunning, Side::Young, None, Some(30)),
            Err(Refused::TooEarly)
        );
        assert_eq!(
            may_move(Declined, Accepted, Side::Partner, None, None),
            Err(Refused::NotNext)
        );
        assert_eq!(
            may_move(Ended, Started, Side::Young, None, None),
            Err(Refused::NotNext)
        );
    }

    #[test]
    fn buttons_follow_the_rules() {
        assert_eq!(
            next_steps(Proposed, Side::Partner, None),
            vec![Accepted, Declined, Ended]
        );
        assert_eq!(next_steps(Proposed, Side::Young, None), vec![Ended]);
        assert_eq!(next_steps(Started, Side::Young, Some(10)), vec![Ended]);
        assert_eq!(
            next_steps(Started, Side::Young, Some(120)),
            vec![StillRunning, Ended]
        );
        assert!(next_steps(Ended, Side::Partner, None).is_empty());
    }

    #[test]
    fn every_open_stage_says_who_is_next() {
        for status in [Proposed, Accepted, ContactMade, Started] {
            for viewer in [Viewer::Own, Viewer::Other, Viewer::Partner] {
                assert!(
                    next_hint(status, viewer, false).is_some(),
                    "{status:?} {viewer:?}"
                );
            }
        }
        assert_eq!(
            next_hint(Accepted, Viewer::Own, true),
            Some("intro-next-accepted-own-via"),
            "without contact the professional arranges the first time"
        );
        assert_eq!(next_hint(Ended, Viewer::Partner, false), None);
        assert!(!partner_may_contact(Proposed) && partner_may_contact(Accepted));
        assert!(!partner_may_contact(Declined));
    }
}
