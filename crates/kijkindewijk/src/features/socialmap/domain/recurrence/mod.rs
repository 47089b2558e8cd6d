//! Schedules as RFC 5545 recurrences, the subset HSDS 3.0 uses: weekly on given days, or monthly on
//! given (numbered) weekdays or month days, with an interval, opening and closing times in local time
//! (Europe/Amsterdam), and an end. Parsed from the separate HSDS fields and from the partner form.
//!
//! A schedule typed in our own form must end (UNTIL, COUNT or valid_to) within [`MAX_SPAN_DAYS`] of
//! its start: a social map full of activities that stopped years ago is worse than one that asks
//! partners to confirm their times once in a while. Schedules from other publishers often have no
//! start or no end; [`Recurrence::parse_open`] takes them as open (see [`OPEN_START`], [`OPEN_END`]),
//! and the listing's "last confirmed" date keeps them honest instead.

use time::macros::date;
use time::{Date, Duration};

/// The stand-in first day of a schedule published without a start (a Monday long ago): the rule
/// holds from whenever it began. Pages and feeds show such a schedule from today.
pub const OPEN_START: Date = date!(2000 - 01 - 03);
/// The stand-in last day of a schedule published without an end (no UNTIL, COUNT or valid_to).
pub const OPEN_END: Date = date!(9999 - 12 - 31);

/// Longest time between the first and the last possible occurrence.
pub const MAX_SPAN_DAYS: i64 = 731;
/// COUNT above this is refused (it could never fit in the span anyway for weekly activities).
const MAX_COUNT: u32 = 500;

/// The weekday codes of RFC 5545, Monday first (bit 0 of `days_mask`).
pub const DAY_CODES: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

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

impl Recurrence {
    /// Checks raw fields of a schedule that must start and end (our own form). Returns the first
    /// problem found.
    pub fn parse(raw: &RawSchedule) -> Result<Recurrence, RecurrenceError> {
        Self::parse_with(raw, false)
    }

    /// Checks raw fields of a schedule that may be open: without a start (when the days it falls
    /// on do not depend on one: no INTERVAL above 1, days given) and without an end. Used for
    /// imported and stored schedules.
    pub fn parse_open(raw: &RawSchedule) -> Result<Recurrence, RecurrenceError> {
        Self::parse_with(raw, true)
    }

    /// Whether the schedule was published without a start.
    pub fn open_start(&self) -> bool {
        self.dtstart == OPEN_START && self.valid_from.is_none()
    }

    /// Whether the schedule was published without an end.
    pub fn open_end(&self) -> bool {
        self.until.is_none() && self.count.is_none() && self.valid_to.is_none()
    }

    fn parse_with(raw: &RawSchedule, open: bool) -> Result<Recurrence, RecurrenceError> {
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
        let no_days = blank(&raw.byday).is_none() && blank(&raw.bymonthday).is_none();
        let dtstart = match date(&raw.dtstart)?.or(valid_from) {
            Some(d) => d,
            // Without a start the days must not depend on one, and COUNT cannot be counted.
            None if open && interval == 1 && !no_days && blank(&raw.count).is_none() => OPEN_START,
            None => return Err(RecurrenceError::NoStart),
        };
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
        if let (Some(from), Some(to)) = (valid_from, valid_to)
            && to < from
        {
            return Err(RecurrenceError::EndBeforeStart);
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
            (None, None) if open => OPEN_END,
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
        // An open schedule is kept honest by confirmation, not by a longest span.
        if ends_on > limit && !open {
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
}

mod error;
mod fields;
mod occurrences;

pub use error::RecurrenceError;
use fields::{blank, parse_byday, parse_bymonthday, parse_whole};
pub use fields::{day_index, format_time, parse_date, parse_time};

#[cfg(test)]
mod tests;
