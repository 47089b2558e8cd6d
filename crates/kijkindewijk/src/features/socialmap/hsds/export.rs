//! `kijkindewijk export-hsds FILE`: a municipality's social map as an HSDS 3.0 JSON data set, a
//! list of organisations in the shape of `examples/organization_full.json`, each with its locations
//! and its whole services (places, times, areas, costs, categories with their taxonomy). The import
//! reads it back unchanged: every id is kept or derived from a kept one.

use super::api_orgs::organization_full;
use crate::features::socialmap::repo::{areas, orgs};
use crate::state::AppState;

/// The data set of the municipality with this CBS code, and the number of organisations and
/// services in it.
pub async fn export(
    app: &AppState,
    municipality_code: &str,
) -> anyhow::Result<(String, usize, usize)> {
    let (municipality_id, _) = areas::municipality_by_code(&app.db, municipality_code)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no municipality with code {municipality_code}"))?;
    let mut list = Vec::new();
    let mut services = 0;
    for o in orgs::of_municipality(&app.db, &municipality_id).await? {
        let org = organization_full(app, &o, true)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        services += org.services.as_ref().map_or(0, Vec::len);
        list.push(org);
    }
    let count = list.len();
    Ok((serde_json::to_string_pretty(&list)?, count, services))
}
