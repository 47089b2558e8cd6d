//! Reading an HSDS 3.0 JSON file in the shapes of the specification's `examples/`: a single object
//! (organization, service, service_at_location, location, taxonomy, taxonomy_term), a list of them,
//! or a `Page` with `contents`. Each object is read strictly: a field the standard does not have is
//! a problem, reported with its path.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::report::{Kind, Problem};
use crate::features::socialmap::hsds::dto;

/// Largest file the import reads.
pub const MAX_BYTES: usize = 256 * 1024 * 1024;

/// A top-level record of the file.
// Made once per record of a file and consumed at once; boxing would only add noise.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// An organisation, maybe with its locations and services.
    Organization(dto::Organization),
    /// A service, maybe with its organisation and places.
    Service(dto::Service),
    /// A location.
    Location(dto::Location),
    /// A service at a location (with both).
    Sal(dto::ServiceAtLocation),
    /// A taxonomy.
    Taxonomy(dto::Taxonomy),
    /// A taxonomy term.
    Term(dto::TaxonomyTerm),
}

const ORGANIZATION_KEYS: &[&str] = &[
    "website",
    "tax_status",
    "tax_id",
    "year_incorporated",
    "legal_status",
    "logo",
    "parent_organization_id",
    "funding",
    "programs",
    "organization_identifiers",
    "services",
    "locations",
];
const SERVICE_KEYS: &[&str] = &[
    "status",
    "organization_id",
    "program_id",
    "interpretation_services",
    "application_process",
    "fees_description",
    "wait_time",
    "fees",
    "accreditations",
    "eligibility_description",
    "minimum_age",
    "maximum_age",
    "assured_date",
    "assurer_email",
    "licenses",
    "alert",
    "last_modified",
    "schedules",
    "service_areas",
    "service_at_locations",
    "languages",
    "organization",
    "cost_options",
    "program",
    "required_documents",
];
const SAL_KEYS: &[&str] = &["service", "location", "service_id", "location_id"];
const LOCATION_KEYS: &[&str] = &[
    "location_type",
    "latitude",
    "longitude",
    "transportation",
    "external_identifier",
    "external_identifier_type",
    "addresses",
    "accessibility",
];
const TERM_KEYS: &[&str] = &[
    "code",
    "parent_id",
    "taxonomy",
    "taxonomy_detail",
    "language",
    "taxonomy_id",
    "term_uri",
];
const TAXONOMY_KEYS: &[&str] = &["version"];

fn kind_of(map: &Map<String, Value>) -> Option<Kind> {
    let score = |keys: &[&str]| map.keys().filter(|k| keys.contains(&k.as_str())).count();
    // A location has location_type; a service at a location has no status or location_type.
    let candidates = [
        (Kind::Location, score(LOCATION_KEYS) * 3),
        (Kind::Service, score(SERVICE_KEYS) * 2),
        (
            Kind::ServiceAtLocation,
            if map.contains_key("status") || map.contains_key("location_type") {
                0
            } else {
                score(SAL_KEYS) * 3
            },
        ),
        (Kind::Organization, score(ORGANIZATION_KEYS) * 2),
        (Kind::Term, score(TERM_KEYS) * 2),
        (Kind::Taxonomy, score(TAXONOMY_KEYS) * 2),
    ];
    let best = candidates.iter().max_by_key(|(_, s)| *s)?;
    if best.1 > 0 {
        return Some(best.0);
    }
    // Only id, name, description (and uri): an organisation is the likelier record.
    map.contains_key("name").then_some(Kind::Organization)
}

fn strict<T: DeserializeOwned>(v: Value, kind: Kind) -> Result<T, Problem> {
    let mut id = None;
    let mut name = None;
    if let Value::Object(m) = &v {
        id = m.get("id").and_then(Value::as_str).map(str::to_string);
        name = m.get("name").and_then(Value::as_str).map(str::to_string);
    }
    serde_path_to_error::deserialize::<_, T>(v).map_err(|e| {
        let path = e.path().to_string();
        let text = e.inner().to_string();
        let (id_, detail) = if let Some(field) = text
            .strip_prefix("unknown field `")
            .and_then(|r| r.split('`').next())
        {
            ("hsds-import-unknown-field", format!("{path} → {field}"))
        } else if text.starts_with("duplicate field") {
            ("hsds-import-duplicate-field", path)
        } else if text.starts_with("invalid type") || text.starts_with("invalid value") {
            ("hsds-import-wrong-type", path)
        } else {
            ("hsds-import-unreadable", format!("{path}: {text}"))
        };
        Problem::new(kind, id_).detail(detail).of(&id, &name)
    })
}

fn item(v: Value, position: usize) -> Result<Item, Problem> {
    let at = |mut p: Problem| {
        p.position = Some(position);
        p
    };
    let Value::Object(map) = &v else {
        return Err(at(Problem::new(Kind::File, "hsds-import-not-an-object")));
    };
    if map.keys().any(|k| k.ends_with(".csv")) {
        return Err(at(Problem::new(Kind::File, "hsds-import-tabular")));
    }
    let kind =
        kind_of(map).ok_or_else(|| at(Problem::new(Kind::File, "hsds-import-unknown-shape")))?;
    let read = match kind {
        Kind::Organization => strict(v, kind).map(Item::Organization),
        Kind::Service => strict(v, kind).map(Item::Service),
        Kind::Location => strict(v, kind).map(Item::Location),
        Kind::ServiceAtLocation => strict(v, kind).map(Item::Sal),
        Kind::Taxonomy => strict(v, kind).map(Item::Taxonomy),
        _ => strict(v, Kind::Term).map(Item::Term),
    };
    read.map_err(at)
}

/// The records of a file, each with its position (from 1), and the problems found reading it.
pub fn read(text: &str) -> (Vec<(usize, Item)>, Vec<Problem>) {
    if text.len() > MAX_BYTES {
        return (
            Vec::new(),
            vec![Problem::new(Kind::File, "hsds-import-too-big")],
        );
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let p = Problem::new(Kind::File, "hsds-import-not-json").detail(format!(
                "{}:{}",
                e.line(),
                e.column()
            ));
            return (Vec::new(), vec![p]);
        }
    };
    let list = match value {
        Value::Array(list) => list,
        Value::Object(mut map) if map.get("contents").is_some_and(Value::is_array) => {
            match map.remove("contents") {
                Some(Value::Array(list)) => list,
                _ => Vec::new(),
            }
        }
        other => vec![other],
    };
    if list.is_empty() {
        return (
            Vec::new(),
            vec![Problem::new(Kind::File, "hsds-import-empty")],
        );
    }
    let mut items = Vec::new();
    let mut problems = Vec::new();
    for (i, v) in list.into_iter().enumerate() {
        match item(v, i + 1) {
            Ok(it) => items.push((i + 1, it)),
            Err(p) => problems.push(p),
        }
    }
    (items, problems)
}
