//! A plan loaded in one place, for the plan page, the print and JSON exports and the data download:
//! only the parts the gate let through are read.

use super::repo::{self, Domain, Entry, Goal, GoalScore, PlanAction, Profile, Rating};
use crate::access::{self, Action, Actor, Part};
use crate::db::Db;
use crate::error::AppResult;
use crate::state::AppState;

/// Which parts of the plan may be read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Visible {
    /// The plan itself: entries, goals with their scores, actions.
    pub plan: bool,
    /// Talents, interests and dreams.
    pub profile: bool,
    /// The self-ratings.
    pub ratings: bool,
    /// The network map (loaded by the caller that shows it).
    pub network: bool,
}

impl Visible {
    /// From the optional results of [`access::check_with`] asked for `[Profile, Ratings, Network?]`,
    /// after the plan itself was allowed.
    pub fn from_shared(shared: &[Option<access::Access>]) -> Self {
        let ok = |i: usize| shared.get(i).is_some_and(Option::is_some);
        Visible {
            plan: true,
            profile: ok(0),
            ratings: ok(1),
            network: ok(2),
        }
    }
}

/// Opens the plan through the gate: the plan part is required, profile and ratings (and the
/// network, when asked for) are shown only when shared. One query for the facts, one statement for
/// the log lines.
pub async fn open(
    app: &AppState,
    actor: &Actor,
    young_person_id: &str,
    action: Action,
    with_network: bool,
) -> AppResult<(access::Access, Visible)> {
    let mut optional = vec![(Part::Profile, action), (Part::Ratings, action)];
    if with_network {
        optional.push((Part::Network, action));
    }
    let (access, shared) =
        access::check_with(app, actor, young_person_id, (Part::Plan, action), &optional).await?;
    Ok((access, Visible::from_shared(&shared)))
}

/// Everything of a plan that may be read.
#[derive(Debug, Clone, Default)]
pub struct PlanData {
    /// The municipality's life domains.
    pub domains: Vec<Domain>,
    /// What was written per domain.
    pub entries: Vec<Entry>,
    /// Self-ratings, when shared.
    pub ratings: Option<Vec<Rating>>,
    /// Talents, interests and dreams, when shared.
    pub profile: Option<Profile>,
    /// Goals.
    pub goals: Vec<Goal>,
    /// Their scores.
    pub goal_scores: Vec<GoalScore>,
    /// Actions.
    pub actions: Vec<PlanAction>,
}

impl PlanData {
    /// Loads what `visible` allows (a fixed number of queries whatever the size of the plan).
    pub async fn load(
        db: &Db,
        young: &access::YoungPerson,
        visible: Visible,
    ) -> Result<PlanData, sqlx::Error> {
        let id = young.id.as_str();
        let mut data = PlanData::default();
        if visible.plan {
            data.domains = repo::domains(db, &young.municipality_id).await?;
            data.entries = repo::entries(db, id).await?;
        }
        if visible.ratings {
            data.ratings = Some(repo::ratings(db, id).await?);
        }
        if visible.profile {
            data.profile = Some(repo::profile(db, id).await?);
        }
        if visible.plan {
            (data.goals, data.goal_scores) = repo::goals_with_scores(db, id).await?;
            data.actions = repo::actions(db, id).await?;
        }
        Ok(data)
    }

    /// The ratings, or none when they are not shared.
    pub fn ratings_or_empty(&self) -> &[Rating] {
        self.ratings.as_deref().unwrap_or_default()
    }

    /// The plan part of a JSON export: entries, goals, their scores and actions.
    pub fn plan_json(&self) -> serde_json::Value {
        serde_json::json!({
            "entries": self.entries,
            "goals": self.goals,
            "goal_scores": self.goal_scores,
            "actions": self.actions,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visibility_follows_the_gate() {
        assert_eq!(
            Visible::from_shared(&[None, None]),
            Visible {
                plan: true,
                ..Visible::default()
            }
        );
        let data = PlanData::default();
        assert!(data.ratings_or_empty().is_empty());
        assert_eq!(
            data.plan_json()["actions"],
            serde_json::Value::Array(vec![])
        );
    }
}
