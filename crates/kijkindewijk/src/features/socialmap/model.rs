//! The records the social map stores, shared by the partner forms, the HSDS import and the demo
//! seeder: each of them builds these, and `repo::write` stores them the same way.

use time::Date;

use super::domain::recurrence::Recurrence;

/// An organisation (club, school, youth work, employer).
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationRecord {
    /// Id (UUID).
    pub id: String,
    /// Municipality it belongs to.
    pub municipality_id: String,
    /// Name.
    pub name: String,
    /// Other name.
    pub alternate_name: Option<String>,
    /// What it is (HSDS requires one).
    pub description: String,
    /// Public e-mail address.
    pub email: Option<String>,
    /// Website.
    pub website: Option<String>,
    /// Public phone number.
    pub phone: Option<String>,
}

/// An accessibility feature of a location.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessibilityRecord {
    /// Id.
    pub id: String,
    /// One of the form's codes (`rolstoel`, …), if it is one.
    pub code: Option<String>,
    /// Description.
    pub description: String,
    /// Details.
    pub details: Option<String>,
    /// More information.
    pub url: Option<String>,
}

/// A place where services happen.
#[derive(Debug, Clone, PartialEq)]
pub struct LocationRecord {
    /// Id.
    pub id: String,
    /// Municipality.
    pub municipality_id: String,
    /// Organisation that runs the place, if known.
    pub organization_id: Option<String>,
    /// `physical`, `postal` or `virtual`.
    pub location_type: String,
    /// Name (*Sportpark Zuid*).
    pub name: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// How to get there.
    pub transportation: Option<String>,
    /// Web address (virtual locations).
    pub url: Option<String>,
    /// Street and number.
    pub address_1: Option<String>,
    /// Postcode, `1234AB`.
    pub postal_code: Option<String>,
    /// Place.
    pub city: Option<String>,
    /// WGS84 latitude, inside the Netherlands.
    pub latitude: Option<f64>,
    /// WGS84 longitude.
    pub longitude: Option<f64>,
    /// Outside identifier (a BAG id, say).
    pub external_identifier: Option<String>,
    /// Its kind.
    pub external_identifier_type: Option<String>,
    /// Accessibility features.
    pub accessibility: Vec<AccessibilityRecord>,
}

/// A service offered at a location.
#[derive(Debug, Clone, PartialEq)]
pub struct SalRecord {
    /// Id.
    pub id: String,
    /// Location id.
    pub location_id: String,
    /// What is special here.
    pub description: Option<String>,
}

/// A schedule of a service (optionally of one of its service-at-locations).
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduleRecord {
    /// Id.
    pub id: String,
    /// The service-at-location it belongs to, if any.
    pub service_at_location_id: Option<String>,
    /// The checked recurrence.
    pub recurrence: Recurrence,
    /// Free text.
    pub description: Option<String>,
}

/// A wijk or buurt a service is for; both empty means the whole municipality.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaRecord {
    /// Id.
    pub id: String,
    /// Wijk id (also set for a buurt).
    pub wijk_id: Option<String>,
    /// Buurt id.
    pub buurt_id: Option<String>,
    /// Name as given (imports).
    pub name: Option<String>,
}

/// A service's own fields: what a record stores and a row reads back, in the order of
/// `repo::tables::SERVICE_FIELDS`. The one description of a service; the listing form's check, the
/// HSDS import, the demo and the read side all carry it.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct ServiceFields {
    /// Id.
    pub id: String,
    /// Municipality.
    pub municipality_id: String,
    /// Organisation offering it.
    pub organization_id: String,
    /// Name.
    pub name: String,
    /// Other name.
    pub alternate_name: Option<String>,
    /// Description.
    pub description: String,
    /// HSDS status.
    pub status: String,
    /// Web page.
    pub url: Option<String>,
    /// Contact e-mail.
    pub email: Option<String>,
    /// Contact phone.
    pub phone: Option<String>,
    /// Contact person.
    pub contact_name: Option<String>,
    /// How to sign up.
    pub application_process: Option<String>,
    /// Who it is for, in words.
    pub eligibility_description: Option<String>,
    /// Youngest age.
    pub minimum_age: Option<i64>,
    /// Oldest age.
    pub maximum_age: Option<i64>,
    /// Free of charge.
    pub is_free: bool,
    /// Price in cents.
    pub cost_amount_cents: Option<i64>,
    /// What the price covers (*per seizoen*).
    pub cost_description: Option<String>,
    /// The Jeugdfonds Sport & Cultuur can pay.
    pub jeugdfonds: bool,
    /// Places left.
    pub capacity_available: Option<i64>,
    /// Notice (*vol tot januari*).
    pub alert: Option<String>,
    /// Date an editor last checked the listing.
    pub assured_date: Option<Date>,
}

impl ServiceFields {
    /// Fields with only an id (and status `active`), to fill in with struct update syntax.
    pub fn empty(id: &str) -> ServiceFields {
        ServiceFields {
            id: id.to_string(),
            municipality_id: String::new(),
            organization_id: String::new(),
            name: String::new(),
            alternate_name: None,
            description: String::new(),
            status: "active".into(),
            url: None,
            email: None,
            phone: None,
            contact_name: None,
            application_process: None,
            eligibility_description: None,
            minimum_age: None,
            maximum_age: None,
            is_free: false,
            cost_amount_cents: None,
            cost_description: None,
            jeugdfonds: false,
            capacity_available: None,
            alert: None,
            assured_date: None,
        }
    }
}

/// A service (an opportunity) with everything that hangs off it.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceRecord {
    /// Its own fields.
    pub fields: ServiceFields,
    /// Category (taxonomy term) ids.
    pub categories: Vec<String>,
    /// Languages (code, name).
    pub languages: Vec<(String, String)>,
    /// Areas served; empty is stored as "the whole municipality".
    pub areas: Vec<AreaRecord>,
    /// Where it happens.
    pub locations: Vec<SalRecord>,
    /// When it happens.
    pub schedules: Vec<ScheduleRecord>,
}

impl std::ops::Deref for ServiceRecord {
    type Target = ServiceFields;
    fn deref(&self) -> &ServiceFields {
        &self.fields
    }
}

impl std::ops::DerefMut for ServiceRecord {
    fn deref_mut(&mut self) -> &mut ServiceFields {
        &mut self.fields
    }
}

impl ServiceRecord {
    /// A record of these fields without children yet.
    pub fn new(fields: ServiceFields) -> ServiceRecord {
        ServiceRecord {
            fields,
            categories: Vec::new(),
            languages: Vec::new(),
            areas: Vec::new(),
            locations: Vec::new(),
            schedules: Vec::new(),
        }
    }

    /// A record with only an id, to fill in with struct update syntax.
    pub fn empty(id: &str) -> ServiceRecord {
        ServiceRecord::new(ServiceFields::empty(id))
    }
}

/// A UUIDv5 for a record that HSDS wants an id for but that we store without one of its own (an
/// address, a cost option): stable across exports, so an export imports again without changes.
pub fn derived_id(parent: &str, kind: &str) -> String {
    let ns = uuid::Uuid::parse_str(parent).unwrap_or(uuid::Uuid::NAMESPACE_OID);
    uuid::Uuid::new_v5(&ns, kind.as_bytes()).to_string()
}

/// A hash of a record as it is saved: the same record gives the same fingerprint, so an import can
/// tell which records of a file differ from what was last saved and touch only those.
pub fn fingerprint(record: &impl std::fmt::Debug) -> String {
    crate::crypto::sha256_hex(&format!("{record:?}"))
}
