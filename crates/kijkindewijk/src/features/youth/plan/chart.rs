//! A small line chart of self-ratings (1–10) over time, drawn on the server as SVG with a text
//! alternative, so it works without JavaScript and for screen readers.

use std::fmt::Write as _;

const W: f64 = 160.0;
const H: f64 = 48.0;
const PAD: f64 = 4.0;

/// The SVG for ratings in time order; `label` is the accessible name.
pub fn sparkline(scores: &[i64], label: &str) -> String {
    let mut svg = String::new();
    let _ = write!(
        svg,
        r##"<svg class="kkdw-spark" viewBox="0 0 {W} {H}" width="{W}" height="{H}" role="img" aria-label="{}"><rect x="0" y="0" width="{W}" height="{H}" fill="#f6f6f6"/>"##,
        escape(label)
    );
    let y = |s: i64| PAD + (H - 2.0 * PAD) * (10.0 - s.clamp(1, 10) as f64) / 9.0;
    let n = scores.len();
    let x = |i: usize| {
        if n <= 1 {
            W / 2.0
        } else {
            PAD + (W - 2.0 * PAD) * i as f64 / (n - 1) as f64
        }
    };
    if n > 1 {
        let points: Vec<String> = scores
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{:.1},{:.1}", x(i), y(*s)))
            .collect();
        let _ = write!(
            svg,
            r##"<polyline fill="none" stroke="#1a4f8b" stroke-width="2" points="{}"/>"##,
            points.join(" ")
        );
    }
    if let Some(last) = scores.last() {
        let _ = write!(
            svg,
            r##"<circle cx="{:.1}" cy="{:.1}" r="3.5" fill="#1a4f8b"/>"##,
            x(n - 1),
            y(*last)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Escapes text for an SVG attribute.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_points_and_escapes_the_label() {
        let svg = sparkline(&[3, 5, 8], "Thuis <b>");
        assert!(svg.contains("<polyline") && svg.contains("<circle"));
        assert!(svg.contains("Thuis &lt;b&gt;"));
        assert!(!sparkline(&[], "x").contains("<circle"));
    }
}
