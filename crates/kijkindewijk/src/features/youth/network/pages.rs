//! Network map pages: the map with its table, adding and changing people, snapshots, comparison.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::model::{self, MAX_PEOPLE, SECTORS, Summary, sector_id};
use super::repo::{self, Person, Snapshot};
use super::svg;
use crate::access::{self, Action, Actor, Part};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::features::youth::repo as youth;
use crate::features::youth::validate;
use crate::state::AppState;
use crate::web::extract::{Path, Query};
use crate::web::{Form, PageCtx, html, render};

/// The person form (every field as typed, so it can come back).
#[derive(Deserialize, Clone)]
pub struct PersonForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    sector: String,
    #[serde(default = "two")]
    ring: String,
    #[serde(default = "two")]
    concrete: String,
    #[serde(default = "two")]
    emotional: String,
    #[serde(default = "two")]
    informational: String,
    #[serde(default = "one")]
    criticism: String,
    #[serde(default = "both")]
    direction: String,
    #[serde(default = "two")]
    frequency: String,
    #[serde(default = "years")]
    years_known: String,
    #[serde(default)]
    trusted: Option<String>,
}

fn one() -> String {
    "1".into()
}
fn two() -> String {
    "2".into()
}
fn both() -> String {
    "both".into()
}
fn years() -> String {
    "1to5".into()
}

impl Default for PersonForm {
    fn default() -> Self {
        PersonForm {
            name: String::new(),
            sector: String::new(),
            ring: two(),
            concrete: two(),
            emotional: two(),
            informational: two(),
            criticism: one(),
            direction: both(),
            frequency: two(),
            years_known: years(),
            trusted: None,
        }
    }
}

impl PersonForm {
    /// The choices of a select field as (value, label, selected).
    fn options(&self, field: &str, page: &PageCtx) -> Vec<(String, String, bool)> {
        let (current, choices): (&str, Vec<(&str, String)>) = match field {
            "sector" => (
                &self.sector,
                SECTORS
                    .iter()
                    .map(|s| (*s, page.t(&sector_id(s))))
                    .collect(),
            ),
            "ring" => (
                &self.ring,
                (1..=3)
                    .map(|i| {
                        (
                            ["1", "2", "3"][i - 1],
                            format!("{i} — {}", page.t(&format!("network-ring-{i}"))),
                        )
                    })
                    .collect(),
            ),
            "concrete" | "emotional" | "informational" | "criticism" => (
                match field {
                    "concrete" => &self.concrete,
                    "emotional" => &self.emotional,
                    "informational" => &self.informational,
                    _ => &self.criticism,
                },
                (1..=3)
                    .map(|i| {
                        (
                            ["1", "2", "3"][i - 1],
                            format!("{i} — {}", page.t(&format!("network-scale-{i}"))),
                        )
                    })
                    .collect(),
            ),
            "direction" => (
                &self.direction,
                ["both", "from_me", "to_me"]
                    .iter()
                    .map(|d| {
                        (
                            *d,
                            page.t(&format!("network-direction-{}", d.replace('_', "-"))),
                        )
                    })
                    .collect(),
            ),
            "frequency" => (
                &self.frequency,
                (1..=4)
                    .map(|i| {
                        (
                            ["1", "2", "3", "4"][i - 1],
                            page.t(&format!("network-frequency-{i}")),
                        )
                    })
                    .collect(),
            ),
            _ => (
                &self.years_known,
                ["lt1", "1to5", "gt5"]
                    .iter()
                    .map(|y| (*y, page.t(&format!("network-years-{y}"))))
                    .collect(),
            ),
        };
        choices
            .into_iter()
            .map(|(v, l)| (v.to_string(), l, v == current))
            .collect()
    }

    fn from_person(p: &Person) -> Self {
        PersonForm {
            name: p.name.clone(),
            sector: p.sector.clone(),
            ring: p.ring.to_string(),
            concrete: p.concrete.to_string(),
            emotional: p.emotional.to_string(),
            informational: p.informational.to_string(),
            criticism: p.criticism.to_string(),
            direction: p.direction.clone(),
            frequency: p.frequency.to_string(),
            years_known: p.years_known.clone(),
            trusted: p.trusted.then(|| "ja".into()),
        }
    }

    /// Validates into a person (pure).
    fn parse(&self, id: &str, errors: &mut FieldErrors) -> Option<Person> {
        validate::name(&self.name, "name", errors);
        if !SECTORS.contains(&self.sector.as_str()) {
            errors.add("sector", "network-sector-required");
        }
        let mut n = |v: &str, max: i64, field: &str| {
            validate::int_in(v, 1, max, field, "network-value-range", errors)
        };
        let ring = n(&self.ring, 3, "ring");
        let concrete = n(&self.concrete, 3, "concrete");
        let emotional = n(&self.emotional, 3, "emotional");
        let informational = n(&self.informational, 3, "informational");
        let criticism = n(&self.criticism, 3, "criticism");
        let frequency = n(&self.frequency, 4, "frequency");
        if !["both", "from_me", "to_me"].contains(&self.direction.as_str()) {
            errors.add("direction", "network-value-range");
        }
        if !["lt1", "1to5", "gt5"].contains(&self.years_known.as_str()) {
            errors.add("years_known", "network-value-range");
        }
        if !errors.is_empty() {
            return None;
        }
        Some(Person {
            id: id.to_string(),
            name: self.name.trim().to_string(),
            sector: self.sector.clone(),
            ring: ring?,
            concrete: concrete?,
            emotional: emotional?,
            informational: informational?,
            criticism: criticism?,
            direction: self.direction.clone(),
            frequency: frequency?,
            years_known: self.years_known.clone(),
            trusted: self.trusted.is_some(),
        })
    }
}

#[derive(Template)]
#[template(path = "youth/network.html")]
struct NetworkPage {
    page: PageCtx,
    nav: crate::features::youth::Nav,
    young: access::YoungPerson,
    people: Vec<Person>,
    svg: String,
    summary: Summary,
    snapshots: Vec<Snapshot>,
    can_write: bool,
    can_invite: bool,
    invited: Vec<String>,
    form: PersonForm,
    errors: FieldErrors,
}

impl NetworkPage {
    fn sector_label(&self, s: &str) -> String {
        self.page.t(&sector_id(s))
    }
    fn direction_label(&self, d: &str) -> String {
        self.page
            .t(&format!("network-direction-{}", d.replace('_', "-")))
    }
    fn years_label(&self, y: &str) -> String {
        self.page.t(&format!("network-years-{y}"))
    }
    fn is_invited(&self, person_id: &str) -> bool {
        self.invited.iter().any(|p| p == person_id)
    }
    fn snapshot_date(&self, s: &Snapshot) -> String {
        validate::date_value(s.taken_on)
    }
}

async fn network_page(
    app: &AppState,
    page: PageCtx,
    actor: &Actor,
    access: access::Access,
    form: PersonForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let id = access.young.id.clone();
    let people = repo::people(&app.db, &id).await?;
    let placed: Vec<model::Placed> = people
        .iter()
        .map(|p| model::Placed {
            sector: p.sector.clone(),
            ring: p.ring,
            trusted: p.trusted,
        })
        .collect();
    let can_invite =
        access.is_own() || matches!(access.tie, access::Tie::Parent { authority: true });
    let invited = if can_invite {
        youth::relations(&app.db, &id)
            .await?
            .into_iter()
            .filter_map(|r| r.network_person_id)
            .collect()
    } else {
        Vec::new()
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let nav = crate::features::youth::nav(app, actor, &access).await?;
    render(
        status,
        &NetworkPage {
            nav,
            svg: svg::render(&people, page.loc),
            summary: model::summarise(&placed),
            snapshots: repo::snapshots(&app.db, &id).await?,
            can_write: access.may(Action::Write),
            can_invite,
            invited,
            page,
            young: access.young,
            people,
            form,
            errors,
        },
    )
}

/// GET /jongeren/{id}/netwerk
pub async fn network_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let access = match access::check(&app, &actor, &id, Part::Network, Action::Read).await {
        Err(AppError::NoConsent) => {
            return crate::features::team::not_shared(&app, page, &actor, &id, Part::Network).await;
        }
        other => other?,
    };
    network_page(
        &app,
        page,
        &actor,
        access,
        PersonForm::default(),
        FieldErrors::new(),
    )
    .await
}

/// POST /jongeren/{id}/netwerk — adds a person (at most [`MAX_PEOPLE`]).
pub async fn person_add_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Form(form): Form<PersonForm>,
) -> AppResult<Response> {
    let access = access::check(&app, &actor, &id, Part::Network, Action::Write).await?;
    let mut errors = FieldErrors::new();
    let Some(person) = form.parse("", &mut errors) else {
        return network_page(&app, page, &actor, access, form, errors).await;
    };
    let mut tx = app.db.begin().await?;
    if repo::count(&mut tx, &id).await? >= MAX_PEOPLE {
        drop(tx);
        errors.add("name", "network-too-many");
        return network_page(&app, page, &actor, access, form, errors).await;
    }
    repo::add(&mut tx, &id, &person).await?;
    youth::touch(&mut tx, &id).await?;
    tx.commit().await?;
    Ok(crate::web::flash::see_other(
        &app,
        &format!("/jongeren/{id}/netwerk#mensen"),
        "flash-saved",
    ))
}

#[derive(Template)]
#[template(path = "youth/network_person.html")]
struct PersonPage {
    page: PageCtx,
    young_person_id: String,
    person_id: String,
    form: PersonForm,
    errors: FieldErrors,
}

/// GET /jongeren/{id}/netwerk/persoon/{person_id}
pub async fn person_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path((id, person_id)): Path<(String, String)>,
) -> AppResult<Response> {
    access::check_form(&app, &actor, &id, Part::Network).await?;
    let person = repo::people(&app.db, &id)
        .await?
        .into_iter()
        .find(|p| p.id == person_id)
        .ok_or(AppError::NotFound)?;
    let form = PersonForm::from_person(&person);
    render(
        StatusCode::OK,
        &PersonPage {
            page,
            young_person_id: id,
            person_id,
            form,
            errors: FieldErrors::new(),
        },
    )
}

/// POST /jongeren/{id}/netwerk/persoon/{person_id}
pub async fn person_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path((id, person_id)): Path<(String, String)>,
    Form(form): Form<PersonForm>,
) -> AppResult<Response> {
    access::check(&app, &actor, &id, Part::Network, Action::Write).await?;
    let mut errors = FieldErrors::new();
    let Some(person) = form.parse(&person_id, &mut errors) else {
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &PersonPage {
                page,
                young_person_id: id,
                person_id,
                form,
                errors,
            },
        );
    };
    let mut tx = app.db.begin().await?;
    if !repo::update(&mut tx, &id, &person).await? {
        return Err(AppError::NotFound);
    }
    youth::touch(&mut tx, &id).await?;
    tx.commit().await?;
    Ok(crate::web::flash::see_other(
        &app,
        &format!("/jongeren/{id}/netwerk#mensen"),
        "flash-saved",
    ))
}

/// POST /jongeren/{id}/netwerk/persoon/{person_id}/verwijderen
pub async fn person_delete_post(
    State(app): State<AppState>,
    actor: Actor,
    Path((id, person_id)): Path<(String, String)>,
) -> AppResult<Response> {
    access::check(&app, &actor, &id, Part::Network, Action::Write).await?;
    let mut tx = app.db.begin().await?;
    if !repo::remove(&mut tx, &id, &person_id).await? {
        return Err(AppError::NotFound);
    }
    youth::touch(&mut tx, &id).await?;
    tx.commit().await?;
    Ok(crate::web::flash::see_other(
        &app,
        &format!("/jongeren/{id}/netwerk#mensen"),
        "flash-saved",
    ))
}

/// POST /jongeren/{id}/netwerk/momentopname — keeps today's map for later comparison.
pub async fn snapshot_post(
    State(app): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    access::check(&app, &actor, &id, Part::Network, Action::Write).await?;
    let people = repo::people(&app.db, &id).await?;
    let mut tx = app.db.begin().await?;
    repo::take_snapshot(&mut tx, &id, &people).await?;
    youth::touch(&mut tx, &id).await?;
    tx.commit().await?;
    Ok(crate::web::flash::see_other(
        &app,
        &format!("/jongeren/{id}/netwerk#momentopnamen"),
        "flash-snapshot-saved",
    ))
}

#[derive(Template)]
#[template(path = "youth/network_compare.html")]
struct ComparePage {
    page: PageCtx,
    young_person_id: String,
    from_label: String,
    to_label: String,
    a: Summary,
    b: Summary,
    change: model::Change,
}

impl ComparePage {
    fn positive(&self, d: &i64) -> bool {
        *d > 0
    }
    fn rows(&self) -> Vec<(String, usize, usize, i64)> {
        let p = &self.page;
        let mut rows = vec![
            (
                p.t("network-size"),
                self.a.size,
                self.b.size,
                self.change.size,
            ),
            (
                p.t("network-trusted"),
                self.a.trusted,
                self.b.trusted,
                self.change.trusted,
            ),
            (
                p.t("network-informal"),
                self.a.informal,
                self.b.informal,
                self.change.informal,
            ),
            (
                p.t("network-professional"),
                self.a.professional,
                self.b.professional,
                self.change.professional,
            ),
            (
                p.t("network-close"),
                self.a.close,
                self.b.close,
                self.change.close,
            ),
        ];
        for (i, s) in SECTORS.iter().enumerate() {
            rows.push((
                p.t(&sector_id(s)),
                self.a.per_sector[i],
                self.b.per_sector[i],
                self.change.per_sector[i],
            ));
        }
        rows
    }
}

/// `?van=<snapshot>&tot=<snapshot|nu>`
#[derive(Deserialize, Default)]
pub struct CompareQuery {
    #[serde(default)]
    van: String,
    #[serde(default)]
    tot: String,
}

/// GET /jongeren/{id}/netwerk/vergelijk
pub async fn compare_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Query(q): Query<CompareQuery>,
) -> AppResult<Response> {
    access::check(&app, &actor, &id, Part::Network, Action::Read).await?;
    let snapshots = repo::snapshots(&app.db, &id).await?;
    let label = |key: &str| -> Option<String> {
        if key == "nu" {
            Some(page.t("network-now"))
        } else {
            snapshots
                .iter()
                .find(|s| s.id == key)
                .map(|s| validate::date_value(s.taken_on))
        }
    };
    let (Some(from_label), Some(to_label)) = (label(&q.van), label(&q.tot)) else {
        return Err(AppError::BadRequest("network-compare-choose"));
    };
    let load = |key: String| {
        let app = app.clone();
        let id = id.clone();
        async move {
            if key == "nu" {
                let people = repo::people(&app.db, &id).await?;
                Ok::<_, sqlx::Error>(
                    people
                        .into_iter()
                        .map(|p| model::Placed {
                            sector: p.sector,
                            ring: p.ring,
                            trusted: p.trusted,
                        })
                        .collect(),
                )
            } else {
                repo::snapshot_people(&app.db, &id, &key).await
            }
        }
    };
    let a = model::summarise(&load(q.van.clone()).await?);
    let b = model::summarise(&load(q.tot.clone()).await?);
    let change = model::compare(&a, &b);
    html(&ComparePage {
        page,
        young_person_id: id,
        from_label,
        to_label,
        a,
        b,
        change,
    })
}
