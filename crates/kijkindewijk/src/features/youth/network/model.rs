//! The network map's vocabulary and the pure comparison of two moments (size, trusted people,
//! informal versus professional, per sector).

use serde::Serialize;

/// Sectors of the Social Network Map, in the order the map draws them.
pub const SECTORS: [&str; 7] = [
    "household",
    "family",
    "friends",
    "school_work",
    "club",
    "neighbourhood",
    "professionals",
];

/// Translation id of a sector.
pub fn sector_id(sector: &str) -> String {
    format!("network-sector-{}", sector.replace('_', "-"))
}

/// Most people one map holds; a map is about the people who matter, and the SVG must stay readable.
pub const MAX_PEOPLE: i64 = 150;

/// One person's place on a map, as snapshots keep it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    /// Sector.
    pub sector: String,
    /// Ring 1 (close) – 3 (further).
    pub ring: i64,
    /// Trusted person.
    pub trusted: bool,
}

/// Figures of one moment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// People on the map.
    pub size: usize,
    /// Trusted people.
    pub trusted: usize,
    /// Everyone outside the professionals sector.
    pub informal: usize,
    /// The professionals sector.
    pub professional: usize,
    /// In the closest ring.
    pub close: usize,
    /// Count per sector, in [`SECTORS`] order.
    pub per_sector: Vec<usize>,
}

/// Summarises a map.
pub fn summarise(people: &[Placed]) -> Summary {
    let per_sector = SECTORS
        .iter()
        .map(|s| people.iter().filter(|p| p.sector == *s).count())
        .collect();
    let professional = people
        .iter()
        .filter(|p| p.sector == "professionals")
        .count();
    Summary {
        size: people.len(),
        trusted: people.iter().filter(|p| p.trusted).count(),
        informal: people.len() - professional,
        professional,
        close: people.iter().filter(|p| p.ring == 1).count(),
        per_sector,
    }
}

/// The change from `a` to `b`, per figure (b − a).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Size.
    pub size: i64,
    /// Trusted people.
    pub trusted: i64,
    /// Informal ties.
    pub informal: i64,
    /// Professional ties.
    pub professional: i64,
    /// Closest ring.
    pub close: i64,
    /// Per sector.
    pub per_sector: Vec<i64>,
}

/// Compares two summaries.
pub fn compare(a: &Summary, b: &Summary) -> Change {
    let d = |x: usize, y: usize| y as i64 - x as i64;
    Change {
        size: d(a.size, b.size),
        trusted: d(a.trusted, b.trusted),
        informal: d(a.informal, b.informal),
        professional: d(a.professional, b.professional),
        close: d(a.close, b.close),
        per_sector: a
            .per_sector
            .iter()
            .zip(&b.per_sector)
            .map(|(x, y)| d(*x, *y))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(sector: &str, ring: i64, trusted: bool) -> Placed {
        Placed {
            sector: sector.into(),
            ring,
            trusted,
        }
    }

    #[test]
    fn growth_between_two_moments() {
        let before = summarise(&[
            p("household", 1, true),
            p("professionals", 2, false),
            p("professionals", 3, false),
        ]);
        let after = summarise(&[
            p("household", 1, true),
            p("friends", 1, true),
            p("club", 2, false),
            p("professionals", 2, false),
        ]);
        assert_eq!(before.informal, 1);
        assert_eq!(before.professional, 2);
        let change = compare(&before, &after);
        assert_eq!(change.size, 1);
        assert_eq!(change.trusted, 1);
        assert_eq!(change.informal, 2);
        assert_eq!(change.professional, -1);
        assert_eq!(change.close, 1);
        assert_eq!(change.per_sector, vec![0, 0, 1, 0, 1, 0, -1]);
    }

    #[test]
    fn empty_map() {
        let s = summarise(&[]);
        assert_eq!(s.size, 0);
        assert_eq!(s.per_sector, vec![0; 7]);
    }
}
