//! The query parameters of the HSDS API: the ones the 3.0 OpenAPI file names (`search`, `page`,
//! `per_page`, `taxonomy_term_id`, `taxonomy_id`, `organization_id`, `modified_after`, `full`,
//! `minimal`, `postcode`, `proximity`, `top_only`, `parent_id`, `full_service`) plus the filters
//! Open Referral users asked for: `age`, `day`, `start_time`, `end_time`, `coverage` (a CBS code)
//! and `free`. Filters combine with AND, as the specification says.

use serde::Deserialize;

use crate::error::{AppError, AppResult, FieldErrors};
use crate::features::socialmap::domain::query::{MAX_PER_PAGE, SearchParams, is_yes, parse_count};
use crate::features::socialmap::repo::search::{AreaFilter, Filter, Rows};
use crate::features::socialmap::repo::{areas, taxonomy};
use crate::features::socialmap::search;
use crate::state::AppState;

/// Default page size.
pub const PER_PAGE: u32 = 20;

/// The parameters as they arrive.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
#[allow(missing_docs)]
pub struct HsdsParams {
    pub search: Option<String>,
    pub page: Option<String>,
    pub per_page: Option<String>,
    pub format: Option<String>,
    pub taxonomy_term_id: Option<String>,
    pub taxonomy_id: Option<String>,
    pub organization_id: Option<String>,
    pub modified_after: Option<String>,
    pub minimal: Option<String>,
    pub full: Option<String>,
    pub full_service: Option<String>,
    pub postcode: Option<String>,
    pub proximity: Option<String>,
    pub top_only: Option<String>,
    pub parent_id: Option<String>,
    pub age: Option<String>,
    pub day: Option<String>,
    pub start_time: Option<String>,
    pub end_time: Option<String>,
    pub coverage: Option<String>,
    pub free: Option<String>,
}

fn invalid(field: &str, id: &str) -> AppError {
    let mut e = FieldErrors::new();
    e.add(field, id);
    AppError::Validation(e)
}

/// Field names of the search page mapped back to the HSDS names, for error messages.
fn rename(e: FieldErrors) -> FieldErrors {
    FieldErrors(
        e.0.into_iter()
            .map(|(f, m)| {
                let name = match f.as_str() {
                    "q" => "search",
                    "leeftijd" => "age",
                    "gratis" => "free",
                    "dag" => "day",
                    "vanaf" => "start_time",
                    "tot" => "end_time",
                    "afstand" => "proximity",
                    "categorie" => "taxonomy_term_id",
                    "wijk" | "gemeente" => "coverage",
                    "pagina" => "page",
                    other => other,
                };
                (name.to_string(), m)
            })
            .collect(),
    )
}

impl HsdsParams {
    /// Page number and size.
    pub fn paging(&self) -> AppResult<(u32, u32)> {
        let page = match given(&self.page) {
            None => 1,
            Some(p) => parse_count(p, 100_000)
                .filter(|n| *n >= 1)
                .ok_or_else(|| invalid("page", "map-search-page-invalid"))?,
        };
        let per_page = match given(&self.per_page) {
            None => PER_PAGE,
            Some(p) => parse_count(p, MAX_PER_PAGE)
                .filter(|n| *n >= 1)
                .ok_or_else(|| invalid("per_page", "map-search-per-page-invalid"))?,
        };
        Ok((page, per_page))
    }

    /// `true`/`1` flags.
    pub fn flag(v: &Option<String>) -> bool {
        is_yes(v.as_deref())
    }

    /// The search filter for `/services` or `/service_at_locations`.
    pub async fn filter(&self, app: &AppState, rows: Rows) -> AppResult<Filter> {
        let (page, per_page) = self.paging()?;
        let afstand = self.proximity_km()?;
        let (gemeente, wijk_code) = self.coverage()?;
        let mut q = self
            .search_params(afstand, gemeente)
            .parse(per_page)
            .map_err(|e| AppError::Validation(rename(e)))?;
        q.page = page;
        let mut f = search::resolve(app, &q, rows).await.map_err(|e| match e {
            AppError::Validation(e) => AppError::Validation(rename(e)),
            other => other,
        })?;
        f.any_status = true;
        // API clients page through everything: they get the exact count.
        f.count_cap = None;
        f.offset = u64::from(page - 1) * u64::from(per_page);
        if let Some(code) = wijk_code {
            within(app, &mut f, &code).await?;
        }
        if let Some(t) = given(&self.taxonomy_id) {
            of_taxonomy(app, &mut f, t).await?;
        }
        f.organization_id = self
            .organization_id
            .clone()
            .filter(|s| !s.trim().is_empty());
        if let Some(m) = given(&self.modified_after) {
            f.modified_after = Some(
                parse_moment(m)
                    .ok_or_else(|| invalid("modified_after", "hsds-modified-after-invalid"))?,
            );
        }
        Ok(f)
    }

    /// `coverage` as a municipality code or a wijk or buurt code.
    fn coverage(&self) -> AppResult<(Option<String>, Option<String>)> {
        let coverage = given(&self.coverage).map(str::to_ascii_uppercase);
        Ok(match coverage.as_deref() {
            Some(c) if c.starts_with("GM") => (Some(c.to_string()), None),
            Some(c) if c.starts_with("WK") || c.starts_with("BU") => (None, Some(c.to_string())),
            Some(_) => return Err(invalid("coverage", "hsds-coverage-invalid")),
            None => (None, None),
        })
    }

    /// `proximity` (metres) as the search page's distance in kilometres.
    fn proximity_km(&self) -> AppResult<Option<String>> {
        given(&self.proximity)
            .map(|m| {
                parse_count(m, 100_000)
                    .filter(|m| *m >= 1)
                    .map(|m| (f64::from(m) / 1000.0).to_string())
                    .ok_or_else(|| invalid("proximity", "map-search-distance-invalid"))
            })
            .transpose()
    }

    /// The parameters in the search page's terms.
    fn search_params(&self, afstand: Option<String>, gemeente: Option<String>) -> SearchParams {
        let sorteer = if self.postcode.is_some() {
            "afstand"
        } else {
            "naam"
        };
        SearchParams {
            q: self.search.clone(),
            leeftijd: self.age.clone(),
            gratis: self.free.clone(),
            dag: self.day.clone(),
            vanaf: self.start_time.clone(),
            tot: self.end_time.clone(),
            postcode: self.postcode.clone(),
            afstand,
            gemeente,
            categorie: self.taxonomy_term_id.clone(),
            sorteer: Some(sorteer.into()),
            ..Default::default()
        }
    }
}

/// A parameter that was given: trimmed, not empty.
fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Narrows the filter to a wijk or buurt (by CBS code) and its municipality.
async fn within(app: &AppState, f: &mut Filter, code: &str) -> AppResult<()> {
    let place = areas::place(&app.db, code)
        .await?
        .ok_or_else(|| invalid("coverage", "hsds-coverage-invalid"))?;
    f.municipality_id = Some(place.municipality_id.clone());
    f.area = Some(match place.wijk_id {
        None => AreaFilter::Wijk(place.id),
        Some(w) => AreaFilter::Buurt {
            buurt_id: place.id,
            wijk_id: w,
        },
    });
    Ok(())
}

/// Narrows the filter to the terms of one taxonomy (and the chosen term, when there is one).
async fn of_taxonomy(app: &AppState, f: &mut Filter, taxonomy_id: &str) -> AppResult<()> {
    let filter = taxonomy::TermFilter {
        taxonomy_id: Some(taxonomy_id.to_string()),
        ..Default::default()
    };
    let (terms, _) = taxonomy::terms(&app.db, &filter, 100_000, 0).await?;
    let ids: Vec<String> = terms.into_iter().map(|t| t.id).collect();
    f.term_ids = Some(match f.term_ids.take() {
        Some(mine) => mine.into_iter().filter(|i| ids.contains(i)).collect(),
        None => ids,
    });
    Ok(())
}

/// An RFC 3339 moment, or a date (midnight UTC).
pub fn parse_moment(s: &str) -> Option<time::OffsetDateTime> {
    use time::format_description::well_known::Rfc3339;
    time::OffsetDateTime::parse(s, &Rfc3339)
        .ok()
        .or_else(|| {
            crate::features::socialmap::domain::recurrence::parse_date(s)
                .filter(|_| s.len() == 10)
                .map(|d| d.midnight().assume_utc())
        })
        .map(|t| t.to_offset(time::UtcOffset::UTC))
}
