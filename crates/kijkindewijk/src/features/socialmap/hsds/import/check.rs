//! Checks on the fields of one imported record, collecting problems instead of stopping.

use serde_json::Number;

use super::report::{Kind, Problem};

/// HSDS fields that may span lines (free text); every other text field is a single line.
const MULTI_LINE: [&str; 6] = [
    "description",
    "accessibility.details",
    "transportation",
    "fees_description",
    "application_process",
    "eligibility_description",
];

/// Collects the problems of one record.
pub struct Check<'a> {
    /// Where problems go.
    pub problems: &'a mut Vec<Problem>,
    /// The record's kind.
    pub kind: Kind,
    /// Its id.
    pub id: Option<String>,
    /// Its name.
    pub name: Option<String>,
}

impl Check<'_> {
    /// Notes a problem.
    pub fn fail(&mut self, message_id: &'static str, detail: &str) {
        self.problems.push(
            Problem::new(self.kind, message_id)
                .detail(detail)
                .of(&self.id, &self.name),
        );
    }

    /// The record's id, which must be a UUID.
    pub fn id(&mut self) -> String {
        match self.id.clone() {
            None => {
                self.fail("hsds-import-missing", "id");
                String::new()
            }
            Some(id) => match uuid::Uuid::parse_str(&id) {
                Ok(u) => u.to_string(),
                Err(_) => {
                    self.fail("hsds-import-not-uuid", "id");
                    id
                }
            },
        }
    }

    /// A reference to another record, which must be a UUID when given.
    pub fn reference(&mut self, v: &Option<String>, field: &str) -> Option<String> {
        let s = v.as_deref().map(str::trim).filter(|s| !s.is_empty())?;
        match uuid::Uuid::parse_str(s) {
            Ok(u) => Some(u.to_string()),
            Err(_) => {
                self.fail("hsds-import-not-uuid", field);
                None
            }
        }
    }

    /// Optional text: at most `max` characters; no control characters at all in a single-line
    /// field, line breaks and tabs only in the free-text ones (`MULTI_LINE`).
    pub fn text(&mut self, v: &Option<String>, field: &str, max: usize) -> Option<String> {
        let t = v.as_deref().map(str::trim).filter(|s| !s.is_empty())?;
        if t.chars().count() > max {
            self.fail("hsds-import-too-long", field);
        } else if !crate::web::validate::clean_text(t, MULTI_LINE.contains(&field)) {
            self.fail("hsds-import-bad-text", field);
        }
        Some(t.to_string())
    }

    /// Required text.
    pub fn required(&mut self, v: &Option<String>, field: &str, max: usize) -> String {
        match self.text(v, field, max) {
            Some(t) => t,
            None => {
                self.fail("hsds-import-missing", field);
                String::new()
            }
        }
    }

    /// A whole age from 0 to 120.
    pub fn age(&mut self, v: &Option<Number>, field: &str) -> Option<i64> {
        let n = v.as_ref()?.as_f64()?;
        if n.fract() != 0.0 || !(0.0..=120.0).contains(&n) {
            self.fail("hsds-import-age", field);
            return None;
        }
        Some(n as i64)
    }
}
