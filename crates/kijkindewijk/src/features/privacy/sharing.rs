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
    young: access::YoungPerson,
    audiences: Vec<Audience>,
    can_edit: bool,
    as_parent: bool,
    band: AgeBand,
    emergencies: Vec<EmergencyRow>,
    saved: bool,
}

impl SharingPage {
    fn checked(&self, a: &Audience, part: &Part) -> bool {
        a.parts
            .iter()
            .any(|(p, _, young, parent)| p == part && if self.as_parent { *parent } else { *young })
    }
    fn parts(&self) -> [Part; 5] {
        Part::SHAREABLE
    }
    fn under12(&self) -> bool {
        self.band == AgeBand::Under12
    }
    fn from12to15(&self) -> bool {
        self.band == AgeBand::From12To15
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
    )];
    for r in relations {
        match r.kind.as_str() {
            "parent" => list.push((
                r.id.clone(),
                r.display_name.clone(),
                "youth-audience-parent",
            )),
            "network" => list.push((
                r.id.clone(),
                r.display_name.clone(),
                "youth-audience-network",
            )),
            _ => {}
        }
    }
    list.into_iter()
        .map(|(key, name, kind_id)| {
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
                    (
                        *part,
                        in_force(band, key == TEAM_AUDIENCE, c),
                        c.by_young,
                        c.by_parent,
                    )
                })
                .collect();
            Audience {
                key,
                name,
                kind_id,
                parts,
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

/// The audiences consent is given to: the team and every parent and network member by relation.
fn audience_keys(relations: &[RelationRow]) -> Vec<String> {
    let mut keys = vec![TEAM_AUDIENCE.to_string()];
    keys.extend(
        relations
            .iter()
            .filter(|r| r.kind == "parent" || r.kind == "network")
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
    let keys = audience_keys(&repo::relations(&app.db, &id).await?);
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
