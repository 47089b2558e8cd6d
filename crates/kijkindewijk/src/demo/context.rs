//! What the base demo is made of and what it created, for the feature seeders that add to it.
//! A leaf: the seeders read it, and `crate::demo` fills it and calls them.

use std::collections::HashMap;

/// The demo municipality.
pub const MUNICIPALITY: (&str, &str) = ("GM0990", "Wijkerveen");
/// A second municipality, to show that tenants stay apart.
pub const OTHER_MUNICIPALITY: (&str, &str) = ("GM0991", "Buurendam");

/// A demo wijk: CBS code, name, and its buurten (code, name).
type DemoWijk = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

pub(super) const WIJKEN: &[DemoWijk] = &[
    (
        "WK099001",
        "Centrum",
        &[
            ("BU09900101", "Binnenstad"),
            ("BU09900102", "Havenkwartier"),
            ("BU09900103", "Stationsbuurt"),
        ],
    ),
    (
        "WK099002",
        "Noord",
        &[
            ("BU09900201", "Molenwijk"),
            ("BU09900202", "Bloemenbuurt"),
            ("BU09900203", "Noorderpark"),
        ],
    ),
    (
        "WK099003",
        "Oost",
        &[
            ("BU09900301", "Schildersbuurt"),
            ("BU09900302", "Oosterhof"),
            ("BU09900303", "De Akkers"),
        ],
    ),
    (
        "WK099004",
        "Zuid-West",
        &[
            ("BU09900401", "Vogelbuurt"),
            ("BU09900402", "Sportpark Zuid"),
            ("BU09900403", "Kanaalzone"),
        ],
    ),
    (
        "WK099005",
        "De Hoven",
        &[
            ("BU09900501", "Hof van Eden"),
            ("BU09900502", "Kloosterveld"),
        ],
    ),
];

pub(super) const TEAMS: &[(&str, &[&str])] = &[
    ("Lokaal team Noord-Oost", &["WK099002", "WK099003"]),
    (
        "Lokaal team Centrum-Zuid",
        &["WK099001", "WK099004", "WK099005"],
    ),
];

/// What the base demo created, for the feature seeders that add to it (plans, listings, …).
#[derive(Debug, Clone, Default)]
pub struct DemoContext {
    /// Id of the demo municipality.
    pub municipality_id: String,
    /// Id of the neighbouring municipality.
    pub other_municipality_id: String,
    /// Wijk ids by CBS code (both municipalities).
    pub wijken: HashMap<String, String>,
    /// Buurt ids by CBS code (both municipalities).
    pub buurten: HashMap<String, String>,
    /// Team ids by name.
    pub teams: HashMap<String, String>,
    /// User ids by login name.
    pub users: HashMap<String, String>,
    /// The Argon2id hash of the demo password, for seeders that add accounts.
    pub password_hash: String,
}

/// The CBS codes of the demo municipality's wijken.
pub const WIJKEN_CODES: &[&str] = &["WK099001", "WK099002", "WK099003", "WK099004", "WK099005"];

/// The name of a demo wijk by code.
pub fn wijk_name(code: &str) -> &'static str {
    WIJKEN
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, n, _)| *n)
        .unwrap_or_default()
}
