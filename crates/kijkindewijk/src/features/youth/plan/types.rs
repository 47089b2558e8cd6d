//! Values of the plan that travel as text (in forms and in the database), parsed once into types.

/// The state of an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionStatus {
    /// Still to do.
    Open,
    /// Done.
    Done,
    /// No longer needed.
    Cancelled,
}

impl ActionStatus {
    /// Reads a stored or posted status.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "open" => Some(ActionStatus::Open),
            "done" => Some(ActionStatus::Done),
            "cancelled" => Some(ActionStatus::Cancelled),
            _ => None,
        }
    }

    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::Done => "done",
            ActionStatus::Cancelled => "cancelled",
        }
    }
}

/// The state of a goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalStatus {
    /// Being worked on.
    Active,
    /// Reached.
    Achieved,
    /// Given up; no longer counts in the T-score.
    Stopped,
}

impl GoalStatus {
    /// Reads a stored status.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "active" => Some(GoalStatus::Active),
            "achieved" => Some(GoalStatus::Achieved),
            "stopped" => Some(GoalStatus::Stopped),
            _ => None,
        }
    }

    /// Whether a goal with this stored status counts in the T-score (everything but stopped).
    pub fn counts(stored: &str) -> bool {
        GoalStatus::parse(stored) != Some(GoalStatus::Stopped)
    }
}

/// Who takes an action, as chosen on the action form: the young person, one of their relations
/// (`rel:<id>`), or a partner named on the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Owner {
    /// The young person.
    Young,
    /// A relation of the young person.
    Relation(String),
    /// A partner outside the network, named on the form.
    Partner,
}

impl Owner {
    const RELATION_PREFIX: &'static str = "rel:";

    /// Reads a posted choice.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "young" => Some(Owner::Young),
            "partner" => Some(Owner::Partner),
            other => other
                .strip_prefix(Self::RELATION_PREFIX)
                .filter(|id| !id.is_empty())
                .map(|id| Owner::Relation(id.to_string())),
        }
    }

    /// The value of the choice in the form.
    pub fn value(&self) -> String {
        match self {
            Owner::Young => "young".to_string(),
            Owner::Partner => "partner".to_string(),
            Owner::Relation(id) => format!("{}{id}", Self::RELATION_PREFIX),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_statuses() {
        for s in [
            ActionStatus::Open,
            ActionStatus::Done,
            ActionStatus::Cancelled,
        ] {
            assert_eq!(ActionStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(ActionStatus::parse("Done"), None);
        assert_eq!(ActionStatus::parse(""), None);
    }

    #[test]
    fn goal_statuses() {
        assert_eq!(GoalStatus::parse("achieved"), Some(GoalStatus::Achieved));
        assert!(GoalStatus::counts("active"));
        assert!(GoalStatus::counts("achieved"));
        assert!(!GoalStatus::counts("stopped"));
    }

    #[test]
    fn owners() {
        assert_eq!(Owner::parse("young"), Some(Owner::Young));
        assert_eq!(Owner::parse("partner"), Some(Owner::Partner));
        assert_eq!(Owner::parse("rel:abc"), Some(Owner::Relation("abc".into())));
        assert_eq!(Owner::parse("rel:"), None);
        assert_eq!(Owner::parse("abc"), None);
        for o in [Owner::Young, Owner::Partner, Owner::Relation("r1".into())] {
            assert_eq!(Owner::parse(&o.value()), Some(o));
        }
    }
}
