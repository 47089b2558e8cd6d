//! Schedules as RFC 5545 recurrences, the subset HSDS 3.0 uses: weekly on given days, or monthly on
//! given (numbered) weekdays or month days, with an interval, opening and closing times in local time
//! (Europe/Amsterdam), and an end. Parsed from the separate HSDS fields and from the partner form.
//!
//! Every schedule must end (UNTIL, COUNT or valid_to) within [`MAX_SPAN_DAYS`] of its start: a
//! social map full of activities that stopped years ago is worse than one that asks partners to
//! confirm their times once in a while.

use time::{Date, Duration, Month, Weekday};

/// Longest time between the first and the last possible occurrence.
pub const MAX_SPAN_DAYS: i64 = 731;
/// COUNT above this is refused (it could never fit in the span anyway for weekly activities).
const MAX_COUNT: u32 = 500;

/// The weekday codes of RFC 5545, Monday first (bit 0 of `days_mask`).
pub const DAY_CODES: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// Why a schedule was refused; each has a message for the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecurrenceError {
    /// FREQ missing or not WEEKLY/MONTHLY.
    Freq,
    /// INTERVAL not a whole number in range.
    Interval,
    /// A BYDAY entry is not a day code (with an ordinal only for MONTHLY).
    ByDay,
    /// A BYMONTHDAY entry is not 1..31 or -31..-1, or used with WEEKLY.
    ByMonthDay,
    /// BYWEEKNO, BYYEARDAY, or BYDAY together with BYMONTHDAY.
    Unsupported,
    /// A date is not `YYYY-MM-DD`.
    Date,
    /// No DTSTART and no valid_from.
    NoStart,
    /// Both UNTIL and COUNT (RFC 5545 forbids it).
    UntilAndCount,
    /// No UNTIL, COUNT or valid_to.
    NeverEnds,
    /// The end lies more than [`MAX_SPAN_DAYS`] after the start.
    TooLong,
    /// The end lies before the start.
    EndBeforeStart,
    /// COUNT not a whole number from 1 to 500.
    Count,
    /// Opening or closing time missing or not `HH:MM`.
    Time,
    /// A time offset other than Europe/Amsterdam's.
    TimeZone,
    /// Closing time not after opening time.
    ClosesBeforeOpens,
    /// The rule produces no occurrence at all.
    NoOccurrence,
}

impl RecurrenceError {
    /// Translation id of the message.
    pub fn message_id(self) -> &'static str {
        match self {
            RecurrenceError::Freq => "map-rec-freq",
            RecurrenceError::Interval => "map-rec-interval",
            RecurrenceError::ByDay => "map-rec-byday",
            RecurrenceError::ByMonthDay => "map-rec-bymonthday",
            RecurrenceError::Unsupported => "map-rec-unsupported",
            RecurrenceError::Date => "map-rec-date",
            RecurrenceError::NoStart => "map-rec-no-start",
            RecurrenceError::UntilAndCount => "map-rec-until-and-count",
            RecurrenceError::NeverEnds => "map-rec-never-ends",
            RecurrenceError::TooLong => "map-rec-too-long",
            RecurrenceError::EndBeforeStart => "map-rec-end-before-start",
            RecurrenceError::Count => "map-rec-count",
            RecurrenceError::Time => "map-rec-time",
            RecurrenceError::TimeZone => "map-rec-timezone",
            RecurrenceError::ClosesBeforeOpens => "map-rec-closes-before-opens",
            RecurrenceError::NoOccurrence => "map-rec-no-occurrence",
        }
    }
}

/// How often the rule repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freq {
    /// Every `interval` weeks.
    Weekly,
    /// Every `interval` months.
    Monthly,
}

impl Freq {
    /// RFC 5545 name.
    pub fn as_str(self) -> &'static str {
        match self {
            Freq::Weekly => "WEEKLY",
            Freq::Monthly => "MONTHLY",
        }
    }
}

/// One BYDAY entry: a weekday, for MONTHLY optionally numbered (`2MO`, `-1FR`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayRule {
    /// 1..=5 from the start of the month, -5..=-1 from its end.
    pub ordinal: Option<i8>,
    /// Day, 0 = Monday.
    pub day: u8,
}

/// The raw fields of a schedule, as text, exactly as HSDS or a form gives them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawSchedule {
    /// FREQ.
    pub freq: Option<String>,
    /// INTERVAL.
    pub interval: Option<String>,
    /// BYDAY, comma separated.
    pub byday: Option<String>,
    /// BYMONTHDAY, comma separated.
    pub bymonthday: Option<String>,
    /// BYWEEKNO (not supported when given).
    pub byweekno: Option<String>,
    /// BYYEARDAY (not supported when given).
    pub byyearday: Option<String>,
    /// DTSTART.
    pub dtstart: Option<String>,
    /// UNTIL.
    pub until: Option<String>,
    /// COUNT.
    pub count: Option<String>,
    /// First day the schedule is valid.
    pub valid_from: Option<String>,
    /// Last day the schedule is valid.
    pub valid_to: Option<String>,
    /// Opening time.
    pub opens_at: Option<String>,
    /// Closing time.
    pub closes_at: Option<String>,
}

/// A checked schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recurrence {
    /// Frequency.
    pub freq: Freq,
    /// Repeat every this many weeks or months.
    pub interval: u32,
    /// Days (empty only for MONTHLY by month day).
    pub byday: Vec<DayRule>,
    /// Month days for MONTHLY.
    pub bymonthday: Vec<i8>,
    /// Opening time, minutes after midnight.
    pub opens: u16,
    /// Closing time, minutes after midnight (1440 = midnight at the end of the day).
    pub closes: u16,
    /// First day of the recurrence.
    pub dtstart: Date,
    /// UNTIL, when given.
    pub until: Option<Date>,
    /// COUNT, when given.
    pub count: Option<u32>,
    /// valid_from, when given.
    pub valid_from: Option<Date>,
    /// valid_to, when given.
    pub valid_to: Option<Date>,
    /// The last day an occurrence can fall on.
    pub ends_on: Date,
}

fn blank(v: &Option<String>) -> Option<&str> {
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
    if let Some(sec) = sec {
        if sec.len() != 2 || num(sec).is_none_or(|s| s > 59) {
            return Err(RecurrenceError::Time);
        }
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

fn parse_byday(s: &str, freq: Freq) -> Result<Vec<DayRule>, RecurrenceError> {
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

fn parse_bymonthday(s: &str) -> Result<Vec<i8>, RecurrenceError> {
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

fn parse_whole(s: &str, min: u32, max: u32, err: RecurrenceError) -> Result<u32, RecurrenceError> {
    // HSDS numbers arrive as JSON numbers; "2.0" is fine, "2.5" is not.
    let n: f64 = s.trim().parse().map_err(|_| err)?;
    if n.fract() != 0.0 || n < f64::from(min) || n > f64::from(max) {
        return Err(err);
    }
    Ok(n as u32)
}

impl Recurrence {
    /// Checks raw fields. Returns the first problem found.
    pub fn parse(raw: &RawSchedule) -> Result<Recurrence, RecurrenceError> {
        let freq = match blank(&raw.freq).map(str::to_ascii_uppercase).as_deref() {
            Some("WEEKLY") => Freq::Weekly,
            Some("MONTHLY") => Freq::Monthly,
            _ => return Err(RecurrenceError::Freq),
        };
        if blank(&raw.byweekno).is_some() || blank(&raw.byyearday).is_some() {
            return Err(RecurrenceError::Unsupported);
        }
        let max_interval = if freq == Freq::Weekly { 52 } else { 12 };
        let interval = match blank(&raw.interval) {
            Some(s) => parse_whole(s, 1, max_interval, RecurrenceError::Interval)?,
            None => 1,
        };
        let date = |v: &Option<String>| -> Result<Option<Date>, RecurrenceError> {
            blank(v)
                .map(|s| parse_date(s).ok_or(RecurrenceError::Date))
                .transpose()
        };
        let valid_from = date(&raw.valid_from)?;
        let valid_to = date(&raw.valid_to)?;
        let dtstart = date(&raw.dtstart)?
            .or(valid_from)
            .ok_or(RecurrenceError::NoStart)?;
        let until = date(&raw.until)?;
        let count = blank(&raw.count)
            .map(|s| parse_whole(s, 1, MAX_COUNT, RecurrenceError::Count))
            .transpose()?;
        if until.is_some() && count.is_some() {
            return Err(RecurrenceError::UntilAndCount);
        }
        let mut byday = match blank(&raw.byday) {
            Some(s) => parse_byday(s, freq)?,
            None => Vec::new(),
        };
        let mut bymonthday = match blank(&raw.bymonthday) {
            Some(s) if freq == Freq::Weekly => {
                // Only an error when it says something; "" or whitespace was handled by `blank`.
                let _ = s;
                return Err(RecurrenceError::ByMonthDay);
            }
            Some(s) => parse_bymonthday(s)?,
            None => Vec::new(),
        };
        if !byday.is_empty() && !bymonthday.is_empty() {
            return Err(RecurrenceError::Unsupported);
        }
        // RFC 5545 defaults: the weekday, or the day of the month, of DTSTART.
        if byday.is_empty() && bymonthday.is_empty() {
            match freq {
                Freq::Weekly => byday.push(DayRule {
                    ordinal: None,
                    day: dtstart.weekday().number_days_from_monday(),
                }),
                Freq::Monthly => bymonthday.push(dtstart.day() as i8),
            }
        }
        let opens = parse_time(blank(&raw.opens_at).ok_or(RecurrenceError::Time)?)?;
        let closes = parse_time(blank(&raw.closes_at).ok_or(RecurrenceError::Time)?)?;
        if opens >= 1440 || closes <= opens {
            return Err(RecurrenceError::ClosesBeforeOpens);
        }
        let start = valid_from.map_or(dtstart, |v| v.max(dtstart));
        if let (Some(from), Some(to)) = (valid_from, valid_to) {
            if to < from {
                return Err(RecurrenceError::EndBeforeStart);
            }
        }
        let mut rec = Recurrence {
            freq,
            interval,
            byday,
            bymonthday,
            opens,
            closes,
            dtstart,
            until,
            count,
            valid_from,
            valid_to,
            ends_on: dtstart,
        };
        let limit = dtstart + Duration::days(MAX_SPAN_DAYS);
        let declared_end = [until, valid_to].into_iter().flatten().min();
        let ends_on = match (count, declared_end) {
            (None, None) => return Err(RecurrenceError::NeverEnds),
            (Some(n), end) => {
                // The n-th occurrence from DTSTART, looked for within the allowed span only.
                let nth = rec.occurrences_between(dtstart, limit).nth(n as usize - 1);
                match (nth, end) {
                    (Some(d), Some(e)) => d.min(e),
                    (Some(d), None) => d,
                    (None, _) => return Err(RecurrenceError::TooLong),
                }
            }
            (None, Some(e)) => e,
        };
        if ends_on < start || ends_on < dtstart {
            return Err(RecurrenceError::EndBeforeStart);
        }
        if ends_on > limit {
            return Err(RecurrenceError::TooLong);
        }
        rec.ends_on = ends_on;
        if rec.occurrences_between(start, ends_on).next().is_none() {
            return Err(RecurrenceError::NoOccurrence);
        }
        Ok(rec)
    }

    /// Bit 0 = Monday … bit 6 = Sunday: the weekdays this can fall on (all of them for month days).
    pub fn days_mask(&self) -> i64 {
        if self.byday.is_empty() {
            return 0b111_1111;
        }
        self.byday.iter().fold(0, |m, r| m | (1 << r.day))
    }

    /// BYDAY as RFC 5545 text, e.g. `MO,WE` or `1SA,-1SU`.
    pub fn byday_text(&self) -> String {
        self.byday
            .iter()
            .map(|r| match r.ordinal {
                Some(n) => format!("{n}{}", DAY_CODES[r.day as usize]),
                None => DAY_CODES[r.day as usize].to_string(),
            })
            .collect::<Vec<_>>()
            .join(",")
    }

    /// BYMONTHDAY as text, `None` when unused.
    pub fn bymonthday_text(&self) -> Option<String> {
        (!self.bymonthday.is_empty()).then(|| {
            self.bymonthday
                .iter()
                .map(i8::to_string)
                .collect::<Vec<_>>()
                .join(",")
        })
    }

    /// The dates of occurrences from `from` to `to` (inclusive), in order.
    pub fn occurrences_between(&self, from: Date, to: Date) -> impl Iterator<Item = Date> + '_ {
        let from = from.max(self.dtstart);
        let mut period = 0u32;
        let mut pending: Vec<Date> = Vec::new();
        std::iter::from_fn(move || {
            loop {
                if let Some(d) = pending.pop() {
                    if d >= from && d <= to {
                        return Some(d);
                    }
                    continue;
                }
                let (first, mut days) = self.period_days(period)?;
                if first > to {
                    return None;
                }
                period += self.interval.max(1);
                days.sort_unstable_by(|a, b| b.cmp(a));
                days.dedup();
                pending = days;
            }
        })
    }

    /// The first day of period `n` (weeks or months after DTSTART's) and its candidate dates.
    fn period_days(&self, n: u32) -> Option<(Date, Vec<Date>)> {
        match self.freq {
            Freq::Weekly => {
                let monday = self.dtstart
                    - Duration::days(i64::from(self.dtstart.weekday().number_days_from_monday()));
                let week = monday.checked_add(Duration::weeks(i64::from(n)))?;
                let days = self
                    .byday
                    .iter()
                    .filter_map(|r| week.checked_add(Duration::days(i64::from(r.day))))
                    .collect();
                Some((week, days))
            }
            Freq::Monthly => {
                let months = i64::from(self.dtstart.month() as u8 - 1) + i64::from(n);
                let year = self.dtstart.year() + i32::try_from(months / 12).ok()?;
                let month = Month::try_from((months % 12) as u8 + 1).ok()?;
                let first = Date::from_calendar_date(year, month, 1).ok()?;
                let len = time::util::days_in_month(month, year);
                let mut days = Vec::new();
                for r in &self.byday {
                    let weekday = Weekday::Monday.nth_next(r.day);
                    let all: Vec<Date> = (1..=len)
                        .filter_map(|d| Date::from_calendar_date(year, month, d).ok())
                        .filter(|d| d.weekday() == weekday)
                        .collect();
                    match r.ordinal {
                        None => days.extend(all),
                        Some(k) if k > 0 => days.extend(all.get(k as usize - 1)),
                        Some(k) => {
                            days.extend(all.len().checked_sub((-k) as usize).map(|i| all[i]))
                        }
                    }
                }
                for md in &self.bymonthday {
                    let d = if *md > 0 {
                        *md as i16
                    } else {
                        len as i16 + 1 + *md as i16
                    };
                    if (1..=len as i16).contains(&d) {
                        days.extend(Date::from_calendar_date(year, month, d as u8).ok());
                    }
                }
                Some((first, days))
            }
        }
    }

    /// The first occurrence on or after `today`, if the schedule has not ended.
    pub fn next_on_or_after(&self, today: Date) -> Option<Date> {
        let from = self.valid_from.map_or(today, |v| v.max(today));
        self.occurrences_between(from, self.ends_on).next()
    }
}

#[cfg(test)]
#[path = "recurrence_tests.rs"]
mod tests;
