//! From stored figures to what may be shown (pure). The small-count rule runs once over the whole
//! municipality (every wijk, the young people without a wijk, every month, every count and the
//! never-shown remainders of the filtered counts), so the municipality page, a wijk's page, a
//! team's view and the CSV files all show the same cells and no view can be subtracted from
//! another.

use std::collections::HashMap;

use super::indicators::{COUNTS, MUNICIPALITY, NO_WIJK, Raw};
use super::suppress::{self, Cell, Shown, Sum, THRESHOLD};

/// The figures of one municipality, ready to show.
#[derive(Debug, Clone, Default)]
pub struct Figures {
    /// Months, oldest first (`YYYY-MM`).
    pub periods: Vec<String>,
    /// Whether anyone in the data has no wijk (then that row is shown).
    pub has_no_wijk: bool,
    counts: HashMap<(String, String, String), Shown>,
    values: HashMap<(String, String, String), (i64, i64)>,
}

/// Counts that are split by a filter: (the filtered count, the name of the never-shown rest).
const FILTERED: &[(&str, &str)] = &[
    ("in_activity", "rest_activity"),
    ("counted_plan", "rest_plan"),
];

type Key = (String, String, String);

/// Whether a count is shown for an area. New young people per period are shown for the
/// municipality only: in a wijk a quarter often brings fewer than 5, and "this period = the last
/// + new" would then force the number involved to be hidden in most periods. Unshown, the new
/// ones still take part in the sums (a reader can subtract two periods), so the rule still
/// protects them; but a hidden total is then only bounded by its neighbours, not fixed.
pub fn published(area: &str, ind: &str) -> bool {
    ind != "new" || area == MUNICIPALITY
}

fn key(area: &str, period: &str, ind: &str) -> Key {
    (area.to_string(), period.to_string(), ind.to_string())
}

impl Figures {
    /// Applies the rule to a municipality's stored figures. `wijken` are the wijk ids.
    pub fn build(raw: &[Raw], wijken: &[String], periods: Vec<String>) -> Figures {
        let mut true_count: HashMap<Key, i64> = HashMap::new();
        let mut values = HashMap::new();
        for r in raw {
            let k = key(&r.area, &r.period, &r.indicator);
            if COUNTS.contains(&r.indicator.as_str()) {
                true_count.insert(k, r.n);
            } else {
                values.insert(k, (r.n, r.value));
            }
        }
        // "no wijk" takes part only when someone in the data has no wijk: an area nobody was
        // ever in has nobody to protect, and a structural zero would otherwise pin itself
        // (municipality minus its wijken) and force a hidden wijk in every period
        let mut areas: Vec<String> = vec![MUNICIPALITY.to_string()];
        if raw.iter().any(|r| r.area == NO_WIJK) {
            areas.push(NO_WIJK.to_string());
        }
        // the same holds for a wijk nobody was ever counted in (say, one added today): its zero
        // would otherwise pin a hidden cell in every period of every other wijk
        areas.extend(
            wijken
                .iter()
                .filter(|w| raw.iter().any(|r| &r.area == *w))
                .cloned(),
        );
        let mut cells: Vec<Cell> = Vec::new();
        let mut index: HashMap<Key, usize> = HashMap::new();
        let mut at = |k: Key, count: i64, published: bool, cells: &mut Vec<Cell>| {
            let i = cells.len();
            cells.push(Cell { count, published });
            index.insert(k, i);
        };
        let get = |k: &Key| true_count.get(k).copied().unwrap_or(0);
        for p in &periods {
            for a in &areas {
                for ind in COUNTS {
                    let k = key(a, p, ind);
                    let n = get(&k);
                    at(k, n, published(a, ind), &mut cells);
                }
                let involved = get(&key(a, p, "involved"));
                for (filtered, rest) in FILTERED {
                    let n = involved - get(&key(a, p, filtered));
                    at(key(a, p, rest), n.max(0), false, &mut cells);
                }
            }
        }
        let mut sums = Vec::new();
        let indicators: Vec<&str> = COUNTS
            .iter()
            .copied()
            .chain(FILTERED.iter().map(|f| f.1))
            .collect();
        for (pi, p) in periods.iter().enumerate() {
            for ind in &indicators {
                // the municipality is its wijken plus those without one
                sums.push(Sum {
                    total: index[&key(MUNICIPALITY, p, ind)],
                    parts: areas[1..].iter().map(|a| index[&key(a, p, ind)]).collect(),
                });
            }
            for a in &areas {
                for (filtered, rest) in FILTERED {
                    sums.push(Sum {
                        total: index[&key(a, p, "involved")],
                        parts: vec![index[&key(a, p, filtered)], index[&key(a, p, rest)]],
                    });
                }
                // this month's involved are last month's plus the new ones
                if pi > 0 {
                    let prev = &periods[pi - 1];
                    sums.push(Sum {
                        total: index[&key(a, p, "involved")],
                        parts: vec![index[&key(a, prev, "involved")], index[&key(a, p, "new")]],
                    });
                }
            }
        }
        let shown = suppress::suppress(&cells, &sums);
        let counts = index.into_iter().map(|(k, i)| (k, shown[i])).collect();
        Figures {
            periods,
            has_no_wijk: areas.iter().any(|a| a == NO_WIJK),
            counts,
            values,
        }
    }

    /// A count as shown.
    pub fn count(&self, area: &str, period: &str, ind: &str) -> Shown {
        self.counts
            .get(&key(area, period, ind))
            .copied()
            .unwrap_or(Shown::Small)
    }

    /// A figure over a group (times ten), only when the group has at least 5.
    pub fn value(&self, area: &str, period: &str, ind: &str) -> Option<i64> {
        self.values
            .get(&key(area, period, ind))
            .filter(|(n, _)| *n >= THRESHOLD)
            .map(|(_, v)| *v)
    }

    /// The text of a figure (times ten) with one decimal, or "< 5" when its group is too small.
    pub fn value_text(&self, area: &str, period: &str, ind: &str) -> String {
        match self.value(area, period, ind) {
            Some(v) => tenths(v),
            None => Shown::Small.text(),
        }
    }

    /// The last month.
    pub fn latest(&self) -> &str {
        self.periods.last().map(String::as_str).unwrap_or_default()
    }

    /// The rating keys present (`rating:<domain>`), sorted.
    pub fn rating_keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self
            .values
            .keys()
            .filter(|k| k.2.starts_with("rating:"))
            .map(|k| k.2.clone())
            .collect();
        keys.sort();
        keys.dedup();
        keys
    }
}

/// A value stored times ten as text with one decimal ("7,5").
pub fn tenths(v: i64) -> String {
    let sign = if v < 0 { "-" } else { "" };
    format!("{sign}{},{}", v.abs() / 10, v.abs() % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(area: &str, period: &str, ind: &str, n: i64) -> Raw {
        Raw {
            area: area.into(),
            period: period.into(),
            indicator: ind.into(),
            n,
            value: n,
        }
    }

    #[test]
    fn a_small_wijk_cannot_be_worked_out_from_the_municipality() {
        let periods = vec!["2026-01".to_string()];
        let data = vec![
            raw("", "2026-01", "involved", 35),
            raw("A", "2026-01", "involved", 27),
            raw("B", "2026-01", "involved", 3),
            raw("-", "2026-01", "involved", 5),
        ];
        let f = Figures::build(&data, &["A".into(), "B".into()], periods);
        assert_eq!(f.count("B", "2026-01", "involved"), Shown::Small);
        let shown = [
            f.count("", "2026-01", "involved"),
            f.count("A", "2026-01", "involved"),
            f.count("-", "2026-01", "involved"),
        ];
        assert!(
            shown.contains(&Shown::Hidden),
            "35 - 27 - 5 would give 3: {shown:?}"
        );
    }

    #[test]
    fn a_wijk_without_anyone_hides_nothing_else() {
        let periods = vec!["2026-01".to_string()];
        let data = vec![
            raw("", "2026-01", "involved", 40),
            raw("A", "2026-01", "involved", 20),
            raw("B", "2026-01", "involved", 20),
        ];
        let wijken = ["A".into(), "B".into(), "new".into()];
        let f = Figures::build(&data, &wijken, periods);
        assert_eq!(f.count("A", "2026-01", "involved"), Shown::Value(20));
        assert_eq!(f.count("B", "2026-01", "involved"), Shown::Value(20));
        assert_eq!(f.count("new", "2026-01", "involved"), Shown::Small);
    }

    #[test]
    fn values_over_small_groups_are_not_shown() {
        let mut r = raw("A", "2026-01", "network_median", 4);
        r.value = 75;
        let f = Figures::build(&[r.clone()], &["A".into()], vec!["2026-01".into()]);
        assert_eq!(f.value("A", "2026-01", "network_median"), None);
        r.n = 5;
        let f = Figures::build(&[r], &["A".into()], vec!["2026-01".into()]);
        assert_eq!(f.value_text("A", "2026-01", "network_median"), "7,5");
    }
}
