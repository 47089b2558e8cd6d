//! The HSDS 3.0 objects as JSON, used both ways: the API and the export write them, the import reads
//! them. Every field of the 3.0 schemas is known, so a file with a field the standard does not have
//! (a typo, another profile) is refused with the field's name instead of silently losing data.
//! Absent values are left out rather than written as `null`, which the schemas do not allow.
#![allow(missing_docs)]

use serde::{Deserialize, Serialize};
use serde_json::{Number, Value};

macro_rules! hsds_object {
    ($(#[$meta:meta])* $name:ident { $($field:ident : $ty:ty),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $(
                #[serde(default, skip_serializing_if = "Option::is_none")]
                pub $field: Option<$ty>,
            )*
        }
    };
}

/// Lists of objects we accept but do not store (programs, funding, metadata, …).
pub type Ignored = Vec<Value>;

hsds_object!(
    /// `organization`
    Organization {
        id: String, name: String, alternate_name: String, description: String, email: String,
        website: String, tax_status: String, tax_id: String, year_incorporated: Number,
        legal_status: String, logo: String, uri: String, parent_organization_id: String,
        funding: Ignored, contacts: Vec<Contact>, phones: Vec<Phone>, locations: Vec<Location>,
        programs: Ignored, organization_identifiers: Ignored, attributes: Vec<Attribute>,
        metadata: Ignored, services: Vec<Service>,
    }
);

hsds_object!(
    /// `service`
    Service {
        id: String, organization_id: String, program_id: String, name: String, alternate_name: String,
        description: String, url: String, email: String, status: String,
        interpretation_services: String, application_process: String, fees_description: String,
        wait_time: String, fees: String, accreditations: String, eligibility_description: String,
        minimum_age: Number, maximum_age: Number, assured_date: String, assurer_email: String,
        licenses: String, alert: String, last_modified: String, phones: Vec<Phone>,
        schedules: Vec<Schedule>, service_areas: Vec<ServiceArea>,
        service_at_locations: Vec<ServiceAtLocation>, languages: Vec<Language>,
        organization: Box<Organization>, funding: Ignored, cost_options: Vec<CostOption>,
        program: Value, required_documents: Ignored, contacts: Vec<Contact>,
        attributes: Vec<Attribute>, metadata: Ignored,
    }
);

hsds_object!(
    /// `service_at_location`
    ServiceAtLocation {
        id: String, service_id: String, location_id: String, description: String,
        contacts: Vec<Contact>, phones: Vec<Phone>, schedules: Vec<Schedule>, location: Box<Location>,
        attributes: Vec<Attribute>, metadata: Ignored, service: Box<Service>,
    }
);

hsds_object!(
    /// `location`
    Location {
        id: String, location_type: String, url: String, organization_id: String, name: String,
        alternate_name: String, description: String, transportation: String, latitude: Number,
        longitude: Number, external_identifier: String, external_identifier_type: String,
        languages: Vec<Language>, addresses: Vec<Address>, contacts: Vec<Contact>,
        accessibility: Vec<Accessibility>, phones: Vec<Phone>, schedules: Vec<Schedule>,
        attributes: Vec<Attribute>, metadata: Ignored,
    }
);

hsds_object!(
    /// `address`
    Address {
        id: String, location_id: String, attention: String, address_1: String, address_2: String,
        city: String, region: String, state_province: String, postal_code: String, country: String,
        address_type: String, attributes: Vec<Attribute>, metadata: Ignored,
    }
);

hsds_object!(
    /// `accessibility`
    Accessibility {
        id: String, location_id: String, description: String, details: String, url: String,
        attributes: Vec<Attribute>, metadata: Ignored,
    }
);

hsds_object!(
    /// `schedule` (RFC 5545 fields)
    Schedule {
        id: String, service_id: String, location_id: String, service_at_location_id: String,
        valid_from: String, valid_to: String, dtstart: String, timezone: Number, until: String,
        count: Number, wkst: String, freq: String, interval: Number, byday: String,
        byweekno: String, bymonthday: String, byyearday: String, description: String,
        opens_at: String, closes_at: String, schedule_link: String, attending_type: String,
        notes: String, attributes: Vec<Attribute>, metadata: Ignored,
    }
);

hsds_object!(
    /// `service_area`
    ServiceArea {
        id: String, service_id: String, name: String, description: String, extent: String,
        extent_type: String, uri: String, attributes: Vec<Attribute>, metadata: Ignored,
    }
);

hsds_object!(
    /// `language`
    Language {
        id: String, service_id: String, location_id: String, phone_id: String, name: String,
        code: String, note: String, attributes: Vec<Attribute>, metadata: Ignored,
    }
);

hsds_object!(
    /// `cost_option`
    CostOption {
        id: String, service_id: String, valid_from: String, valid_to: String, option: String,
        currency: String, amount: Number, amount_description: String, attributes: Vec<Attribute>,
        metadata: Ignored,
    }
);

hsds_object!(
    /// `phone`
    Phone {
        id: String, location_id: String, service_id: String, organization_id: String,
        contact_id: String, service_at_location_id: String, number: String, extension: Number,
        r#type: String, description: String, languages: Vec<Language>, attributes: Vec<Attribute>,
        metadata: Ignored,
    }
);

hsds_object!(
    /// `contact`
    Contact {
        id: String, organization_id: String, service_id: String, service_at_location_id: String,
        location_id: String, name: String, title: String, department: String, email: String,
        phones: Vec<Phone>, attributes: Vec<Attribute>, metadata: Ignored,
    }
);

hsds_object!(
    /// `attribute`: links a record to a taxonomy term
    Attribute {
        id: String, link_id: String, taxonomy_term_id: String, link_type: String,
        link_entity: String, value: String, taxonomy_term: Box<TaxonomyTerm>, metadata: Ignored,
    }
);

hsds_object!(
    /// `taxonomy_term`
    TaxonomyTerm {
        id: String, code: String, name: String, description: String, parent_id: String,
        taxonomy: String, taxonomy_detail: Taxonomy, language: String, taxonomy_id: String,
        term_uri: String, metadata: Ignored,
    }
);

hsds_object!(
    /// `taxonomy`
    Taxonomy { id: String, name: String, description: String, uri: String, version: String, metadata: Ignored }
);

/// The answer of `GET /hsds/`.
#[derive(Debug, Clone, Serialize)]
pub struct Root {
    pub version: &'static str,
    pub profile: String,
    pub openapi_url: String,
}
