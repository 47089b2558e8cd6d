//! `GET /sociale-kaart/aanbod/{id}`: everything about one listing, and its times as iCalendar.

use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::cards::{categories, places_left};
use super::format;
use crate::auth::MaybeUser;
use crate::clock;
use crate::error::{AppError, AppResult};
use crate::features::socialmap::domain::confirm;
use crate::features::socialmap::domain::recurrence::OPEN_START;
use crate::features::socialmap::ical;
use crate::features::socialmap::repo::children;
use crate::features::socialmap::repo::read::FullService;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{PageCtx, html};

/// A place of the listing.
pub struct PlaceView {
    /// Name and address.
    pub text: String,
    /// Accessibility features.
    pub access: Vec<String>,
    /// How to get there.
    pub transportation: Option<String>,
}

/// The detail page.
#[derive(Template)]
#[template(path = "socialmap/detail.html")]
pub struct DetailPage {
    page: PageCtx,
    /// "Terug naar zoeken": the search the visitor came from, at its results.
    back: String,
    s: FullService,
    paragraphs: Vec<String>,
    status_id: Option<&'static str>,
    times: Vec<String>,
    period: Option<String>,
    next: Option<String>,
    places: Vec<PlaceView>,
    ages: String,
    cost: String,
    places_left: Option<String>,
    categories: Vec<String>,
    languages: Vec<String>,
    areas: Vec<String>,
    checked: Option<String>,
    /// The last confirmation by anyone, when there was one.
    confirmed: Option<String>,
    /// Not confirmed within `listing_confirm_days`: the page says so.
    stale: bool,
    confirm_days: String,
    edit_url: Option<String>,
    /// Where "introduce me" leads; filled by the introductions feature when it exists.
    introduce_url: Option<String>,
}

/// Loads one listing or 404.
pub async fn load(app: &AppState, id: &str) -> AppResult<FullService> {
    if !crate::features::socialmap::domain::query::looks_like_id(id) {
        return Err(AppError::NotFound);
    }
    children::full_services(&app.db, &[id.to_string()])
        .await?
        .pop()
        .ok_or(AppError::NotFound)
}

/// GET /sociale-kaart/aanbod/{id}
pub async fn detail_get(
    State(app): State<AppState>,
    page: PageCtx,
    MaybeUser(user): MaybeUser,
    Path(id): Path<String>,
    headers: axum::http::HeaderMap,
) -> AppResult<Response> {
    let s = load(&app, &id).await?;
    let back = back_to_search(
        headers
            .get(axum::http::header::REFERER)
            .and_then(|v| v.to_str().ok()),
    );
    let loc = page.loc;
    let editor = match &user {
        Some(u) => super::access::editor_of(&app, u).await?,
        None => None,
    };
    let svc = &s.service;
    let last_confirmed = confirm::last_confirmed(svc.assured_date, svc.confirmed_on);
    let Times {
        times,
        period,
        next,
    } = times(&s, loc);
    let view = DetailPage {
        paragraphs: paragraphs(&svc.description),
        status_id: status_id(&svc.status),
        times,
        period,
        next,
        places: places(&s, loc),
        ages: format::ages(svc.minimum_age, svc.maximum_age, loc),
        cost: format::cost(
            svc.is_free,
            svc.cost_amount_cents,
            svc.cost_description.as_deref(),
            loc,
        ),
        places_left: places_left(svc.capacity_available, loc),
        categories: categories(&s, loc),
        languages: languages(&s, loc),
        areas: areas(&s, loc),
        checked: svc.assured_date.map(|d| format::date(d, loc)),
        confirmed: last_confirmed.map(|d| format::date(d, loc)),
        stale: confirm::stale(
            last_confirmed,
            clock::today(),
            app.config.listing_confirm_days,
        ),
        confirm_days: app.config.listing_confirm_days.to_string(),
        edit_url: editor
            .filter(|e| e.may_edit(&svc.municipality_id, &svc.organization_id))
            .map(|_| format!("/sociale-kaart/beheer/{}", svc.id)),
        // Young people introduce themselves from here; professionals do it from a young person's
        // suggestions, where it is clear for whom.
        introduce_url: user
            .as_ref()
            .filter(|u| u.has(crate::auth::Role::Jongere) && svc.status == "active")
            .map(|_| format!("/mijn/introductie?aanbod={}", svc.id)),
        page,
        back,
        s,
    };
    html(&view)
}

/// Where "Terug naar zoeken" leads: the search page the visitor came from (its path and query, from
/// the same-origin Referer), at its results; the empty search otherwise.
pub fn back_to_search(referer: Option<&str>) -> String {
    let path = referer
        .and_then(|r| r.split_once("://"))
        .and_then(|(_, rest)| rest.find('/').map(|i| &rest[i..]))
        .map(|p| p.split('#').next().unwrap_or_default());
    match path {
        Some(p) if p == "/sociale-kaart" || p.starts_with("/sociale-kaart?") => {
            format!("{}#resultaten", crate::web::safe_return_path(Some(p)))
        }
        _ => "/sociale-kaart".into(),
    }
}

/// The paragraphs of a description (split at empty lines).
fn paragraphs(description: &str) -> Vec<String> {
    description
        .split("\n\n")
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// The translation id of a status other than active.
fn status_id(status: &str) -> Option<&'static str> {
    crate::features::socialmap::domain::listing::STATUSES
        .iter()
        .find(|(code, _)| *code == status && *code != "active")
        .map(|(_, id)| *id)
}

/// The schedules that have not ended: each as text, the period they span, and the next day.
struct Times {
    times: Vec<String>,
    period: Option<String>,
    next: Option<String>,
}

fn times(s: &FullService, loc: Locale) -> Times {
    let today = clock::today();
    let current: Vec<_> = s.schedules.iter().filter(|r| r.ends_on >= today).collect();
    let next = current
        .iter()
        .filter_map(|r| ical::recurrence(r))
        .filter_map(|r| r.next_on_or_after(today))
        .min();
    // `None` is open: published without a start or without an end.
    let period = current
        .iter()
        .map(|r| {
            let open_start = r.dtstart == OPEN_START && r.valid_from.is_none();
            let open_end =
                r.until_date.is_none() && r.repeat_count.is_none() && r.valid_to.is_none();
            (
                (!open_start).then(|| r.valid_from.unwrap_or(r.dtstart)),
                (!open_end).then_some(r.ends_on),
            )
        })
        .reduce(|a, b| (a.0.min(b.0), a.1.zip(b.1).map(|(x, y)| x.max(y))))
        .map(|(from, to)| {
            let d = |x: time::Date| format::date(x, loc);
            match (from, to) {
                (Some(f), Some(t)) => loc.t_args(
                    "map-detail-period",
                    &[("from", d(f).into()), ("to", d(t).into())],
                ),
                (Some(f), None) => loc.t1("map-detail-period-from", "from", &d(f)),
                (None, Some(t)) => loc.t1("map-detail-period-to", "to", &d(t)),
                (None, None) => loc.t("map-detail-period-open"),
            }
        });
    Times {
        times: current.iter().map(|r| format::schedule(r, loc)).collect(),
        period,
        next: next.map(|d| {
            let day = loc.t(&format!(
                "map-day-{}",
                crate::features::socialmap::domain::recurrence::DAY_CODES
                    [d.weekday().number_days_from_monday() as usize]
                    .to_lowercase()
            ));
            format!("{day} {}", format::date(d, loc))
        }),
    }
}

/// The locations with their accessibility features.
fn places(s: &FullService, loc: Locale) -> Vec<PlaceView> {
    s.locations
        .iter()
        .map(|l| PlaceView {
            text: format::place(l),
            access: s
                .accessibility
                .iter()
                .filter(|a| a.location_id == l.id)
                .map(|a| match &a.code {
                    Some(code) => loc.t(&format!("map-access-{code}")),
                    None => a.description.clone(),
                })
                .collect(),
            transportation: l.transportation.clone(),
        })
        .collect()
}

/// The languages: Dutch first, then the rest as stored; translated when we know the code.
fn languages(s: &FullService, loc: Locale) -> Vec<String> {
    let mut list: Vec<_> = s.languages.iter().collect();
    list.sort_by_key(|l| l.code != "nl");
    list.into_iter()
        .map(|l| {
            let id = format!("map-lang-{}", l.code);
            let t = loc.t(&id);
            if t == id { l.name.clone() } else { t }
        })
        .collect()
}

/// The areas served: buurt, else wijk, else the whole municipality.
fn areas(s: &FullService, loc: Locale) -> Vec<String> {
    s.areas
        .iter()
        .map(|a| match (&a.buurt_name, &a.wijk_name) {
            (Some(b), _) => b.clone(),
            (None, Some(w)) => w.clone(),
            _ => loc.t("map-area-whole"),
        })
        .collect()
}

/// GET /sociale-kaart/aanbod/{id}/rooster.ics
pub async fn ics_get(State(app): State<AppState>, Path(id): Path<String>) -> AppResult<Response> {
    let s = load(&app, &id).await?;
    let body = ical::calendar(&s, app.config.base_url(), app.config.listing_confirm_days)
        .ok_or(AppError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"rooster.ics\"",
            ),
        ],
        body,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::back_to_search;

    #[test]
    fn back_to_the_search_that_led_here() {
        assert_eq!(
            back_to_search(Some(
                "http://kaart.example/sociale-kaart?q=voetbal&leeftijd=12"
            )),
            "/sociale-kaart?q=voetbal&leeftijd=12#resultaten"
        );
        assert_eq!(
            back_to_search(Some("http://kaart.example/mijn")),
            "/sociale-kaart"
        );
        assert_eq!(back_to_search(None), "/sociale-kaart");
        assert_eq!(
            back_to_search(Some("http://kaart.example/sociale-kaartje")),
            "/sociale-kaart"
        );
    }
}
