//! What several barrier pages show: the choices of the raise form (categories, life domains,
//! wijken) with their names in the page's language, and labels of stored values.

use super::domain::{self, Level, RaisedBy, Status};
use super::repo::{self, Event};
use crate::db::Db;
use crate::i18n::Locale;

/// A value and its label.
#[derive(Debug, Clone)]
pub struct Choice {
    /// Stored value.
    pub value: String,
    /// Label in the page's language.
    pub label: String,
}

/// The choices of the raise form.
#[derive(Debug, Clone, Default)]
pub struct Choices {
    /// Categories in force.
    pub categories: Vec<Choice>,
    /// Life domains.
    pub domains: Vec<Choice>,
    /// Wijken (the team form only).
    pub wijken: Vec<Choice>,
}

impl Choices {
    /// Loads the municipality's lists.
    pub async fn load(db: &Db, municipality_id: &str, loc: Locale) -> Result<Choices, sqlx::Error> {
        let categories = repo::categories(db, municipality_id)
            .await?
            .into_iter()
            .map(|c| Choice {
                label: category_name(loc, &c.key, &c.name_nl, &c.name_en),
                value: c.key,
            })
            .collect();
        let domains = crate::features::youth::seam::life_domains(db, municipality_id)
            .await?
            .into_iter()
            .map(|d| Choice {
                value: d.key,
                label: if loc == Locale::En {
                    d.name_en
                } else {
                    d.name_nl
                },
            })
            .collect();
        let wijken = crate::places::repo::wijken(db, municipality_id)
            .await?
            .into_iter()
            .map(|w| Choice {
                value: w.id,
                label: w.name,
            })
            .collect();
        Ok(Choices {
            categories,
            domains,
            wijken,
        })
    }

    /// Label of a category key.
    pub fn category(&self, key: &str) -> String {
        self.categories
            .iter()
            .find(|c| c.value == key)
            .map_or_else(|| key.to_string(), |c| c.label.clone())
    }

    /// Label of a life domain key.
    pub fn domain(&self, key: &str) -> String {
        self.domains
            .iter()
            .find(|c| c.value == key)
            .map_or_else(|| key.to_string(), |c| c.label.clone())
    }

    /// Whether a life domain key is known (or empty).
    pub fn has_domain(&self, key: &str) -> bool {
        key.is_empty() || self.domains.iter().any(|d| d.value == key)
    }
}

/// A category's name: the municipality's own, or the translated default.
pub fn category_name(loc: Locale, key: &str, nl: &str, en: &str) -> String {
    match (loc, nl.is_empty()) {
        (_, true) => loc.t(&domain::category_label_id(key)),
        (Locale::En, false) if !en.is_empty() => en.to_string(),
        _ => nl.to_string(),
    }
}

/// Translation id of a stored status.
pub fn status_id(s: &str) -> String {
    Status::parse(s).map_or_else(|| "barrier-status-open".into(), Status::label_id)
}

/// Translation id of a stored level.
pub fn level_id(s: &str) -> String {
    Level::parse(s).map_or_else(|| "barrier-level-policy".into(), Level::label_id)
}

/// Translation id of who acted, by kind.
pub fn by_kind_id(s: &str) -> String {
    match RaisedBy::parse(s) {
        Some(r) => r.label_id(),
        None => format!("barrier-by-{s}"),
    }
}

/// One history line in words.
pub fn event_text(loc: Locale, e: &Event) -> String {
    let status = |s: &Option<String>| {
        s.as_deref()
            .map(|s| loc.t(&status_id(s)))
            .unwrap_or_default()
    };
    match e.kind.as_str() {
        "raised" => loc.t("barrier-ev-raised"),
        "status" => format!("{} → {}", status(&e.from_status), status(&e.to_status)),
        "escalated" => format!(
            "{}: {}",
            loc.t("barrier-ev-escalated"),
            loc.t(&level_id(&e.note))
        ),
        "answered" => format!("{}: {}", loc.t("barrier-ev-answered"), status(&e.to_status)),
        "merged" => format!("{}: {}", loc.t("barrier-ev-merged"), e.note),
        "merged_from" => format!("{}: {}", loc.t("barrier-ev-merged-from"), e.note),
        "reminded" => loc.t("barrier-ev-reminded"),
        _ => e.kind.clone(),
    }
}

/// A date as dd-mm-yyyy.
pub fn day(d: time::Date) -> String {
    format!("{:02}-{:02}-{}", d.day(), d.month() as u8, d.year())
}

/// The answer form's typed values.
#[derive(Default, Clone)]
pub struct AnswerTyped {
    /// Text.
    pub text: String,
    /// State.
    pub state: String,
}
