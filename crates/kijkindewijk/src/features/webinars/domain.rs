//! Pure rules of the webinars: who gets a seat and who waits, who moves up when a seat frees,
//! when registration is open, and the checks of the redacteur's session form.

use time::{Date, OffsetDateTime};

use crate::clock;
use crate::error::FieldErrors;

/// Longest title, name and speaker line.
pub const MAX_LINE: usize = 200;
/// Longest description or list of materials.
pub const MAX_TEXT: usize = 10_000;

/// Where a new registration lands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A seat: the person gets the meeting link.
    Seat,
    /// The session is full: the person waits and moves up when someone cancels.
    WaitingList,
}

impl Place {
    /// The stored status.
    pub fn as_str(self) -> &'static str {
        match self {
            Place::Seat => "registered",
            Place::WaitingList => "waiting",
        }
    }
}

/// A new registration gets a seat while fewer than `capacity` people have one.
pub fn place_for(capacity: i64, seats_taken: i64) -> Place {
    if seats_taken < capacity {
        Place::Seat
    } else {
        Place::WaitingList
    }
}

/// The waiting registrations (in waiting order) that move up to the free seats.
pub fn promotions<T: Clone>(capacity: i64, seats_taken: i64, waiting: &[T]) -> Vec<T> {
    let free = (capacity - seats_taken).max(0) as usize;
    waiting.iter().take(free).cloned().collect()
}

/// Registration is open until the session starts.
pub fn open_for_registration(now: OffsetDateTime, starts_at: OffsetDateTime) -> bool {
    now < starts_at
}

/// Whether a session is over (then its recording and materials are shown).
pub fn is_past(now: OffsetDateTime, ends_at: OffsetDateTime) -> bool {
    ends_at <= now
}

/// The reminder goes a day before the start; for a session less than a day away, right away.
pub fn reminder_at(now: OffsetDateTime, starts_at: OffsetDateTime) -> Option<OffsetDateTime> {
    if starts_at <= now {
        return None;
    }
    Some((starts_at - time::Duration::days(1)).max(now))
}

/// The session form as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct SessionForm {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub speakers: String,
    /// `YYYY-MM-DD`, Amsterdam.
    #[serde(default)]
    pub date: String,
    /// `HH:MM`, Amsterdam.
    #[serde(default)]
    pub start: String,
    /// `HH:MM`, Amsterdam.
    #[serde(default)]
    pub end: String,
    #[serde(default)]
    pub meeting_url: String,
    #[serde(default)]
    pub capacity: String,
    #[serde(default)]
    pub recording_url: String,
    #[serde(default)]
    pub materials: String,
}

/// A checked session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub title: String,
    pub description: String,
    pub speakers: String,
    pub starts_at: OffsetDateTime,
    pub ends_at: OffsetDateTime,
    pub meeting_url: String,
    pub capacity: i64,
    pub recording_url: String,
    pub materials: String,
}

fn parse_date(s: &str) -> Option<Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(s.trim(), &format).ok()
}

/// `HH:MM` as minutes after midnight.
pub fn parse_minutes(s: &str) -> Option<u16> {
    let (h, m) = s.trim().split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

fn web_url(s: &str) -> bool {
    let s = s.trim();
    (s.starts_with("https://") || s.starts_with("http://"))
        && s.len() > 10
        && s.len() <= 500
        && !s
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<')
}

fn line(errors: &mut FieldErrors, field: &str, value: &str, required: bool) -> String {
    let v = value.trim().to_string();
    if required && v.is_empty() {
        errors.add(field, "webinar-error-required");
    } else if v.chars().count() > MAX_LINE {
        errors.add(field, "webinar-error-too-long");
    }
    crate::web::validate::one_line(&v, field, errors);
    v
}

/// Checks the redacteur's form; times are Amsterdam wall-clock times.
pub fn check_session(f: &SessionForm) -> Result<Session, FieldErrors> {
    let mut e = FieldErrors::new();
    let title = line(&mut e, "title", &f.title, true);
    let speakers = line(&mut e, "speakers", &f.speakers, true);
    let description = f.description.trim().to_string();
    if description.is_empty() {
        e.add("description", "webinar-error-required");
    } else if description.chars().count() > MAX_TEXT {
        e.add("description", "webinar-error-too-long");
    }
    let materials = f.materials.trim().to_string();
    if materials.chars().count() > MAX_TEXT {
        e.add("materials", "webinar-error-too-long");
    }
    let date = parse_date(&f.date);
    if date.is_none() {
        e.add("date", "webinar-error-date");
    }
    let (start, end) = (parse_minutes(&f.start), parse_minutes(&f.end));
    if start.is_none() {
        e.add("start", "webinar-error-time");
    }
    match (start, end) {
        (_, None) => e.add("end", "webinar-error-time"),
        (Some(s), Some(en)) if en <= s => e.add("end", "webinar-error-end"),
        _ => {}
    }
    crate::web::validate::one_line(f.meeting_url.trim(), "meeting_url", &mut e);
    crate::web::validate::one_line(f.recording_url.trim(), "recording_url", &mut e);
    if !web_url(&f.meeting_url) {
        e.add("meeting_url", "webinar-error-url");
    }
    let recording_url = f.recording_url.trim().to_string();
    if !recording_url.is_empty() && !web_url(&recording_url) {
        e.add("recording_url", "webinar-error-url");
    }
    let capacity = f
        .capacity
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|c| (1..=10_000).contains(c));
    if capacity.is_none() {
        e.add("capacity", "webinar-error-capacity");
    }
    match (date, start, end, capacity) {
        (Some(d), Some(s), Some(en), Some(capacity)) if e.is_empty() => Ok(Session {
            title,
            description,
            speakers,
            starts_at: clock::local_to_utc(d, s),
            ends_at: clock::local_to_utc(d, en),
            meeting_url: f.meeting_url.trim().to_string(),
            capacity,
            recording_url,
            materials,
        }),
        _ => Err(e),
    }
}

/// The registration form as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct RegistrationForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
}

/// Checks name and address; the address comes back trimmed and lower-case.
pub fn check_registration(f: &RegistrationForm) -> Result<(String, String), FieldErrors> {
    let mut e = FieldErrors::new();
    let name = line(&mut e, "name", &f.name, true);
    let email = f.email.trim().to_lowercase();
    if email.is_empty() {
        e.add("email", "webinar-error-required");
    } else if !crate::web::validate::looks_like_email(&email) {
        e.add("email", "webinar-error-email");
    }
    if e.is_empty() {
        Ok((name, email))
    } else {
        Err(e)
    }
}

/// Paragraphs of a plain text: blank lines separate them.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn seats_then_waiting_list() {
        assert_eq!(place_for(2, 0), Place::Seat);
        assert_eq!(place_for(2, 1), Place::Seat);
        assert_eq!(place_for(2, 2), Place::WaitingList);
        assert_eq!(place_for(2, 5), Place::WaitingList);
    }

    #[test]
    fn the_first_waiting_move_up_into_free_seats() {
        let waiting = ["a", "b", "c"];
        assert_eq!(promotions(3, 2, &waiting), vec!["a"]);
        assert_eq!(promotions(5, 2, &waiting), vec!["a", "b", "c"]);
        assert!(promotions(2, 2, &waiting).is_empty());
        assert!(
            promotions(2, 3, &waiting).is_empty(),
            "over capacity after an edit"
        );
        assert!(promotions::<&str>(4, 1, &[]).is_empty());
    }

    #[test]
    fn registration_closes_at_the_start_and_the_reminder_is_a_day_before() {
        let start = datetime!(2026-03-30 17:30 UTC);
        assert!(open_for_registration(
            start - time::Duration::minutes(1),
            start
        ));
        assert!(!open_for_registration(start, start));
        assert_eq!(
            reminder_at(datetime!(2026-03-01 00:00 UTC), start),
            Some(datetime!(2026-03-29 17:30 UTC))
        );
        let close = start - time::Duration::hours(3);
        assert_eq!(reminder_at(close, start), Some(close));
        assert_eq!(reminder_at(start, start), None);
    }

    fn form() -> SessionForm {
        SessionForm {
            title: "Samen sterker".into(),
            description: "Over gewone dingen.\n\nTweede alinea.".into(),
            speakers: "Anna de Vries".into(),
            date: "2026-03-30".into(),
            start: "19:30".into(),
            end: "21:00".into(),
            meeting_url: "https://meet.example/abc".into(),
            capacity: "40".into(),
            ..Default::default()
        }
    }

    #[test]
    fn session_times_are_amsterdam_time_across_the_clock_change() {
        let s = check_session(&form()).unwrap();
        // 30 March 2026 is after the change to summer time (29 March): UTC+2.
        assert_eq!(s.starts_at, datetime!(2026-03-30 17:30 UTC));
        let winter = check_session(&SessionForm {
            date: "2026-03-28".into(),
            ..form()
        })
        .unwrap();
        assert_eq!(winter.starts_at, datetime!(2026-03-28 18:30 UTC));
    }

    #[test]
    fn bad_session_forms_name_each_field() {
        let e = check_session(&SessionForm {
            title: String::new(),
            date: "30-03-2026".into(),
            end: "19:00".into(),
            meeting_url: "javascript:alert(1)".into(),
            capacity: "0".into(),
            ..form()
        })
        .unwrap_err();
        for field in ["title", "date", "end", "meeting_url", "capacity"] {
            assert!(e.get(field).is_some(), "{field}");
        }
    }

    #[test]
    fn registrations_need_a_name_and_an_address() {
        let ok = check_registration(&RegistrationForm {
            name: " Ali ".into(),
            email: " Ali@Example.NL ".into(),
        })
        .unwrap();
        assert_eq!(ok, ("Ali".into(), "ali@example.nl".into()));
        let e = check_registration(&RegistrationForm {
            name: String::new(),
            email: "geen adres".into(),
        })
        .unwrap_err();
        assert_eq!(e.get("name"), Some("webinar-error-required"));
        assert_eq!(e.get("email"), Some("webinar-error-email"));
    }

    #[test]
    fn paragraphs_split_on_blank_lines() {
        assert_eq!(paragraphs("a\n\n\nb\nc\n\n"), vec!["a", "b\nc"]);
    }
}
