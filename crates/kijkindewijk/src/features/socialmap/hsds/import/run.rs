//! The database side of an import: what exists already, postcode lookups, and the one transaction.

use std::collections::HashSet;

use serde_json::Value;

use super::known::Known;
use super::plan::{Plan, plan, postcodes_to_look_up};
use super::read::read;
use super::report::{Counts, Problem};
use crate::features::socialmap::geocoder::{self, Geocoder};
use crate::features::socialmap::repo::{areas, known, save_service, taxonomy, write};
use crate::state::AppState;

/// A finished import.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// What was stored.
    pub counts: Counts,
    /// What was set aside.
    pub warnings: Vec<Problem>,
}

/// Every string in the document that is a UUID: the ids the file defines or refers to.
fn uuids(text: &str) -> Vec<String> {
    fn walk(v: &Value, out: &mut HashSet<String>) {
        match v {
            Value::String(s) => {
                if let Ok(u) = uuid::Uuid::parse_str(s) {
                    out.insert(u.to_string());
                }
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            Value::Object(m) => m.values().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = HashSet::new();
    if let Ok(v) = serde_json::from_str::<Value>(text) {
        walk(&v, &mut out);
    }
    out.into_iter().collect()
}

/// What the database knows about the ids of the file.
pub async fn known_for(
    app: &AppState,
    municipality_code: &str,
    text: &str,
    items: &[(usize, super::read::Item)],
) -> anyhow::Result<Known> {
    let (municipality_id, name) = areas::municipality_by_code(&app.db, municipality_code)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no municipality with code {municipality_code}"))?;
    let ids = uuids(text);
    let mut k = Known {
        municipality_code: municipality_code.trim().to_ascii_uppercase(),
        municipality_name: name,
        owners: known::owners(&app.db, &ids).await?,
        child_owners: known::child_owners(&app.db, &ids).await?,
        fingerprints: known::fingerprints(&app.db, &ids).await?,
        terms: known::terms(&app.db, &ids).await?,
        taxonomies: known::taxonomies(&app.db, &ids).await?,
        places: areas::places(&app.db, Some(&municipality_id)).await?,
        municipality_id,
        ..Default::default()
    };
    let geo = geocoder::for_app(app);
    for pc in postcodes_to_look_up(items) {
        // A postcode nobody knows leaves the location without coordinates (a warning, not an error).
        if let Ok(Some(p)) = geo.locate(&pc).await {
            k.postcodes.insert(pc.as_str().to_string(), p);
        }
    }
    Ok(k)
}

/// Stores a plan in one transaction.
pub async fn apply(app: &AppState, plan: &Plan) -> anyhow::Result<Counts> {
    let mut tx = app.db.begin().await?;
    for t in &plan.taxonomies {
        taxonomy::save_taxonomy(&mut tx, t).await?;
    }
    for (i, t) in plan.terms.iter().enumerate() {
        taxonomy::save_term(&mut tx, t, 10_000 + i as i64).await?;
    }
    for o in &plan.organizations {
        write::save_organization(&mut tx, o).await?;
    }
    for l in &plan.locations {
        write::save_location(&mut tx, l).await?;
    }
    for s in &plan.services {
        save_service::save_service(&mut tx, s).await?;
    }
    crate::features::socialmap::sync::commit(app, tx).await?;
    if plan.services.len() > 1000 {
        crate::db::special::analyze(&app.db).await?;
    }
    Ok(Counts {
        organizations: plan.organizations.len(),
        locations: plan.locations.len(),
        services: plan.services.len(),
        taxonomies: plan.taxonomies.len(),
        terms: plan.terms.len(),
        existing: plan.existing,
        unchanged: plan.unchanged,
    })
}

/// Imports a file into the municipality with this CBS code: everything, or nothing and the
/// problems. An `Err` is an outside failure (no such municipality, the database).
pub async fn import(
    app: &AppState,
    municipality_code: &str,
    text: &str,
) -> anyhow::Result<Result<Outcome, Vec<Problem>>> {
    let (items, mut problems) = read(text);
    let known = known_for(app, municipality_code, text, &items).await?;
    match plan(&items, &known) {
        Err(more) => {
            problems.extend(more);
            Ok(Err(problems))
        }
        Ok(_) if !problems.is_empty() => Ok(Err(problems)),
        Ok(p) => {
            let counts = apply(app, &p).await?;
            Ok(Ok(Outcome {
                counts,
                warnings: p.warnings,
            }))
        }
    }
}
