//! iCalendar (RFC 5545) for sessions, built with the `icalendar` crate's properties: one VEVENT per
//! session, start and end as UTC moments (`…Z`), so every client shows the right Amsterdam time on
//! either side of the clock change without a VTIMEZONE. The meeting link goes only into the
//! attachment a registered person gets by mail.

use icalendar::{Calendar, Component, EventLike, Property};
use time::OffsetDateTime;

use super::repo::Webinar;

fn utc(t: OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        t.year(),
        t.month() as u8,
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

fn event(w: &Webinar, base_url: &str, meeting_url: Option<&str>) -> icalendar::Event {
    let page = format!("{base_url}/webinars/{}", w.id);
    let mut description = format!("{}\n\n{}\n\n{page}", w.speakers, w.description);
    if let Some(link) = meeting_url {
        description = format!("{link}\n\n{description}");
    }
    let mut e = icalendar::Event::new();
    e.uid(&format!("webinar-{}@kijkindewijk", w.id))
        .summary(&w.title)
        .description(&description)
        .url(&page)
        .append_property(Property::new("DTSTAMP", utc(w.updated_at)))
        .append_property(Property::new("DTSTART", utc(w.starts_at)))
        .append_property(Property::new("DTEND", utc(w.ends_at)))
        .append_property(Property::new("SEQUENCE", w.sequence.to_string()));
    if let Some(link) = meeting_url {
        e.location(link);
    }
    e.done()
}

/// One session; with `meeting_url` for a registered person's attachment.
pub fn session(w: &Webinar, base_url: &str, meeting_url: Option<&str>) -> String {
    let mut cal = Calendar::new();
    cal.name(&w.title)
        .append_property(Property::new("METHOD", "PUBLISH"))
        .push(event(w, base_url, meeting_url));
    cal.done().to_string()
}

/// The feed of all sessions.
pub fn feed(sessions: &[Webinar], base_url: &str, name: &str) -> String {
    let mut cal = Calendar::new();
    cal.name(name);
    for w in sessions {
        cal.push(event(w, base_url, None));
    }
    cal.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn times_are_utc_moments() {
        assert_eq!(utc(datetime!(2026-03-30 19:30 +2)), "20260330T173000Z");
        assert_eq!(utc(datetime!(2026-03-28 19:30 +1)), "20260328T183000Z");
    }
}
