//! Table and column names of the social map for sea-query (see `0003_socialmap.sql`).
#![allow(missing_docs)]

use sea_query::Iden;

/// `organizations`
#[derive(Iden, Clone, Copy)]
pub enum Organizations {
    Table,
    Fingerprint,
    Id,
    MunicipalityId,
    Name,
    AlternateName,
    Description,
    Email,
    Website,
    Phone,
    CreatedAt,
    UpdatedAt,
}

/// `organization_members`
#[derive(Iden, Clone, Copy)]
pub enum OrganizationMembers {
    Table,
    OrganizationId,
    UserId,
    CreatedAt,
}

/// `locations`
#[derive(Iden, Clone, Copy)]
pub enum Locations {
    Table,
    Fingerprint,
    Id,
    MunicipalityId,
    OrganizationId,
    LocationType,
    Name,
    Description,
    Transportation,
    Url,
    #[iden = "address_1"]
    Address1,
    PostalCode,
    City,
    Latitude,
    Longitude,
    ExternalIdentifier,
    ExternalIdentifierType,
    CreatedAt,
    UpdatedAt,
}

/// `location_accessibility`
#[derive(Iden, Clone, Copy)]
pub enum LocationAccessibility {
    Table,
    Id,
    LocationId,
    Code,
    Description,
    Details,
    Url,
}

/// `services`
#[derive(Iden, Clone, Copy)]
pub enum Services {
    Table,
    Id,
    MunicipalityId,
    OrganizationId,
    Name,
    AlternateName,
    Description,
    Status,
    Url,
    Email,
    Phone,
    ContactName,
    ApplicationProcess,
    EligibilityDescription,
    MinimumAge,
    MaximumAge,
    IsFree,
    CostAmountCents,
    CostDescription,
    Jeugdfonds,
    CapacityAvailable,
    Alert,
    AssuredDate,
    AssuredBy,
    ConfirmedOn,
    ConfirmedBy,
    Fingerprint,
    SearchTitle,
    SearchBody,
    CreatedAt,
    UpdatedAt,
}

/// `service_at_locations`
#[derive(Iden, Clone, Copy)]
pub enum ServiceAtLocations {
    Table,
    Id,
    ServiceId,
    LocationId,
    Description,
    CreatedAt,
}

/// `schedules`
#[derive(Iden, Clone, Copy)]
pub enum Schedules {
    Table,
    Id,
    ServiceId,
    ServiceAtLocationId,
    Freq,
    RepeatInterval,
    Byday,
    Bymonthday,
    DaysMask,
    OpensMinute,
    ClosesMinute,
    Dtstart,
    UntilDate,
    RepeatCount,
    ValidFrom,
    ValidTo,
    EndsOn,
    Description,
    CreatedAt,
}

/// `taxonomies`
#[derive(Iden, Clone, Copy)]
pub enum Taxonomies {
    Table,
    Id,
    Name,
    Description,
    Uri,
    Version,
    CreatedAt,
    UpdatedAt,
}

/// `taxonomy_terms`
#[derive(Iden, Clone, Copy)]
pub enum TaxonomyTerms {
    Table,
    Id,
    TaxonomyId,
    ParentId,
    Code,
    Name,
    Description,
    Language,
    TermUri,
    Position,
    CreatedAt,
    UpdatedAt,
}

/// `service_taxonomy_terms`
#[derive(Iden, Clone, Copy)]
pub enum ServiceTaxonomyTerms {
    Table,
    ServiceId,
    TaxonomyTermId,
}

/// `service_languages`
#[derive(Iden, Clone, Copy)]
pub enum ServiceLanguages {
    Table,
    ServiceId,
    Code,
    Name,
}

/// `service_areas`
#[derive(Iden, Clone, Copy)]
pub enum ServiceAreas {
    Table,
    Id,
    ServiceId,
    WijkId,
    BuurtId,
    Name,
}

/// `postcodes`
#[derive(Iden, Clone, Copy)]
pub enum Postcodes {
    Table,
    Postcode,
    Latitude,
    Longitude,
    UpdatedAt,
}

// The field lists: the columns a record (`model`) and a row (`read`) both carry, written once for
// the inserts, the updates and the selects.

/// A service's own fields, as `model::ServiceRecord` holds them (the read side selects the same).
pub const SERVICE_FIELDS: [Services; 22] = [
    Services::Id,
    Services::MunicipalityId,
    Services::OrganizationId,
    Services::Name,
    Services::AlternateName,
    Services::Description,
    Services::Status,
    Services::Url,
    Services::Email,
    Services::Phone,
    Services::ContactName,
    Services::ApplicationProcess,
    Services::EligibilityDescription,
    Services::MinimumAge,
    Services::MaximumAge,
    Services::IsFree,
    Services::CostAmountCents,
    Services::CostDescription,
    Services::Jeugdfonds,
    Services::CapacityAvailable,
    Services::Alert,
    Services::AssuredDate,
];

/// A location's own fields after its id, as `model::LocationRecord` and `read::LocationRow` hold
/// them (the municipality and the times are written, not read back).
pub const LOCATION_FIELDS: [Locations; 13] = [
    Locations::OrganizationId,
    Locations::LocationType,
    Locations::Name,
    Locations::Description,
    Locations::Transportation,
    Locations::Url,
    Locations::Address1,
    Locations::PostalCode,
    Locations::City,
    Locations::Latitude,
    Locations::Longitude,
    Locations::ExternalIdentifier,
    Locations::ExternalIdentifierType,
];

/// A schedule's columns as `read::ScheduleRow` holds them; inserts add the creation time.
pub const SCHEDULE_FIELDS: [Schedules; 17] = [
    Schedules::Id,
    Schedules::ServiceId,
    Schedules::ServiceAtLocationId,
    Schedules::Freq,
    Schedules::RepeatInterval,
    Schedules::Byday,
    Schedules::Bymonthday,
    Schedules::DaysMask,
    Schedules::OpensMinute,
    Schedules::ClosesMinute,
    Schedules::Dtstart,
    Schedules::UntilDate,
    Schedules::RepeatCount,
    Schedules::ValidFrom,
    Schedules::ValidTo,
    Schedules::EndsOn,
    Schedules::Description,
];
