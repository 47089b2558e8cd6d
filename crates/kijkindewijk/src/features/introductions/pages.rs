//! Introductions from the side of the young person, their parent and the team, and the detail page
//! all three parties share with the partner.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use fluent_templates::fluent_bundle::FluentValue;
use serde::Deserialize;

use super::domain::{self, Reason, Side, Status};
use super::followup;
use super::repo::{self, Event, Intro, NewIntro};
use super::suggest::{self, Suggestion, Why};
use crate::access::{self, Access, Action, Actor, Part, Tie};
use crate::auth::Role;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::features::youth::repo as youth;
use crate::features::youth::validate;
use crate::i18n::Locale;
use crate::platform::mail;
use crate::state::AppState;
use crate::web::extract::{Path, Query};
use crate::web::{Form, PageCtx, html, render, see_other};

/// An introduction with its history and the steps the viewer may take.
pub struct IntroView {
    /// The introduction.
    pub intro: Intro,
    /// Its history.
    pub events: Vec<Event>,
    /// Steps for the viewer.
    pub steps: Vec<Status>,
}

impl IntroView {
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
    /// A step needs a reason.
    pub fn needs_reason(&self, s: &Status) -> bool {
        matches!(s, Status::Declined | Status::Ended)
    }
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

/// The side an actor with this tie plays.
pub fn side_of(tie: Tie) -> Side {
    match tie {
        Tie::Partner => Side::Partner,
        Tie::Professional => Side::Professional,
        _ => Side::Young,
    }
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
    young: access::YoungPerson,
    intros: Vec<IntroView>,
    can_write: bool,
    reasons: [Reason; 4],
}

impl ListPage {
    fn when(&self, e: &Event) -> String {
        crate::features::youth::format_moment(e.at)
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
        page,
        young: access.young,
        intros,
        can_write,
        reasons: Reason::ALL,
    })
}

#[derive(Template)]
#[template(path = "introductions/suggestions.html")]
struct SuggestionsPage {
    page: PageCtx,
    young: access::YoungPerson,
    suggestions: Vec<Suggestion>,
    interests_shared: bool,
    can_write: bool,
}

impl SuggestionsPage {
    fn why(&self, w: &Why) -> String {
        let loc: Locale = self.page.loc;
        match w {
            Why::Interest(word) => loc.t_args(
                "intro-why-interest",
                &[("word", FluentValue::from(word.clone()))],
            ),
            Why::InWijk => loc.t("intro-why-wijk"),
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
        let p = crate::features::youth::plan::repo::profile(&app.db, &id).await?;
        p.interests
            .split(',')
            .chain(p.talents.split([',', '.', ';']))
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    } else {
        Vec::new()
    };
    let age = access.young.age();
    let candidates =
        repo::candidates(&app.db, &access.young.municipality_id, i64::from(age)).await?;
    let suggestions = suggest::rank(
        candidates,
        &interests,
        access.young.wijk_id.as_deref(),
        age,
        12,
    );
    html(&SuggestionsPage {
        page,
        can_write: access.may(Action::Write),
        young: access.young,
        suggestions,
        interests_shared,
    })
}

#[derive(Template)]
#[template(path = "introductions/new.html")]
struct NewPage {
    page: PageCtx,
    young: access::YoungPerson,
    service: repo::ServiceHead,
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
}

async fn service_for(
    app: &AppState,
    access: &Access,
    service_id: &str,
) -> AppResult<repo::ServiceHead> {
    repo::service(&app.db, &access.young.municipality_id, service_id)
        .await?
        .ok_or(AppError::NotFound)
}

/// GET /jongeren/{id}/introducties/nieuw?aanbod=…
pub async fn new_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Query(q): Query<ServiceQuery>,
) -> AppResult<Response> {
    let access = access::check(&app, &actor, &id, Part::Introductions, Action::Write).await?;
    let service = service_for(&app, &access, &q.aanbod).await?;
    let form = NewForm {
        aanbod: q.aanbod,
        ..Default::default()
    };
    render(
        StatusCode::OK,
        &NewPage {
            page,
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
    let mut errors = FieldErrors::new();
    if form.message.chars().count() > 1000 {
        errors.add("message", "intro-message-too-long");
    }
    let existing = repo::of_young_person(&app.db, &id).await?;
    if existing
        .iter()
        .any(|i| i.service_id == service.id && !i.status().is_final())
    {
        errors.add("message", "intro-duplicate");
    }
    if !errors.is_empty() {
        let age = access.young.age();
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &NewPage {
                page,
                age,
                young: access.young,
                service,
                form,
                errors,
            },
        );
    }
    let side = side_of(access.tie);
    let role = match side {
        Side::Professional => "jeugdprofessional",
        _ if access.tie == Tie::Own => "jongere",
        _ => "ouder",
    };
    let new = NewIntro {
        young_person_id: id.clone(),
        service_id: service.id.clone(),
        organization_id: service.organization_id.clone(),
        proposed_by: actor.user.id.clone(),
        proposed_by_role: role.into(),
        message: form.message.clone(),
        no_contact: form.no_contact.is_some(),
    };
    let mut tx = app.db.begin().await?;
    let intro_id = repo::insert(&mut tx, &new, &actor.user.display_name, side).await?;
    if let Some(email) = &service.organization_email {
        // The partner is told there is an introduction; who it is they see only after logging in.
        let link = format!("{}/introducties/{intro_id}", app.config.base_url());
        let body = page.loc.t_args(
            "intro-mail-new-body",
            &[
                ("service", FluentValue::from(service.name.clone())),
                ("link", FluentValue::from(link)),
            ],
        );
        mail::queue(
            &mut tx,
            app.config.smtp_url.is_some(),
            Some(&access.young.municipality_id),
            email,
            &page.loc.t("intro-mail-new-subject"),
            &body,
        )
        .await?;
    }
    youth::touch(&mut tx, &id).await?;
    tx.commit().await?;
    Ok(see_other(&format!("/introducties/{intro_id}")))
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
    reasons: [Reason; 4],
    errors: FieldErrors,
}

impl DetailPage {
    fn when(&self, e: &Event) -> String {
        crate::features::youth::format_moment(e.at)
    }
    fn status_of(&self, s: &str) -> String {
        status_label(s)
    }
    fn reason_of(&self, s: &Option<String>) -> Option<String> {
        reason_label(s)
    }
}

/// Loads an introduction and lets the gate decide for its young person; a partner must belong to the
/// introduction's own organisation.
async fn gate(
    app: &AppState,
    actor: &Actor,
    intro_id: &str,
    action: Action,
) -> AppResult<(Intro, Access)> {
    let intro = repo::one(&app.db, intro_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let access = access::check(
        app,
        actor,
        &intro.young_person_id,
        Part::Introduction,
        action,
    )
    .await?;
    if access.tie == Tie::Partner
        && !repo::is_member(&app.db, &actor.user.id, &intro.organization_id).await?
    {
        return Err(AppError::NotFound);
    }
    Ok((intro, access))
}

/// The name a partner sees for a step taken on the young person's side of the history. The partner
/// may know the young person's first name and no more: not the last name their account carries, not
/// who else stands with them (a parent, someone from their network). The young person is shown by
/// first name, anyone else on their side as someone close to them.
fn partner_sees(by_name: &str, young: &access::YoungPerson, loc: Locale) -> String {
    let words = |s: &str| -> Vec<String> { s.split_whitespace().map(str::to_lowercase).collect() };
    let by = words(by_name);
    let own = by == words(&format!("{} {}", young.first_name, young.last_name))
        || by == words(&young.first_name);
    if own {
        young.first_name.clone()
    } else {
        loc.t_args(
            "intro-by-someone-close",
            &[("name", FluentValue::from(young.first_name.clone()))],
        )
    }
}

async fn detail(
    app: &AppState,
    page: PageCtx,
    intro: Intro,
    access: Access,
    errors: FieldErrors,
) -> AppResult<Response> {
    let may_write = access.may(Action::Write);
    let mut view = views(app, vec![intro], side_of(access.tie), may_write)
        .await?
        .remove(0);
    if access.tie == Tie::Partner {
        for e in &mut view.events {
            if e.by_side == Side::Young.as_str() {
                e.by_name = partner_sees(&e.by_name, &access.young, page.loc);
            }
        }
    }
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
    let (intro, access) = gate(&app, &actor, &intro_id, Action::Read).await?;
    detail(&app, page, intro, access, FieldErrors::new()).await
}

/// A status change.
#[derive(Deserialize, Default)]
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
    let (intro, access) = gate(&app, &actor, &intro_id, Action::Write).await?;
    let side = side_of(access.tie);
    let to = Status::parse(&form.to).ok_or(AppError::BadRequest("error-bad-form"))?;
    let reason = if form.reason.is_empty() {
        None
    } else {
        Some(Reason::parse(&form.reason).ok_or(AppError::BadRequest("error-bad-form"))?)
    };
    let mut errors = FieldErrors::new();
    validate::text(&form.note, "note", &mut errors);
    if let Err(refused) = domain::may_move(intro.status(), to, side, reason, intro.days_started()) {
        errors.add("to", refused.message_id());
    }
    if !errors.is_empty() {
        return detail(&app, page, intro, access, errors).await;
    }
    let mut tx = app.db.begin().await?;
    if !repo::move_status(&mut tx, &intro.id, intro.status(), to, reason).await? {
        // Someone else moved it between reading and posting.
        drop(tx);
        let intro = repo::one(&app.db, &intro_id)
            .await?
            .ok_or(AppError::NotFound)?;
        errors.add("to", "intro-refused-changed");
        return detail(&app, page, intro, access, errors).await;
    }
    let note = (!form.note.trim().is_empty()).then_some(form.note.as_str());
    repo::event(
        &mut tx,
        &intro.id,
        to,
        reason,
        note,
        &actor.user.display_name,
        side.as_str(),
    )
    .await?;
    if to == Status::Started {
        followup::schedule(&mut tx, &intro.id).await?;
    }
    youth::touch(&mut tx, &intro.young_person_id).await?;
    tx.commit().await?;
    Ok(see_other(&format!("/introducties/{intro_id}")))
}

#[cfg(test)]
mod tests {
    use super::partner_sees;
    use crate::access::YoungPerson;
    use crate::i18n::Locale;

    fn sam() -> YoungPerson {
        YoungPerson {
            id: "y".into(),
            municipality_id: "m".into(),
            wijk_id: None,
            user_id: None,
            first_name: "Sam".into(),
            last_name: "Jansen".into(),
            birth_date: time::macros::date!(2010 - 01 - 01),
            erased_at: None,
        }
    }

    #[test]
    fn a_partner_sees_the_young_persons_first_name_and_no_other_name_from_their_side() {
        let young = sam();
        assert_eq!(partner_sees("Sam Jansen", &young, Locale::Nl), "Sam");
        assert_eq!(partner_sees(" sam  jansen ", &young, Locale::Nl), "Sam");
        assert_eq!(partner_sees("Sam", &young, Locale::Nl), "Sam");
        let parent = partner_sees("Marco Jansen", &young, Locale::Nl);
        assert_eq!(parent, "iemand uit de omgeving van Sam");
        assert!(!parent.contains("Jansen") && !parent.contains("Marco"));
    }
}
