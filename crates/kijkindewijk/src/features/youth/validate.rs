//! Input rules for youth data (pure): names, dates of birth, free text, scores.

use time::Date;
use time::macros::format_description;

use crate::error::FieldErrors;

/// Longest name accepted.
pub const NAME_MAX: usize = 80;
/// Longest free-text field accepted.
pub const TEXT_MAX: usize = 2000;

/// A name or nickname: required, not too long, no markup or control characters.
pub fn name(value: &str, field: &str, errors: &mut FieldErrors) {
    let v = value.trim();
    if v.is_empty() {
        errors.add(field, "name-required");
    } else if v.chars().count() > NAME_MAX {
        errors.add(field, "youth-name-too-long");
    } else if v.chars().any(|c| matches!(c, '<' | '>'))
        || !crate::web::validate::clean_text(v, false)
    {
        errors.add(field, "youth-name-markup");
    }
}

/// Optional free text with a length limit.
pub fn text(value: &str, field: &str, errors: &mut FieldErrors) {
    if value.chars().count() > TEXT_MAX {
        errors.add(field, "youth-text-too-long");
    }
}

/// A date of birth as `YYYY-MM-DD`: not in the future, and an age the platform serves (4–27).
pub fn birth_date(value: &str, today: Date, field: &str, errors: &mut FieldErrors) -> Option<Date> {
    let parsed = Date::parse(value.trim(), format_description!("[year]-[month]-[day]")).ok();
    match parsed {
        None => {
            errors.add(field, "youth-birth-date-invalid");
            None
        }
        Some(d) if d > today => {
            errors.add(field, "youth-birth-date-future");
            None
        }
        Some(d) => {
            let age = crate::access::rules::age_on(d, today);
            if !(4..=27).contains(&age) {
                errors.add(field, "youth-birth-date-age");
                None
            } else {
                Some(d)
            }
        }
    }
}

/// An optional date `YYYY-MM-DD` (empty is none).
pub fn optional_date(value: &str, field: &str, errors: &mut FieldErrors) -> Option<Date> {
    if value.trim().is_empty() {
        return None;
    }
    let parsed = Date::parse(value.trim(), format_description!("[year]-[month]-[day]")).ok();
    if parsed.is_none() {
        errors.add(field, "youth-date-invalid");
    }
    parsed
}

/// An integer within a range (a self-rating 1–10, a GAS score −2…+2, a map dimension).
pub fn int_in(
    value: &str,
    min: i64,
    max: i64,
    field: &str,
    message_id: &str,
    errors: &mut FieldErrors,
) -> Option<i64> {
    match value.trim().parse::<i64>() {
        Ok(v) if (min..=max).contains(&v) => Some(v),
        _ => {
            errors.add(field, message_id);
            None
        }
    }
}

/// Formats a date for a date input.
pub fn date_value(d: Date) -> String {
    d.format(format_description!("[year]-[month]-[day]"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn birth_dates() {
        let today = date!(2026 - 11 - 28);
        let mut e = FieldErrors::new();
        assert_eq!(
            birth_date("2011-03-04", today, "b", &mut e),
            Some(date!(2011 - 03 - 04))
        );
        assert!(e.is_empty());
        for (input, msg) in [
            ("2027-01-01", "youth-birth-date-future"),
            ("2026-11-29", "youth-birth-date-future"),
            ("04-03-2011", "youth-birth-date-invalid"),
            ("2011-02-30", "youth-birth-date-invalid"),
            ("1990-01-01", "youth-birth-date-age"),
            ("2024-01-01", "youth-birth-date-age"),
        ] {
            let mut e = FieldErrors::new();
            assert!(birth_date(input, today, "b", &mut e).is_none(), "{input}");
            assert_eq!(e.get("b"), Some(msg), "{input}");
        }
    }

    #[test]
    fn names_refuse_markup() {
        let mut e = FieldErrors::new();
        name("<script>alert(1)</script>", "n", &mut e);
        assert_eq!(e.get("n"), Some("youth-name-markup"));
        let mut e = FieldErrors::new();
        name("Zoë-Anne 't Hart", "n", &mut e);
        assert!(e.is_empty());
    }

    #[test]
    fn ranges() {
        let mut e = FieldErrors::new();
        assert_eq!(int_in("11", 1, 10, "r", "m", &mut e), None);
        assert_eq!(int_in("-3", -2, 2, "g", "m", &mut e), None);
        assert_eq!(int_in(" 7 ", 1, 10, "x", "m", &mut e), Some(7));
        assert_eq!(e.0.len(), 2);
    }
}
