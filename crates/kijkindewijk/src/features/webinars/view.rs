//! View models of sessions for the templates.

use time::OffsetDateTime;

use super::domain;
use super::flow;
use super::repo::Webinar;

/// A session as the pages show it.
pub struct SessionView {
    pub id: String,
    pub title: String,
    pub speakers: String,
    pub paragraphs: Vec<String>,
    pub when: String,
    pub seats_left: i64,
    pub open: bool,
    pub past: bool,
    pub recording_url: String,
    pub materials: Vec<String>,
}

impl SessionView {
    /// Builds the view; `seats_taken` from the registrations.
    pub fn new(w: &Webinar, seats_taken: i64, at: OffsetDateTime) -> SessionView {
        SessionView {
            id: w.id.clone(),
            title: w.title.clone(),
            speakers: w.speakers.clone(),
            paragraphs: domain::paragraphs(&w.description),
            when: flow::when(w),
            seats_left: (w.capacity - seats_taken).max(0),
            open: domain::open_for_registration(at, w.starts_at),
            past: domain::is_past(at, w.ends_at),
            recording_url: w.recording_url.clone(),
            materials: domain::paragraphs(&w.materials),
        }
    }

    /// True when a new registration lands on the waiting list.
    pub fn full(&self) -> bool {
        self.seats_left == 0
    }
}

/// Amsterdam wall-clock date (`YYYY-MM-DD`) and time (`HH:MM`) of a moment, for the edit form.
pub fn local_parts(at: OffsetDateTime) -> (String, String) {
    let l = at.to_offset(crate::clock::amsterdam_offset(at));
    (
        format!("{:04}-{:02}-{:02}", l.year(), l.month() as u8, l.day()),
        format!("{:02}:{:02}", l.hour(), l.minute()),
    )
}
