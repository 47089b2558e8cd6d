//! Introductions from the side of the young person, their parent and the team, and the detail page
//! all three parties share with the partner.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use fluent_templates::fluent_bundle::FluentValue;
use serde::Deserialize;

use super::domain::{self, Reason, Side, Status, Viewer};
use super::flow::{self, Proposal, StepRequest, service_for, side_of};
use super::repo::{self, Event, Intro};
use super::suggest::{self, Suggestion, Why};
use crate::access::{self, Access, Action, Actor, Part, Tie};
use crate::auth::Role;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::features::socialmap::search as socialmap;
use crate::features::youth::seam as youth;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::extract::{Path, Query};
use crate::web::{Form, PageCtx, flash, html, render, see_other};

/// An introduction with its history and the steps the viewer may take.
pub struct IntroView {
    /// The introduction.
    pub intro: Intro,
    /// Its history.
    pub events: Vec<Event>,
    /// Steps for the viewer.
    pub steps: Vec<Status>,
    /// What was typed for a step that was refused, to show it again.
    pub typed: Option<StatusForm>,
}

impl IntroView {
    /// The note typed for step `s`, if that step was just refused.
    pub fn typed_note(&self, s: &Status) -> &str {
        self.typed
            .as_ref()
            .filter(|t| t.to == s.as_str())
            .map_or("", |t| t.note.as_str())
    }
    /// Whether reason `r` was chosen for step `s` when it was just refused.
    pub fn typed_reason(&self, s: &Status, r: &Reason) -> bool {
        self.typed
            .as_ref()
            .is_some_and(|t| t.to == s.as_str() && t.reason == r.as_str())
    }
    /// Translation id of the status.
    pub fn status_id(&self) -> String {
        self.intro.status().label_id()
    }
    /// Translation id of the reason.
    pub fn reason_id(&self) -> Option<String> {
        self.intro
            .reason
            .as_deref()
            .and_then(Reason::parse)
            .map(Reason::label_id)
    }
    /// The steps that move it forward (one primary button each; there is at most one).
    pub fn forward_steps(&self) -> Vec<Status> {
        self.steps
            .iter()
            .copied()
            .filter(|s| domain::is_forward(*s))
            .collect()
    }
    /// Saying no and stopping, behind their own disclosure.
    pub fn stop_steps(&self) -> Vec<Status> {
        self.steps
            .iter()
            .copied()
            .filter(|s| !domain::is_forward(*s))
            .collect()
    }
    /// A stop step was just refused: its disclosure opens again.
    pub fn stop_typed(&self) -> bool {
        self.typed
            .as_ref()
            .and_then(|t| Status::parse(&t.to))
            .is_some_and(|s| !domain::is_forward(s))
    }
    /// The summary of the stop disclosure: the partner may also say no.
    pub fn stop_summary_id(&self) -> &'static str {
        if self.steps.contains(&Status::Declined) {
            "intro-stop-summary-partner"
        } else {
            "intro-stop-summary"
        }
    }
    /// "Gevraagd op 28-11-2026".
    pub fn asked_on(&self) -> String {
        crate::clock::format_date(self.intro.created_at.date())
    }
}

/// How the viewer with this tie reads "what happens next".
fn viewer_of(tie: Tie) -> Viewer {
    match tie {
        Tie::Own => Viewer::Own,
        Tie::Partner => Viewer::Partner,
        _ => Viewer::Other,
    }
}

/// The sentence "what happens next, and who takes the step" for this viewer.
pub fn next_text(intro: &Intro, tie: Tie, first_name: &str, loc: Locale) -> Option<String> {
    let id = domain::next_hint(intro.status(), viewer_of(tie), intro.no_contact)?;
    Some(loc.t_args(
        id,
        &[
            ("name", FluentValue::from(first_name.to_string())),
            ("club", FluentValue::from(intro.organization_name.clone())),
        ],
    ))
}

/// Translation id of a status stored as text.
pub fn status_label(s: &str) -> String {
    Status::parse(s)
        .map(Status::label_id)
        .unwrap_or_else(|| "intro-status-proposed".into())
}

/// Translation id of a reason stored as text.
pub fn reason_label(s: &Option<String>) -> Option<String> {
    s.as_deref().and_then(Reason::parse).map(Reason::label_id)
}

async fn views(
    app: &AppState,
    intros: Vec<Intro>,
    side: Side,
    may_write: bool,
) -> AppResult<Vec<IntroView>> {
    let ids: Vec<String> = intros.iter().map(|i| i.id.clone()).collect();
    let events = repo::events(&app.db, &ids).await?;
    Ok(intros
        .into_iter()
        .map(|intro| IntroView {
            typed: None,
            steps: if may_write {
                domain::next_steps(intro.status(), side, intro.days_started())
            } else {
                Vec::new()
            },
            events: events
                .iter()
                .filter(|(id, _)| *id == intro.id)
                .map(|(_, e)| e.clone())
                .collect(),
            intro,
        })
        .collect())
}

#[derive(Template)]
#[template(path = "introductions/list.html")]
struct ListPage {
    page: PageCtx,
    nav: youth::Nav,
    young: access::YoungPerson,
    intros: Vec<IntroView>,
    can_write: bool,
    reasons: [Reason; 4],
    tie: Tie,
}

impl ListPage {
    fn next(&self, v: &IntroView) -> Option<String> {
        next_text(&v.intro, self.tie, &self.young.first_name, self.page.loc)
    }
    fn when(&self, e: &Event) -> String {
        crate::clock::format_moment(e.at)
    }
    fn status_of(&self, s: &str) -> String {
        status_label(s)
    }
    fn reason_of(&self, s: &Option<String>) -> Option<String> {
        reason_label(s)
    }
}

/// GET /jongeren/{id}/introducties
pub async fn list_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let access = access::check(&app, &actor, &id, Part::Introductions, Action::Read).await?;
    let can_write = access.may(Action::Write);
    let intros = repo::of_young_person(&app.db, &id).await?;
    let intros = views(&app, intros, side_of(access.tie), can_write).await?;
    html(&ListPage {
        nav: youth::nav(&app, &actor, &access).await?,
        page,
        young: access.young.clone(),
        intros,
        can_write,
        reasons: Reason::ALL,
        tie: access.tie,
    })
}

#[derive(Template)]
#[template(path = "introductions/suggestions.html")]
struct SuggestionsPage {
    page: PageCtx,
    nav: youth::Nav,
    young: access::YoungPerson,
    suggestions: Vec<Suggestion>,
    where_when: Vec<socialmap::WhereWhen>,
    interests_shared: bool,
    can_write: bool,
}

impl SuggestionsPage {
    fn place_of(&self, s: &Suggestion) -> Option<&socialmap::WhereWhen> {
        self.where_when
            .iter()
            .find(|w| w.service_id == s.candidate.id)
    }
    fn more_places(&self, s: &Suggestion) -> String {
        self.page.loc.t_args(
            "intro-suggestion-more-places",
            &[("count", FluentValue::from(s.other_places))],
        )
    }
    fn why(&self, w: &Why) -> String {
        let loc: Locale = self.page.loc;
        match w {
            Why::Interest(word) => loc.t_args(
                "intro-why-interest",
                &[("word", FluentValue::from(word.clone()))],
            ),
            Why::InWijk => loc.t1(
                self.nav.pick(
                    "intro-why-wijk",
                    "intro-why-wijk-other",
                    "intro-why-wijk-other",
                ),
                "name",
                &self.nav.first_name,
            ),
            Why::Free => loc.t("intro-why-free"),
            Why::Jeugdfonds => loc.t("intro-why-jeugdfonds"),
        }
    }
}

/// GET /jongeren/{id}/suggesties
pub async fn suggestions_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let (access, shared) = access::check_with(
        &app,
        &actor,
        &id,
        (Part::Introductions, Action::Read),
        &[(Part::Profile, Action::Read)],
    )
    .await?;
    let interests_shared = shared[0].is_some();
    let interests: Vec<String> = if interests_shared {
        youth::interests(&app.db, &id).await?
    } else {
        Vec::new()
    };
    let age = access.young.age();
    let candidates =
        socialmap::candidates(&app.db, &access.young.municipality_id, i64::from(age)).await?;
    let running: Vec<String> = repo::of_young_person(&app.db, &id)
        .await?
        .into_iter()
        .filter(|i| !i.status().is_final())
        .map(|i| i.service_id)
        .collect();
    let suggestions = suggest::rank(
        candidates,
        &interests,
        access.young.wijk_id.as_deref(),
        age,
        &running,
        12,
    );
    let ids: Vec<String> = suggestions.iter().map(|s| s.candidate.id.clone()).collect();
    let where_when = socialmap::where_when(&app.db, &ids, page.loc).await?;
    html(&SuggestionsPage {
        nav: youth::nav(&app, &actor, &access).await?,
        page,
        can_write: access.may(Action::Write),
        young: access.young,
        suggestions,
        where_when,
        interests_shared,
    })
}

#[derive(Template)]
#[template(path = "introductions/new.html")]
struct NewPage {
    page: PageCtx,
    reader: youth::Reader,
    young: access::YoungPerson,
    service: socialmap::ServiceHead,
    age: i32,
    form: NewForm,
    errors: FieldErrors,
}

/// `?aanbod=<service id>`
#[derive(Deserialize, Default)]
pub struct ServiceQuery {
    #[serde(default)]
    aanbod: String,
}

/// The introduction form.
#[derive(Deserialize, Default)]
pub struct NewForm {
    #[serde(default)]
    aanbod: String,
    #[serde(default)]
    message: String,
    #[serde(default)]
    no_contact: Option<String>,
    #[serde(default)]
    contact_via: String,
}

/// GET /jongeren/{id}/introducties/nieuw?aanbod=…
pub async fn new_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Query(q): Query<ServiceQuery>,
) -> AppResult<Response> {
    let access = access::check_form(&app, &actor, &id, Part::Introductions).await?;
    let service = service_for(&app, &access, &q.aanbod).await?;
    let form = NewForm {
        aanbod: q.aanbod,
        ..Default::default()
    };
    render(
        StatusCode::OK,
        &NewPage {
            page,
            reader: youth::Reader::of(access.tie),
            age: access.young.age(),
            young: access.young,
            service,
            form,
            errors: FieldErrors::new(),
        },
    )
}

/// POST /jongeren/{id}/introducties/nieuw
pub async fn new_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Form(form): Form<NewForm>,
) -> AppResult<Response> {
    let access = access::check(&app, &actor, &id, Part::Introductions, Action::Write).await?;
    let service = service_for(&app, &access, &form.aanbod).await?;
    let proposal = Proposal {
        service: &service,
        message: &form.message,
        no_contact: form.no_contact.is_some(),
        contact_via: &form.contact_via,
    };
    match flow::propose(&app, &actor, &access, proposal, page.loc).await {
        Ok(intro_id) => Ok(flash::see_other(
            &app,
            &format!("/introducties/{intro_id}"),
            "flash-intro-asked",
        )),
        Err(AppError::Validation(errors)) => render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &NewPage {
                page,
                reader: youth::Reader::of(access.tie),
                age: access.young.age(),
                young: access.young,
                service,
                form,
                errors,
            },
        ),
        Err(other) => Err(other),
    }
}

/// GET /mijn/introductie?aanbod=… — from a listing to the young person's own introduction form.
pub async fn mine_get(
    State(app): State<AppState>,
    actor: Actor,
    Query(q): Query<ServiceQuery>,
) -> AppResult<Response> {
    actor.user.require(Role::Jongere)?;
    let id = youth::own_young_person_id(&app.db, &actor.user.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let service: String = form_urlencoded::byte_serialize(q.aanbod.as_bytes()).collect();
    Ok(see_other(&format!(
        "/jongeren/{id}/introducties/nieuw?aanbod={service}"
    )))
}

#[derive(Template)]
#[template(path = "introductions/detail.html")]
struct DetailPage {
    page: PageCtx,
    view: IntroView,
    first_name: String,
    age: i32,
    partner_view: bool,
    reader: youth::Reader,
    /// What happens next, and who takes the step.
    next: Option<String>,
    /// How the partner reaches the young person or their professional, once they said yes.
    contact: Option<ContactRoute>,
    reasons: [Reason; 4],
    /// The young person's side may switch "neem geen contact met mij op".
    may_set_contact: bool,
    errors: FieldErrors,
}

/// How the partner can reach someone about an accepted introduction.
pub struct ContactRoute {
    /// The young person's own words, when they allowed contact.
    pub via: Option<String>,
    /// The involved professionals.
    pub professionals: Vec<youth::Professional>,
}

impl ContactRoute {
    /// Nobody to reach outside the page: the notes of the next step are the way.
    pub fn is_empty(&self) -> bool {
        self.via.is_none() && self.professionals.is_empty()
    }
}

impl DetailPage {
    fn when(&self, e: &Event) -> String {
        crate::clock::format_moment(e.at)
    }
    fn status_of(&self, s: &str) -> String {
        status_label(s)
    }
    fn reason_of(&self, s: &Option<String>) -> Option<String> {
        reason_label(s)
    }
}

async fn detail(
    app: &AppState,
    page: PageCtx,
    intro: Intro,
    access: Access,
    errors: FieldErrors,
    typed: Option<StatusForm>,
) -> AppResult<Response> {
    let may_write = access.may(Action::Write);
    let side = side_of(access.tie);
    let mut view = views(app, vec![intro], side, may_write).await?.remove(0);
    view.typed = typed;
    flow::history_for(side, &access.young.first_name, page.loc, &mut view.events);
    let may_set_contact = may_write && side == Side::Young && !view.intro.status().is_final();
    let contact = if access.tie == Tie::Partner && domain::partner_may_contact(view.intro.status())
    {
        Some(ContactRoute {
            via: view
                .intro
                .contact_via
                .clone()
                .filter(|_| !view.intro.no_contact),
            professionals: youth::professionals(&app.db, &access.young.id).await?,
        })
    } else {
        None
    };
    let next = next_text(&view.intro, access.tie, &access.young.first_name, page.loc);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(
        status,
        &DetailPage {
            page,
            view,
            first_name: access.young.first_name.clone(),
            age: access.young.age(),
            partner_view: access.tie == Tie::Partner,
            reader: youth::Reader::of(access.tie),
            next,
            contact,
            may_set_contact,
            reasons: Reason::ALL,
            errors,
        },
    )
}

/// GET /introducties/{intro_id}
pub async fn detail_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(intro_id): Path<String>,
) -> AppResult<Response> {
    let (intro, access) = flow::gate(&app, &actor, &intro_id, Action::Read).await?;
    detail(&app, page, intro, access, FieldErrors::new(), None).await
}

/// A status change.
#[derive(Deserialize, Default, Clone)]
pub struct StatusForm {
    #[serde(default)]
    to: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    note: String,
}

/// POST /introducties/{intro_id}/status
pub async fn status_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(intro_id): Path<String>,
    Form(form): Form<StatusForm>,
) -> AppResult<Response> {
    let (intro, access) = flow::gate(&app, &actor, &intro_id, Action::Write).await?;
    let step = StepRequest {
        to: &form.to,
        reason: &form.reason,
        note: &form.note,
    };
    match flow::advance(&app, &actor, &access, &intro, step).await {
        Ok(()) => Ok(flash::see_other(
            &app,
            &format!("/introducties/{intro_id}"),
            "flash-intro-step",
        )),
        Err(AppError::Validation(errors)) => {
            // Read again: someone else may have moved it meanwhile.
            let intro = repo::one(&app.db, &intro_id)
                .await?
                .ok_or(AppError::NotFound)?;
            detail(&app, page, intro, access, errors, Some(form)).await
        }
        Err(other) => Err(other),
    }
}

/// The "neem geen contact met mij op" switch.
#[derive(Deserialize, Default)]
pub struct ContactForm {
    #[serde(default)]
    no_contact: Option<String>,
    #[serde(default)]
    contact_via: String,
}

/// POST /introducties/{intro_id}/contact — the young person (or, under 12, the parent) says whether
/// the club may contact them directly. Only their side may; a closed introduction stays as it was.
pub async fn contact_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(intro_id): Path<String>,
    Form(form): Form<ContactForm>,
) -> AppResult<Response> {
    let (intro, access) = flow::gate(&app, &actor, &intro_id, Action::Write).await?;
    if side_of(access.tie) != Side::Young {
        return Err(AppError::Forbidden);
    }
    let mut errors = FieldErrors::new();
    flow::check_contact_via(&form.contact_via, &mut errors);
    if !errors.is_empty() {
        let mut intro = intro;
        intro.contact_via = Some(form.contact_via);
        intro.no_contact = form.no_contact.is_some();
        return detail(&app, page, intro, access, errors, None).await;
    }
    let mut tx = app.db.begin().await?;
    let no_contact = form.no_contact.is_some();
    if !repo::set_no_contact(&mut tx, &intro.id, no_contact, &form.contact_via).await? {
        drop(tx);
        errors.add("to", "intro-refused-closed");
        return detail(&app, page, intro, access, errors, None).await;
    }
    youth::touch(&mut tx, &intro.young_person_id).await?;
    tx.commit().await?;
    Ok(flash::see_other(
        &app,
        &format!("/introducties/{intro_id}"),
        "flash-intro-contact",
    ))
}
