//! The indicators, computed from facts per young person, introduction and barrier (pure). The
//! job loads the facts and stores what this returns; pages never see the facts.
//!
//! Counted: every young person registered in the municipality and not erased (the team's public
//! task). Figures from the plan (self-ratings, network, goals) count only young people who share
//! that part with the team under the age rules (under 12 a parent with authority, 12 to 15 both,
//! from 16 the young person), as it stood at the end of the month.

use std::collections::BTreeMap;

use time::{Date, Month};

use crate::access::rules::{self, Consent};

/// The area key of the whole municipality.
pub const MUNICIPALITY: &str = "";
/// The area key of young people without a wijk.
pub const NO_WIJK: &str = "-";

/// Counts of young people, introductions and barriers (suppressed as counts).
pub const COUNTS: &[&str] = &[
    "involved",
    "new",
    "in_activity",
    "counted_plan",
    "intro_made",
    "intro_started",
    "intro_lasting",
    "intro_no_place",
    "barriers_opened",
    "barriers_escalated",
    "barriers_solved",
];

/// Figures over a group (shown only when the group has at least 5), stored times ten.
pub const VALUES: &[&str] = &[
    "network_median",
    "network_informal_median",
    "network_professional_median",
    "network_trusted_median",
    "gas_t",
    "barrier_days",
];

/// A young person's consent for one part, as timestamps' dates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Given {
    /// When the young person agreed.
    pub by_young: Option<Date>,
    /// When a parent with authority agreed.
    pub by_parent: Option<Date>,
}

/// One count of the network map at a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NetPoint {
    /// The date of the snapshot (today for the live map).
    pub on: Date,
    /// People on the map.
    pub size: i64,
    /// Of whom professionals.
    pub professional: i64,
    /// Of whom trusted.
    pub trusted: i64,
}

/// What the monitor needs of one young person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Young {
    /// Wijk id, if known.
    pub wijk: Option<String>,
    /// Registration date.
    pub registered: Date,
    /// Birth date (for the age rule only; never stored by the monitor).
    pub birth: Date,
    /// Consent to the team for plan, ratings and network.
    pub plan: Given,
    /// See `plan`.
    pub ratings: Given,
    /// See `plan`.
    pub network: Given,
    /// Network counts over time, oldest first.
    pub net: Vec<NetPoint>,
    /// Self-ratings: (domain key, date, score 1–10).
    pub ratings_given: Vec<(String, Date, i64)>,
    /// Goals: (weight, scores as (date, −2..=2)).
    pub goals: Vec<(i64, Vec<(Date, i64)>)>,
    /// Start of the earliest introduction that is still running.
    pub activity_since: Option<Date>,
}

/// One introduction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Intro {
    /// The young person's wijk.
    pub wijk: Option<String>,
    /// Proposed on.
    pub made: Date,
    /// Started on.
    pub started: Option<Date>,
    /// Still running at the three-month question.
    pub lasting: bool,
    /// Declined for want of a place, on.
    pub no_place: Option<Date>,
}

/// One barrier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Barrier {
    /// Wijk id.
    pub wijk: Option<String>,
    /// Recorded on.
    pub opened: Date,
    /// Escalations' dates.
    pub escalated: Vec<Date>,
    /// Solved on.
    pub solved: Option<Date>,
    /// Answers: (answered on, days from escalation).
    pub answers: Vec<(Date, i64)>,
}

/// One stored figure: `n` is the count (or the group size), `value` the figure (times ten for
/// values, the count for counts).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Raw {
    /// Area key: a wijk id, [`MUNICIPALITY`] or [`NO_WIJK`].
    pub area: String,
    /// `YYYY-MM`.
    pub period: String,
    /// Indicator key (`rating:<domain>` for self-ratings).
    pub indicator: String,
    /// Count or group size.
    pub n: i64,
    /// The figure.
    pub value: i64,
}

/// A period the figures are counted over: a month or a quarter, with its first and last day.
/// Stocks (young people involved, in an activity, counted) are taken at the last day; flows (new,
/// introductions, barriers) are everything that happened between the first and the last.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// First day.
    pub first: Date,
    /// Last day.
    pub last: Date,
    quarter: bool,
}

impl Span {
    /// The month containing `d`.
    pub fn month(d: Date) -> Span {
        let first = d.replace_day(1).unwrap_or(d);
        Span::from_first(first, 1, false)
    }
    /// The quarter containing `d` (January–March, April–June, …).
    pub fn quarter(d: Date) -> Span {
        let m = (d.month() as u8 - 1) / 3 * 3 + 1;
        let first = Month::try_from(m)
            .ok()
            .and_then(|m| Date::from_calendar_date(d.year(), m, 1).ok())
            .unwrap_or(d);
        Span::from_first(first, 3, true)
    }
    fn from_first(first: Date, months: usize, quarter: bool) -> Span {
        let mut next = first;
        for _ in 0..months {
            next = next_month(next);
        }
        Span {
            first,
            last: next.previous_day().unwrap_or(first),
            quarter,
        }
    }
    /// `YYYY-MM` for a month, `YYYY-Qn` for a quarter (both sort in time order).
    pub fn key(&self) -> String {
        let (y, m) = (self.first.year(), self.first.month() as u8);
        if self.quarter {
            format!("{y:04}-Q{}", (m - 1) / 3 + 1)
        } else {
            format!("{y:04}-{m:02}")
        }
    }
    fn contains(&self, d: Date) -> bool {
        self.first <= d && d <= self.last
    }
}

fn next_month(first: Date) -> Date {
    let (y, m) = match first.month() {
        Month::December => (first.year() + 1, Month::January),
        m => (first.year(), m.next()),
    };
    Date::from_calendar_date(y, m, 1).unwrap_or(first)
}

/// The `count` months up to and including the month of `today`, oldest first.
pub fn months(today: Date, count: usize) -> Vec<Span> {
    back(Span::month(today), count, Span::month)
}

/// The `count` quarters up to and including the quarter of `today`, oldest first.
pub fn quarters(today: Date, count: usize) -> Vec<Span> {
    back(Span::quarter(today), count, Span::quarter)
}

fn back(latest: Span, count: usize, of: fn(Date) -> Span) -> Vec<Span> {
    let mut out = vec![latest];
    while out.len() < count {
        let prev = out[0].first.previous_day().unwrap_or(out[0].first);
        out.insert(0, of(prev));
    }
    out
}

fn in_force(g: Given, birth: Date, on: Date) -> bool {
    let c = Consent {
        by_young: g.by_young.is_some_and(|d| d <= on),
        by_parent: g.by_parent.is_some_and(|d| d <= on),
    };
    rules::consent_in_force(rules::band(rules::age_on(birth, on)), c)
}

/// GAS T-score (Kiresuk & Sherman, ρ = 0.3) of goals with a score, or `None` without any.
pub fn t_score(goals: &[(i64, i64)]) -> Option<f64> {
    if goals.is_empty() {
        return None;
    }
    let rho = 0.3;
    let (mut wx, mut w2, mut w) = (0.0, 0.0, 0.0);
    for &(weight, x) in goals {
        let wf = weight.max(1) as f64;
        wx += wf * x as f64;
        w2 += wf * wf;
        w += wf;
    }
    Some(50.0 + 10.0 * wx / ((1.0 - rho) * w2 + rho * w * w).sqrt())
}

/// The median times ten (the mean of the two middles for an even count), `None` for none.
pub fn median10(values: &mut [i64]) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let n = values.len();
    Some(if n % 2 == 1 {
        values[n / 2] * 10
    } else {
        (values[n / 2 - 1] + values[n / 2]) * 5
    })
}

#[derive(Default)]
struct Acc {
    counts: BTreeMap<&'static str, i64>,
    groups: BTreeMap<String, Vec<i64>>,
    means: BTreeMap<String, (f64, i64)>,
}

impl Acc {
    fn count(&mut self, key: &'static str) {
        *self.counts.entry(key).or_default() += 1;
    }
    fn push(&mut self, key: &str, v: i64) {
        self.groups.entry(key.to_string()).or_default().push(v);
    }
    fn mean(&mut self, key: &str, v: f64) {
        let e = self.means.entry(key.to_string()).or_default();
        e.0 += v;
        e.1 += 1;
    }
}

/// Computes every figure for `months`, per wijk (and [`NO_WIJK`]) and for the municipality.
pub fn compute(
    months: &[Span],
    young: &[Young],
    intros: &[Intro],
    barriers: &[Barrier],
) -> Vec<Raw> {
    let mut acc: BTreeMap<(String, usize), Acc> = BTreeMap::new();
    let mut both = |wijk: &Option<String>, m: usize, f: &mut dyn FnMut(&mut Acc)| {
        let area = wijk.clone().unwrap_or_else(|| NO_WIJK.to_string());
        f(acc.entry((area, m)).or_default());
        f(acc.entry((MUNICIPALITY.to_string(), m)).or_default());
    };
    for (m, span) in months.iter().enumerate() {
        for y in young.iter().filter(|y| y.registered <= span.last) {
            both(&y.wijk, m, &mut |a| young_month(a, y, span));
        }
        for i in intros {
            both(&i.wijk, m, &mut |a| {
                if span.contains(i.made) {
                    a.count("intro_made");
                }
                if i.started.is_some_and(|d| span.contains(d)) {
                    a.count("intro_started");
                }
                let three = i.started.map(|d| d + time::Duration::days(91));
                if i.lasting && three.is_some_and(|d| span.contains(d)) {
                    a.count("intro_lasting");
                }
                if i.no_place.is_some_and(|d| span.contains(d)) {
                    a.count("intro_no_place");
                }
            });
        }
        for b in barriers {
            both(&b.wijk, m, &mut |a| {
                if span.contains(b.opened) {
                    a.count("barriers_opened");
                }
                for _ in b.escalated.iter().filter(|d| span.contains(**d)) {
                    a.count("barriers_escalated");
                }
                if b.solved.is_some_and(|d| span.contains(d)) {
                    a.count("barriers_solved");
                }
                for (_, days) in b.answers.iter().filter(|(d, _)| span.contains(*d)) {
                    a.push("barrier_days", *days);
                }
            });
        }
    }
    let mut out = Vec::new();
    for ((area, m), mut a) in acc {
        let period = months[m].key();
        let mut put = |indicator: &str, n: i64, value: i64| {
            out.push(Raw {
                area: area.clone(),
                period: period.clone(),
                indicator: indicator.to_string(),
                n,
                value,
            })
        };
        for key in COUNTS {
            let n = a.counts.get(key).copied().unwrap_or(0);
            put(*key, n, n);
        }
        for (key, values) in a.groups.iter_mut() {
            let n = values.len() as i64;
            if let Some(v) = median10(values) {
                put(key, n, v);
            }
        }
        for (key, (sum, n)) in &a.means {
            put(key, *n, (sum * 10.0 / *n as f64).round() as i64);
        }
    }
    out
}

fn young_month(a: &mut Acc, y: &Young, span: &Span) {
    a.count("involved");
    if span.contains(y.registered) {
        a.count("new");
    }
    if y.activity_since
        .is_some_and(|d| d + time::Duration::days(91) <= span.last)
    {
        a.count("in_activity");
    }
    let on = span.last;
    if in_force(y.network, y.birth, on)
        && let Some(p) = y.net.iter().rev().find(|p| p.on <= on)
    {
        a.push("network_median", p.size);
        a.push("network_informal_median", p.size - p.professional);
        a.push("network_professional_median", p.professional);
        a.push("network_trusted_median", p.trusted);
    }
    if in_force(y.ratings, y.birth, on) {
        let mut latest: BTreeMap<&str, (Date, i64)> = BTreeMap::new();
        for (key, d, score) in y.ratings_given.iter().filter(|r| r.1 <= on) {
            let e = latest.entry(key.as_str()).or_insert((*d, *score));
            if *d >= e.0 {
                *e = (*d, *score);
            }
        }
        for (key, (_, score)) in latest {
            a.mean(&format!("rating:{key}"), score as f64);
        }
    }
    if in_force(y.plan, y.birth, on) {
        a.count("counted_plan");
        let scored: Vec<(i64, i64)> = y
            .goals
            .iter()
            .filter_map(|(w, scores)| {
                scores
                    .iter()
                    .filter(|(d, _)| *d <= on)
                    .max_by_key(|(d, _)| *d)
                    .map(|(_, x)| (*w, *x))
            })
            .collect();
        if let Some(t) = t_score(&scored) {
            a.mean("gas_t", t);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn find(raw: &[Raw], area: &str, period: &str, ind: &str) -> Option<(i64, i64)> {
        raw.iter()
            .find(|r| r.area == area && r.period == period && r.indicator == ind)
            .map(|r| (r.n, r.value))
    }

    #[test]
    fn months_run_oldest_first_over_a_new_year() {
        let m = months(date!(2026 - 02 - 10), 3);
        let keys: Vec<String> = m.iter().map(Span::key).collect();
        assert_eq!(keys, ["2025-12", "2026-01", "2026-02"]);
        assert_eq!(m[2].last, date!(2026 - 02 - 28));
    }

    #[test]
    fn quarters_run_oldest_first_and_end_on_their_last_day() {
        let q = quarters(date!(2026 - 02 - 10), 3);
        let keys: Vec<String> = q.iter().map(Span::key).collect();
        assert_eq!(keys, ["2025-Q3", "2025-Q4", "2026-Q1"]);
        assert_eq!(q[0].first, date!(2025 - 07 - 01));
        assert_eq!(q[0].last, date!(2025 - 09 - 30));
        assert_eq!(q[2].last, date!(2026 - 03 - 31));
        assert_eq!(Span::quarter(date!(2026 - 12 - 31)).key(), "2026-Q4");
    }

    #[test]
    fn t_scores_follow_the_formula() {
        assert_eq!(t_score(&[]), None);
        let t = t_score(&[(1, 0), (1, 0)]).unwrap();
        assert!((t - 50.0).abs() < 1e-9);
        // one goal at +1: 50 + 10 / sqrt(0.7 + 0.3) = 60
        assert!((t_score(&[(1, 1)]).unwrap() - 60.0).abs() < 1e-9);
    }

    #[test]
    fn medians_times_ten() {
        assert_eq!(median10(&mut [3, 1, 2]), Some(20));
        assert_eq!(median10(&mut [4, 1, 2, 3]), Some(25));
        assert_eq!(median10(&mut []), None);
    }

    fn person(wijk: &str, registered: Date, age16: bool) -> Young {
        let yes = Given {
            by_young: Some(date!(2026 - 01 - 01)),
            by_parent: None,
        };
        Young {
            wijk: Some(wijk.into()),
            registered,
            birth: if age16 {
                date!(2008 - 01 - 01)
            } else {
                date!(2012 - 01 - 01)
            },
            plan: yes,
            ratings: yes,
            network: yes,
            net: vec![],
            ratings_given: vec![],
            goals: vec![],
            activity_since: None,
        }
    }

    /// A small data set worked out by hand.
    #[test]
    fn a_hand_computed_municipality() {
        let months = months(date!(2026 - 03 - 15), 2); // February and March 2026
        let mut a = person("A", date!(2026 - 02 - 03), true);
        a.net = vec![NetPoint {
            on: date!(2026 - 02 - 10),
            size: 10,
            professional: 2,
            trusted: 3,
        }];
        a.ratings_given = vec![
            ("home".into(), date!(2026 - 02 - 04), 6),
            ("home".into(), date!(2026 - 03 - 04), 8),
        ];
        a.goals = vec![(1, vec![(date!(2026 - 03 - 01), 1)])];
        let mut b = person("A", date!(2026 - 03 - 20), true);
        b.net = vec![NetPoint {
            on: date!(2026 - 03 - 21),
            size: 4,
            professional: 1,
            trusted: 1,
        }];
        b.ratings_given = vec![("home".into(), date!(2026 - 03 - 21), 5)];
        // 14 years old: the young person alone is not enough
        let mut c = person("B", date!(2025 - 12 - 01), false);
        c.ratings_given = vec![("home".into(), date!(2026 - 02 - 01), 1)];
        c.activity_since = Some(date!(2025 - 11 - 01));
        let mut d = person("B", date!(2026 - 01 - 01), true);
        d.wijk = None;
        let intros = vec![Intro {
            wijk: Some("A".into()),
            made: date!(2026 - 02 - 01),
            started: Some(date!(2025 - 12 - 01)),
            lasting: true,
            no_place: None,
        }];
        let barriers = vec![Barrier {
            wijk: Some("B".into()),
            opened: date!(2026 - 03 - 02),
            escalated: vec![date!(2026 - 03 - 03)],
            solved: None,
            answers: vec![(date!(2026 - 03 - 13), 10)],
        }];
        let (a2, b2, c2, d2) = (a.clone(), b.clone(), c.clone(), d.clone());
        let raw = compute(&months, &[a, b, c, d], &intros, &barriers);
        // February: a (A), c (B), d (no wijk); March adds b (A)
        assert_eq!(find(&raw, "A", "2026-02", "involved"), Some((1, 1)));
        assert_eq!(find(&raw, "A", "2026-03", "involved"), Some((2, 2)));
        assert_eq!(find(&raw, "A", "2026-03", "new"), Some((1, 1)));
        assert_eq!(find(&raw, "-", "2026-03", "involved"), Some((1, 1)));
        assert_eq!(find(&raw, "", "2026-03", "involved"), Some((4, 4)));
        assert_eq!(find(&raw, "", "2026-02", "new"), Some((1, 1)));
        // c's activity started 2025-11-01, three months on is 2026-01-31
        assert_eq!(find(&raw, "B", "2026-02", "in_activity"), Some((1, 1)));
        // counted for plan figures: a, b, d (16+); c (14) has no parent's consent
        assert_eq!(find(&raw, "", "2026-03", "counted_plan"), Some((3, 3)));
        // network in March: a 10 (February snapshot), b 4 → median 7
        assert_eq!(find(&raw, "A", "2026-03", "network_median"), Some((2, 70)));
        assert_eq!(
            find(&raw, "A", "2026-03", "network_informal_median"),
            Some((2, 55))
        );
        // ratings "home" in March: a's latest 8, b 5 → 6.5; c not counted
        assert_eq!(find(&raw, "", "2026-03", "rating:home"), Some((2, 65)));
        assert_eq!(find(&raw, "", "2026-02", "rating:home"), Some((1, 60)));
        // GAS: a's one goal at +1 in March → 60
        assert_eq!(find(&raw, "A", "2026-03", "gas_t"), Some((1, 600)));
        assert_eq!(find(&raw, "A", "2026-02", "gas_t"), None);
        // introduction: made in February; started 2025-12-01, lasting three months on (March 2)
        assert_eq!(find(&raw, "A", "2026-02", "intro_made"), Some((1, 1)));
        assert_eq!(find(&raw, "A", "2026-03", "intro_lasting"), Some((1, 1)));
        // barrier in B: opened, escalated, answered after 10 days in March
        assert_eq!(find(&raw, "B", "2026-03", "barriers_opened"), Some((1, 1)));
        assert_eq!(
            find(&raw, "", "2026-03", "barriers_escalated"),
            Some((1, 1))
        );
        assert_eq!(find(&raw, "B", "2026-03", "barrier_days"), Some((1, 100)));
        // the same people per quarter: stocks at the quarter's end, flows over the quarter
        let q = quarters(date!(2026 - 03 - 15), 2); // 2025-Q4 and 2026-Q1
        let raw = compute(&q, &[a2, b2, c2, d2], &intros, &barriers);
        assert_eq!(find(&raw, "A", "2026-Q1", "involved"), Some((2, 2)));
        assert_eq!(find(&raw, "A", "2026-Q1", "new"), Some((2, 2)));
        assert_eq!(find(&raw, "", "2025-Q4", "involved"), Some((1, 1)));
        assert_eq!(find(&raw, "", "2026-Q1", "new"), Some((3, 3)));
        assert_eq!(find(&raw, "A", "2026-Q1", "network_median"), Some((2, 70)));
        assert_eq!(find(&raw, "A", "2026-Q1", "intro_made"), Some((1, 1)));
        assert_eq!(find(&raw, "A", "2025-Q4", "intro_lasting"), Some((0, 0)));
        assert_eq!(find(&raw, "A", "2026-Q1", "intro_lasting"), Some((1, 1)));
    }
}
