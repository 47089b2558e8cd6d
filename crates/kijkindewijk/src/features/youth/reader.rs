//! Who reads a young person's pages, derived once from the gate's tie, and the tabs that reader can
//! open. Every page about a young person gets a [`Nav`]: its templates pick their words by
//! [`Reader`] (the young person hears "jij", a parent or professional reads about the young person
//! by name) and show only the tabs the gate would let this reader open.

use crate::access::rules::{Decision, Refusal};
use crate::access::{self, Access, Actor, Part, Tie};
use crate::error::AppResult;
use crate::state::AppState;

/// The person reading a young person's page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    /// The young person themselves.
    Own,
    /// A parent.
    Parent,
    /// An invited network member.
    Network,
    /// An involved professional.
    Professional,
    /// A partner of an organisation the young person was introduced to.
    Partner,
}

impl Reader {
    /// The reader for the gate's tie.
    pub fn of(tie: Tie) -> Reader {
        match tie {
            Tie::Own => Reader::Own,
            Tie::Parent { .. } => Reader::Parent,
            Tie::Network => Reader::Network,
            Tie::Professional => Reader::Professional,
            Tie::Partner | Tie::None => Reader::Partner,
        }
    }

    /// The message for this reader: the young person's own words, a parent's, or those for
    /// everyone else (who read about the young person by name).
    pub fn pick(
        self,
        own: &'static str,
        parent: &'static str,
        other: &'static str,
    ) -> &'static str {
        match self {
            Reader::Own => own,
            Reader::Parent => parent,
            _ => other,
        }
    }

    /// True for the young person.
    pub fn is_own(self) -> bool {
        self == Reader::Own
    }

    /// True for a parent.
    pub fn is_parent(self) -> bool {
        self == Reader::Parent
    }

    /// True for an involved professional.
    pub fn is_professional(self) -> bool {
        self == Reader::Professional
    }
}

/// The tabs of a young person's pages, for one reader.
#[derive(Clone, Debug)]
pub struct Nav {
    /// The young person's id.
    pub id: String,
    /// Their first name, for the pages that speak about them.
    pub first_name: String,
    /// Who reads.
    pub reader: Reader,
    /// Plan.
    pub plan: bool,
    /// Hindernissen.
    pub barriers: bool,
    /// Netwerk.
    pub network: bool,
    /// Introducties.
    pub introductions: bool,
    /// Notities.
    pub notes: bool,
    /// Wie ziet wat.
    pub sharing: bool,
    /// Logboek.
    pub log: bool,
    /// Mijn gegevens (the rights: the young person's, under 16 also a parent's with authority).
    pub rights: bool,
}

impl Nav {
    /// The message for this reader (see [`Reader::pick`]).
    pub fn pick(
        &self,
        own: &'static str,
        parent: &'static str,
        other: &'static str,
    ) -> &'static str {
        self.reader.pick(own, parent, other)
    }
}

/// The parts behind the tabs, in the order of [`Nav`]'s fields.
const TABS: [Part; 7] = [
    Part::Plan,
    Part::Barriers,
    Part::Network,
    Part::Introductions,
    Part::Notes,
    Part::Sharing,
    Part::Log,
];

/// Whether a tab is shown (pure): where the gate lets the reader in, and for an involved
/// professional also where the team was not given the part yet: that page says so and offers to
/// ask for consent. Anything else would end in a refusal, so it is not offered.
pub fn tab_shown(reader: Reader, part: Part, decision: Decision) -> bool {
    match decision {
        Ok(_) => true,
        Err(Refusal::NoConsent) => {
            reader == Reader::Professional
                && matches!(part, Part::Plan | Part::Network | Part::Notes)
        }
        Err(_) => false,
    }
}

/// The tabs (pure), from the gate's decisions for [`TABS`].
pub fn tabs(access: &Access, decisions: &[Decision]) -> Nav {
    let reader = Reader::of(access.tie);
    let shown = |i: usize| {
        decisions
            .get(i)
            .is_some_and(|d| tab_shown(reader, TABS[i], *d))
    };
    Nav {
        id: access.young.id.clone(),
        first_name: access.young.first_name.clone(),
        reader,
        plan: shown(0),
        barriers: shown(1),
        network: shown(2),
        introductions: shown(3),
        notes: shown(4),
        sharing: shown(5),
        log: shown(6),
        // The rights page is the young person's, and under 16 also a parent's with authority.
        rights: access.tie == Tie::Own
            || (access.tie == (Tie::Parent { authority: true }) && shown(6)),
    }
}

/// The tabs for the reader the gate let in with `access` (one query, no log line: nothing of the
/// young person's data is read).
pub async fn nav(app: &AppState, actor: &Actor, access: &Access) -> AppResult<Nav> {
    let decisions = access::reach(app, actor, &access.young.id, &TABS).await?;
    Ok(tabs(access, &decisions))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::rules::Ground;

    #[test]
    fn a_refused_tab_is_not_offered_except_to_ask_for_consent() {
        let ok: Decision = Ok(Ground::Consent);
        let no_consent: Decision = Err(Refusal::NoConsent);
        let never: Decision = Err(Refusal::NotPermitted);
        assert!(tab_shown(Reader::Parent, Part::Plan, ok));
        assert!(!tab_shown(Reader::Parent, Part::Plan, no_consent));
        assert!(!tab_shown(Reader::Network, Part::Notes, never));
        assert!(tab_shown(Reader::Professional, Part::Plan, no_consent));
        assert!(tab_shown(Reader::Professional, Part::Notes, no_consent));
        assert!(!tab_shown(Reader::Professional, Part::Log, never));
    }

    #[test]
    fn each_reader_reads_their_own_words() {
        let pick = |r: Reader| r.pick("own", "parent", "other");
        assert_eq!(pick(Reader::Own), "own");
        assert_eq!(pick(Reader::Parent), "parent");
        assert_eq!(pick(Reader::Professional), "other");
        assert_eq!(pick(Reader::Network), "other");
        assert_eq!(Reader::of(Tie::Parent { authority: false }), Reader::Parent);
    }
}
