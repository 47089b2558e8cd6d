//! The SQL search: the reference the in-process index (`socialmap::index`) is tested against (the
//! oracle property test gives both the same random data and queries), and the answer while an
//! instance is still building its index. One statement for the page and one for the count, both
//! built from the same conditions; every filter on the hot path has an index (see
//! `0003_socialmap.sql`): full text, categories, schedules and areas by service, locations by
//! position.

use sea_query::{
    Alias, Cond, Expr, ExprTrait, JoinType, Order, Query, SelectStatement, SimpleExpr,
};
use time::{Date, OffsetDateTime};

use super::tables::*;
use crate::db::{Db, special};
use crate::features::socialmap::domain::geo::{M_PER_DEG_LAT, Point};
use crate::features::socialmap::domain::query::{Sort, TimeFilter};

/// What one result row stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rows {
    /// One row per service (HSDS `/services`).
    Services,
    /// One row per service and location; with `outer`, services without a location too.
    AtLocations {
        /// Keep services that have no location (the public search).
        outer: bool,
    },
}

/// Limits the areas served.
#[derive(Debug, Clone, PartialEq)]
pub enum AreaFilter {
    /// Services for this wijk (or one of its buurten, or the whole municipality).
    Wijk(String),
    /// Services for this buurt, its whole wijk, or the whole municipality.
    Buurt {
        /// Buurt id.
        buurt_id: String,
        /// Its wijk's id.
        wijk_id: String,
    },
}

/// A checked, resolved search.
#[derive(Debug, Clone)]
pub struct Filter {
    /// What a row is.
    pub rows: Rows,
    /// Only this municipality.
    pub municipality_id: Option<String>,
    /// Stemmed words; all must match.
    pub terms: Vec<String>,
    /// Any of these categories (a term and its sub-terms).
    pub term_ids: Option<Vec<String>>,
    /// Only this organisation.
    pub organization_id: Option<String>,
    /// Changed at or after.
    pub modified_after: Option<OffsetDateTime>,
    /// Fits this age.
    pub age: Option<i64>,
    /// Free only.
    pub free_only: bool,
    /// Day and time.
    pub time: TimeFilter,
    /// Today in Amsterdam: ended schedules do not count for day and time.
    pub today: Date,
    /// Measure distance from here.
    pub origin: Option<Point>,
    /// Within this many metres of the origin.
    pub radius_m: Option<f64>,
    /// Areas served.
    pub area: Option<AreaFilter>,
    /// Also services that are not active (the HSDS API shows every status).
    pub any_status: bool,
    /// Order.
    pub sort: Sort,
    /// Stop counting beyond this many rows (the search page says "more than …"); `None` counts
    /// everything (the HSDS API, whose clients page through all of it).
    pub count_cap: Option<u64>,
    /// Page size.
    pub limit: u64,
    /// Rows to skip.
    pub offset: u64,
}

/// One result row.
#[derive(Debug, Clone, sqlx::FromRow)]
#[allow(missing_docs)]
pub struct Hit {
    pub service_id: String,
    pub sal_id: Option<String>,
    pub location_id: Option<String>,
    pub rank: Option<f64>,
    pub dist2: Option<f64>,
}

fn s() -> Alias {
    Alias::new("s")
}
fn l() -> Alias {
    Alias::new("l")
}
fn sal() -> Alias {
    Alias::new("sal")
}

/// Squared flat-earth distance in m² from `o` to the joined location (see `domain::geo`).
fn dist2(o: &Point) -> SimpleExpr {
    dist2_at(l(), o)
}

/// Squared flat-earth distance in m² from `o` to the location joined as `at`.
fn dist2_at(at: Alias, o: &Point) -> SimpleExpr {
    let dx = Expr::col((at.clone(), Locations::Longitude))
        .sub(o.lon)
        .mul(o.m_per_deg_lon());
    let dy = Expr::col((at, Locations::Latitude))
        .sub(o.lat)
        .mul(M_PER_DEG_LAT);
    dx.clone().mul(dx).add(dy.clone().mul(dy))
}

/// The location joined as `at` lies within `r` metres of `o`.
fn within_radius(at: Alias, o: &Point, r: f64) -> Cond {
    let b = o.bounding_box(r);
    Cond::all()
        .add(Expr::col((at.clone(), Locations::Latitude)).between(b.min_lat, b.max_lat))
        .add(Expr::col((at.clone(), Locations::Longitude)).between(b.min_lon, b.max_lon))
        .add(dist2_at(at, o).lte(r * r))
}

/// One row per service within a radius: the service has a place there.
fn has_place_within(o: &Point, r: f64) -> SimpleExpr {
    let (sal2, l2) = (Alias::new("sal2"), Alias::new("l2"));
    Expr::exists(
        Query::select()
            .expr(Expr::val(1))
            .from_as(ServiceAtLocations::Table, sal2.clone())
            .join_as(
                JoinType::InnerJoin,
                Locations::Table,
                l2.clone(),
                Expr::col((l2.clone(), Locations::Id))
                    .equals((sal2.clone(), ServiceAtLocations::LocationId)),
            )
            .cond_where(
                Cond::all()
                    .add(
                        Expr::col((sal2, ServiceAtLocations::ServiceId))
                            .equals((s(), Services::Id)),
                    )
                    .add(within_radius(l2, o, r)),
            )
            .to_owned(),
    )
}

fn time_condition(t: &TimeFilter, today: Date) -> Cond {
    let sc = Alias::new("sc");
    let mut c = Cond::all()
        .add(Expr::col((sc.clone(), Schedules::ServiceId)).equals((s(), Services::Id)))
        .add(Expr::col((sc.clone(), Schedules::EndsOn)).gte(today));
    if let Some(day) = t.day {
        c = c.add(
            Expr::col((sc.clone(), Schedules::DaysMask))
                .bit_and(1i64 << day)
                .ne(0i64),
        );
    }
    if let Some((from, to)) = t.overlaps {
        c = c
            .add(Expr::col((sc.clone(), Schedules::OpensMinute)).lt(i64::from(to)))
            .add(Expr::col((sc.clone(), Schedules::ClosesMinute)).gt(i64::from(from)));
    }
    if let Some(from) = t.starts_at_or_after {
        c = c.add(Expr::col((sc.clone(), Schedules::OpensMinute)).gte(i64::from(from)));
    }
    if let Some(to) = t.ends_at_or_before {
        c = c.add(Expr::col((sc.clone(), Schedules::ClosesMinute)).lte(i64::from(to)));
    }
    Cond::all().add(Expr::exists(
        Query::select()
            .expr(Expr::val(1))
            .from_as(Schedules::Table, sc)
            .cond_where(c)
            .to_owned(),
    ))
}

fn area_condition(a: &AreaFilter) -> SimpleExpr {
    let sa = Alias::new("sa");
    let col = |c: ServiceAreas| Expr::col((sa.clone(), c));
    let which = match a {
        AreaFilter::Wijk(w) => Cond::any()
            .add(col(ServiceAreas::WijkId).eq(w.as_str()))
            .add(col(ServiceAreas::WijkId).is_null()),
        AreaFilter::Buurt { buurt_id, wijk_id } => Cond::any()
            .add(col(ServiceAreas::BuurtId).eq(buurt_id.as_str()))
            .add(
                Cond::all()
                    .add(col(ServiceAreas::WijkId).eq(wijk_id.as_str()))
                    .add(col(ServiceAreas::BuurtId).is_null()),
            )
            .add(col(ServiceAreas::WijkId).is_null()),
    };
    Expr::exists(
        Query::select()
            .expr(Expr::val(1))
            .from_as(ServiceAreas::Table, sa.clone())
            .cond_where(
                Cond::all()
                    .add(col(ServiceAreas::ServiceId).equals((s(), Services::Id)))
                    .add(which),
            )
            .to_owned(),
    )
}

/// True when the location table must be joined: only distance needs its columns.
fn needs_locations(f: &Filter) -> bool {
    f.origin.is_some() && matches!(f.rows, Rows::AtLocations { .. })
}

/// FROM, JOINs and WHERE shared by the page and the count; also says whether words take part.
/// `within` narrows a distance search to that radius (see [`search`]).
fn base(db: &Db, f: &Filter, within: Option<f64>) -> (SelectStatement, bool) {
    let mut q = Query::select().from_as(Services::Table, s()).to_owned();
    let radius = match (f.radius_m, within) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    if let Rows::AtLocations { outer } = f.rows {
        // Within a radius only rows with a place count; an inner join also lets the planner start
        // from the locations' position index.
        let join = if outer && radius.is_none() {
            JoinType::LeftJoin
        } else {
            JoinType::InnerJoin
        };
        q.join_as(
            join,
            ServiceAtLocations::Table,
            sal(),
            Expr::col((sal(), ServiceAtLocations::ServiceId)).equals((s(), Services::Id)),
        );
        if needs_locations(f) {
            q.join_as(
                join,
                Locations::Table,
                l(),
                Expr::col((l(), Locations::Id)).equals((sal(), ServiceAtLocations::LocationId)),
            );
        }
    }
    let text = special::service_text_match(db.backend(), &f.terms);
    let has_text = text.is_some();
    if let Some(fts) = text {
        q.join_subquery(
            JoinType::InnerJoin,
            fts,
            Alias::new("fts"),
            Expr::col((Alias::new("fts"), Alias::new("service_id"))).equals((s(), Services::Id)),
        );
    }
    let col = |c: Services| Expr::col((s(), c));
    if let Some(m) = &f.municipality_id {
        q.and_where(col(Services::MunicipalityId).eq(m.as_str()));
    }
    if !f.any_status {
        q.and_where(col(Services::Status).eq("active"));
    }
    if let Some(ids) = &f.term_ids {
        // EXISTS rather than IN: a category is seldom selective, and probing it row by row while
        // walking the name index stops after one page, where IN would collect every match first.
        let st = Alias::new("st");
        q.and_where(Expr::exists(
            Query::select()
                .expr(Expr::val(1))
                .from_as(ServiceTaxonomyTerms::Table, st.clone())
                .and_where(
                    Expr::col((st.clone(), ServiceTaxonomyTerms::ServiceId))
                        .equals((s(), Services::Id)),
                )
                .and_where(
                    Expr::col((st, ServiceTaxonomyTerms::TaxonomyTermId))
                        .is_in(ids.iter().cloned()),
                )
                .to_owned(),
        ));
    }
    if let Some(o) = &f.organization_id {
        q.and_where(col(Services::OrganizationId).eq(o.as_str()));
    }
    if let Some(t) = f.modified_after {
        q.and_where(col(Services::UpdatedAt).gte(t));
    }
    if let Some(age) = f.age {
        q.cond_where(
            Cond::all()
                .add(
                    Cond::any()
                        .add(col(Services::MinimumAge).is_null())
                        .add(col(Services::MinimumAge).lte(age)),
                )
                .add(
                    Cond::any()
                        .add(col(Services::MaximumAge).is_null())
                        .add(col(Services::MaximumAge).gte(age)),
                ),
        );
    }
    if f.free_only {
        q.and_where(col(Services::IsFree).eq(true));
    }
    if !f.time.is_empty() {
        q.cond_where(time_condition(&f.time, f.today));
    }
    if let Some(a) = &f.area {
        q.and_where(area_condition(a));
    }
    match (&f.origin, radius, f.rows) {
        (Some(o), Some(r), Rows::AtLocations { .. }) => {
            q.cond_where(within_radius(l(), o, r));
        }
        (Some(o), Some(r), Rows::Services) => {
            q.and_where(has_place_within(o, r));
        }
        _ => {}
    }
    (q, has_text)
}

/// A page of results.
#[derive(Debug, Clone)]
pub struct Results {
    /// The rows of the page.
    pub hits: Vec<Hit>,
    /// Rows in all pages (at most the filter's `count_cap`).
    pub total: i64,
    /// There are more rows than `total` (the count stopped at the cap).
    pub more: bool,
}

/// Radii tried, in metres, when the nearest results come first: in a dense area the first page
/// lies within a few hundred metres, and sorting only those is far cheaper than sorting everything.
const RINGS: [f64; 4] = [500.0, 2_000.0, 8_000.0, 32_000.0];

fn page_query(db: &Db, f: &Filter, within: Option<f64>) -> SelectStatement {
    let (mut page, has_text) = base(db, f, within);
    page.expr_as(Expr::col((s(), Services::Id)), Alias::new("service_id"));
    let null_text = || Expr::cust("CAST(NULL AS TEXT)");
    let null_real = || Expr::cust("CAST(NULL AS DOUBLE PRECISION)");
    let at_location = matches!(f.rows, Rows::AtLocations { .. });
    if at_location {
        page.expr_as(
            Expr::col((sal(), ServiceAtLocations::Id)),
            Alias::new("sal_id"),
        )
        .expr_as(
            Expr::col((sal(), ServiceAtLocations::LocationId)),
            Alias::new("location_id"),
        );
    } else {
        page.expr_as(null_text(), Alias::new("sal_id"))
            .expr_as(null_text(), Alias::new("location_id"));
    }
    let rank = Expr::col((Alias::new("fts"), Alias::new("rank")));
    if has_text {
        page.expr_as(rank.clone(), Alias::new("rank"));
    } else {
        page.expr_as(null_real(), Alias::new("rank"));
    }
    let distance = f.origin.as_ref().filter(|_| needs_locations(f)).map(dist2);
    page.expr_as(
        distance.clone().unwrap_or_else(null_real),
        Alias::new("dist2"),
    );
    let by_distance = |q: &mut SelectStatement| {
        if let Some(d) = &distance {
            q.order_by_expr(Expr::col((l(), Locations::Latitude)).is_null(), Order::Asc)
                .order_by_expr(d.clone(), Order::Asc);
        }
    };
    match f.sort {
        Sort::Relevance if has_text => {
            page.order_by_expr(rank.into(), Order::Desc);
            by_distance(&mut page);
        }
        Sort::Distance | Sort::Relevance => by_distance(&mut page),
        Sort::Name => {}
    }
    page.order_by((s(), Services::Name), Order::Asc)
        .order_by((s(), Services::Id), Order::Asc);
    if at_location {
        page.order_by((sal(), ServiceAtLocations::Id), Order::Asc);
    }
    page.limit(f.limit).offset(f.offset);
    page
}

/// One page of results and the number of rows (counted up to the cap).
pub async fn search(db: &Db, f: &Filter) -> Result<Results, sqlx::Error> {
    // Words already narrow the rows to a few hundred at most; rings only pay off without them.
    let nearest_first = f.origin.is_some()
        && needs_locations(f)
        && f.terms.is_empty()
        && matches!(f.sort, Sort::Distance | Sort::Relevance);
    let mut hits: Vec<Hit> = Vec::new();
    let mut done = false;
    if nearest_first {
        // If a ring already holds the whole page, nothing outside it can be nearer.
        for r in RINGS
            .into_iter()
            .filter(|r| f.radius_m.is_none_or(|max| *r < max))
        {
            hits = db.fetch_all(&page_query(db, f, Some(r))).await?;
            if hits.len() as u64 == f.limit {
                done = true;
                break;
            }
        }
    }
    if !done {
        hits = db.fetch_all(&page_query(db, f, None)).await?;
    }
    // A first page that is not full holds everything: no need to count.
    if f.offset == 0 && (hits.len() as u64) < f.limit {
        let total = hits.len() as i64;
        return Ok(Results {
            hits,
            total,
            more: false,
        });
    }
    let (mut rows, _) = base(db, f, None);
    rows.expr(Expr::val(1));
    if let Some(cap) = f.count_cap {
        rows.limit(cap + 1);
    }
    let count = Query::select()
        .expr(Expr::cust("COUNT(*)"))
        .from_subquery(rows, Alias::new("r"))
        .to_owned();
    let (total,): (i64,) = db.fetch_one(&count).await?;
    let more = f.count_cap.is_some_and(|cap| total > cap as i64);
    Ok(Results {
        hits,
        total: if more {
            f.count_cap.map_or(total, |c| c as i64)
        } else {
            total
        },
        more,
    })
}
