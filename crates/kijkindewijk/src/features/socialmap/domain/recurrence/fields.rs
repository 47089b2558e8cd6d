//! The text fields of a schedule: dates, times, day codes, numbers.

use time::{Date, Month};

use super::{DAY_CODES, DayRule, Freq, RecurrenceError};

pub(super) fn blank(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Parses `YYYY-MM-DD`, `YYYYMMDD` or a date-time starting with one of those.
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let digits: String = s.chars().take(10).filter(|c| *c != '-').collect();
    let compact = if s.len() >= 10 && s.as_bytes().get(4) == Some(&b'-') {
        digits
    } else {
        s.chars().take(8).collect()
    };
    if compact.len() != 8 || !compact.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i32 = compact[..4].parse().ok()?;
    let month: u8 = compact[4..6].parse().ok()?;
    let day: u8 = compact[6..8].parse().ok()?;
    if !(1900..=2200).contains(&year) {
        return None;
    }
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

/// Parses `HH:MM` or `HH:MM:SS`, optionally followed by Amsterdam's offset (`+01:00`, `+02:00`);
/// `24:00` is midnight at the end of the day. Returns minutes after midnight.
pub fn parse_time(s: &str) -> Result<u16, RecurrenceError> {
    let s = s.trim();
    let (clock, offset) = match s.find(['+', '-', 'Z', 'z']) {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    if !matches!(
        offset,
        "" | "+01:00" | "+02:00" | "+0100" | "+0200" | "+01" | "+02"
    ) {
        return Err(RecurrenceError::TimeZone);
    }
    let mut parts = clock.split(':');
    let (Some(h), Some(m)) = (parts.next(), parts.next()) else {
        return Err(RecurrenceError::Time);
    };
    let sec = parts.next();
    if parts.next().is_some() || h.is_empty() || h.len() > 2 || m.len() != 2 {
        return Err(RecurrenceError::Time);
    }
    let num = |p: &str| {
        p.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| p.parse::<u16>().ok())
            .flatten()
    };
    let (h, m) = (
        num(h).ok_or(RecurrenceError::Time)?,
        num(m).ok_or(RecurrenceError::Time)?,
    );
    if let Some(sec) = sec
        && (sec.len() != 2 || num(sec).is_none_or(|s| s > 59))
    {
        return Err(RecurrenceError::Time);
    }
    match (h, m) {
        (24, 0) => Ok(1440),
        (0..=23, 0..=59) => Ok(h * 60 + m),
        _ => Err(RecurrenceError::Time),
    }
}

/// `HH:MM` for minutes after midnight.
pub fn format_time(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Index of a two-letter day code (0 = Monday).
pub fn day_index(code: &str) -> Option<u8> {
    DAY_CODES
        .iter()
        .position(|d| d.eq_ignore_ascii_case(code.trim()))
        .map(|i| i as u8)
}

pub(super) fn parse_byday(s: &str, freq: Freq) -> Result<Vec<DayRule>, RecurrenceError> {
    let mut out: Vec<DayRule> = Vec::new();
    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if part.len() < 2 || !part.is_char_boundary(part.len() - 2) {
            return Err(RecurrenceError::ByDay);
        }
        let (num, code) = part.split_at(part.len() - 2);
        let day = day_index(code).ok_or(RecurrenceError::ByDay)?;
        let ordinal = if num.is_empty() {
            None
        } else {
            let n: i8 = num
                .trim_start_matches('+')
                .parse()
                .map_err(|_| RecurrenceError::ByDay)?;
            if freq == Freq::Weekly || n == 0 || !(-5..=5).contains(&n) {
                return Err(RecurrenceError::ByDay);
            }
            Some(n)
        };
        let rule = DayRule { ordinal, day };
        if !out.contains(&rule) {
            out.push(rule);
        }
    }
    Ok(out)
}

pub(super) fn parse_bymonthday(s: &str) -> Result<Vec<i8>, RecurrenceError> {
    let mut out = Vec::new();
    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let n: i8 = part.parse().map_err(|_| RecurrenceError::ByMonthDay)?;
        if n == 0 || !(-31..=31).contains(&n) {
            return Err(RecurrenceError::ByMonthDay);
        }
        if !out.contains(&n) {
            out.push(n);
        }
    }
    Ok(out)
}

pub(super) fn parse_whole(
    s: &str,
    min: u32,
    max: u32,
    err: RecurrenceError,
) -> Result<u32, RecurrenceError> {
    // HSDS numbers arrive as JSON numbers; "2.0" is fine, "2.5" is not.
    let n: f64 = s.trim().parse().map_err(|_| err)?;
    if n.fract() != 0.0 || n < f64::from(min) || n > f64::from(max) {
        return Err(err);
    }
    Ok(n as u32)
}
