//! The network map drawn on the server: three rings (close to further) and seven sectors, one dot
//! per person, trusted people marked. The page puts a table beside it that says the same in words.

use std::f64::consts::PI;
use std::fmt::Write as _;

use super::model::{SECTORS, sector_id};
use super::repo::Person;
use crate::features::youth::plan::chart::escape;
use crate::i18n::Locale;

const SIZE: f64 = 760.0;
/// Room left and right of the circle for sector labels.
const WIDE: f64 = SIZE + 240.0;
const C: f64 = SIZE / 2.0;
const RINGS: [f64; 3] = [135.0, 220.0, 290.0];

fn polar(r: f64, angle: f64) -> (f64, f64) {
    (C + r * angle.cos(), C + r * angle.sin())
}

/// The SVG for a map.
pub fn render(people: &[Person], loc: Locale) -> String {
    let mut svg = String::with_capacity(4096 + people.len() * 200);
    let title = loc.t("network-map-title");
    let _ = write!(
        svg,
        r#"<svg class="kkdw-network" viewBox="-120 0 {WIDE} {SIZE}" role="img" aria-labelledby="netwerk-titel netwerk-uitleg" xmlns="http://www.w3.org/2000/svg"><title id="netwerk-titel">{}</title><desc id="netwerk-uitleg">{}</desc>"#,
        escape(&title),
        escape(&loc.t_args(
            "network-map-desc",
            &[("count", (people.len() as i64).into())]
        ))
    );
    for (i, r) in RINGS.iter().enumerate().rev() {
        let fill = ["#e8f0fa", "#f2f6fc", "#fafcff"][i];
        let _ = write!(
            svg,
            r##"<circle cx="{C}" cy="{C}" r="{r}" fill="{fill}" stroke="#8aa4c8"/>"##
        );
    }
    let n = SECTORS.len() as f64;
    let start = -PI / 2.0;
    for (i, sector) in SECTORS.iter().enumerate() {
        let a = start + 2.0 * PI * i as f64 / n;
        let (x, y) = polar(RINGS[2], a);
        let _ = write!(
            svg,
            r##"<line x1="{C}" y1="{C}" x2="{x:.1}" y2="{y:.1}" stroke="#8aa4c8"/>"##
        );
        let mid = a + PI / n;
        let (lx, ly) = polar(RINGS[2] + 22.0, mid);
        // Labels on the left end at the circle, labels on the right start there: none is cut off.
        let anchor = if lx < C - 30.0 {
            "end"
        } else if lx > C + 30.0 {
            "start"
        } else {
            "middle"
        };
        let _ = write!(
            svg,
            r##"<text x="{lx:.1}" y="{:.1}" text-anchor="{anchor}" font-size="15" font-weight="bold" fill="#1a1a1a">{}</text>"##,
            ly + 5.0,
            escape(&loc.t(&sector_id(sector)))
        );
    }
    let _ = write!(
        svg,
        r##"<circle cx="{C}" cy="{C}" r="22" fill="#1a4f8b"/><text x="{C}" y="{:.1}" text-anchor="middle" font-size="14" fill="#fff">{}</text>"##,
        C + 5.0,
        escape(&loc.t("network-me"))
    );
    for (si, sector) in SECTORS.iter().enumerate() {
        let a0 = start + 2.0 * PI * si as f64 / n;
        for ring in 1..=3i64 {
            let here: Vec<&Person> = people
                .iter()
                .filter(|p| p.sector == *sector && p.ring == ring)
                .collect();
            let inner = if ring == 1 {
                30.0
            } else {
                RINGS[(ring - 2) as usize]
            };
            let outer = RINGS[(ring - 1) as usize];
            for (k, person) in here.iter().enumerate() {
                // Spread people over the wedge; with many people, alternate between two radii.
                let frac = (k as f64 + 1.0) / (here.len() as f64 + 1.0);
                let angle = a0 + 2.0 * PI / n * frac;
                // With more than one person in a cell, stagger them over three radii.
                let depth = if here.len() > 1 {
                    [0.72, 0.34, 0.53][k % 3]
                } else {
                    0.6
                };
                let radius = inner + (outer - inner) * depth;
                let (x, y) = polar(radius, angle);
                let (fill, stroke) = if person.trusted {
                    ("#cc0000", "#6b0000")
                } else {
                    ("#ffffff", "#1a4f8b")
                };
                let _ = write!(
                    svg,
                    r#"<g><circle cx="{x:.1}" cy="{y:.1}" r="9" fill="{fill}" stroke="{stroke}" stroke-width="2"/>"#
                );
                let label: String = person.name.chars().take(14).collect();
                // Neighbours alternate their label above and below the dot, so names do not overlap.
                let label_y = if k % 2 == 1 { y - 13.0 } else { y + 22.0 };
                let _ = write!(
                    svg,
                    r##"<text x="{x:.1}" y="{label_y:.1}" text-anchor="middle" font-size="12" fill="#1a1a1a">{}</text></g>"##,
                    escape(&label)
                );
            }
        }
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, sector: &str, ring: i64, trusted: bool) -> Person {
        Person {
            id: name.into(),
            name: name.into(),
            sector: sector.into(),
            ring,
            concrete: 1,
            emotional: 1,
            informational: 1,
            criticism: 1,
            direction: "both".into(),
            frequency: 1,
            years_known: "lt1".into(),
            trusted,
        }
    }

    #[test]
    fn draws_every_person_and_escapes_names() {
        let people: Vec<Person> = (0..40)
            .map(|i| {
                person(
                    &format!("P{i}"),
                    SECTORS[i % 7],
                    (i % 3) as i64 + 1,
                    i % 5 == 0,
                )
            })
            .collect();
        let svg = render(&people, Locale::Nl);
        assert_eq!(svg.matches("<g><circle").count(), 40);
        assert_eq!(svg.matches("fill=\"#cc0000\"").count(), 8);
        let evil = render(&[person("<script>", "friends", 1, false)], Locale::Nl);
        assert!(evil.contains("&lt;script&gt;") && !evil.contains("<script>"));
    }
}
