//! Small parsers for single search parameters.

use crate::features::socialmap::domain::recurrence::day_index;

/// True for the ways a checkbox or API flag says yes.
pub fn is_yes(v: Option<&str>) -> bool {
    matches!(
        v.map(|s| s.trim().to_ascii_lowercase()).as_deref(),
        Some("1" | "ja" | "on" | "true" | "yes")
    )
}

/// A whole number without sign, at most `max`.
pub fn parse_count(s: &str, max: u32) -> Option<u32> {
    let s = s.trim();
    (!s.is_empty() && s.len() <= 10 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse::<u32>().ok())
        .flatten()
        .filter(|n| *n <= max)
}

/// Weekday from `ma`…`zo`, `maandag`…, or `MO`…`SU`; 0 = Monday.
pub fn parse_day(s: &str) -> Option<u8> {
    const SHORT: [&str; 7] = ["ma", "di", "wo", "do", "vr", "za", "zo"];
    const LONG: [&str; 7] = [
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ];
    let t = s.trim().to_lowercase();
    SHORT
        .iter()
        .zip(LONG)
        .position(|(short, long)| t == *short || t == long)
        .map(|i| i as u8)
        .or_else(|| day_index(&t))
}

/// Bounds of the parts of the day, in minutes.
pub fn part_of_day(s: &str) -> Option<(u16, u16)> {
    match s.trim().to_lowercase().as_str() {
        "ochtend" | "morning" => Some((6 * 60, 12 * 60)),
        "middag" | "afternoon" => Some((12 * 60, 18 * 60)),
        "avond" | "evening" => Some((18 * 60, 24 * 60)),
        _ => None,
    }
}

/// Looks like one of our ids (UUID text); anything else cannot match and is refused early.
pub fn looks_like_id(s: &str) -> bool {
    uuid::Uuid::parse_str(s.trim()).is_ok()
}
