//! Changing the plan. Every handler asks the gate for a write on its part first; forms that fail
//! come back with what was typed and a message per field.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::pages::{domain_name, may_rate};
use super::repo::{self, Entry, NewAction, NewGoal, Profile};
use super::types::{ActionStatus, Owner};
use crate::access::{self, Action, Actor, Part};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::features::youth::repo as youth;
use crate::features::youth::validate;
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{Form, PageCtx, render, see_other};

fn back(id: &str) -> Response {
    see_other(&format!("/jongeren/{id}/plan?opgeslagen=1"))
}

/// One change to the plan, checked and ready to write.
enum Change {
    Entry(Entry),
    Rating {
        domain_id: String,
        score: i64,
    },
    Profile(Profile),
    Goal(NewGoal),
    GoalScore {
        goal_id: String,
        score: i64,
        by: String,
    },
    Action(NewAction),
    Status {
        action_id: String,
        status: ActionStatus,
    },
}

/// Writes one change in a transaction, marks the file as changed (the retention period counts from
/// the last change) and goes back to the plan. A goal or action that is not this young person's is
/// a 404. Callers passed the gate and validated first.
async fn save(app: &AppState, id: &str, change: Change) -> AppResult<Response> {
    let mut tx = app.db.begin().await?;
    let found = match &change {
        Change::Entry(e) => repo::save_entry(&mut tx, id, e).await.map(|()| true),
        Change::Rating { domain_id, score } => repo::add_rating(&mut tx, id, domain_id, *score)
            .await
            .map(|()| true),
        Change::Profile(p) => repo::save_profile(&mut tx, id, p).await.map(|()| true),
        Change::Goal(g) => repo::add_goal(&mut tx, id, g).await.map(|_| true),
        Change::GoalScore { goal_id, score, by } => {
            repo::add_goal_score(&mut tx, id, goal_id, *score, by).await
        }
        Change::Action(a) => repo::add_action(&mut tx, id, a).await.map(|_| true),
        Change::Status { action_id, status } => {
            repo::set_action_status(&mut tx, id, action_id, status.as_str()).await
        }
    }?;
    if !found {
        return Err(AppError::NotFound);
    }
    youth::touch(&mut tx, id).await?;
    tx.commit().await?;
    Ok(back(id))
}

#[derive(Template)]
#[template(path = "youth/plan_domain.html")]
struct DomainPage {
    page: PageCtx,
    young_person_id: String,
    domain_id: String,
    name: String,
    form: DomainForm,
    errors: FieldErrors,
}

/// The domain form.
#[derive(Deserialize, Default, Clone)]
pub struct DomainForm {
    #[serde(default)]
    goes_well: String,
    #[serde(default)]
    wishes: String,
    #[serde(default)]
    own_part: String,
    #[serde(default)]
    network_part: String,
    #[serde(default)]
    professional_part: String,
    #[serde(default)]
    wants_to_talk: Option<String>,
}

/// GET /jongeren/{id}/plan/domein/{domain_id}
pub async fn domain_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path((id, domain_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let access = access::check_form(&app, &actor, &id, Part::Plan).await?;
    let domains = repo::domains(&app.db, &access.young.municipality_id).await?;
    let domain = domains
        .into_iter()
        .find(|d| d.id == domain_id)
        .ok_or(AppError::NotFound)?;
    let entry = repo::entries(&app.db, &id)
        .await?
        .into_iter()
        .find(|e| e.domain_id == domain_id)
        .unwrap_or_default();
    let form = DomainForm {
        goes_well: entry.goes_well,
        wishes: entry.wishes,
        own_part: entry.own_part,
        network_part: entry.network_part,
        professional_part: entry.professional_part,
        wants_to_talk: entry.wants_to_talk.then(|| "ja".into()),
    };
    let name = domain_name(&domain, page.loc);
    render(
        StatusCode::OK,
        &DomainPage {
            page,
            young_person_id: id,
            domain_id,
            name,
            form,
            errors: FieldErrors::new(),
        },
    )
}

/// POST /jongeren/{id}/plan/domein/{domain_id}
pub async fn domain_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path((id, domain_id)): Path<(String, String)>,
    Form(form): Form<DomainForm>,
) -> AppResult<Response> {
    let access = access::check(&app, &actor, &id, Part::Plan, Action::Write).await?;
    let domains = repo::domains(&app.db, &access.young.municipality_id).await?;
    let domain = domains
        .into_iter()
        .find(|d| d.id == domain_id)
        .ok_or(AppError::NotFound)?;
    let mut errors = FieldErrors::new();
    for (value, field) in [
        (&form.goes_well, "goes_well"),
        (&form.wishes, "wishes"),
        (&form.own_part, "own_part"),
        (&form.network_part, "network_part"),
        (&form.professional_part, "professional_part"),
    ] {
        validate::text(value, field, &mut errors);
    }
    if !errors.is_empty() {
        let name = domain_name(&domain, page.loc);
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &DomainPage {
                page,
                young_person_id: id,
                domain_id,
                name,
                form,
                errors,
            },
        );
    }
    let entry = Entry {
        domain_id,
        goes_well: form.goes_well,
        wishes: form.wishes,
        own_part: form.own_part,
        network_part: form.network_part,
        professional_part: form.professional_part,
        wants_to_talk: form.wants_to_talk.is_some(),
    };
    save(&app, &id, Change::Entry(entry)).await
}

/// A self-rating.
#[derive(Deserialize)]
pub struct RatingForm {
    #[serde(default)]
    domain_id: String,
    #[serde(default)]
    score: String,
}

/// POST /jongeren/{id}/plan/cijfer — a rating outside 1–10 is refused with a message.
pub async fn rating_post(
    State(app): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    Form(form): Form<RatingForm>,
) -> AppResult<Response> {
    let access = access::check(&app, &actor, &id, Part::Ratings, Action::Write).await?;
    if !may_rate(access.tie) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FieldErrors::new();
    let score = validate::int_in(
        &form.score,
        1,
        10,
        "score",
        "youth-rating-range",
        &mut errors,
    );
    let domains = repo::domains(&app.db, &access.young.municipality_id).await?;
    if !domains.iter().any(|d| d.id == form.domain_id) {
        errors.add("domain_id", "youth-domain-required");
    }
    let Some(score) = score.filter(|_| errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    let domain_id = form.domain_id;
    save(&app, &id, Change::Rating { domain_id, score }).await
}

#[derive(Template)]
#[template(path = "youth/plan_profile.html")]
struct ProfilePage {
    page: PageCtx,
    young_person_id: String,
    form: ProfileForm,
    errors: FieldErrors,
}

/// The profile form.
#[derive(Deserialize, Default)]
pub struct ProfileForm {
    #[serde(default)]
    talents: String,
    #[serde(default)]
    interests: String,
    #[serde(default)]
    dreams: String,
}

/// GET /jongeren/{id}/plan/profiel
pub async fn profile_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    access::check_form(&app, &actor, &id, Part::Profile).await?;
    let p = repo::profile(&app.db, &id).await?;
    let form = ProfileForm {
        talents: p.talents,
        interests: p.interests,
        dreams: p.dreams,
    };
    render(
        StatusCode::OK,
        &ProfilePage {
            page,
            young_person_id: id,
            form,
            errors: FieldErrors::new(),
        },
    )
}

/// Interests as clean, lower-case, de-duplicated tags.
pub fn normalise_tags(input: &str) -> String {
    let mut tags: Vec<String> = input
        .split([',', ';', '\n'])
        .map(|t| t.trim().to_lowercase())
        .filter(|t| !t.is_empty())
        .map(|t| t.chars().take(40).collect())
        .collect();
    tags.dedup();
    let mut seen = std::collections::HashSet::new();
    tags.retain(|t| seen.insert(t.clone()));
    tags.truncate(30);
    tags.join(", ")
}

/// POST /jongeren/{id}/plan/profiel
pub async fn profile_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Form(form): Form<ProfileForm>,
) -> AppResult<Response> {
    access::check(&app, &actor, &id, Part::Profile, Action::Write).await?;
    let mut errors = FieldErrors::new();
    validate::text(&form.talents, "talents", &mut errors);
    validate::text(&form.interests, "interests", &mut errors);
    validate::text(&form.dreams, "dreams", &mut errors);
    if !errors.is_empty() {
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ProfilePage {
                page,
                young_person_id: id,
                form,
                errors,
            },
        );
    }
    let profile = Profile {
        talents: form.talents,
        interests: normalise_tags(&form.interests),
        dreams: form.dreams,
    };
    save(&app, &id, Change::Profile(profile)).await
}

#[derive(Template)]
#[template(path = "youth/plan_goal.html")]
struct GoalPage {
    page: PageCtx,
    young_person_id: String,
    domains: Vec<(String, String)>,
    form: GoalForm,
    errors: FieldErrors,
}

/// A new goal with its five levels, written down when the goal is set.
#[derive(Deserialize, Default)]
pub struct GoalForm {
    #[serde(default)]
    domain_id: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    level_minus2: String,
    #[serde(default)]
    level_minus1: String,
    #[serde(default)]
    level_0: String,
    #[serde(default)]
    level_plus1: String,
    #[serde(default)]
    level_plus2: String,
}

async fn goal_page(
    app: &AppState,
    page: PageCtx,
    access: &access::Access,
    form: GoalForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let domains = repo::domains(&app.db, &access.young.municipality_id)
        .await?
        .iter()
        .map(|d| (d.id.clone(), domain_name(d, page.loc)))
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(
        status,
        &GoalPage {
            page,
            young_person_id: access.young.id.clone(),
            domains,
            form,
            errors,
        },
    )
}

/// GET /jongeren/{id}/plan/doelen
pub async fn goal_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let access = access::check_form(&app, &actor, &id, Part::Plan).await?;
    goal_page(&app, page, &access, GoalForm::default(), FieldErrors::new()).await
}

/// POST /jongeren/{id}/plan/doelen
pub async fn goal_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Form(form): Form<GoalForm>,
) -> AppResult<Response> {
    let access = access::check(&app, &actor, &id, Part::Plan, Action::Write).await?;
    let mut errors = FieldErrors::new();
    if form.title.trim().is_empty() {
        errors.add("title", "youth-goal-title-required");
    }
    validate::text(&form.title, "title", &mut errors);
    for (value, field) in [
        (&form.level_minus2, "level_minus2"),
        (&form.level_minus1, "level_minus1"),
        (&form.level_0, "level_0"),
        (&form.level_plus1, "level_plus1"),
        (&form.level_plus2, "level_plus2"),
    ] {
        if value.trim().is_empty() {
            errors.add(field, "youth-goal-level-required");
        }
        validate::text(value, field, &mut errors);
    }
    let domains = repo::domains(&app.db, &access.young.municipality_id).await?;
    let domain_id = (!form.domain_id.is_empty()).then(|| form.domain_id.clone());
    if domain_id
        .as_ref()
        .is_some_and(|d| !domains.iter().any(|x| &x.id == d))
    {
        errors.add("domain_id", "youth-domain-required");
    }
    if !errors.is_empty() {
        return goal_page(&app, page, &access, form, errors).await;
    }
    let goal = NewGoal {
        domain_id,
        title: form.title,
        levels: [
            form.level_minus2,
            form.level_minus1,
            form.level_0,
            form.level_plus1,
            form.level_plus2,
        ],
    };
    save(&app, &id, Change::Goal(goal)).await
}

/// A GAS score.
#[derive(Deserialize)]
pub struct ScoreForm {
    #[serde(default)]
    score: String,
}

/// POST /jongeren/{id}/plan/doelen/{goal_id}/score — only −2…+2.
pub async fn goal_score_post(
    State(app): State<AppState>,
    actor: Actor,
    Path((id, goal_id)): Path<(String, String)>,
    Form(form): Form<ScoreForm>,
) -> AppResult<Response> {
    access::check(&app, &actor, &id, Part::Plan, Action::Write).await?;
    let mut errors = FieldErrors::new();
    let Some(score) = validate::int_in(&form.score, -2, 2, "score", "youth-gas-range", &mut errors)
    else {
        return Err(AppError::Validation(errors));
    };
    let by = actor.user.id.clone();
    save(&app, &id, Change::GoalScore { goal_id, score, by }).await
}

#[derive(Template)]
#[template(path = "youth/plan_action.html")]
struct ActionPage {
    page: PageCtx,
    young_person_id: String,
    owners: Vec<(String, String)>,
    goals: Vec<(String, String)>,
    form: ActionForm,
    errors: FieldErrors,
}

async fn action_page(
    app: &AppState,
    page: PageCtx,
    access: &access::Access,
    form: ActionForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let id = &access.young.id;
    let relations = youth::relations(&app.db, id).await?;
    let owners = super::pages::owner_choices(&access.young, &relations);
    let goals = repo::goals(&app.db, id)
        .await?
        .into_iter()
        .map(|g| (g.id, g.title))
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(
        status,
        &ActionPage {
            page,
            young_person_id: id.clone(),
            owners,
            goals,
            form,
            errors,
        },
    )
}

/// GET /jongeren/{id}/plan/acties
pub async fn action_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let access = access::check_form(&app, &actor, &id, Part::Plan).await?;
    action_page(
        &app,
        page,
        &access,
        ActionForm::default(),
        FieldErrors::new(),
    )
    .await
}

/// A new action.
#[derive(Deserialize, Default)]
pub struct ActionForm {
    #[serde(default)]
    description: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    partner_name: String,
    #[serde(default)]
    due_on: String,
    #[serde(default)]
    goal_id: String,
}

impl ActionForm {
    /// Checks a new action against the young person's relations and goals (pure).
    fn check(
        &self,
        young: &access::YoungPerson,
        relations: &[youth::RelationRow],
        goals: &[repo::Goal],
    ) -> Result<NewAction, FieldErrors> {
        let mut errors = FieldErrors::new();
        if self.description.trim().is_empty() {
            errors.add("description", "youth-action-required");
        }
        validate::text(&self.description, "description", &mut errors);
        crate::web::validate::one_line(self.description.trim(), "description", &mut errors);
        let due_on = validate::optional_date(&self.due_on, "due_on", &mut errors);
        let owner = match Owner::parse(&self.owner) {
            Some(Owner::Young) => {
                let name = format!("{} {}", young.first_name, young.last_name);
                Some(("young".to_string(), None, name))
            }
            Some(Owner::Partner) => {
                validate::name(&self.partner_name, "partner_name", &mut errors);
                Some((
                    "partner".to_string(),
                    None,
                    self.partner_name.trim().to_string(),
                ))
            }
            Some(Owner::Relation(rid)) => relations
                .iter()
                .find(|r| r.id == rid)
                .map(|r| (r.kind.clone(), Some(r.id.clone()), r.display_name.clone())),
            None => None,
        };
        if owner.is_none() {
            errors.add("owner", "youth-owner-required");
        }
        let goal = (!self.goal_id.is_empty()).then_some(self.goal_id.as_str());
        let known = goal.map(|g| goals.iter().find(|x| x.id == g));
        if known.is_some_and(|k| k.is_none()) {
            errors.add("goal_id", "youth-goal-required");
        }
        let Some((owner_kind, owner_relation_id, owner_name)) = owner.filter(|_| errors.is_empty())
        else {
            return Err(errors);
        };
        Ok(NewAction {
            goal_id: goal.map(str::to_string),
            domain_id: known.flatten().and_then(|x| x.domain_id.clone()),
            description: self.description.clone(),
            owner_kind,
            owner_relation_id,
            owner_name,
            due_on,
        })
    }
}

/// POST /jongeren/{id}/plan/acties
pub async fn action_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Form(form): Form<ActionForm>,
) -> AppResult<Response> {
    let access = access::check(&app, &actor, &id, Part::Plan, Action::Write).await?;
    let relations = youth::relations(&app.db, &id).await?;
    let goals = repo::goals(&app.db, &id).await?;
    match form.check(&access.young, &relations, &goals) {
        Ok(action) => save(&app, &id, Change::Action(action)).await,
        Err(errors) => action_page(&app, page, &access, form, errors).await,
    }
}

/// A status change.
#[derive(Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    status: String,
}

/// POST /jongeren/{id}/plan/acties/{action_id}/status
pub async fn action_status_post(
    State(app): State<AppState>,
    actor: Actor,
    Path((id, action_id)): Path<(String, String)>,
    Form(form): Form<StatusForm>,
) -> AppResult<Response> {
    access::check(&app, &actor, &id, Part::Plan, Action::Write).await?;
    let Some(status) = ActionStatus::parse(&form.status) else {
        return Err(AppError::BadRequest("error-bad-form"));
    };
    save(&app, &id, Change::Status { action_id, status }).await
}

#[cfg(test)]
mod tests {
    use super::super::pages::may_rate;
    use super::normalise_tags;
    use crate::access::Tie;

    #[test]
    fn a_self_rating_is_given_by_the_young_person_or_their_parent_only() {
        assert!(may_rate(Tie::Own));
        assert!(may_rate(Tie::Parent { authority: true }));
        assert!(!may_rate(Tie::Professional));
        assert!(!may_rate(Tie::Network));
        assert!(!may_rate(Tie::Partner));
    }

    #[test]
    fn tags_are_clean() {
        assert_eq!(
            normalise_tags(" Voetbal, muziek;VOETBAL,, Gamen "),
            "voetbal, muziek, gamen"
        );
    }
}
