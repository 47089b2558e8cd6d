//! What the database already holds, as far as an import file refers to it: the facts the pure
//! planning step ([`super::plan`]) and the conversion ([`super::convert`]) check against.

use std::collections::{HashMap, HashSet};

use crate::features::socialmap::domain::geo::Point;
use crate::features::socialmap::repo::areas::Place;

/// What the database already holds, as far as the file refers to it.
#[derive(Debug, Clone, Default)]
pub struct Known {
    /// The municipality the file is imported into.
    pub municipality_id: String,
    /// Its CBS code.
    pub municipality_code: String,
    /// Its name.
    pub municipality_name: String,
    /// Existing organisations, locations and services: id → municipality id.
    pub owners: HashMap<String, String>,
    /// Existing service-at-locations, schedules and areas: id → service id.
    pub child_owners: HashMap<String, String>,
    /// Existing terms: id → taxonomy id.
    pub terms: HashMap<String, String>,
    /// Existing taxonomies.
    pub taxonomies: HashSet<String>,
    /// Wijken and buurten of the municipality.
    pub places: Vec<Place>,
    /// Fingerprints of the existing organisations, locations, services, taxonomies and terms (see
    /// [`crate::features::socialmap::model::fingerprint`]).
    pub fingerprints: HashMap<String, String>,
    /// Postcode centroids found for locations without coordinates.
    pub postcodes: HashMap<String, Point>,
}
