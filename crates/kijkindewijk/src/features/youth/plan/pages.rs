//! The plan page: a fixed number of queries whatever the size of the plan.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use super::load::{self, PlanData};
use super::repo::{self, Domain, Entry, Goal, GoalScore, PlanAction, Profile};
use super::types::{GoalStatus, Owner};
use super::{chart, gas};
use crate::access::{self, Action, Actor, Part};
use crate::error::{AppError, AppResult};
use crate::features::youth::network;
use crate::features::youth::repo::RelationKind;
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
    nav: crate::features::youth::Nav,
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
        .filter(|v| GoalStatus::counts(&v.goal.status))
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
        Owner::Young.value(),
        format!("{} {}", young.first_name, young.last_name),
    )];
    for r in relations
        .iter()
        .filter(|r| r.kind != RelationKind::Own.as_str())
    {
        list.push((
            Owner::Relation(r.id.clone()).value(),
            r.display_name.clone(),
        ));
    }
    list.push((Owner::Partner.value(), String::new()));
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
    let (access, visible) = match load::open(&app, &actor, &id, Action::Read, true).await {
        Err(AppError::NoConsent) => {
            return crate::features::team::not_shared(&app, page, &actor, &id, Part::Plan).await;
        }
        other => other?,
    };
    let nav = crate::features::youth::nav(&app, &actor, &access).await?;
    let can_write = access.may(Action::Write);
    let can_rate = visible.ratings && can_write && may_rate(access.tie);
    let data = PlanData::load(&app.db, &access.young, visible).await?;
    let network_svg = if visible.network {
        let people = network::repo::people(&app.db, &id).await?;
        Some(network::svg::render(&people, page.loc))
    } else {
        None
    };
    let domains = domain_views(
        data.domains,
        &data.entries,
        data.ratings.as_deref().unwrap_or_default(),
        page.loc,
    );
    let (goals, t) = goal_views(data.goals, &data.goal_scores);
    html(&PlanPage {
        nav,
        domains,
        own: access.is_own(),
        page,
        can_write,
        can_rate,
        profile: data.profile,
        ratings_shared: visible.ratings,
        goals,
        t_score: t.map(|t| format!("{t:.1}")),
        actions: data.actions,
        network_svg,
        saved: q.opgeslagen.is_some(),
        young: access.young,
    })
}

/// A self-rating is the young person's own: they give it, or under 12 their parent with them. A
/// professional who may read it never gives or changes it (their view goes in a note).
pub fn may_rate(tie: access::Tie) -> bool {
    matches!(tie, access::Tie::Own | access::Tie::Parent { .. })
}
