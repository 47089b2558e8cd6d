//! iCalendar (RFC 5545) for a listing's times: one recurring VEVENT per schedule, local times with
//! `TZID=Europe/Amsterdam` and a VTIMEZONE that describes it, UNTIL in UTC as the RFC asks.

use icalendar::{Calendar, Component, EventLike, Property};

use super::domain::confirm;
use super::domain::recurrence::{RawSchedule, Recurrence, format_time};
use super::repo::read::{FullService, ScheduleRow};
use super::web::format;
use crate::clock;

const TZID: &str = "Europe/Amsterdam";

/// The Central European rules (EU summer time), so clients without a time-zone database agree.
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n\
DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// A single-line text value: every control character becomes a space, so no value can end its
/// content line. (The crate escapes `\n` in TEXT properties, but not a bare CR, and writes NAME and
/// X-WR-CALNAME as they are.) Input refuses control characters in single-line fields already; this
/// keeps the feed sound for data stored before that rule.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// A multi-line text value: CR LF and bare CR become LF (which the crate escapes as `\n`); other
/// control characters become spaces.
fn paragraph(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
        .collect()
}

/// The checked recurrence of a stored schedule (stored ones always parse, open ones included;
/// `None` is defensive).
pub fn recurrence(r: &ScheduleRow) -> Option<Recurrence> {
    let date = |d: Option<time::Date>| d.map(|d| d.to_string());
    Recurrence::parse_open(&RawSchedule {
        freq: Some(r.freq.clone()),
        interval: Some(r.repeat_interval.to_string()),
        byday: Some(r.byday.clone()),
        bymonthday: r.bymonthday.clone(),
        dtstart: Some(r.dtstart.to_string()),
        until: date(r.until_date),
        count: r.repeat_count.map(|c| c.to_string()),
        valid_from: date(r.valid_from),
        valid_to: date(r.valid_to),
        opens_at: Some(format_time(r.opens_minute.clamp(0, 1440) as u16)),
        closes_at: Some(format_time(r.closes_minute.clamp(0, 1440) as u16)),
        ..Default::default()
    })
    .ok()
}

fn local(d: time::Date, minutes: u16) -> String {
    let (h, m) = if minutes >= 1440 {
        (23, 59)
    } else {
        (minutes / 60, minutes % 60)
    };
    format!(
        "{:04}{:02}{:02}T{h:02}{m:02}00",
        d.year(),
        d.month() as u8,
        d.day()
    )
}

/// The RRULE of a recurrence, ending at its last possible occurrence; one published without an
/// end runs until `open_until`.
pub fn rrule(r: &Recurrence, open_until: time::Date) -> String {
    let mut parts = vec![format!("FREQ={}", r.freq.as_str())];
    if r.interval > 1 {
        parts.push(format!("INTERVAL={}", r.interval));
    }
    if !r.byday.is_empty() {
        parts.push(format!("BYDAY={}", r.byday_text()));
    }
    if let Some(md) = r.bymonthday_text() {
        parts.push(format!("BYMONTHDAY={md}"));
    }
    let last = if r.open_end() { open_until } else { r.ends_on };
    let until = clock::local_to_utc(last, r.opens);
    parts.push(format!(
        "UNTIL={:04}{:02}{:02}T{:02}{:02}{:02}Z",
        until.year(),
        until.month() as u8,
        until.day(),
        until.hour(),
        until.minute(),
        until.second()
    ));
    parts.join(";")
}

/// The calendar of a listing, or `None` when it has no current times. Times without an end run
/// one confirmation period (`confirm_days`) past the listing's last confirmation.
pub fn calendar(s: &FullService, base_url: &str, confirm_days: i64) -> Option<String> {
    let svc = &s.service;
    let place = s.locations.first();
    let mut cal = Calendar::new();
    cal.name(&one_line(&svc.name)).timezone(TZID);
    let stamp = time::OffsetDateTime::now_utc();
    let dtstamp = format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        stamp.year(),
        stamp.month() as u8,
        stamp.day(),
        stamp.hour(),
        stamp.minute(),
        stamp.second()
    );
    let today = clock::today();
    let open_until = confirm::open_until(
        confirm::last_confirmed(svc.assured_date, svc.confirmed_on),
        today,
        confirm_days,
    );
    let mut events = 0;
    for row in s.schedules.iter().filter(|r| r.ends_on >= today) {
        let Some(r) = recurrence(row) else { continue };
        // DTSTART must be an occurrence; the first one of the valid period is (from today for
        // times published without a start).
        let start = if r.open_start() {
            today
        } else {
            r.valid_from.map_or(r.dtstart, |v| v.max(r.dtstart))
        };
        let last = if r.open_end() { open_until } else { r.ends_on };
        let Some(first) = r.occurrences_between(start, last).next() else {
            continue;
        };
        let mut event = icalendar::Event::new();
        event
            .uid(&format!("{}@kijkindewijk", row.id))
            .summary(&one_line(&svc.name))
            .description(&paragraph(&format!(
                "{} — {}",
                svc.organization_name, svc.description
            )))
            .url(&format!("{base_url}/sociale-kaart/aanbod/{}", svc.id))
            .append_property(Property::new("DTSTAMP", &dtstamp))
            .append_property(
                Property::new("DTSTART", local(first, r.opens))
                    .add_parameter("TZID", TZID)
                    .done(),
            )
            .append_property(
                Property::new("DTEND", local(first, r.closes))
                    .add_parameter("TZID", TZID)
                    .done(),
            )
            .append_property(Property::new("RRULE", rrule(&r, open_until)));
        if let Some(l) = place {
            event.location(&one_line(&format::place(l)));
            if let (Some(lat), Some(lon)) = (l.latitude, l.longitude) {
                event.append_property(Property::new("GEO", format!("{lat:.6};{lon:.6}")));
            }
        }
        cal.push(event.done());
        events += 1;
    }
    if events == 0 {
        return None;
    }
    let text = cal.done().to_string();
    // The icalendar crate cannot build a VTIMEZONE; it goes before the first event.
    // Matched as a whole line, never inside a value.
    Some(text.replacen(
        "\r\nBEGIN:VEVENT\r\n",
        &format!("\r\n{VTIMEZONE}BEGIN:VEVENT\r\n"),
        1,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_values_cannot_end_their_line() {
        let evil = "Voetbal\r\nEND:VEVENT\r\nBEGIN:VEVENT\rURL:https://x.example\u{7}";
        let line = one_line(evil);
        assert!(!line.chars().any(char::is_control), "{line:?}");
        let text = paragraph(evil);
        assert!(!text.contains('\r') && !text.contains('\u{7}'), "{text:?}");
    }
    use time::macros::date;

    fn raw_tu_th() -> RawSchedule {
        RawSchedule {
            freq: Some("WEEKLY".into()),
            byday: Some("TU,TH".into()),
            valid_from: Some("2025-09-01".into()),
            valid_to: Some("2026-06-30".into()),
            opens_at: Some("18:00".into()),
            closes_at: Some("19:30".into()),
            ..Default::default()
        }
    }

    #[test]
    fn rrule_ends_in_utc() {
        let r = Recurrence::parse(&raw_tu_th()).unwrap();
        assert_eq!(
            rrule(&r, date!(2030 - 01 - 01)),
            "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20260630T160000Z"
        );
        let open = Recurrence::parse_open(&RawSchedule {
            valid_to: None,
            ..raw_tu_th()
        })
        .unwrap();
        assert_eq!(
            rrule(&open, date!(2027 - 01 - 05)),
            "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270105T170000Z"
        );
        assert_eq!(local(date!(2025 - 09 - 02), 1080), "20250902T180000");
    }
}
