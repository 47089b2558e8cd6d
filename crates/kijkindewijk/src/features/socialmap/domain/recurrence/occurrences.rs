//! Which dates a recurrence falls on.

use time::{Date, Duration, Month, Weekday};

use super::{Freq, Recurrence};

impl Recurrence {
    /// The dates of occurrences from `from` to `to` (inclusive), in order.
    pub fn occurrences_between(&self, from: Date, to: Date) -> impl Iterator<Item = Date> + '_ {
        let from = from.max(self.dtstart);
        let mut period = self.first_period_near(from);
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

    /// A period (a multiple of the interval) that starts on or before `from`, so a long-running
    /// rule does not walk every week since its start.
    fn first_period_near(&self, from: Date) -> u32 {
        let step = self.interval.max(1);
        let passed = match self.freq {
            Freq::Weekly => ((from - self.dtstart).whole_days().max(0) / 7) as u32,
            Freq::Monthly => {
                let months = (i64::from(from.year()) - i64::from(self.dtstart.year())) * 12
                    + i64::from(from.month() as u8)
                    - i64::from(self.dtstart.month() as u8);
                months.max(0) as u32
            }
        };
        // One period back: a week counted from DTSTART's Monday may begin before `from`.
        (passed / step).saturating_sub(1) * step
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
