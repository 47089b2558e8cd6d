//! "Last confirmed": the day someone last said a listing is still right (an editor's check, or a
//! keeper's confirmation). Listings not confirmed for `listing_confirm_days` are flagged, and
//! times published without an end run in calendar feeds only a confirmation period ahead.

use time::{Date, Duration};

/// The later of an editor's check and a keeper's confirmation.
pub fn last_confirmed(checked: Option<Date>, confirmed: Option<Date>) -> Option<Date> {
    checked.max(confirmed)
}

/// Whether a listing needs a new confirmation: never confirmed, or longer ago than `days`.
pub fn stale(last: Option<Date>, today: Date, days: i64) -> bool {
    last.is_none_or(|d| d + Duration::days(days.max(0)) < today)
}

/// The last day a calendar feed repeats times that were published without an end: one
/// confirmation period after the last confirmation, or after today when that is later.
pub fn open_until(last: Option<Date>, today: Date, days: i64) -> Date {
    last.map_or(today, |d| d.max(today)) + Duration::days(days.max(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn confirmation_ages() {
        let today = date!(2026 - 12 - 02);
        let (check, keep) = (Some(date!(2025 - 01 - 10)), Some(date!(2026 - 03 - 01)));
        assert_eq!(last_confirmed(check, keep), keep);
        assert_eq!(last_confirmed(None, check), check);
        assert!(stale(None, today, 365));
        assert!(!stale(keep, today, 365));
        assert!(stale(check, today, 365));
        assert!(!stale(Some(date!(2025 - 12 - 02)), today, 365));
        assert!(stale(Some(date!(2025 - 12 - 01)), today, 365));
        assert_eq!(open_until(None, today, 10), date!(2026 - 12 - 12));
        assert_eq!(open_until(check, today, 10), date!(2026 - 12 - 12));
        assert_eq!(
            open_until(Some(date!(2026 - 12 - 20)), today, 10),
            date!(2026 - 12 - 30)
        );
    }
}
