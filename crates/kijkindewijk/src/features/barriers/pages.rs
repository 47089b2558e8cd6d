//! The team's register, raising a barrier from it, and the barrier page (the team's, the follower's
//! and, without anything personal, the policy view), with status changes, following and merging.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::domain::{self, RaisedBy, Status};
use super::flow::{self, Viewer};
use super::repo::{self, Barrier, Escalation, Event};
use super::view::{self, AnswerTyped, Choices};
use crate::access::{self, Action, Actor, Part};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::state::AppState;
use crate::web::extract::{Path, Query};
use crate::web::{Form, PageCtx, html, render, see_other};

#[derive(Template)]
#[template(path = "barriers/list.html")]
struct ListPage {
    page: PageCtx,
    barriers: Vec<Barrier>,
    choices: Choices,
    filter: ListQuery,
    statuses: [Status; 6],
}

impl ListPage {
    fn status_of(&self, s: &str) -> String {
        view::status_id(s)
    }
}

/// Filters of the register.
#[derive(Deserialize, Default, Clone)]
pub struct ListQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    wijk: String,
}

/// GET /hindernissen-weghalen — from the home page and the young person's start page to where the
/// user works on barriers: a young person's own list, the team's register, the inbox of those who
/// answer; a parent chooses a child first. Anonymous visitors are asked to log in.
pub async fn entry_get(
    State(app): State<AppState>,
    user: crate::auth::CurrentUser,
) -> AppResult<Response> {
    use crate::auth::Role;
    let roles = user.roles();
    let to = if roles.contains(&Role::Jongere) {
        match crate::features::youth::seam::own_young_person_id(&app.db, &user.id).await? {
            Some(id) => format!("/jongeren/{id}/hindernissen"),
            None => "/start".into(),
        }
    } else if roles.contains(&Role::Jeugdprofessional) {
        "/hindernissen".into()
    } else if roles.contains(&Role::Teamleider) || roles.contains(&Role::Beleid) {
        "/escalaties".into()
    } else if roles.contains(&Role::Ouder) {
        "/ouder/kinderen".into()
    } else {
        "/start".into()
    };
    Ok(see_other(&to))
}

/// GET /hindernissen — the register of the professional's municipality.
pub async fn list_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Query(q): Query<ListQuery>,
) -> AppResult<Response> {
    let grant = team_grant_any(&actor)?;
    let filter = repo::Filter {
        status: Status::parse(&q.status),
        wijk_id: (!q.wijk.is_empty()).then(|| q.wijk.clone()),
    };
    let barriers = repo::of_municipality(&app.db, &grant.municipality_id, &filter).await?;
    let choices = Choices::load(&app.db, &grant.municipality_id, page.loc).await?;
    html(&ListPage {
        page,
        barriers,
        choices,
        filter: q,
        statuses: Status::ALL,
    })
}

fn team_grant_any(actor: &Actor) -> AppResult<crate::auth::Grant> {
    [
        crate::auth::Role::Jeugdprofessional,
        crate::auth::Role::Teamleider,
    ]
    .into_iter()
    .find_map(|r| actor.user.grant(r).cloned())
    .ok_or(AppError::Forbidden)
}

/// The raise form.
#[derive(Deserialize, Default, Clone)]
pub struct RaiseForm {
    #[serde(default)]
    pub(super) title: String,
    #[serde(default)]
    pub(super) what_happened: String,
    #[serde(default)]
    pub(super) category: String,
    #[serde(default)]
    pub(super) rule_behind: String,
    #[serde(default)]
    pub(super) life_domain: String,
    #[serde(default)]
    pub(super) wijk_id: String,
}

impl RaiseForm {
    pub(super) fn raise(&self) -> flow::Raise<'_> {
        flow::Raise {
            title: &self.title,
            what_happened: &self.what_happened,
            category: &self.category,
            rule_behind: &self.rule_behind,
            life_domain: &self.life_domain,
            wijk_id: &self.wijk_id,
        }
    }
}

#[derive(Template)]
#[template(path = "barriers/new.html")]
struct NewPage {
    page: PageCtx,
    choices: Choices,
    form: RaiseForm,
    errors: FieldErrors,
}

/// GET /hindernissen/nieuw
pub async fn new_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
) -> AppResult<Response> {
    let grant = team_grant_any(&actor)?;
    let choices = Choices::load(&app.db, &grant.municipality_id, page.loc).await?;
    let form = RaiseForm::default();
    let errors = FieldErrors::new();
    html(&NewPage {
        page,
        choices,
        form,
        errors,
    })
}

/// POST /hindernissen/nieuw — a professional raises a barrier from the team's register.
pub async fn new_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Form(form): Form<RaiseForm>,
) -> AppResult<Response> {
    let grant = team_grant_any(&actor)?;
    let m = &grant.municipality_id;
    let choices = Choices::load(&app.db, m, page.loc).await?;
    let result = if choices.has_domain(&form.life_domain) {
        flow::raise(&app, &actor, m, None, RaisedBy::Professional, &form.raise()).await
    } else {
        Err(domain_error())
    };
    match result {
        Ok(id) => Ok(see_other(&format!("/hindernissen/{id}"))),
        Err(AppError::Validation(errors)) => render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &NewPage {
                page,
                choices,
                form,
                errors,
            },
        ),
        Err(e) => Err(e),
    }
}

pub(super) fn domain_error() -> AppError {
    let mut e = FieldErrors::new();
    e.add("life_domain", "barrier-error-domain");
    AppError::Validation(e)
}

/// A linked young person as the team sees them: a name where the gate lets the viewer know who it
/// is, otherwise only counted.
pub struct Named {
    /// Id.
    pub id: String,
    /// First and last name.
    pub name: String,
}

/// What typed values a refused form on the barrier page had.
#[derive(Default)]
pub struct Typed {
    /// The status form.
    pub status: StatusForm,
    /// The answer form.
    pub answer: AnswerTyped,
    /// The merge form.
    pub into: String,
}

#[derive(Template)]
#[template(path = "barriers/detail.html")]
struct DetailPage {
    page: PageCtx,
    b: Barrier,
    team: bool,
    choices: Choices,
    named: Vec<Named>,
    steps: Vec<Status>,
    escalations: Vec<Escalation>,
    answerable: Option<String>,
    events: Vec<Event>,
    following: bool,
    candidates: Vec<Barrier>,
    answer_states: [Status; 4],
    typed: Typed,
    errors: FieldErrors,
}

impl DetailPage {
    fn status_of(&self, s: &str) -> String {
        view::status_id(s)
    }
    fn level_of(&self, s: &str) -> String {
        view::level_id(s)
    }
    fn by_of(&self, s: &str) -> String {
        view::by_kind_id(s)
    }
    fn when(&self, e: &Event) -> String {
        crate::features::youth::format_moment(e.at)
    }
    fn moment(&self, at: &time::OffsetDateTime) -> String {
        crate::features::youth::format_moment(*at)
    }
    fn event_text(&self, e: &Event) -> String {
        view::event_text(self.page.loc, e)
    }
    fn day(&self, d: &time::Date) -> String {
        view::day(*d)
    }
    fn others(&self) -> i64 {
        self.b.young_count - self.named.len() as i64
    }
}

/// Names of linked young people the viewer may know (the gate decides and logs each), at most 50.
async fn named(app: &AppState, actor: &Actor, b: &Barrier) -> AppResult<Vec<Named>> {
    let mut out = Vec::new();
    for id in repo::young_people(&app.db, &b.id)
        .await?
        .into_iter()
        .take(50)
    {
        if let Some(a) = access::probe(app, actor, &id, Part::Identity, Action::Read).await? {
            out.push(Named {
                name: format!("{} {}", a.young.first_name, a.young.last_name),
                id,
            });
        }
    }
    Ok(out)
}

pub(super) async fn detail(
    app: &AppState,
    page: PageCtx,
    actor: &Actor,
    (b, viewer): (Barrier, Viewer),
    typed: Typed,
    errors: FieldErrors,
) -> AppResult<Response> {
    if let Viewer::Policy(_) = viewer {
        return super::policy::detail(app, page, actor, b, typed.answer, errors).await;
    }
    let team = viewer.is_team();
    let escalations = repo::escalations(&app.db, &b.id).await?;
    let answerable = escalations
        .iter()
        .find(|e| e.answered_at.is_none() && flow::may_answer(actor, e))
        .map(|e| e.id.clone());
    let merged = b.merged_into_id.is_some();
    let d = DetailPage {
        choices: Choices::load(&app.db, &b.municipality_id, page.loc).await?,
        named: if team {
            named(app, actor, &b).await?
        } else {
            Vec::new()
        },
        steps: if team && !merged {
            domain::team_steps(b.status())
        } else {
            Vec::new()
        },
        events: repo::events(&app.db, &b.id).await?,
        following: repo::is_follower(&app.db, &b.id, &actor.user.id).await?,
        candidates: if team && !merged {
            repo::merge_candidates(&app.db, &b).await?
        } else {
            Vec::new()
        },
        answer_states: domain::ANSWER_STATES,
        page,
        b,
        team,
        escalations,
        answerable,
        typed,
        errors,
    };
    let status = if d.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(status, &d)
}

/// GET /hindernissen/{barrier_id}
pub async fn detail_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let found = flow::gate(&app, &actor, &id).await?;
    detail(
        &app,
        page,
        &actor,
        found,
        Typed::default(),
        FieldErrors::new(),
    )
    .await
}

/// The team's status form.
#[derive(Deserialize, Default, Clone)]
pub struct StatusForm {
    #[serde(default)]
    pub(super) to: String,
    #[serde(default)]
    pub(super) version: i64,
    #[serde(default)]
    pub(super) solution: String,
    #[serde(default)]
    pub(super) for_policy: Option<String>,
}

/// POST /hindernissen/{barrier_id}/status
pub async fn status_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Form(form): Form<StatusForm>,
) -> AppResult<Response> {
    let (b, grant) = flow::team_gate(&app, &actor, &id).await?;
    let change = flow::StatusChange {
        to: &form.to,
        version: form.version,
        solution: &form.solution,
        for_policy: form.for_policy.is_some(),
    };
    match flow::change_status(&app, &actor, &b, &change).await {
        Ok(()) => Ok(see_other(&format!("/hindernissen/{id}"))),
        Err(AppError::Validation(errors)) => {
            let b = repo::one(&app.db, &id).await?.ok_or(AppError::NotFound)?;
            let typed = Typed {
                status: form,
                ..Typed::default()
            };
            detail(&app, page, &actor, (b, Viewer::Team(grant)), typed, errors).await
        }
        Err(e) => Err(e),
    }
}

/// Follow or stop following.
#[derive(Deserialize, Default)]
pub struct FollowForm {
    #[serde(default)]
    follow: String,
}

/// POST /hindernissen/{barrier_id}/volgen — the team follows a barrier to hear its answer.
pub async fn follow_post(
    State(app): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    Form(form): Form<FollowForm>,
) -> AppResult<Response> {
    let (b, _) = flow::team_gate(&app, &actor, &id).await?;
    let mut tx = app.db.begin().await?;
    if form.follow == "ja" {
        repo::follow(&mut tx, &b.id, &actor.user.id).await?;
    } else {
        repo::unfollow(&mut tx, &b.id, &actor.user.id).await?;
    }
    tx.commit().await?;
    Ok(see_other(&format!("/hindernissen/{id}")))
}

/// The merge form.
#[derive(Deserialize, Default)]
pub struct MergeForm {
    #[serde(default)]
    into: String,
}

/// POST /hindernissen/{barrier_id}/samenvoegen — merges this barrier into a similar one.
pub async fn merge_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Form(form): Form<MergeForm>,
) -> AppResult<Response> {
    let (b, grant) = flow::team_gate(&app, &actor, &id).await?;
    match flow::merge(&app, &actor, &b, &form.into).await {
        Ok(()) => Ok(see_other(&format!("/hindernissen/{}", form.into.trim()))),
        Err(AppError::Validation(errors)) => {
            let typed = Typed {
                into: form.into,
                ..Typed::default()
            };
            detail(&app, page, &actor, (b, Viewer::Team(grant)), typed, errors).await
        }
        Err(e) => Err(e),
    }
}
