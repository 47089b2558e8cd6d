//! Storing organisations, locations and services. A service is saved whole: its row is inserted or
//! updated, and its categories, languages, areas, locations and schedules are replaced, so the
//! form, the HSDS import and the demo all leave the same shape behind. Callers hold the transaction.

use super::changes::{self, Change};
use sea_query::{Alias, Expr, OnConflict, Query};

use super::tables::*;
use crate::db::{Tx, now};
use crate::features::socialmap::domain::{taxonomy, text};
use crate::features::socialmap::model::{
    LocationRecord, OrganizationRecord, ServiceRecord, fingerprint,
};
use crate::i18n::Locale;

/// Inserts or updates an organisation.
pub async fn save_organization(tx: &mut Tx, o: &OrganizationRecord) -> Result<(), sqlx::Error> {
    let t = now();
    let q = Query::insert()
        .into_table(Organizations::Table)
        .columns([
            Organizations::Id,
            Organizations::MunicipalityId,
            Organizations::Name,
            Organizations::AlternateName,
            Organizations::Description,
            Organizations::Email,
            Organizations::Website,
            Organizations::Phone,
            Organizations::CreatedAt,
            Organizations::UpdatedAt,
        ])
        .values_panic([
            o.id.clone().into(),
            o.municipality_id.clone().into(),
            o.name.clone().into(),
            o.alternate_name.clone().into(),
            o.description.clone().into(),
            o.email.clone().into(),
            o.website.clone().into(),
            o.phone.clone().into(),
            t.into(),
            t.into(),
        ])
        .on_conflict(
            OnConflict::column(Organizations::Id)
                .update_columns([
                    Organizations::Name,
                    Organizations::AlternateName,
                    Organizations::Description,
                    Organizations::Email,
                    Organizations::Website,
                    Organizations::Phone,
                    Organizations::UpdatedAt,
                ])
                .to_owned(),
        )
        .to_owned();
    tx.execute(&q).await?;
    stamp(tx, "organizations", &o.id, fingerprint(o)).await?;
    changes::record(tx, &Change::Organization(o.id.clone())).await
}

/// Notes what a saved record looked like (see [`fingerprint`]); every save of an organisation,
/// location or service writes it, so it always describes the stored record.
pub(super) async fn stamp(
    tx: &mut Tx,
    table: &str,
    id: &str,
    fingerprint: String,
) -> Result<(), sqlx::Error> {
    let q = Query::update()
        .table(Alias::new(table))
        .value(Alias::new("fingerprint"), fingerprint)
        .and_where(Expr::col(Alias::new("id")).eq(id))
        .to_owned();
    tx.execute(&q).await?;
    Ok(())
}

/// Links a partner account to an organisation; `false` when it already was.
/// Unlinks a partner account from an organisation; false when it was not linked.
pub async fn remove_member(
    tx: &mut Tx,
    organization_id: &str,
    user_id: &str,
) -> Result<bool, sqlx::Error> {
    let q = Query::delete()
        .from_table(OrganizationMembers::Table)
        .and_where(Expr::col(OrganizationMembers::OrganizationId).eq(organization_id))
        .and_where(Expr::col(OrganizationMembers::UserId).eq(user_id))
        .to_owned();
    Ok(tx.execute(&q).await? > 0)
}

pub async fn add_member(
    tx: &mut Tx,
    organization_id: &str,
    user_id: &str,
) -> Result<bool, sqlx::Error> {
    let q = Query::insert()
        .into_table(OrganizationMembers::Table)
        .columns([
            OrganizationMembers::OrganizationId,
            OrganizationMembers::UserId,
            OrganizationMembers::CreatedAt,
        ])
        .values_panic([organization_id.into(), user_id.into(), now().into()])
        .on_conflict(
            OnConflict::columns([
                OrganizationMembers::OrganizationId,
                OrganizationMembers::UserId,
            ])
            .do_nothing()
            .to_owned(),
        )
        .to_owned();
    Ok(tx.execute(&q).await? > 0)
}

/// An insert of locations (without their accessibility features).
pub fn insert_locations(
    list: &[LocationRecord],
    t: time::OffsetDateTime,
) -> sea_query::InsertStatement {
    let mut q = Query::insert()
        .into_table(Locations::Table)
        .columns(
            [Locations::Id, Locations::MunicipalityId]
                .into_iter()
                .chain(LOCATION_FIELDS)
                .chain([Locations::CreatedAt, Locations::UpdatedAt]),
        )
        .to_owned();
    for l in list {
        q.values_panic([
            l.id.clone().into(),
            l.municipality_id.clone().into(),
            l.organization_id.clone().into(),
            l.location_type.clone().into(),
            l.name.clone().into(),
            l.description.clone().into(),
            l.transportation.clone().into(),
            l.url.clone().into(),
            l.address_1.clone().into(),
            l.postal_code.clone().into(),
            l.city.clone().into(),
            l.latitude.into(),
            l.longitude.into(),
            l.external_identifier.clone().into(),
            l.external_identifier_type.clone().into(),
            t.into(),
            t.into(),
        ]);
    }
    q
}

/// Inserts or updates a location and replaces its accessibility features.
pub async fn save_location(tx: &mut Tx, l: &LocationRecord) -> Result<(), sqlx::Error> {
    let q = insert_locations(std::slice::from_ref(l), now())
        .on_conflict(
            OnConflict::column(Locations::Id)
                .update_columns(LOCATION_FIELDS.into_iter().chain([Locations::UpdatedAt]))
                .to_owned(),
        )
        .to_owned();
    tx.execute(&q).await?;
    let del = Query::delete()
        .from_table(LocationAccessibility::Table)
        .and_where(Expr::col(LocationAccessibility::LocationId).eq(l.id.as_str()))
        .to_owned();
    tx.execute(&del).await?;
    if !l.accessibility.is_empty() {
        let mut ins = Query::insert()
            .into_table(LocationAccessibility::Table)
            .columns([
                LocationAccessibility::Id,
                LocationAccessibility::LocationId,
                LocationAccessibility::Code,
                LocationAccessibility::Description,
                LocationAccessibility::Details,
                LocationAccessibility::Url,
            ])
            .to_owned();
        for a in &l.accessibility {
            ins.values_panic([
                a.id.clone().into(),
                l.id.clone().into(),
                a.code.clone().into(),
                a.description.clone().into(),
                a.details.clone().into(),
                a.url.clone().into(),
            ]);
        }
        tx.execute(&ins).await?;
    }
    stamp(tx, "locations", &l.id, fingerprint(l)).await?;
    changes::record(tx, &Change::Location(l.id.clone())).await
}

/// The stemmed search columns of a service: its names for the title; its description, the
/// organisation's name and the category names (Dutch and English) for the body, so *muziek* finds a
/// guitar course filed under Music even when its text never says so.
pub fn search_fields(
    s: &ServiceRecord,
    organization: &str,
    categories: &[String],
) -> (String, String) {
    let title = format!(
        "{} {}",
        s.name,
        s.alternate_name.as_deref().unwrap_or_default()
    );
    let body = format!(
        "{} {} {} {}",
        s.description,
        organization,
        categories.join(" "),
        s.eligibility_description.as_deref().unwrap_or_default()
    );
    (text::index_terms(&title), text::index_terms(&body))
}

/// Category names for the search index: each term's stored name, and for terms of the youth
/// taxonomy its Dutch and English labels.
pub(super) async fn category_words(
    tx: &mut Tx,
    ids: &[String],
) -> Result<Vec<String>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let q = Query::select()
        .columns([
            TaxonomyTerms::Id,
            TaxonomyTerms::TaxonomyId,
            TaxonomyTerms::ParentId,
            TaxonomyTerms::Code,
            TaxonomyTerms::Name,
        ])
        .from(TaxonomyTerms::Table)
        .and_where(Expr::col(TaxonomyTerms::Id).is_in(ids.iter().cloned()))
        .to_owned();
    let terms: Vec<taxonomy::Term> = tx.fetch_all(&q).await?;
    Ok(terms
        .iter()
        .flat_map(|t| [t.name.clone(), t.label(Locale::Nl), t.label(Locale::En)])
        .collect())
}

pub(super) async fn organization_name(tx: &mut Tx, id: &str) -> Result<String, sqlx::Error> {
    let q = Query::select()
        .column(Organizations::Name)
        .from(Organizations::Table)
        .and_where(Expr::col(Organizations::Id).eq(id))
        .to_owned();
    let row: Option<(String,)> = tx.fetch_optional(&q).await?;
    Ok(row.map(|r| r.0).unwrap_or_default())
}
