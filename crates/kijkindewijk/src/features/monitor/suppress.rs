//! Small-count suppression, pure. Every published count below [`THRESHOLD`] is shown as "< 5"
//! (primary suppression). Counts are tied together by sums: a wijk and the municipality, buurten
//! and their wijk, one month and the next (this month = last month + new), a filtered view and the
//! whole. Whoever can subtract published cells must not be able to work out a hidden count under
//! 5, so further cells are hidden (complementary suppression) until no hidden small count is fixed
//! by the published figures.
//!
//! The check is bounds propagation over the sums: a hidden "< 5" cell lies in 0..=4, a hidden
//! complementary cell in 5.. (the reader can tell the two apart), a cell that is never published
//! anywhere in 0.., a shown cell is its value. When the bounds of a hidden cell under 5 close to
//! one value, the smallest shown cell of a sum it is in gets hidden too, and the check repeats.

/// Counts below this are never shown.
pub const THRESHOLD: i64 = 5;

/// How one cell is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// The count itself.
    Value(i64),
    /// Fewer than [`THRESHOLD`]: "< 5".
    Small,
    /// Hidden so that a small count elsewhere cannot be worked out by subtraction.
    Hidden,
    /// Not published at all (a cell that only takes part in sums, such as "the rest").
    Unpublished,
}

impl Shown {
    /// The text on the page and in the CSV.
    pub fn text(self) -> String {
        match self {
            Shown::Value(v) => v.to_string(),
            Shown::Small => format!("< {THRESHOLD}"),
            Shown::Hidden => "•".to_string(),
            Shown::Unpublished => String::new(),
        }
    }

    /// The value when shown.
    pub fn value(self) -> Option<i64> {
        match self {
            Shown::Value(v) => Some(v),
            _ => None,
        }
    }
}

/// `total = sum of parts`, by cell index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sum {
    /// The cell that is the sum.
    pub total: usize,
    /// The cells that add up to it.
    pub parts: Vec<usize>,
}

/// One cell: its true count and whether it is published.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cell {
    /// The true count (never negative).
    pub count: i64,
    /// Whether the cell is shown anywhere.
    pub published: bool,
}

const INF: i64 = i64::MAX / 4;

/// Decides how every cell is shown.
pub fn suppress(cells: &[Cell], sums: &[Sum]) -> Vec<Shown> {
    let mut shown: Vec<Shown> = cells
        .iter()
        .map(|c| match (c.published, c.count < THRESHOLD) {
            (false, _) => Shown::Unpublished,
            (true, true) => Shown::Small,
            (true, false) => Shown::Value(c.count),
        })
        .collect();
    // which sums each cell is in
    let mut by_cell: Vec<Vec<usize>> = vec![Vec::new(); cells.len()];
    for (k, s) in sums.iter().enumerate() {
        for &i in s.parts.iter().chain(std::iter::once(&s.total)) {
            by_cell[i].push(k);
        }
    }
    // Each round hides at least one more cell, so this ends.
    for _ in 0..=cells.len() {
        let bounds = propagate(&shown, sums);
        let pinned = |i: usize| bounds[i].0 == bounds[i].1;
        let leaks: Vec<usize> = (0..cells.len())
            .filter(|&i| cells[i].count < THRESHOLD && pinned(i))
            .collect();
        if leaks.is_empty() {
            return shown;
        }
        let mut hid = false;
        for leak in leaks {
            // the shown cells of every sum the leak is in, and of the sums that fixed cells it
            // depends on are in: hiding the smallest of them opens the chain that pins it
            let mut seen = vec![leak];
            let mut queue = vec![leak];
            let mut best: Option<(i64, usize)> = None;
            while let Some(c) = queue.pop() {
                for &k in &by_cell[c] {
                    let s = &sums[k];
                    for &j in s.parts.iter().chain(std::iter::once(&s.total)) {
                        match shown[j].value() {
                            Some(v) => best = Some(best.map_or((v, j), |b| b.min((v, j)))),
                            None if pinned(j) && !seen.contains(&j) => {
                                seen.push(j);
                                queue.push(j);
                            }
                            None => {}
                        }
                    }
                }
            }
            if let Some((_, j)) = best {
                shown[j] = Shown::Hidden;
                hid = true;
            }
        }
        if !hid {
            return shown; // nothing left to hide around it
        }
    }
    shown
}

/// The range a reader can work out for every cell from what is shown and the sums.
pub fn propagate(shown: &[Shown], sums: &[Sum]) -> Vec<(i64, i64)> {
    let mut b: Vec<(i64, i64)> = shown
        .iter()
        .map(|s| match s {
            Shown::Value(v) => (*v, *v),
            Shown::Small => (0, THRESHOLD - 1),
            Shown::Hidden => (THRESHOLD, INF),
            Shown::Unpublished => (0, INF),
        })
        .collect();
    let add = |a: i64, c: i64| a.saturating_add(c).min(INF);
    for _ in 0..64 {
        let mut changed = false;
        for s in sums {
            // lows of the parts, the finite highs, and how many parts have no upper bound
            let (plo, phi, ninf) = s.parts.iter().fold((0, 0, 0usize), |(l, h, n), &i| {
                if b[i].1 >= INF {
                    (add(l, b[i].0), h, n + 1)
                } else {
                    (add(l, b[i].0), add(h, b[i].1), n)
                }
            });
            let t = s.total;
            let hi_all = if ninf > 0 { INF } else { phi };
            let nt = (b[t].0.max(plo), b[t].1.min(hi_all));
            if nt != b[t] {
                b[t] = nt;
                changed = true;
            }
            // each part within the total minus the others
            for &p in &s.parts {
                let olo = plo - b[p].0;
                let p_inf = b[p].1 >= INF;
                let ohi = if ninf > usize::from(p_inf) {
                    INF
                } else if p_inf {
                    phi
                } else {
                    phi - b[p].1
                };
                let lo = if ohi >= INF { 0 } else { b[t].0 - ohi };
                let hi = if b[t].1 >= INF { INF } else { b[t].1 - olo };
                let np = (b[p].0.max(lo), b[p].1.min(hi));
                if np != b[p] {
                    b[p] = np;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(v: &[i64]) -> Vec<Cell> {
        v.iter()
            .map(|&count| Cell {
                count,
                published: true,
            })
            .collect()
    }

    fn sum(total: usize, parts: &[usize]) -> Sum {
        Sum {
            total,
            parts: parts.to_vec(),
        }
    }

    fn texts(s: &[Shown]) -> Vec<String> {
        s.iter().map(|s| s.text()).collect()
    }

    #[test]
    fn small_counts_show_as_under_five_and_others_as_they_are() {
        let s = suppress(&cells(&[0, 4, 5, 120]), &[]);
        assert_eq!(texts(&s), ["< 5", "< 5", "5", "120"]);
    }

    /// Each case: the cells, the sums, what is shown.
    #[test]
    fn each_way_of_subtracting_is_closed() {
        let cases: Vec<(&str, Vec<i64>, Vec<Sum>, Vec<&str>)> = vec![
            (
                // municipality 30 = wijk A 27 + wijk B 3: B is small, A would give it away
                "wijk against the municipality",
                vec![30, 27, 3],
                vec![sum(0, &[1, 2])],
                vec!["30", "•", "< 5"],
            ),
            (
                "buurten against their wijk",
                vec![20, 2, 8, 10],
                vec![sum(0, &[1, 2, 3])],
                vec!["20", "< 5", "•", "10"],
            ),
            (
                // this month 14 = last month 12 + 2 new
                "two adjacent months",
                vec![14, 12, 2],
                vec![sum(0, &[1, 2])],
                vec!["14", "•", "< 5"],
            ),
            (
                // the whole 40 = counted for plan figures 37 + the rest 3 (never shown)
                "filtered against unfiltered",
                vec![40, 37, 3],
                vec![sum(0, &[1, 2])],
                vec!["40", "•", ""],
            ),
            (
                "no small cell, nothing hidden",
                vec![30, 10, 20],
                vec![sum(0, &[1, 2])],
                vec!["30", "10", "20"],
            ),
            (
                "a small buurt next to two shown ones",
                vec![30, 20, 3, 7],
                vec![sum(0, &[1, 2, 3])],
                vec!["30", "20", "< 5", "•"],
            ),
        ];
        for (name, values, sums, want) in cases {
            let mut c = cells(&values);
            if name.starts_with("filtered") {
                c[2].published = false;
            }
            let got = suppress(&c, &sums);
            // the rule may hide more than the minimum, but never less, and never a leak
            let b = propagate(&got, &sums);
            for (i, v) in values.iter().enumerate() {
                if *v < THRESHOLD {
                    assert!(b[i].0 < b[i].1, "{name}: cell {i} can be worked out");
                }
            }
            assert_eq!(texts(&got), want, "{name}");
        }
    }

    #[test]
    fn a_sum_of_two_small_cells_that_is_shown_hides_more() {
        // wijk 4 + 4 = 8 shown would fix both at 4 ("< 5" means at most 4)
        let c = cells(&[8, 4, 4]);
        let got = suppress(&c, &[sum(0, &[1, 2])]);
        assert_eq!(texts(&got), ["•", "< 5", "< 5"]);
    }

    #[test]
    fn a_zero_wijk_against_a_shown_total_is_hidden() {
        // 12 = 12 + 0: with the total shown and the other wijk shown, 0 is fixed
        let got = suppress(&cells(&[12, 12, 0]), &[sum(0, &[1, 2])]);
        let b = propagate(&got, &[sum(0, &[1, 2])]);
        assert!(b[2].0 < b[2].1);
    }

    /// Two wijken and a municipality, two months; per wijk: involved last month, new this
    /// month, involved this month (= last + new), counted for plan figures this month and the rest
    /// (never published). The municipality has the sums. Free per wijk: involved last month, new,
    /// counted.
    struct Grid;

    impl Grid {
        const W: usize = 2;
        const M: usize = 5 * Self::W;
        // per wijk w: 5*w + [inv0, new1, inv1, counted1, rest1]; municipality: M + [..same]
        fn cells(free: &[[i64; 3]]) -> Vec<i64> {
            let mut v = vec![0; Self::M + 5];
            for (w, f) in free.iter().enumerate() {
                let [inv0, new1, counted1] = *f;
                let row = [inv0, new1, inv0 + new1, counted1, inv0 + new1 - counted1];
                for (k, x) in row.iter().enumerate() {
                    v[5 * w + k] = *x;
                    v[Self::M + k] += *x;
                }
            }
            v
        }
        fn published(i: usize) -> bool {
            i % 5 != 4
        }
        fn sums() -> Vec<Sum> {
            let mut s = Vec::new();
            for base in (0..=Self::W).map(|w| 5 * w) {
                s.push(sum(base + 2, &[base, base + 1]));
                s.push(sum(base + 2, &[base + 3, base + 4]));
            }
            for k in 0..5 {
                let parts: Vec<usize> = (0..Self::W).map(|w| 5 * w + k).collect();
                s.push(sum(Self::M + k, &parts));
            }
            s
        }
        /// Whether a table of true counts would be shown the same way.
        fn agrees(shown: &[Shown], v: &[i64]) -> bool {
            shown.iter().zip(v).all(|(s, x)| match s {
                Shown::Value(y) => x == y,
                Shown::Small => *x < THRESHOLD,
                Shown::Hidden => *x >= THRESHOLD,
                Shown::Unpublished => true,
            })
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        #[test]
        fn no_published_combination_recovers_a_small_count(
            raw in proptest::collection::vec((0i64..9, 0i64..6, 0i64..12), Grid::W)
        ) {
            let mut free = [[0i64; 3]; Grid::W];
            for (w, (inv0, new1, counted)) in raw.iter().enumerate() {
                free[w] = [*inv0, *new1, (*counted).min(inv0 + new1)];
            }
            let truth = Grid::cells(&free);
            let cells: Vec<Cell> = truth
                .iter()
                .enumerate()
                .map(|(i, &count)| Cell { count, published: Grid::published(i) })
                .collect();
            let shown = suppress(&cells, &Grid::sums());
            // every alternative per wijk that agrees with that wijk's own cells
            const R: i64 = 12;
            let mut per_wijk: Vec<Vec<[i64; 3]>> = vec![Vec::new(); Grid::W];
            for (w, list) in per_wijk.iter_mut().enumerate() {
                for inv0 in 0..=R {
                    for new1 in 0..=R {
                        for counted in 0..=(inv0 + new1) {
                            let row = [inv0, new1, inv0 + new1, counted, inv0 + new1 - counted];
                            if Grid::agrees(&shown[5 * w..5 * w + 5], &row) {
                                list.push([inv0, new1, counted]);
                            }
                        }
                    }
                }
            }
            // the values each cell can take over every whole table that agrees
            let mut seen: Vec<std::collections::BTreeSet<i64>> =
                vec![Default::default(); Grid::M + 5];
            for a in &per_wijk[0] {
                for b in &per_wijk[1] {
                    let v = Grid::cells(&[*a, *b]);
                    if Grid::agrees(&shown[Grid::M..], &v[Grid::M..]) {
                        for (i, x) in v.iter().enumerate() {
                            seen[i].insert(*x);
                        }
                    }
                }
            }
            for (i, t) in truth.iter().enumerate() {
                if *t < THRESHOLD {
                    proptest::prop_assert!(
                        seen[i].len() > 1,
                        "cell {} (true {}) recovered from {:?}", i, t, shown
                    );
                }
            }
        }
    }
}
