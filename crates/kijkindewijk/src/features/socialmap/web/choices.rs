//! The options of the search form's and the listing form's selects, with the typed value selected.

use crate::error::AppResult;
use crate::features::socialmap::repo::{areas, taxonomy};
use crate::i18n::Locale;
use crate::places::repo as places;
use crate::state::AppState;

/// One option.
#[derive(Debug, Clone)]
pub struct Choice {
    /// Value sent.
    pub value: String,
    /// Text shown.
    pub label: String,
    /// Chosen now.
    pub selected: bool,
}

/// An `<optgroup>` (or a fieldset of checkboxes): a head option and the options below it.
#[derive(Debug, Clone)]
pub struct Group {
    /// Group label.
    pub label: String,
    /// The options.
    pub items: Vec<Choice>,
}

fn choice(value: &str, label: String, current: &str) -> Choice {
    Choice {
        value: value.to_string(),
        label,
        selected: !value.is_empty() && value == current,
    }
}

/// The youth taxonomy as groups: each top-level category first ("all of sport"), then its parts.
pub async fn categories(app: &AppState, loc: Locale, current: &str) -> AppResult<Vec<Group>> {
    let terms = taxonomy::youth_terms(&app.db).await?;
    Ok(terms
        .iter()
        .filter(|t| t.parent_id.is_none())
        .map(|top| {
            let mut items = vec![choice(
                &top.id,
                loc.t1("map-category-all-of", "name", &top.label(loc)),
                current,
            )];
            items.extend(
                terms
                    .iter()
                    .filter(|t| t.parent_id.as_deref() == Some(top.id.as_str()))
                    .map(|t| choice(&t.id, t.label(loc), current)),
            );
            Group {
                label: top.label(loc),
                items,
            }
        })
        .collect())
}

/// Wijken with their buurten, grouped by municipality.
pub async fn places(app: &AppState, current: &str) -> AppResult<Vec<Group>> {
    let municipalities = places::municipalities(&app.db).await?;
    let all = areas::places(&app.db, None).await?;
    Ok(municipalities
        .iter()
        .map(|m| Group {
            label: m.name.clone(),
            items: all
                .iter()
                .filter(|p| p.municipality_id == m.id)
                .map(|p| {
                    let label = if p.wijk_id.is_some() {
                        format!("– {}", p.name)
                    } else {
                        p.name.clone()
                    };
                    choice(&p.id, label, current)
                })
                .collect(),
        })
        .filter(|g| !g.items.is_empty())
        .collect())
}

/// Municipalities by code (the select is only shown when there are several).
pub async fn municipalities(app: &AppState, current: &str) -> AppResult<Vec<Choice>> {
    let current = current.trim().to_ascii_uppercase();
    Ok(places::municipalities(&app.db)
        .await?
        .into_iter()
        .map(|m| choice(&m.code, m.name, &current))
        .collect())
}

/// Days of the week (values `ma` … `zo`).
pub fn days(loc: Locale, current: &str) -> Vec<Choice> {
    const VALUES: [(&str, &str); 7] = [
        ("ma", "mo"),
        ("di", "tu"),
        ("wo", "we"),
        ("do", "th"),
        ("vr", "fr"),
        ("za", "sa"),
        ("zo", "su"),
    ];
    let current = current.trim().to_lowercase();
    VALUES
        .iter()
        .map(|(v, code)| choice(v, loc.t(&format!("map-day-{code}")), &current))
        .collect()
}

/// Parts of the day.
pub fn dayparts(loc: Locale, current: &str) -> Vec<Choice> {
    ["ochtend", "middag", "avond"]
        .iter()
        .map(|v| choice(v, loc.t(&format!("map-search-daypart-{v}")), current))
        .collect()
}

/// Search radii in km.
pub fn distances(loc: Locale, current: &str) -> Vec<Choice> {
    ["1", "2", "5", "10", "25"]
        .iter()
        .map(|v| choice(v, loc.t1("map-search-distance-km", "km", v), current))
        .collect()
}

/// Orders.
pub fn sorts(loc: Locale, current: &str) -> Vec<Choice> {
    ["relevantie", "afstand", "naam"]
        .iter()
        .map(|v| choice(v, loc.t(&format!("map-search-sort-{v}")), current))
        .collect()
}
