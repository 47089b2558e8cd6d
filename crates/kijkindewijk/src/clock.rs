//! Now in Amsterdam: local time in the Netherlands (Europe/Amsterdam): CET, and CEST from the last
//! Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC (the EU rule since 1996).
//! Enough for "today", for moments as people read them and for UNTIL in iCalendar; no time-zone
//! database needed. The one place for local time: every feature uses it.

use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

fn last_sunday(year: i32, month: Month) -> Option<Date> {
    let last =
        Date::from_calendar_date(year, month, time::util::days_in_month(month, year)).ok()?;
    let back = last.weekday().number_days_from_sunday();
    last.checked_sub(time::Duration::days(i64::from(back)))
}

/// Amsterdam's offset from UTC at a moment.
pub fn amsterdam_offset(at: OffsetDateTime) -> UtcOffset {
    let utc = at.to_offset(UtcOffset::UTC);
    let year = utc.year();
    let switch = |m| {
        last_sunday(year, m).map(|d| {
            PrimitiveDateTime::new(d, Time::from_hms(1, 0, 0).unwrap_or(Time::MIDNIGHT))
                .assume_utc()
        })
    };
    let summer = match (switch(Month::March), switch(Month::October)) {
        (Some(start), Some(end)) => utc >= start && utc < end,
        _ => false,
    };
    UtcOffset::from_hms(if summer { 2 } else { 1 }, 0, 0).unwrap_or(UtcOffset::UTC)
}

/// Today's date in Amsterdam.
pub fn today() -> Date {
    let now = OffsetDateTime::now_utc();
    now.to_offset(amsterdam_offset(now)).date()
}

/// A local wall-clock time in Amsterdam as a UTC moment (for RRULE UNTIL). Times in the hour that
/// does not exist in spring are taken as the offset before the switch; that hour never holds an
/// activity's end anyway.
pub fn local_to_utc(date: Date, minutes: u16) -> OffsetDateTime {
    let (h, m) = (
        (minutes.min(1439) / 60) as u8,
        (minutes.min(1439) % 60) as u8,
    );
    let local = PrimitiveDateTime::new(date, Time::from_hms(h, m, 0).unwrap_or(Time::MIDNIGHT));
    let guess = local.assume_utc();
    let offset = amsterdam_offset(guess - time::Duration::hours(1));
    local.assume_offset(offset).to_offset(UtcOffset::UTC)
}

/// A moment as people read it, in Dutch local time: `28-11-2026 12:05`.
pub fn format_moment(at: OffsetDateTime) -> String {
    let local = at.to_offset(amsterdam_offset(at));
    format!(
        "{:02}-{:02}-{} {:02}:{:02}",
        local.day(),
        local.month() as u8,
        local.year(),
        local.hour(),
        local.minute()
    )
}

/// A date as people read it: `28-11-2026`.
pub fn format_date(d: Date) -> String {
    format!("{:02}-{:02}-{}", d.day(), d.month() as u8, d.year())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn summer_and_winter_time() {
        assert_eq!(
            amsterdam_offset(datetime!(2025-01-15 12:00 UTC)).whole_hours(),
            1
        );
        assert_eq!(
            amsterdam_offset(datetime!(2025-07-15 12:00 UTC)).whole_hours(),
            2
        );
        // 2025: 30 March and 26 October.
        assert_eq!(
            amsterdam_offset(datetime!(2025-03-30 00:59 UTC)).whole_hours(),
            1
        );
        assert_eq!(
            amsterdam_offset(datetime!(2025-03-30 01:00 UTC)).whole_hours(),
            2
        );
        assert_eq!(
            amsterdam_offset(datetime!(2025-10-26 00:59 UTC)).whole_hours(),
            2
        );
        assert_eq!(
            amsterdam_offset(datetime!(2025-10-26 01:00 UTC)).whole_hours(),
            1
        );
        assert_eq!(
            local_to_utc(date!(2025 - 07 - 01), 19 * 60 + 30),
            datetime!(2025-07-01 17:30 UTC)
        );
        assert_eq!(
            local_to_utc(date!(2025 - 12 - 01), 19 * 60 + 30),
            datetime!(2025-12-01 18:30 UTC)
        );
    }

    #[test]
    fn moments_as_people_read_them() {
        assert_eq!(
            format_moment(datetime!(2026-11-28 11:05 UTC)),
            "28-11-2026 12:05"
        );
        assert_eq!(
            format_moment(datetime!(2026-07-01 22:30 UTC)),
            "02-07-2026 00:30"
        );
        assert_eq!(
            format_moment(datetime!(2026-03-29 00:59 UTC)),
            "29-03-2026 01:59"
        );
        assert_eq!(
            format_moment(datetime!(2026-03-29 01:00 UTC)),
            "29-03-2026 03:00"
        );
    }
}
