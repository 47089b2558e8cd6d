//! Saving a whole service (see `write`), re-indexing after an organisation is renamed, and marking
//! a listing as checked.

use super::changes::{self, Change};
use sea_query::{Expr, OnConflict, Query};
use time::Date;

pub use super::service_rows::{child_inserts, child_inserts_many};
use super::tables::*;
use super::write::{category_words, organization_name, search_fields};
use crate::db::{Tx, now};
use crate::features::socialmap::model::{ServiceFields, ServiceRecord, fingerprint};

/// Every stored column: the fields, then the search words and the times.
fn service_columns() -> Vec<Services> {
    let mut columns = SERVICE_FIELDS.to_vec();
    columns.extend([
        Services::SearchTitle,
        Services::SearchBody,
        Services::CreatedAt,
        Services::UpdatedAt,
    ]);
    columns
}

/// The row values of a service, in [`service_columns`] order.
pub fn service_values(
    s: &ServiceRecord,
    search: (String, String),
    at: time::OffsetDateTime,
) -> Vec<sea_query::SimpleExpr> {
    vec![
        s.id.clone().into(),
        s.municipality_id.clone().into(),
        s.organization_id.clone().into(),
        s.name.clone().into(),
        s.alternate_name.clone().into(),
        s.description.clone().into(),
        s.status.clone().into(),
        s.url.clone().into(),
        s.email.clone().into(),
        s.phone.clone().into(),
        s.contact_name.clone().into(),
        s.application_process.clone().into(),
        s.eligibility_description.clone().into(),
        s.minimum_age.into(),
        s.maximum_age.into(),
        s.is_free.into(),
        s.cost_amount_cents.into(),
        s.cost_description.clone().into(),
        s.jeugdfonds.into(),
        s.capacity_available.into(),
        s.alert.clone().into(),
        s.assured_date.into(),
        search.0.into(),
        search.1.into(),
        at.into(),
        at.into(),
    ]
}

/// An insert of many services at once (the demo and benchmark generator use it).
pub fn insert_services(rows: Vec<Vec<sea_query::SimpleExpr>>) -> sea_query::InsertStatement {
    let mut q = Query::insert()
        .into_table(Services::Table)
        .columns(service_columns())
        .to_owned();
    for r in rows {
        q.values_panic(r);
    }
    q
}

/// Inserts or updates the service and replaces everything that hangs off it. The check mark
/// (`assured_date`) is only written when the record carries one, so a partner's edit keeps the
/// editor's last check visible.
pub async fn save_service(tx: &mut Tx, s: &ServiceRecord) -> Result<(), sqlx::Error> {
    let org = organization_name(tx, &s.organization_id).await?;
    let words = category_words(tx, &s.categories).await?;
    let search = search_fields(s, &org, &words);
    // Everything but the id, the municipality and the creation time.
    let mut update: Vec<Services> = service_columns()[2..24].to_vec();
    update.push(Services::UpdatedAt);
    if s.assured_date.is_none() {
        update.retain(|c| !matches!(c, Services::AssuredDate));
    }
    let mut q = insert_services(vec![service_values(s, search, now())]);
    q.on_conflict(
        OnConflict::column(Services::Id)
            .update_columns(update)
            .to_owned(),
    );
    tx.execute(&q).await?;
    replace_children(tx, s).await?;
    super::write::stamp(tx, "services", &s.id, fingerprint(s)).await?;
    changes::record(tx, &Change::Service(s.id.clone())).await
}

/// Deletes and re-inserts the categories, languages, areas, locations and schedules.
pub async fn replace_children(tx: &mut Tx, s: &ServiceRecord) -> Result<(), sqlx::Error> {
    let id = s.id.as_str();
    // Schedules before service_at_locations: some of them point at one.
    for table in [
        "service_taxonomy_terms",
        "service_languages",
        "service_areas",
        "schedules",
        "service_at_locations",
    ] {
        let del = Query::delete()
            .from_table(sea_query::Alias::new(table))
            .and_where(Expr::col(sea_query::Alias::new("service_id")).eq(id))
            .to_owned();
        tx.execute(&del).await?;
    }
    for stmt in child_inserts(s, now()) {
        tx.execute(&stmt).await?;
    }
    Ok(())
}

/// Recomputes the search columns of every service of an organisation (after a rename): one query
/// for the services, one for their category words, then one update per service.
pub async fn reindex_organization(tx: &mut Tx, organization_id: &str) -> Result<(), sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        id: String,
        name: String,
        alternate_name: Option<String>,
        description: String,
        eligibility_description: Option<String>,
    }
    let org = organization_name(tx, organization_id).await?;
    let rows: Vec<Row> = tx
        .fetch_all(
            &Query::select()
                .columns([
                    Services::Id,
                    Services::Name,
                    Services::AlternateName,
                    Services::Description,
                    Services::EligibilityDescription,
                ])
                .from(Services::Table)
                .and_where(Expr::col(Services::OrganizationId).eq(organization_id))
                .to_owned(),
        )
        .await?;
    for row in rows {
        let terms: Vec<(String,)> = tx
            .fetch_all(
                &Query::select()
                    .column(ServiceTaxonomyTerms::TaxonomyTermId)
                    .from(ServiceTaxonomyTerms::Table)
                    .and_where(Expr::col(ServiceTaxonomyTerms::ServiceId).eq(row.id.as_str()))
                    .to_owned(),
            )
            .await?;
        let ids: Vec<String> = terms.into_iter().map(|t| t.0).collect();
        let words = category_words(tx, &ids).await?;
        let probe = ServiceRecord::new(ServiceFields {
            name: row.name,
            alternate_name: row.alternate_name,
            description: row.description,
            eligibility_description: row.eligibility_description,
            ..ServiceFields::empty(&row.id)
        });
        let (title, body) = search_fields(&probe, &org, &words);
        tx.execute(
            &Query::update()
                .table(Services::Table)
                .values([
                    (Services::SearchTitle, title.into()),
                    (Services::SearchBody, body.into()),
                ])
                .and_where(Expr::col(Services::Id).eq(row.id.as_str()))
                .to_owned(),
        )
        .await?;
    }
    Ok(())
}

/// Marks a listing as checked today by an editor.
pub async fn mark_checked(
    tx: &mut Tx,
    service_id: &str,
    user_id: &str,
    today: Date,
) -> Result<bool, sqlx::Error> {
    mark(
        tx,
        service_id,
        (Services::AssuredDate, Services::AssuredBy),
        user_id,
        today,
    )
    .await
}

/// Notes that a keeper (partner or editor) confirmed today that a listing is still right.
pub async fn mark_confirmed(
    tx: &mut Tx,
    service_id: &str,
    user_id: &str,
    today: Date,
) -> Result<bool, sqlx::Error> {
    mark(
        tx,
        service_id,
        (Services::ConfirmedOn, Services::ConfirmedBy),
        user_id,
        today,
    )
    .await
}

/// Sets a listing's (date, by whom) pair; `false` when there is no such listing. The card shows
/// both marks, so the search index hears of the change.
async fn mark(
    tx: &mut Tx,
    service_id: &str,
    (on, by): (Services, Services),
    user_id: &str,
    today: Date,
) -> Result<bool, sqlx::Error> {
    let q = Query::update()
        .table(Services::Table)
        .values([(on, today.into()), (by, user_id.into())])
        .and_where(Expr::col(Services::Id).eq(service_id))
        .to_owned();
    let found = tx.execute(&q).await? > 0;
    if found {
        changes::record(tx, &Change::Service(service_id.to_string())).await?;
    }
    Ok(found)
}
