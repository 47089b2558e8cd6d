//! Why a schedule was refused.

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
