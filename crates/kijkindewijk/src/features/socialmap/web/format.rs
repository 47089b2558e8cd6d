//! How listings read on a page: ages, prices, times, dates and places, in the interface language.

use fluent_templates::fluent_bundle::FluentValue;
use time::Date;

use crate::features::socialmap::domain::recurrence::{DAY_CODES, format_time};
use crate::features::socialmap::repo::read::{LocationRow, ScheduleRow};
use crate::i18n::Locale;

/// "12 t/m 15 jaar", "vanaf 12 jaar", "tot en met 15 jaar" or "alle leeftijden".
pub fn ages(min: Option<i64>, max: Option<i64>, loc: Locale) -> String {
    let n = |v: i64| FluentValue::from(v);
    match (min, max) {
        (Some(a), Some(b)) => loc.t_args("map-age-range", &[("min", n(a)), ("max", n(b))]),
        (Some(a), None) => loc.t_args("map-age-from", &[("min", n(a))]),
        (None, Some(b)) => loc.t_args("map-age-to", &[("max", n(b))]),
        (None, None) => loc.t("map-age-any"),
    }
}

/// "€ 12,50" (Dutch) or "€12.50" (English).
pub fn euros(cents: i64, loc: Locale) -> String {
    let whole = cents / 100;
    let rest = cents % 100;
    match loc {
        Locale::Nl if rest == 0 => format!("€ {whole},-"),
        Locale::Nl => format!("€ {whole},{rest:02}"),
        Locale::En => format!("€{whole}.{rest:02}"),
    }
}

/// "Gratis", "€ 12,50 per maand" or "Vraag naar de kosten".
pub fn cost(is_free: bool, cents: Option<i64>, description: Option<&str>, loc: Locale) -> String {
    let text = match (is_free, cents) {
        (true, _) => loc.t("map-cost-free"),
        (false, Some(c)) => euros(c, loc),
        (false, None) => loc.t("map-cost-unknown"),
    };
    match description {
        Some(d) if !is_free && cents.is_some() => format!("{text} {d}"),
        Some(d) if !is_free => format!("{text} ({d})"),
        _ => text,
    }
}

fn day_name(code: &str, short: bool, loc: Locale) -> String {
    let c = code.to_ascii_lowercase();
    if short {
        loc.t(&format!("map-day-short-{c}"))
    } else {
        loc.t(&format!("map-day-{c}"))
    }
}

/// "di en do, 18:00–19:30"; "om de 2 weken op za, 10:00–12:00"; "elke maand: 1e za, 10:00–12:00".
pub fn schedule(row: &ScheduleRow, loc: Locale) -> String {
    let time = format!(
        "{}–{}",
        format_time(row.opens_minute.clamp(0, 1440) as u16),
        format_time(row.closes_minute.clamp(0, 1440) as u16)
    );
    let days: Vec<String> = row
        .byday
        .split(',')
        .filter(|p| p.len() >= 2 && p.is_char_boundary(p.len() - 2))
        .map(|p| {
            let (num, code) = p.split_at(p.len() - 2);
            let name = day_name(code, num.is_empty(), loc);
            match num.parse::<i8>() {
                Ok(-1) => loc.t1("map-ord-last", "day", &name),
                Ok(n) => loc.t_args(
                    "map-ord",
                    &[
                        ("n", FluentValue::from(n)),
                        ("day", FluentValue::from(name)),
                    ],
                ),
                Err(_) => name,
            }
        })
        .collect();
    let mut days = join_and(&days, loc);
    if let Some(md) = row.bymonthday.as_deref().filter(|s| !s.is_empty()) {
        days = loc.t1("map-sched-monthdays", "days", md);
    }
    let args = |extra: Vec<(&'static str, FluentValue<'static>)>| {
        let mut a = vec![
            ("days", FluentValue::from(days.clone())),
            ("time", FluentValue::from(time.clone())),
        ];
        a.extend(extra);
        a
    };
    match (row.freq.as_str(), row.repeat_interval) {
        ("MONTHLY", n) if n > 1 => loc.t_args(
            "map-sched-every-n-months",
            &args(vec![("n", FluentValue::from(n))]),
        ),
        ("MONTHLY", _) => loc.t_args("map-sched-monthly", &args(vec![])),
        (_, n) if n > 1 => loc.t_args(
            "map-sched-every-n-weeks",
            &args(vec![("n", FluentValue::from(n))]),
        ),
        _ => loc.t_args("map-sched-weekly", &args(vec![])),
    }
}

/// "a, b en c" / "a, b and c".
pub fn join_and(items: &[String], loc: Locale) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), loc.t("map-and")),
    }
}

/// "1 september 2025" / "1 September 2025".
pub fn date(d: Date, loc: Locale) -> String {
    let month = loc.t(&format!("map-month-{}", d.month() as u8));
    format!("{} {month} {}", d.day(), d.year())
}

/// "Sportpark Zuid, Sportlaan 4, 9901 AB Wijkerveen".
pub fn place(l: &LocationRow) -> String {
    let postcode = l
        .postal_code
        .as_deref()
        .and_then(crate::features::socialmap::domain::geo::Postcode::parse)
        .map(|p| p.display());
    let town = [postcode, l.city.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    [
        l.name.clone(),
        l.address_1.clone(),
        (!town.is_empty()).then_some(town),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ")
}

/// The day codes of a schedule's mask, for checkboxes.
pub fn mask_days(mask: i64) -> Vec<String> {
    DAY_CODES
        .iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, c)| c.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_and_ages() {
        assert_eq!(euros(1250, Locale::Nl), "€ 12,50");
        assert_eq!(euros(1200, Locale::Nl), "€ 12,-");
        assert_eq!(euros(1250, Locale::En), "€12.50");
        assert_eq!(ages(Some(12), Some(15), Locale::Nl), "12 t/m 15 jaar");
        assert_eq!(ages(None, None, Locale::En), "All ages");
        assert_eq!(
            join_and(&["a".into(), "b".into(), "c".into()], Locale::Nl),
            "a, b en c"
        );
    }
}
