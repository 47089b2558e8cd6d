//! The rows of a service's children as inserts: one statement per table, for one service or many.

use sea_query::Query;

use super::tables::*;
use crate::features::socialmap::model::{ServiceRecord, derived_id};

/// The inserts for a service's children (empty lists give no statement).
pub fn child_inserts(
    s: &ServiceRecord,
    at: time::OffsetDateTime,
) -> Vec<sea_query::InsertStatement> {
    child_inserts_many(std::slice::from_ref(s), at)
}

/// The inserts for the children of many services: one statement per table.
pub fn child_inserts_many(
    list: &[ServiceRecord],
    at: time::OffsetDateTime,
) -> Vec<sea_query::InsertStatement> {
    let mut terms = Query::insert()
        .into_table(ServiceTaxonomyTerms::Table)
        .columns([
            ServiceTaxonomyTerms::ServiceId,
            ServiceTaxonomyTerms::TaxonomyTermId,
        ])
        .to_owned();
    let mut langs = Query::insert()
        .into_table(ServiceLanguages::Table)
        .columns([
            ServiceLanguages::ServiceId,
            ServiceLanguages::Code,
            ServiceLanguages::Name,
        ])
        .to_owned();
    let mut areas = Query::insert()
        .into_table(ServiceAreas::Table)
        .columns([
            ServiceAreas::Id,
            ServiceAreas::ServiceId,
            ServiceAreas::WijkId,
            ServiceAreas::BuurtId,
            ServiceAreas::Name,
        ])
        .to_owned();
    let mut sals = Query::insert()
        .into_table(ServiceAtLocations::Table)
        .columns([
            ServiceAtLocations::Id,
            ServiceAtLocations::ServiceId,
            ServiceAtLocations::LocationId,
            ServiceAtLocations::Description,
            ServiceAtLocations::CreatedAt,
        ])
        .to_owned();
    let mut schedules = Query::insert()
        .into_table(Schedules::Table)
        .columns(SCHEDULE_FIELDS.into_iter().chain([Schedules::CreatedAt]))
        .to_owned();
    let mut counts = [0usize; 5];
    for s in list {
        let id = s.id.as_str();
        for c in &s.categories {
            terms.values_panic([id.into(), c.clone().into()]);
            counts[0] += 1;
        }
        for (code, name) in &s.languages {
            langs.values_panic([id.into(), code.clone().into(), name.clone().into()]);
            counts[1] += 1;
        }
        if s.areas.is_empty() {
            let none: Option<String> = None;
            areas.values_panic([
                derived_id(id, "area").into(),
                id.into(),
                none.clone().into(),
                none.clone().into(),
                none.into(),
            ]);
            counts[2] += 1;
        }
        for a in &s.areas {
            areas.values_panic([
                a.id.clone().into(),
                id.into(),
                a.wijk_id.clone().into(),
                a.buurt_id.clone().into(),
                a.name.clone().into(),
            ]);
            counts[2] += 1;
        }
        for l in &s.locations {
            sals.values_panic([
                l.id.clone().into(),
                id.into(),
                l.location_id.clone().into(),
                l.description.clone().into(),
                at.into(),
            ]);
            counts[3] += 1;
        }
        for sc in &s.schedules {
            let r = &sc.recurrence;
            schedules.values_panic([
                sc.id.clone().into(),
                id.into(),
                sc.service_at_location_id.clone().into(),
                r.freq.as_str().into(),
                i64::from(r.interval).into(),
                r.byday_text().into(),
                r.bymonthday_text().into(),
                r.days_mask().into(),
                i64::from(r.opens).into(),
                i64::from(r.closes).into(),
                r.dtstart.into(),
                r.until.into(),
                r.count.map(i64::from).into(),
                r.valid_from.into(),
                r.valid_to.into(),
                r.ends_on.into(),
                sc.description.clone().into(),
                at.into(),
            ]);
            counts[4] += 1;
        }
    }
    // Order matters: schedules may point at a service_at_location.
    [terms, langs, areas, sals, schedules]
        .into_iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(q, _)| q)
        .collect()
}
