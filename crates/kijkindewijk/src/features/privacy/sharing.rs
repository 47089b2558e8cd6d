//! "Wie ziet wat": the young person (from 12) or a parent with authority (under 16) decides per
//! part who may see it; the page says in plain words who can see what right now.

use std::collections::HashSet;

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use crate::access::rules::{self, AgeBand, Consent};
use crate::access::{self, Action, Actor, Part, TEAM_AUDIENCE, Tie};
use crate::error::AppResult;
use crate::features::youth::format_moment;
use crate::features::youth::repo::{self, ConsentBy, ConsentRow, EmergencyRow, RelationRow};
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{Form, PageCtx, html, see_other};

/// One audience row on the page.
pub struct Audience {
    /// `team` or a relation id.
    pub key: String,
    /// Who it is.
    pub name: String,
    /// Translation id of the kind (team, parent, network member).
    pub kind_id: &'static str,
    /// Per shareable part: (part, in force, young agreed, parent agreed).
    pub parts: Vec<(Part, bool, bool, bool)>,
    /// A parent with authority of a child under 12: sees the plan, the network and the ratings by
    /// that authority, whatever is ticked (the age rule), so there is nothing to choose for them.
    pub by_authority: bool,
}

impl Audience {
    /// Whether this audience sees at least one part now.
    pub fn sees_anything(&self) -> bool {
        self.parts.iter().any(|p| p.1)
    }
}

#[derive(Template)]
#[template(path = "privacy/sharing.html")]
struct SharingPage {
    page: PageCtx,
    nav: crate::features::youth::Nav,
    young: access::YoungPerson,
    audiences: Vec<Audience>,
    can_edit: bool,
    as_parent: bool,
    band: AgeBand,
    emergencies: Vec<EmergencyRow>,
    saved: bool,
}

impl SharingPage {
    /// The age rule, told to this reader.
    fn rule_id(&self) -> &'static str {
        match self.band {
            AgeBand::Under12 => self.nav.pick(
                "youth-rule-under12",
                "youth-rule-under12-parent",
                "youth-rule-under12-other",
            ),
            AgeBand::From12To15 => self.nav.pick(
                "youth-rule-12to15",
                "youth-rule-12to15-parent",
                "youth-rule-12to15-other",
            ),
            AgeBand::From16 => self.nav.pick(
                "youth-rule-16",
                "youth-rule-16-other",
                "youth-rule-16-other",
            ),
        }
    }
    /// What the parent's ticks do, by age band.
    fn change_parent_id(&self) -> &'static str {
        match self.band {
            AgeBand::Under12 => "youth-sharing-change-parent-under12",
            _ => "youth-sharing-change-parent",
        }
    }
    /// "Waits for the parent" / "waits for the young person", told to this reader.
    fn waits_id(&self, young_agreed: &bool) -> &'static str {
        if *young_agreed {
            self.nav.pick(
                "youth-sharing-waits-parent",
                "youth-sharing-waits-parent-parent",
                "youth-sharing-waits-parent-other",
            )
        } else {
            self.nav.pick(
                "youth-sharing-waits-young",
                "youth-sharing-waits-young-parent",
                "youth-sharing-waits-young-other",
            )
        }
    }
    fn checked(&self, a: &Audience, part: &Part) -> bool {
        a.parts
            .iter()
            .any(|(p, _, young, parent)| p == part && if self.as_parent { *parent } else { *young })
    }
    fn parts(&self) -> [Part; 5] {
        Part::SHAREABLE
    }
    fn moment(&self, t: &time::OffsetDateTime) -> String {
        format_moment(*t)
    }
}

fn in_force(band: AgeBand, is_team: bool, c: Consent) -> bool {
    if is_team {
        rules::consent_in_force(band, c)
    } else {
        match band {
            AgeBand::Under12 => c.by_parent || c.by_young,
            _ => c.by_young,
        }
    }
}

/// A parent relation that sees everything but the notes by authority: under 12 (the age rule).
fn by_authority(band: AgeBand, r: &RelationRow) -> bool {
    band == AgeBand::Under12 && r.kind == "parent" && r.has_authority
}

/// Builds the audience rows from relations and consent rows (pure; also used by the export).
pub fn audiences(
    band: AgeBand,
    relations: &[RelationRow],
    consents: &[ConsentRow],
) -> Vec<Audience> {
    let team_name = relations
        .iter()
        .find(|r| r.kind == "professional")
        .and_then(|r| r.team_name.clone());
    let mut list = vec![(
        TEAM_AUDIENCE.to_string(),
        team_name.unwrap_or_default(),
        "youth-audience-team",
        false,
    )];
    for r in relations {
        match r.kind.as_str() {
            "parent" => list.push((
                r.id.clone(),
                r.display_name.clone(),
                "youth-audience-parent",
                by_authority(band, r),
            )),
            "network" => list.push((
                r.id.clone(),
                r.display_name.clone(),
                "youth-audience-network",
                false,
            )),
            _ => {}
        }
    }
    list.into_iter()
        .map(|(key, name, kind_id, by_authority)| {
            let parts = Part::SHAREABLE
                .iter()
                .map(|part| {
                    let c = consents
                        .iter()
                        .find(|c| c.audience_key == key && c.part == part.as_str())
                        .map(|c| Consent {
                            by_young: c.by_young,
                            by_parent: c.by_parent,
                        })
                        .unwrap_or_default();
                    let seen = in_force(band, key == TEAM_AUDIENCE, c)
                        || (by_authority && *part != Part::Notes);
                    (*part, seen, c.by_young, c.by_parent)
                })
                .collect();
            Audience {
                key,
                name,
                kind_id,
                parts,
                by_authority,
            }
        })
        .collect()
}

/// `?opgeslagen=1`
#[derive(Deserialize, Default)]
pub struct SavedQuery {
    opgeslagen: Option<String>,
}

/// GET /jongeren/{id}/delen
pub async fn sharing_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    crate::web::extract::Query(q): crate::web::extract::Query<SavedQuery>,
) -> AppResult<Response> {
    let access = access::check(&app, &actor, &id, Part::Sharing, Action::Read).await?;
    let band = access.young.band();
    let can_edit = rules::may_give_consent(band, access.tie);
    let relations = repo::relations(&app.db, &id).await?;
    let consents = repo::consents(&app.db, &id).await?;
    let emergencies = if access.tie == Tie::Professional {
        Vec::new()
    } else {
        repo::emergencies(&app.db, &id).await?
    };
    html(&SharingPage {
        nav: crate::features::youth::nav(&app, &actor, &access).await?,
        page,
        audiences: audiences(band, &relations, &consents),
        can_edit,
        as_parent: matches!(access.tie, Tie::Parent { .. }),
        band,
        young: access.young,
        emergencies,
        saved: q.opgeslagen.is_some(),
    })
}

/// The sharing form: every ticked `audience:part` pair.
#[derive(Deserialize, Default)]
pub struct SharingForm {
    #[serde(default)]
    share: Vec<String>,
}

/// The audiences consent is given to: the team and every parent and network member by relation
/// (not a parent who sees everything by authority: the form does not offer them).
fn audience_keys(band: AgeBand, relations: &[RelationRow]) -> Vec<String> {
    let mut keys = vec![TEAM_AUDIENCE.to_string()];
    keys.extend(
        relations
            .iter()
            .filter(|r| r.kind == "parent" || r.kind == "network")
            .filter(|r| !by_authority(band, r))
            .map(|r| r.id.clone()),
    );
    keys
}

/// The agreements of `by` that change (pure): every audience and shareable part whose tick
/// (`audience:part`) differs from what `by` agreed before, with the new value.
pub fn consent_changes(
    by: ConsentBy,
    keys: &[String],
    consents: &[ConsentRow],
    ticked: &HashSet<&str>,
) -> Vec<(String, Part, bool)> {
    let agreed = |key: &str, part: Part| {
        consents
            .iter()
            .find(|c| c.audience_key == key && c.part == part.as_str())
            .is_some_and(|c| match by {
                ConsentBy::Young => c.by_young,
                ConsentBy::Parent => c.by_parent,
            })
    };
    let mut changes = Vec::new();
    for key in keys {
        for part in Part::SHAREABLE {
            let given = ticked.contains(format!("{key}:{}", part.as_str()).as_str());
            if given != agreed(key, part) {
                changes.push((key.clone(), part, given));
            }
        }
    }
    changes
}

/// POST /jongeren/{id}/delen — records the actor's own agreement for every audience and part.
pub async fn sharing_post(
    State(app): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    Form(form): Form<SharingForm>,
) -> AppResult<Response> {
    let access = access::check(&app, &actor, &id, Part::Sharing, Action::Write).await?;
    let by = if access.tie == Tie::Own {
        ConsentBy::Young
    } else {
        ConsentBy::Parent
    };
    let keys = audience_keys(access.young.band(), &repo::relations(&app.db, &id).await?);
    let consents = repo::consents(&app.db, &id).await?;
    let ticked: HashSet<&str> = form.share.iter().map(String::as_str).collect();
    let changes = consent_changes(by, &keys, &consents, &ticked);
    let mut tx = app.db.begin().await?;
    for (key, part, given) in &changes {
        repo::set_consent(&mut tx, &id, *part, key, by, *given, &actor.user.id).await?;
    }
    repo::touch(&mut tx, &id).await?;
    tx.commit().await?;
    log_changes(&app, &actor, &access, by, &changes).await?;
    Ok(see_other(&format!("/jongeren/{id}/delen?opgeslagen=1")))
}

/// Each change is a line of its own in the young person's log.
async fn log_changes(
    app: &AppState,
    actor: &Actor,
    access: &access::Access,
    by: ConsentBy,
    changes: &[(String, Part, bool)],
) -> AppResult<()> {
    let role = match by {
        ConsentBy::Young => "jongere",
        ConsentBy::Parent => "ouder",
    };
    for (_, part, given) in changes {
        access::log::record(
            &app.db,
            &access::log::Entry {
                young_person_id: &access.young.id,
                actor_user_id: Some(&actor.user.id),
                actor_role: role,
                actor_name: &actor.user.display_name,
                part: *part,
                action: if *given {
                    "consent_given"
                } else {
                    "consent_withdrawn"
                },
                allowed: true,
                ground: access.ground.as_str(),
                emergency: false,
                request_id: actor.request_id.as_deref(),
            },
        )
        .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(key: &str, part: Part, by_young: bool, by_parent: bool) -> ConsentRow {
        ConsentRow {
            part: part.as_str().to_string(),
            audience_key: key.to_string(),
            by_young,
            by_parent,
        }
    }

    #[test]
    fn only_the_actors_own_changed_agreements_are_recorded() {
        let keys = vec![TEAM_AUDIENCE.to_string(), "rel1".to_string()];
        let consents = [
            row("team", Part::Plan, true, false),
            row("team", Part::Notes, false, true),
            row("rel1", Part::Network, true, true),
        ];
        let ticked: HashSet<&str> = ["team:plan", "team:profile", "rel1:ratings", "other:plan"]
            .into_iter()
            .collect();
        let young = consent_changes(ConsentBy::Young, &keys, &consents, &ticked);
        assert_eq!(
            young,
            [
                ("team".to_string(), Part::Profile, true),
                ("rel1".to_string(), Part::Network, false),
                ("rel1".to_string(), Part::Ratings, true),
            ]
        );
        // The parent's agreement is their own: the young person's tick on the plan is not theirs.
        let parent = consent_changes(ConsentBy::Parent, &keys, &consents, &ticked);
        assert_eq!(
            parent,
            [
                ("team".to_string(), Part::Profile, true),
                ("team".to_string(), Part::Plan, true),
                ("team".to_string(), Part::Notes, false),
                ("rel1".to_string(), Part::Network, false),
                ("rel1".to_string(), Part::Ratings, true),
            ]
        );
    }
}
