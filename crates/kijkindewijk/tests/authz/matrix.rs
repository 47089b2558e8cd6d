//! The authorization matrix as data: parsing `matrix.toml`, resolving subject groups, and checking
//! that the table covers exactly the application's routes. Pure, so its failures can be tested.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

/// The whole table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Matrix {
    /// Subjects by name.
    pub subjects: BTreeMap<String, Subject>,
    /// Named lists of subjects.
    #[serde(default)]
    pub groups: BTreeMap<String, Vec<String>>,
    /// One entry per route.
    #[serde(rename = "route")]
    pub routes: Vec<RouteEntry>,
}

/// Who makes the requests.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subject {
    /// Login name; none for the anonymous visitor.
    pub login: Option<String>,
    /// `full` (default), `second_factor` or `enrol_second_factor`.
    pub stage: Option<String>,
    /// For the reader.
    pub who: Option<String>,
    /// Text that must never appear in a response that passed for this subject.
    #[serde(default)]
    pub never_sees: Vec<String>,
    /// Why this subject cannot be tested yet ("n/a until …"); such subjects are skipped.
    pub na: Option<String>,
}

impl Subject {
    /// True when the subject is fully logged in.
    pub fn is_full_login(&self) -> bool {
        self.login.is_some() && self.stage.as_deref().unwrap_or("full") == "full"
    }
}

/// The request details shared by a route and its cases.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Request {
    /// Concrete path (with query), when it differs from the route.
    pub path: Option<String>,
    /// Urlencoded form fields.
    pub form: Option<BTreeMap<String, FormValue>>,
    /// JSON body.
    pub json: Option<String>,
    /// Statuses that count as passing.
    pub ok: Option<Vec<u16>>,
    /// An SQL query with one value that a passing request must change and a refused one must not.
    pub changes: Option<String>,
}

/// A form field: one value, or a list sent as the same field repeated (checkboxes).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum FormValue {
    /// One value.
    One(String),
    /// The field repeated once per value.
    Many(Vec<String>),
}

impl FormValue {
    /// The values in order.
    pub fn values(&self) -> Vec<&str> {
        match self {
            FormValue::One(v) => vec![v.as_str()],
            FormValue::Many(vs) => vs.iter().map(String::as_str).collect(),
        }
    }
}

/// One route of the table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RouteEntry {
    /// `METHOD /path`.
    pub route: String,
    /// Who passes.
    pub allow: Vec<String>,
    /// The request to make.
    #[serde(flatten)]
    pub request: Request,
    /// `fresh`: the request runs on a session made for it alone.
    pub session: Option<String>,
    /// Run after everything else.
    #[serde(default)]
    pub last: bool,
    /// A one-time link: its holder acts for the owner, so `never_sees` does not apply.
    #[serde(default)]
    pub link_is_credential: bool,
    /// The page shows everyone the same public information (such as the municipalities one can
    /// sign up in), so `never_sees` does not apply.
    #[serde(default)]
    pub public: bool,
    /// For the reader.
    pub why: Option<String>,
    /// Requests with other records.
    #[serde(default, rename = "case")]
    pub cases: Vec<Case>,
}

/// A further request to the same route, with its own expectations.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// What is different.
    pub name: String,
    /// Who passes.
    pub allow: Vec<String>,
    /// The request; unset parts come from the route.
    #[serde(flatten)]
    pub request: Request,
}

impl RouteEntry {
    /// Method and path pattern.
    pub fn method_and_path(&self) -> (&str, &str) {
        self.route.split_once(' ').unwrap_or((&self.route, ""))
    }
}

impl Matrix {
    /// Parses the TOML text.
    pub fn parse(text: &str) -> Result<Matrix, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }

    /// The subjects that can be tested now (those without `na`).
    pub fn active_subjects(&self) -> Vec<String> {
        self.subjects
            .iter()
            .filter(|(_, s)| s.na.is_none())
            .map(|(n, _)| n.clone())
            .collect()
    }

    /// Expands an `allow` list (subject names, `@everyone`, `@logged_in`, group names).
    pub fn expand(&self, allow: &[String]) -> Result<BTreeSet<String>, String> {
        let mut out = BTreeSet::new();
        for name in allow {
            match name.as_str() {
                "@everyone" => out.extend(self.subjects.keys().cloned()),
                "@logged_in" => out.extend(
                    self.subjects
                        .iter()
                        .filter(|(_, s)| s.is_full_login())
                        .map(|(n, _)| n.clone()),
                ),
                group if self.groups.contains_key(group) => {
                    out.extend(self.groups[group].iter().cloned())
                }
                subject if self.subjects.contains_key(subject) => {
                    out.insert(subject.to_string());
                }
                unknown => return Err(format!("unknown subject or group `{unknown}`")),
            }
        }
        Ok(out)
    }

    /// Checks the table against the application's routes: every route exactly once, nothing extra,
    /// and every name in the table known. Returns every problem found.
    pub fn check_coverage(&self, app_routes: &[(String, String)]) -> Result<(), Vec<String>> {
        let mut problems = Vec::new();
        let app: BTreeSet<String> = app_routes.iter().map(|(m, p)| format!("{m} {p}")).collect();
        let mut seen = BTreeSet::new();
        for entry in &self.routes {
            if !seen.insert(entry.route.clone()) {
                problems.push(format!("route listed twice in the matrix: {}", entry.route));
            }
            if !app.contains(&entry.route) {
                problems.push(format!(
                    "the matrix lists a route that does not exist (remove it): {}",
                    entry.route
                ));
            }
            let (method, path) = entry.method_and_path();
            if !matches!(method, "GET" | "POST" | "DELETE") {
                problems.push(format!("unknown method in `{}`", entry.route));
            }
            if path.contains('{') && entry.request.path.is_none() {
                problems.push(format!(
                    "{} has parameters: give a concrete `path`",
                    entry.route
                ));
            }
            let allows = std::iter::once(&entry.allow).chain(entry.cases.iter().map(|c| &c.allow));
            for allow in allows {
                if let Err(e) = self.expand(allow) {
                    problems.push(format!("{}: {e}", entry.route));
                }
            }
        }
        for route in app.difference(&seen) {
            problems.push(format!(
                "route missing from the authorization matrix (add it to tests/authz/matrix.toml): {route}"
            ));
        }
        for (group, members) in &self.groups {
            for m in members {
                if !self.subjects.contains_key(m) {
                    problems.push(format!("group {group}: unknown subject `{m}`"));
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

/// The application's routes as (method, path) text pairs.
pub fn app_routes() -> Vec<(String, String)> {
    kijkindewijk::features::all_routes()
        .into_iter()
        .map(|(m, p)| (m.as_str().to_string(), p))
        .collect()
}

/// The table in this folder.
pub fn load() -> Matrix {
    Matrix::parse(include_str!("matrix.toml")).unwrap_or_else(|e| panic!("matrix.toml: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_covers_exactly_the_apps_routes() {
        let matrix = load();
        if let Err(problems) = matrix.check_coverage(&app_routes()) {
            panic!(
                "the authorization matrix does not match the routes:\n  {}",
                problems.join("\n  ")
            );
        }
    }

    #[test]
    fn a_route_missing_from_the_table_fails() {
        let mut matrix = load();
        let removed = matrix.routes.remove(3).route;
        let problems = matrix
            .check_coverage(&app_routes())
            .expect_err("a missing route must fail the check");
        assert!(
            problems
                .iter()
                .any(|p| p.contains("route missing") && p.ends_with(&removed)),
            "{problems:?}"
        );
    }

    #[test]
    fn a_route_that_no_longer_exists_fails() {
        let mut matrix = load();
        let mut extra = matrix.routes[0].clone();
        extra.route = "GET /bestaat-niet-meer".into();
        matrix.routes.push(extra);
        let problems = matrix.check_coverage(&app_routes()).unwrap_err();
        assert!(
            problems
                .iter()
                .any(|p| p.contains("does not exist") && p.ends_with("/bestaat-niet-meer")),
            "{problems:?}"
        );
    }

    #[test]
    fn unknown_subjects_and_duplicates_fail() {
        let mut matrix = load();
        matrix.routes[0].allow.push("burgemeester".into());
        let dup = matrix.routes[1].clone();
        matrix.routes.push(dup);
        let problems = matrix.check_coverage(&app_routes()).unwrap_err();
        assert!(problems.iter().any(|p| p.contains("`burgemeester`")));
        assert!(problems.iter().any(|p| p.contains("listed twice")));
    }

    #[test]
    fn groups_expand() {
        let matrix = load();
        let everyone = matrix.expand(&["@everyone".into()]).unwrap();
        assert!(everyone.contains("anonymous") && everyone.contains("password_only"));
        let logged_in = matrix.expand(&["@logged_in".into()]).unwrap();
        assert!(logged_in.contains("beheerder") && logged_in.contains("other_team"));
        assert!(!logged_in.contains("anonymous") && !logged_in.contains("password_only"));
    }
}
