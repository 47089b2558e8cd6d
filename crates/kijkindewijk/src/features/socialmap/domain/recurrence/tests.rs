use super::*;
use time::macros::date;

fn raw(freq: &str, byday: &str, from: &str, to: &str) -> RawSchedule {
    RawSchedule {
        freq: Some(freq.into()),
        byday: Some(byday.into()),
        valid_from: Some(from.into()),
        valid_to: Some(to.into()),
        opens_at: Some("15:30".into()),
        closes_at: Some("17:00".into()),
        ..Default::default()
    }
}

#[test]
fn weekly_on_given_days() {
    let r = Recurrence::parse(&raw("WEEKLY", "TU,TH", "2025-09-01", "2026-06-30")).unwrap();
    assert_eq!(r.days_mask(), 0b000_1010);
    assert_eq!(r.byday_text(), "TU,TH");
    assert_eq!((r.opens, r.closes), (930, 1020));
    let first: Vec<Date> = r
        .occurrences_between(date!(2025 - 09 - 01), date!(2025 - 09 - 12))
        .collect();
    assert_eq!(
        first,
        [
            date!(2025 - 09 - 02),
            date!(2025 - 09 - 04),
            date!(2025 - 09 - 09),
            date!(2025 - 09 - 11)
        ]
    );
    assert_eq!(r.ends_on, date!(2026 - 06 - 30));
    assert_eq!(
        r.next_on_or_after(date!(2025 - 09 - 05)),
        Some(date!(2025 - 09 - 09))
    );
    assert_eq!(r.next_on_or_after(date!(2026 - 07 - 01)), None);
}

#[test]
fn every_other_week_and_count() {
    let mut s = raw("weekly", "SA", "2025-01-04", "");
    s.interval = Some("2".into());
    s.count = Some("3".into());
    let r = Recurrence::parse(&s).unwrap();
    assert_eq!(r.ends_on, date!(2025 - 02 - 01));
    let all: Vec<Date> = r.occurrences_between(r.dtstart, r.ends_on).collect();
    assert_eq!(
        all,
        [
            date!(2025 - 01 - 04),
            date!(2025 - 01 - 18),
            date!(2025 - 02 - 01)
        ]
    );
}

#[test]
fn monthly_numbered_weekdays_and_month_days() {
    let r = Recurrence::parse(&raw("MONTHLY", "1SA,-1FR", "2025-01-01", "2025-03-31")).unwrap();
    let all: Vec<Date> = r.occurrences_between(r.dtstart, r.ends_on).collect();
    assert_eq!(
        all,
        [
            date!(2025 - 01 - 04),
            date!(2025 - 01 - 31),
            date!(2025 - 02 - 01),
            date!(2025 - 02 - 28),
            date!(2025 - 03 - 01),
            date!(2025 - 03 - 28)
        ]
    );
    let mut s = raw("MONTHLY", "", "2025-01-15", "2025-04-30");
    s.bymonthday = Some("-1".into());
    let r = Recurrence::parse(&s).unwrap();
    assert_eq!(r.days_mask(), 0b111_1111);
    assert_eq!(
        r.occurrences_between(r.dtstart, r.ends_on)
            .collect::<Vec<_>>(),
        [
            date!(2025 - 01 - 31),
            date!(2025 - 02 - 28),
            date!(2025 - 03 - 31),
            date!(2025 - 04 - 30)
        ]
    );
}

#[test]
fn weekly_defaults_to_the_start_day() {
    let r = Recurrence::parse(&raw("WEEKLY", "", "2025-09-03", "2025-12-31")).unwrap();
    assert_eq!(r.byday_text(), "WE");
}

#[test]
fn bad_rules_get_their_reason() {
    let cases: Vec<(RawSchedule, RecurrenceError)> = vec![
        (
            raw("DAILY", "MO", "2025-01-01", "2025-02-01"),
            RecurrenceError::Freq,
        ),
        (
            raw("WEEKLY", "XX", "2025-01-01", "2025-02-01"),
            RecurrenceError::ByDay,
        ),
        (
            raw("WEEKLY", "2MO", "2025-01-01", "2025-02-01"),
            RecurrenceError::ByDay,
        ),
        (
            raw("MONTHLY", "9MO", "2025-01-01", "2025-02-01"),
            RecurrenceError::ByDay,
        ),
        (
            raw("WEEKLY", "MO", "2025-01-01", ""),
            RecurrenceError::NeverEnds,
        ),
        (
            raw("WEEKLY", "MO", "2025-01-01", "2030-01-01"),
            RecurrenceError::TooLong,
        ),
        (
            raw("WEEKLY", "MO", "2025-03-01", "2025-02-01"),
            RecurrenceError::EndBeforeStart,
        ),
        (
            raw("WEEKLY", "MO", "2025-13-01", "2025-02-01"),
            RecurrenceError::Date,
        ),
        (
            raw("WEEKLY", "MO", "", "2025-02-01"),
            RecurrenceError::NoStart,
        ),
        (
            raw("WEEKLY", "MO", "2025-01-06", "2025-01-06"),
            RecurrenceError::Time,
        )
            .map_first(|mut s| {
                s.opens_at = Some("25:00".into());
                s
            }),
        (
            raw("WEEKLY", "MO", "2025-01-06", "2025-01-06"),
            RecurrenceError::ClosesBeforeOpens,
        )
            .map_first(|mut s| {
                s.closes_at = Some("15:00".into());
                s
            }),
        (
            raw("WEEKLY", "MO", "2025-01-06", "2025-01-06"),
            RecurrenceError::TimeZone,
        )
            .map_first(|mut s| {
                s.opens_at = Some("10:00-05:00".into());
                s
            }),
        (
            raw("WEEKLY", "MO", "2025-01-06", ""),
            RecurrenceError::UntilAndCount,
        )
            .map_first(|mut s| {
                s.until = Some("2025-02-01".into());
                s.count = Some("2".into());
                s
            }),
        (
            raw("WEEKLY", "MO", "2025-01-06", "2025-02-01"),
            RecurrenceError::Unsupported,
        )
            .map_first(|mut s| {
                s.byweekno = Some("41".into());
                s
            }),
        (
            raw("WEEKLY", "MO", "2025-01-06", ""),
            RecurrenceError::Count,
        )
            .map_first(|mut s| {
                s.count = Some("2.5".into());
                s
            }),
        (
            raw("WEEKLY", "MO", "2025-01-06", ""),
            RecurrenceError::TooLong,
        )
            .map_first(|mut s| {
                s.count = Some("400".into());
                s
            }),
        (
            raw("WEEKLY", "SU", "2025-01-06", "2025-01-10"),
            RecurrenceError::NoOccurrence,
        ),
    ];
    for (input, expected) in cases {
        assert_eq!(Recurrence::parse(&input), Err(expected), "{input:?}");
    }
}

trait MapFirst<A, B> {
    fn map_first(self, f: impl FnOnce(A) -> A) -> (A, B);
}
impl<A, B> MapFirst<A, B> for (A, B) {
    fn map_first(self, f: impl FnOnce(A) -> A) -> (A, B) {
        (f(self.0), self.1)
    }
}

#[test]
fn times_and_dates() {
    assert_eq!(parse_time("09:05"), Ok(545));
    assert_eq!(parse_time("9:05:00"), Ok(545));
    assert_eq!(parse_time("24:00"), Ok(1440));
    assert_eq!(parse_time("18:00+02:00"), Ok(1080));
    assert_eq!(parse_time("18:00Z"), Err(RecurrenceError::TimeZone));
    assert_eq!(parse_time("18"), Err(RecurrenceError::Time));
    assert_eq!(parse_time("١٨:٠٠"), Err(RecurrenceError::Time));
    assert_eq!(format_time(545), "09:05");
    assert_eq!(parse_date("2025-02-28"), Some(date!(2025 - 02 - 28)));
    assert_eq!(parse_date("20250228"), Some(date!(2025 - 02 - 28)));
    assert_eq!(
        parse_date("2025-02-28T10:00:00Z"),
        Some(date!(2025 - 02 - 28))
    );
    assert_eq!(parse_date("2025-02-30"), None);
    assert_eq!(parse_date("9999-01-01"), None);
    assert_eq!(parse_date("ééééééééééé"), None);
}

proptest::proptest! {
    #[test]
    fn parsing_never_panics(
        freq in proptest::option::of("\\PC{0,10}|WEEKLY|MONTHLY"),
        interval in proptest::option::of("\\PC{0,6}|[0-9]{1,3}"),
        byday in proptest::option::of("\\PC{0,20}|([+-]?[0-9]?(MO|TU|WE|TH|FR|SA|SU),?){0,4}"),
        bymonthday in proptest::option::of("\\PC{0,10}|-?[0-9]{1,2}"),
        dtstart in proptest::option::of("\\PC{0,12}|20[0-9]{2}-[01][0-9]-[0-3][0-9]"),
        until in proptest::option::of("\\PC{0,12}|20[0-9]{2}-[01][0-9]-[0-3][0-9]"),
        count in proptest::option::of("\\PC{0,6}|[0-9]{1,4}"),
        opens in proptest::option::of("\\PC{0,8}|[0-2][0-9]:[0-5][0-9]"),
        closes in proptest::option::of("\\PC{0,8}|[0-2][0-9]:[0-5][0-9]"),
    ) {
        let raw = RawSchedule {
            freq, interval, byday, bymonthday, dtstart, until, count,
            opens_at: opens, closes_at: closes, ..Default::default()
        };
        if let Ok(r) = Recurrence::parse(&raw) {
            proptest::prop_assert!(r.ends_on >= r.dtstart);
            proptest::prop_assert!(r.closes > r.opens);
            proptest::prop_assert!(r.days_mask() > 0 && r.days_mask() < 128);
            let n = r.occurrences_between(r.dtstart, r.ends_on).count();
            proptest::prop_assert!((1..=800).contains(&n));
        }
    }
}

#[test]
fn published_schedules_may_be_open() {
    // Weekly on Tuesdays, no start and no end: refused from our form, taken as open from a feed.
    let mut s = raw("WEEKLY", "TU", "", "");
    assert_eq!(Recurrence::parse(&s), Err(RecurrenceError::NoStart));
    let r = Recurrence::parse_open(&s).unwrap();
    assert!(r.open_start() && r.open_end());
    assert_eq!((r.dtstart, r.ends_on), (OPEN_START, OPEN_END));
    assert_eq!(
        r.next_on_or_after(date!(2026 - 12 - 02)),
        Some(date!(2026 - 12 - 08))
    );
    // A start without an end.
    s.valid_from = Some("2025-09-01".into());
    assert_eq!(Recurrence::parse(&s), Err(RecurrenceError::NeverEnds));
    let r = Recurrence::parse_open(&s).unwrap();
    assert!(!r.open_start() && r.open_end());
    assert_eq!(
        r.occurrences_between(date!(2031 - 01 - 01), date!(2031 - 01 - 14))
            .collect::<Vec<_>>(),
        [date!(2031 - 01 - 07), date!(2031 - 01 - 14)]
    );
    // An end without a start, past the longest span of our own form.
    let s = raw("MONTHLY", "-1FR", "", "2030-06-30");
    let r = Recurrence::parse_open(&s).unwrap();
    assert!(r.open_start() && !r.open_end());
    assert_eq!(
        r.next_on_or_after(date!(2026 - 12 - 02)),
        Some(date!(2026 - 12 - 25))
    );
}

#[test]
fn an_open_start_needs_days_that_do_not_depend_on_it() {
    let mut s = raw("WEEKLY", "TU", "", "");
    s.interval = Some("2".into());
    assert_eq!(Recurrence::parse_open(&s), Err(RecurrenceError::NoStart));
    let mut s = raw("WEEKLY", "", "", "");
    assert_eq!(Recurrence::parse_open(&s), Err(RecurrenceError::NoStart));
    s.byday = Some("MO".into());
    s.count = Some("4".into());
    assert_eq!(Recurrence::parse_open(&s), Err(RecurrenceError::NoStart));
}

#[test]
fn long_running_rules_skip_to_the_asked_period() {
    for interval in ["1", "2", "3"] {
        let mut s = raw("WEEKLY", "MO,TH", "2025-01-02", "");
        s.interval = Some(interval.into());
        let r = Recurrence::parse_open(&s).unwrap();
        let from = date!(2029 - 05 - 17);
        let walked: Vec<Date> = r
            .occurrences_between(r.dtstart, date!(2029 - 07 - 01))
            .filter(|d| *d >= from)
            .collect();
        let skipped: Vec<Date> = r.occurrences_between(from, date!(2029 - 07 - 01)).collect();
        assert_eq!(walked, skipped, "interval {interval}");
        assert!(!skipped.is_empty());
    }
    let mut s = raw("MONTHLY", "2WE", "2025-03-01", "");
    s.interval = Some("5".into());
    let r = Recurrence::parse_open(&s).unwrap();
    let from = date!(2031 - 02 - 10);
    let walked: Vec<Date> = r
        .occurrences_between(r.dtstart, date!(2032 - 12 - 31))
        .filter(|d| *d >= from)
        .collect();
    assert_eq!(
        walked,
        r.occurrences_between(from, date!(2032 - 12 - 31))
            .collect::<Vec<_>>()
    );
}
