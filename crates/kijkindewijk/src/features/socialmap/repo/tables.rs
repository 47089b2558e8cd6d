//! Table and column names of the social map for sea-query (see `0003_socialmap.sql`).
#![allow(missing_docs)]

use sea_query::Iden;

/// `organizations`
#[derive(Iden, Clone, Copy)]
pub enum Organizations {
    Table,
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
