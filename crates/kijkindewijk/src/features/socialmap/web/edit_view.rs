//! The listing form: its page, its options, and the conversions between a stored listing, the
//! typed form and the records that are saved.

use askama::Template;

use super::choices::{Choice, Group};
use crate::error::FieldErrors;
use crate::features::socialmap::domain::listing::{
    ACCESSIBILITY, LANGUAGES, STATUSES, ServiceForm, WHOLE_MUNICIPALITY,
};
use crate::features::socialmap::domain::recurrence::DAY_CODES;
use crate::features::socialmap::domain::taxonomy::Term;
use crate::features::socialmap::repo::areas::Place;
use crate::features::socialmap::repo::orgs::OrgRow;
use crate::web::PageCtx;

/// One time row of the form.
pub struct RowView {
    /// 1, 2, 3.
    pub n: usize,
    /// Field names of this row.
    pub names: (String, String, String),
    /// Day boxes.
    pub days: Vec<Choice>,
    /// Typed opening time.
    pub opens: String,
    /// Typed closing time.
    pub closes: String,
}

/// The form page.
pub use super::edit_form::{form_of, is_form_row, new_form, school_year_end};

#[derive(Template)]
#[template(path = "socialmap/form.html")]
pub struct FormPage {
    /// Layout.
    pub page: PageCtx,
    /// Heading.
    pub title_id: &'static str,
    /// Where the form posts.
    pub action: String,
    /// The public page of an existing listing.
    pub view_url: Option<String>,
    /// Typed values.
    pub form: ServiceForm,
    /// Messages.
    pub errors: FieldErrors,
    /// Options.
    pub organizations: Vec<Choice>,
    /// Options.
    pub statuses: Vec<Choice>,
    /// Category boxes per top category.
    pub categories: Vec<Group>,
    /// Language boxes.
    pub languages: Vec<Choice>,
    /// Accessibility boxes.
    pub accessibility: Vec<Choice>,
    /// Wijk and buurt boxes per wijk.
    pub areas: Vec<Group>,
    /// "The whole municipality" box.
    pub whole: bool,
    /// Time rows.
    pub rows: Vec<RowView>,
    /// Schedules the form cannot show (monthly, every other week) stay as they are.
    pub kept_schedules: usize,
}

fn boxes(values: &[String], options: impl Iterator<Item = (String, String)>) -> Vec<Choice> {
    options
        .map(|(value, label)| Choice {
            selected: values.contains(&value),
            value,
            label,
        })
        .collect()
}

/// The options of the form, with what was typed selected.
#[allow(clippy::too_many_arguments)]
pub fn page(
    page: PageCtx,
    title_id: &'static str,
    action: String,
    view_url: Option<String>,
    form: ServiceForm,
    errors: FieldErrors,
    orgs: &[OrgRow],
    terms: &[Term],
    places: &[Place],
    kept_schedules: usize,
) -> FormPage {
    let loc = page.loc;
    let org = vec![form.organization_id.clone()];
    let status = vec![form.status.clone()];
    let rows = form
        .rows()
        .into_iter()
        .enumerate()
        .map(|(i, (days, opens, closes))| RowView {
            n: i + 1,
            names: (
                format!("days{}", i + 1),
                format!("opens{}", i + 1),
                format!("closes{}", i + 1),
            ),
            days: boxes(
                days,
                DAY_CODES.iter().map(|d| {
                    (
                        d.to_string(),
                        loc.t(&format!("map-day-{}", d.to_lowercase())),
                    )
                }),
            ),
            opens: opens.to_string(),
            closes: closes.to_string(),
        })
        .collect();
    FormPage {
        title_id,
        action,
        view_url,
        organizations: boxes(&org, orgs.iter().map(|o| (o.id.clone(), o.name.clone()))),
        statuses: boxes(
            &status,
            STATUSES.iter().map(|(s, id)| (s.to_string(), loc.t(id))),
        ),
        categories: terms
            .iter()
            .filter(|t| t.parent_id.is_none())
            .map(|top| Group {
                label: top.label(loc),
                items: boxes(
                    &form.categories,
                    terms
                        .iter()
                        .filter(|t| {
                            t.id == top.id || t.parent_id.as_deref() == Some(top.id.as_str())
                        })
                        .map(|t| {
                            (
                                t.id.clone(),
                                if t.id == top.id {
                                    loc.t1("map-category-all-of", "name", &t.label(loc))
                                } else {
                                    t.label(loc)
                                },
                            )
                        }),
                ),
            })
            .collect(),
        languages: boxes(
            &form.languages,
            LANGUAGES
                .iter()
                .map(|(c, _)| (c.to_string(), loc.t(&format!("map-lang-{c}")))),
        ),
        accessibility: boxes(
            &form.accessibility,
            ACCESSIBILITY
                .iter()
                .map(|(c, _)| (c.to_string(), loc.t(&format!("map-access-{c}")))),
        ),
        areas: places
            .iter()
            .filter(|p| p.wijk_id.is_none())
            .map(|w| Group {
                label: w.name.clone(),
                items: boxes(
                    &form.areas,
                    places
                        .iter()
                        .filter(|p| p.id == w.id || p.wijk_id.as_deref() == Some(w.id.as_str()))
                        .map(|p| {
                            (
                                p.id.clone(),
                                if p.id == w.id {
                                    loc.t1("map-area-whole-wijk", "name", &p.name)
                                } else {
                                    p.name.clone()
                                },
                            )
                        }),
                ),
            })
            .collect(),
        whole: form.areas.is_empty() || form.areas.iter().any(|a| a == WHOLE_MUNICIPALITY),
        rows,
        kept_schedules,
        form,
        errors,
        page,
    }
}
