//! View models: an idea as the pages show it, and the wijken to choose from.

use super::domain::{self, AnswerState};
use super::repo::Idea;
use crate::error::AppResult;
use crate::places::repo as places;
use crate::state::AppState;

/// A choice in a select.
pub struct Choice {
    pub value: String,
    pub label: String,
}

/// Every wijk with its municipality (a handful of queries, the same for every page).
pub struct Places {
    /// (wijk id, wijk name, municipality id, municipality name)
    wijken: Vec<(String, String, String, String)>,
}

impl Places {
    /// Loads the wijken of every municipality.
    pub async fn load(app: &AppState) -> AppResult<Places> {
        let mut wijken = Vec::new();
        for m in places::municipalities(&app.db).await? {
            for w in places::wijken(&app.db, &m.id).await? {
                wijken.push((w.id, w.name, m.id.clone(), m.name.clone()));
            }
        }
        Ok(Places { wijken })
    }
    /// Ids that may be chosen.
    pub fn ids(&self) -> Vec<String> {
        self.wijken.iter().map(|w| w.0.clone()).collect()
    }
    /// The municipality of a wijk.
    pub fn municipality_of(&self, wijk_id: &str) -> Option<String> {
        self.wijken
            .iter()
            .find(|w| w.0 == wijk_id)
            .map(|w| w.2.clone())
    }
    /// "Wijk (Gemeente)".
    pub fn label(&self, wijk_id: &str) -> String {
        self.wijken
            .iter()
            .find(|w| w.0 == wijk_id)
            .map(|w| format!("{} ({})", w.1, w.3))
            .unwrap_or_default()
    }
    /// The select's choices.
    pub fn choices(&self) -> Vec<Choice> {
        self.wijken
            .iter()
            .map(|w| Choice {
                value: w.0.clone(),
                label: format!("{} ({})", w.1, w.3),
            })
            .collect()
    }
}

/// An idea for the templates.
pub struct IdeaView {
    pub id: String,
    pub title: String,
    pub paragraphs: Vec<String>,
    pub wijk: String,
    pub status: String,
    pub supports: i64,
    pub reports: i64,
    pub created: String,
    /// Message id of the answer's state, if answered.
    pub answer_state: Option<String>,
    pub answer: Vec<String>,
    pub answered_by: String,
    pub answered_at: String,
    /// The linked barrier's public title.
    pub barrier: Option<String>,
}

impl IdeaView {
    /// Builds the view.
    pub fn new(i: &Idea, places: &Places, barrier: Option<String>) -> IdeaView {
        IdeaView {
            id: i.id.clone(),
            title: i.title.clone(),
            paragraphs: crate::features::webinars::domain::paragraphs(&i.body),
            wijk: i
                .wijk_id
                .as_deref()
                .map(|w| places.label(w))
                .unwrap_or_default(),
            status: i.status.clone(),
            supports: i.supports,
            reports: i.reports,
            created: crate::clock::format_moment(i.created_at),
            answer_state: i
                .answer_state
                .as_deref()
                .and_then(AnswerState::parse)
                .map(AnswerState::label_id),
            answer: crate::features::webinars::domain::paragraphs(&i.answer_text),
            answered_by: i.answered_by_name.clone().unwrap_or_default(),
            answered_at: i
                .answered_at
                .map(crate::clock::format_moment)
                .unwrap_or_default(),
            barrier,
        }
    }

    /// Message id of the moderation status.
    pub fn status_id(&self) -> String {
        format!("idea-status-{}", self.status)
    }

    /// True when hidden after reports.
    pub fn hidden(&self) -> bool {
        domain::Status::parse(&self.status) == Some(domain::Status::Hidden)
    }
}
