//! Suggestions for a young person (pure): rank the opportunities that fit their age by their
//! interests and talents, their wijk and their budget, and say why each one was chosen. One
//! activity offered at many places (one listing per place) is suggested once, at its best place,
//! with the number of other places; what already runs for the young person is left out.

use crate::features::socialmap::domain::text::stem;
/// What the ranking knows of a listing (from the social map's seam).
pub use crate::features::socialmap::search::Candidate;

/// Why a suggestion was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// Matches an interest or talent (the word as the young person wrote it).
    Interest(String),
    /// In the young person's own wijk.
    InWijk,
    /// Free.
    Free,
    /// The Jeugdfonds can pay (an intermediary such as the professional applies).
    Jeugdfonds,
}

/// A ranked suggestion.
#[derive(Debug, Clone)]
pub struct Suggestion {
    /// The service.
    pub candidate: Candidate,
    /// Score (higher first).
    pub score: i64,
    /// The reasons, in the order they weigh.
    pub why: Vec<Why>,
    /// The same activity of the same organisation at this many other places.
    pub other_places: usize,
}

/// The key that makes listings one activity: organisation and name (case and spaces folded).
fn activity_key(c: &Candidate) -> (String, String) {
    let name: Vec<String> = c
        .name
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect();
    (c.organization_id.clone(), name.join(" "))
}

fn stems(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(|w| stem(&w.to_lowercase()))
        .collect()
}

/// Ranks candidates for a young person with these interests (tags and free text) and wijk. Places
/// that are full are left out; the Jeugdfonds counts only up to 18, where the fund applies. The
/// listings in `running` (open introductions) and every other place of the same activity are left
/// out; an activity at several places is suggested once, at its best-ranked place.
pub fn rank(
    candidates: Vec<Candidate>,
    interests: &[String],
    wijk_id: Option<&str>,
    age: i32,
    running: &[String],
    limit: usize,
) -> Vec<Suggestion> {
    let busy: Vec<(String, String)> = candidates
        .iter()
        .filter(|c| running.contains(&c.id))
        .map(activity_key)
        .collect();
    let wanted: Vec<(String, String)> = interests
        .iter()
        .flat_map(|i| stems(i).into_iter().map(move |s| (s, i.clone())))
        .collect();
    let mut out: Vec<Suggestion> = candidates
        .into_iter()
        .filter(|c| c.capacity != Some(0) && !busy.contains(&activity_key(c)))
        .map(|c| {
            let mut score = 0;
            let mut why = Vec::new();
            let haystack: Vec<String> = stems(&format!(
                "{} {} {}",
                c.name,
                c.description,
                c.categories.join(" ")
            ));
            let mut matched: Vec<String> = Vec::new();
            for (s, original) in &wanted {
                if haystack
                    .iter()
                    .any(|h| h == s || (s.len() >= 4 && h.starts_with(s.as_str())))
                    && !matched.contains(original)
                {
                    matched.push(original.clone());
                }
            }
            for m in matched.iter().take(3) {
                score += 10;
                why.push(Why::Interest(m.clone()));
            }
            if let Some(w) = wijk_id
                && c.wijk_ids.iter().any(|x| x == w)
            {
                score += 4;
                why.push(Why::InWijk);
            }
            if c.is_free {
                score += 3;
                why.push(Why::Free);
            } else if c.jeugdfonds && age <= 18 {
                score += 2;
                why.push(Why::Jeugdfonds);
            }
            Suggestion {
                candidate: c,
                score,
                why,
                other_places: 0,
            }
        })
        .filter(|s| s.why.iter().any(|w| matches!(w, Why::Interest(_))) || interests.is_empty())
        .collect();
    out.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then_with(|| a.candidate.name.cmp(&b.candidate.name))
    });
    let mut kept: Vec<Suggestion> = Vec::new();
    for s in out {
        let key = activity_key(&s.candidate);
        match kept.iter_mut().find(|k| activity_key(&k.candidate) == key) {
            Some(first) => first.other_places += 1,
            None => kept.push(s),
        }
    }
    kept.truncate(limit);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(
        id: &str,
        name: &str,
        cats: &[&str],
        wijk: Option<&str>,
        free: bool,
        fund: bool,
    ) -> Candidate {
        Candidate {
            id: id.into(),
            name: name.into(),
            organization_id: "org".into(),
            organization_name: "Club".into(),
            description: String::new(),
            categories: cats.iter().map(|s| s.to_string()).collect(),
            wijk_ids: wijk.map(|w| vec![w.to_string()]).unwrap_or_default(),
            is_free: free,
            jeugdfonds: fund,
            capacity: None,
        }
    }

    #[test]
    fn interests_first_then_place_and_budget_with_reasons() {
        let list = vec![
            c(
                "1",
                "Voetbaltraining O15",
                &["Sport"],
                Some("w1"),
                false,
                true,
            ),
            c(
                "2",
                "Kookclub voor jongeren",
                &["Koken"],
                Some("w2"),
                true,
                false,
            ),
            c("3", "Schaakclub", &["Denksport"], Some("w1"), true, false),
            c(
                "4",
                "Voetballen op het pleintje",
                &["Sport"],
                None,
                true,
                false,
            ),
        ];
        let ranked = rank(
            list,
            &["voetballen".into(), "koken".into()],
            Some("w1"),
            14,
            &[],
            10,
        );
        let ids: Vec<&str> = ranked.iter().map(|s| s.candidate.id.as_str()).collect();
        // Equal scores go by name; the chess club matches no interest.
        assert_eq!(ids, ["1", "2", "4"]);
        assert!(ranked[0].why.contains(&Why::InWijk) && ranked[0].why.contains(&Why::Jeugdfonds));
        assert!(matches!(&ranked[1].why[0], Why::Interest(w) if w == "koken"));
        assert!(ranked[1].why.contains(&Why::Free) && ranked[2].why.contains(&Why::Free));
    }

    #[test]
    fn full_places_are_left_out() {
        let mut full = c("1", "Voetbal", &[], None, true, false);
        full.capacity = Some(0);
        assert!(rank(vec![full], &["voetbal".into()], None, 12, &[], 5).is_empty());
    }

    #[test]
    fn one_activity_at_many_places_is_suggested_once_at_its_best_place() {
        let list = vec![
            c(
                "a",
                "Bootcamp in het park",
                &["Sport"],
                Some("w2"),
                true,
                false,
            ),
            c(
                "b",
                "Bootcamp in het park",
                &["Sport"],
                Some("w1"),
                true,
                false,
            ),
            c(
                "c",
                "Bootcamp  in het Park",
                &["Sport"],
                Some("w3"),
                true,
                false,
            ),
            c("d", "Sportclub", &["Sport"], Some("w3"), true, false),
        ];
        let ranked = rank(list, &["sport".into()], Some("w1"), 15, &[], 10);
        let ids: Vec<&str> = ranked.iter().map(|s| s.candidate.id.as_str()).collect();
        assert_eq!(
            ids,
            ["b", "d"],
            "the place in the own wijk stands for the activity"
        );
        assert_eq!(ranked[0].other_places, 2);
        assert_eq!(ranked[1].other_places, 0);
    }

    #[test]
    fn what_already_runs_is_not_suggested_at_any_place() {
        let list = vec![
            c("a", "Pleinvoetbal", &["Sport"], Some("w1"), true, false),
            c("b", "Pleinvoetbal", &["Sport"], Some("w2"), true, false),
            c("d", "Voetbalclub", &["Sport"], None, true, false),
        ];
        let ranked = rank(list, &["voetbal".into()], Some("w1"), 12, &["b".into()], 10);
        let ids: Vec<&str> = ranked.iter().map(|s| s.candidate.id.as_str()).collect();
        assert_eq!(ids, ["d"]);
    }
}
