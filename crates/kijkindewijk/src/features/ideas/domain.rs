//! Pure rules of "Weet jij hoe?": the idea form, moderation states and what may follow what, the
//! report threshold, the official answer's states, and similar ideas by shared words.

use std::collections::HashSet;

use crate::error::FieldErrors;

/// Reports after which a shown idea is hidden until a redacteur looks.
pub const REPORT_THRESHOLD: i64 = 3;
/// Longest title.
pub const MAX_TITLE: usize = 150;
/// Longest text of an idea or an answer.
pub const MAX_BODY: usize = 5_000;

/// Where an idea stands in moderation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Waiting for a redacteur.
    Pending,
    /// Shown to everyone.
    Published,
    /// Hidden after reports until a redacteur looks.
    Hidden,
    /// Not shown (against the house rules).
    Rejected,
}

impl Status {
    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Published => "published",
            Status::Hidden => "hidden",
            Status::Rejected => "rejected",
        }
    }
    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<Status> {
        [
            Status::Pending,
            Status::Published,
            Status::Hidden,
            Status::Rejected,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
    }
}

/// A redacteur's moderation decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Show it.
    Publish,
    /// Do not show it.
    Reject,
}

impl Decision {
    /// From the form.
    pub fn parse(s: &str) -> Option<Decision> {
        match s {
            "publish" => Some(Decision::Publish),
            "reject" => Some(Decision::Reject),
            _ => None,
        }
    }
}

/// The status after a decision; `None` when the decision does not apply (nothing changes).
pub fn decide(from: Status, d: Decision) -> Option<Status> {
    match (from, d) {
        (Status::Pending | Status::Hidden | Status::Rejected, Decision::Publish) => {
            Some(Status::Published)
        }
        (Status::Pending | Status::Hidden | Status::Published, Decision::Reject) => {
            Some(Status::Rejected)
        }
        _ => None,
    }
}

/// After a new report: a shown idea with `reports` reports at or past the threshold is hidden.
pub fn after_report(from: Status, reports: i64) -> Status {
    if from == Status::Published && reports >= REPORT_THRESHOLD {
        Status::Hidden
    } else {
        from
    }
}

/// Only shown ideas can be supported, reported or followed by the public.
pub fn is_public(s: Status) -> bool {
    s == Status::Published
}

/// The official answer's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerState {
    /// In overweging.
    Considering,
    /// Wordt uitgevoerd.
    InProgress,
    /// Uitgevoerd.
    Done,
    /// Niet haalbaar (with a reason).
    NotFeasible,
}

impl AnswerState {
    /// Every state, in the order of the form.
    pub const ALL: [AnswerState; 4] = [
        AnswerState::Considering,
        AnswerState::InProgress,
        AnswerState::Done,
        AnswerState::NotFeasible,
    ];
    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            AnswerState::Considering => "considering",
            AnswerState::InProgress => "in_progress",
            AnswerState::Done => "done",
            AnswerState::NotFeasible => "not_feasible",
        }
    }
    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<AnswerState> {
        AnswerState::ALL.into_iter().find(|x| x.as_str() == s)
    }
    /// Message id of the label.
    pub fn label_id(self) -> String {
        format!("idea-answer-{}", self.as_str().replace('_', "-"))
    }
}

/// The idea form as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct IdeaForm {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub wijk: String,
    #[serde(default)]
    pub email: String,
    /// `voorbeeld` (preview) or `versturen` (send).
    #[serde(default)]
    pub stap: String,
}

/// A checked idea.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewIdea {
    pub title: String,
    pub body: String,
    pub wijk_id: String,
    pub email: Option<String>,
}

/// Checks the form; `wijken` are the ids one may choose.
pub fn check_idea(f: &IdeaForm, wijken: &[String]) -> Result<NewIdea, FieldErrors> {
    let mut e = FieldErrors::new();
    let title = f.title.trim().to_string();
    if title.is_empty() {
        e.add("title", "idea-error-title");
    } else if title.chars().count() > MAX_TITLE {
        e.add("title", "idea-error-title-long");
    }
    crate::web::validate::one_line(&title, "title", &mut e);
    let body = f.body.trim().to_string();
    if body.is_empty() {
        e.add("body", "idea-error-body");
    } else if body.chars().count() > MAX_BODY {
        e.add("body", "idea-error-body-long");
    }
    if !wijken.iter().any(|w| *w == f.wijk) {
        e.add("wijk", "idea-error-wijk");
    }
    let email = match crate::web::validate::optional_email(&f.email) {
        Ok(v) => v,
        Err(()) => {
            e.add("email", "idea-error-email");
            None
        }
    };
    if !e.is_empty() {
        return Err(e);
    }
    Ok(NewIdea {
        title,
        body,
        wijk_id: f.wijk.clone(),
        email,
    })
}

/// The answer form as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    pub state: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub barrier: String,
}

/// A checked answer; the barrier is checked against the linkable ones by the caller.
pub fn check_answer(f: &AnswerForm) -> Result<(AnswerState, String), FieldErrors> {
    let mut e = FieldErrors::new();
    let state = AnswerState::parse(&f.state);
    if state.is_none() {
        e.add("state", "idea-error-state");
    }
    let text = f.text.trim().to_string();
    if text.chars().count() > MAX_BODY {
        e.add("text", "idea-error-body-long");
    } else if text.is_empty() {
        // A "not feasible" answer must say why; every answer says something.
        let id = if state == Some(AnswerState::NotFeasible) {
            "idea-error-reason"
        } else {
            "idea-error-answer"
        };
        e.add("text", id);
    }
    match state {
        Some(s) if e.is_empty() => Ok((s, text)),
        _ => Err(e),
    }
}

const STOP: &[&str] = &[
    "voor", "zijn", "niet", "maar", "ook", "door", "naar", "over", "meer", "deze", "omdat",
    "kunnen", "wordt", "worden", "jongeren", "onze", "onder", "heeft", "hebben", "zodat", "waar",
    "veel", "with", "that", "this", "have", "from",
];

fn words(text: &str) -> HashSet<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4 && !STOP.contains(w))
        .map(str::to_string)
        .collect()
}

/// Ideas like the one being written: those sharing the most words with its title and text (at
/// least one), best first, at most `limit`. `candidates` are (id, title, text).
pub fn similar<'a>(
    title: &str,
    body: &str,
    candidates: &'a [(String, String, String)],
    limit: usize,
) -> Vec<&'a (String, String, String)> {
    let mine = words(&format!("{title} {body}"));
    let mut scored: Vec<(usize, &(String, String, String))> = candidates
        .iter()
        .map(|c| {
            let theirs = words(&format!("{} {}", c.1, c.2));
            (mine.intersection(&theirs).count(), c)
        })
        .filter(|(n, _)| *n > 0)
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0));
    scored.into_iter().take(limit).map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moderation_moves() {
        assert_eq!(
            decide(Status::Pending, Decision::Publish),
            Some(Status::Published)
        );
        assert_eq!(
            decide(Status::Hidden, Decision::Publish),
            Some(Status::Published)
        );
        assert_eq!(
            decide(Status::Hidden, Decision::Reject),
            Some(Status::Rejected)
        );
        assert_eq!(decide(Status::Published, Decision::Publish), None);
        assert_eq!(decide(Status::Rejected, Decision::Reject), None);
    }

    #[test]
    fn reports_hide_a_shown_idea_at_the_threshold() {
        assert_eq!(
            after_report(Status::Published, REPORT_THRESHOLD - 1),
            Status::Published
        );
        assert_eq!(
            after_report(Status::Published, REPORT_THRESHOLD),
            Status::Hidden
        );
        assert_eq!(after_report(Status::Pending, 10), Status::Pending);
        assert!(is_public(Status::Published) && !is_public(Status::Hidden));
    }

    #[test]
    fn answers_need_a_state_and_a_reason() {
        let e = check_answer(&AnswerForm {
            state: "not_feasible".into(),
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(e.get("text"), Some("idea-error-reason"));
        assert!(
            check_answer(&AnswerForm::default())
                .unwrap_err()
                .get("state")
                .is_some()
        );
        let (s, t) = check_answer(&AnswerForm {
            state: "in_progress".into(),
            text: " We gaan aan de slag. ".into(),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(
            (s, t.as_str()),
            (AnswerState::InProgress, "We gaan aan de slag.")
        );
        assert_eq!(
            AnswerState::NotFeasible.label_id(),
            "idea-answer-not-feasible"
        );
    }

    #[test]
    fn ideas_are_checked_and_long_text_refused() {
        let w = vec!["w1".to_string()];
        let ok = IdeaForm {
            title: "Gratis sporten".into(),
            body: "Elke woensdag".into(),
            wijk: "w1".into(),
            email: " A@B.nl ".into(),
            ..Default::default()
        };
        assert_eq!(
            check_idea(&ok, &w).unwrap().email.as_deref(),
            Some("a@b.nl")
        );
        let e = check_idea(
            &IdeaForm {
                body: "x".repeat(50_000),
                email: "geen".into(),
                wijk: "w2".into(),
                ..ok
            },
            &w,
        )
        .unwrap_err();
        assert_eq!(e.get("body"), Some("idea-error-body-long"));
        assert_eq!(e.get("email"), Some("idea-error-email"));
        assert_eq!(e.get("wijk"), Some("idea-error-wijk"));
    }

    #[test]
    fn similar_ideas_share_words() {
        let c = vec![
            (
                "1".into(),
                "Voetbalveld in de wijk".into(),
                "Een trapveld".into(),
            ),
            (
                "2".into(),
                "Huiswerkklas".into(),
                "Hulp bij huiswerk".into(),
            ),
            (
                "3".into(),
                "Voetbal op woensdag in het trapveld".into(),
                String::new(),
            ),
        ];
        let found = similar("Trapveld voor voetbal", "", &c, 5);
        let ids: Vec<&str> = found.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(ids, vec!["3", "1"]);
    }
}
