//! The plan page: a fixed number of queries whatever the size of the plan.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use super::repo::{self, Domain, Entry, Goal, GoalScore, PlanAction, Profile};
use super::{chart, gas};
use crate::access::{self, Action, Actor, Part, Tie};
use crate::error::AppResult;
use crate::features::youth::network;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::extract::{Path, Query};
use crate::web::{PageCtx, html};

/// A domain with what was written and the rating history.
pub struct DomainView {
    /// The domain.
    pub domain: Domain,
    /// Its name in the page's language.
    pub name: String,
    /// The entry (empty when nothing written).
    pub entry: Entry,
    /// Latest rating.
    pub last: Option<i64>,
    /// Ratings over time as SVG.
    pub chart: String,
    /// Ratings over time as text, for the table alternative.
    pub history: String,
}

/// A goal with its scores.
pub struct GoalView {
    /// The goal.
    pub goal: Goal,
    /// Latest score.
    pub last: Option<i64>,
}

/// An owner choice for new actions: (value, label).
pub type OwnerChoice = (String, String);

#[derive(Template)]
#[template(path = "youth/plan.html")]
struct PlanPage {
    page: PageCtx,
    young: access::YoungPerson,
    own: bool,
    can_write: bool,
    can_rate: bool,
    profile: Option<Profile>,
    domains: Vec<DomainView>,
    ratings_shared: bool,
    goals: Vec<GoalView>,
    t_score: Option<String>,
    actions: Vec<PlanAction>,
    network_svg: Option<String>,
    saved: bool,
}

impl PlanPage {
    fn domain_name(&self, id: &Option<String>) -> String {
        id.as_ref()
            .and_then(|id| self.domains.iter().find(|d| &d.domain.id == id))
            .map(|d| d.name.clone())
            .unwrap_or_default()
    }
    fn owner_kind_id(&self, kind: &str) -> String {
        format!("youth-owner-{kind}")
    }
    fn status_id(&self, status: &str) -> String {
        format!("youth-action-{status}")
    }
    fn due(&self, a: &PlanAction) -> String {
        a.due_on
            .map(super::super::validate::date_value)
            .unwrap_or_default()
    }
    fn level_text<'a>(&self, g: &'a Goal, score: &i64) -> &'a str {
        match *score {
            -2 => &g.level_minus2,
            -1 => &g.level_minus1,
            0 => &g.level_0,
            1 => &g.level_plus1,
            _ => &g.level_plus2,
        }
    }
}

/// Localised domain name.
pub fn domain_name(d: &Domain, loc: Locale) -> String {
    match loc {
        Locale::Nl => d.name_nl.clone(),
        Locale::En => d.name_en.clone(),
    }
}

/// Builds the domain views (pure).
pub fn domain_views(
    domains: Vec<Domain>,
    entries: &[Entry],
    ratings: &[repo::Rating],
    loc: Locale,
) -> Vec<DomainView> {
    domains
        .into_iter()
        .map(|d| {
            let entry = entries
                .iter()
                .find(|e| e.domain_id == d.id)
                .cloned()
                .unwrap_or(Entry {
                    domain_id: d.id.clone(),
                    ..Default::default()
                });
            let scores: Vec<i64> = ratings
                .iter()
                .filter(|r| r.domain_id == d.id)
                .map(|r| r.score)
                .collect();
            let name = domain_name(&d, loc);
            let chart = chart::sparkline(&scores, &name);
            let history = scores
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(" → ");
            DomainView {
                last: scores.last().copied(),
                chart,
                history,
                name,
                entry,
                domain: d,
            }
        })
        .collect()
}

/// Goals with their latest score, and the T-score over active and achieved goals (pure).
pub fn goal_views(goals: Vec<Goal>, scores: &[GoalScore]) -> (Vec<GoalView>, Option<f64>) {
    let views: Vec<GoalView> = goals
        .into_iter()
        .map(|g| {
            let mine: Vec<&GoalScore> = scores.iter().filter(|s| s.goal_id == g.id).collect();
            GoalView {
                last: mine.last().map(|s| s.score),
                goal: g,
            }
        })
        .collect();
    let scored: Vec<(i64, i64)> = views
        .iter()
        .filter(|v| v.goal.status != "stopped")
        .filter_map(|v| v.last.map(|s| (s, v.goal.weight)))
        .collect();
    (views, gas::t_score(&scored))
}

/// The owner choices for a new action (pure).
pub fn owner_choices(
    young: &access::YoungPerson,
    relations: &[crate::features::youth::repo::RelationRow],
) -> Vec<OwnerChoice> {
    let mut list = vec![(
        "young".to_string(),
        format!("{} {}", young.first_name, young.last_name),
    )];
    for r in relations.iter().filter(|r| r.kind != "self") {
        list.push((format!("rel:{}", r.id), r.display_name.clone()));
    }
    list.push(("partner".to_string(), String::new()));
    list
}

/// `?opgeslagen=1`
#[derive(Deserialize, Default)]
pub struct SavedQuery {
    opgeslagen: Option<String>,
}

/// GET /jongeren/{id}/plan
pub async fn plan_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Query(q): Query<SavedQuery>,
) -> AppResult<Response> {
    // One query for the facts of all four parts, one statement for their log lines.
    let (access, shared) = access::check_with(
        &app,
        &actor,
        &id,
        (Part::Plan, Action::Read),
        &[
            (Part::Profile, Action::Read),
            (Part::Ratings, Action::Read),
            (Part::Network, Action::Read),
        ],
    )
    .await?;
    let (profile_ok, ratings_ok, network_ok) = (
        shared[0].is_some(),
        shared[1].is_some(),
        shared[2].is_some(),
    );
    let can_write = access.may(Action::Write);
    let can_rate = ratings_ok && (access.tie == Tie::Own || can_write);
    let db = &app.db;
    let domains = repo::domains(db, &access.young.municipality_id).await?;
    let entries = repo::entries(db, &id).await?;
    let ratings = if ratings_ok {
        repo::ratings(db, &id).await?
    } else {
        Vec::new()
    };
    let profile = if profile_ok {
        Some(repo::profile(db, &id).await?)
    } else {
        None
    };
    let (goals, t) = goal_views(
        repo::goals(db, &id).await?,
        &repo::goal_scores(db, &id).await?,
    );
    let actions = repo::actions(db, &id).await?;
    let network_svg = if network_ok {
        let people = network::repo::people(db, &id).await?;
        Some(network::svg::render(&people, page.loc))
    } else {
        None
    };
    html(&PlanPage {
        domains: domain_views(domains, &entries, &ratings, page.loc),
        own: access.is_own(),
        page,
        can_write,
        can_rate,
        profile,
        ratings_shared: ratings_ok,
        goals,
        t_score: t.map(|t| format!("{t:.1}")),
        actions,
        network_svg,
        saved: q.opgeslagen.is_some(),
        young: access.young,
    })
}
