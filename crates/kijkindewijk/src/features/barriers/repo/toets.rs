//! The Omgekeerde Toets of a barrier, saved step by step.

use sea_query::{Expr, Query};
use time::OffsetDateTime;

use super::*;
use crate::db::{Db, Tx, now};

/// The saved toets of a barrier (empty when none was started).
pub async fn toets(db: &Db, barrier_id: &str) -> Result<(Toets, Option<ToetsMeta>), sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        need: String,
        effect: String,
        purpose: String,
        purpose_served: String,
        fairness: String,
        legal: String,
        proposal: String,
        argument: String,
        updated_by_name: String,
        updated_at: OffsetDateTime,
    }
    let q = Query::select()
        .columns([
            BarrierToets::Need,
            BarrierToets::Effect,
            BarrierToets::Purpose,
            BarrierToets::PurposeServed,
            BarrierToets::Fairness,
            BarrierToets::Legal,
            BarrierToets::Proposal,
            BarrierToets::Argument,
            BarrierToets::UpdatedByName,
            BarrierToets::UpdatedAt,
        ])
        .from(BarrierToets::Table)
        .and_where(Expr::col(BarrierToets::BarrierId).eq(barrier_id))
        .to_owned();
    let row: Option<Row> = db.fetch_optional(&q).await?;
    Ok(match row {
        None => (Toets::default(), None),
        Some(r) => (
            Toets {
                need: r.need,
                effect: r.effect,
                purpose: r.purpose,
                purpose_served: r.purpose_served,
                fairness: r.fairness,
                legal: r.legal,
                proposal: r.proposal,
                argument: r.argument,
            },
            Some(ToetsMeta {
                by_name: r.updated_by_name,
                at: r.updated_at,
            }),
        ),
    })
}

/// Who saved the toets last, and when.
#[derive(Debug, Clone)]
pub struct ToetsMeta {
    /// Name.
    pub by_name: String,
    /// When.
    pub at: OffsetDateTime,
}

/// Saves the whole toets.
pub async fn save_toets(
    tx: &mut Tx,
    barrier_id: &str,
    t: &Toets,
    by: &str,
    by_name: &str,
) -> Result<(), sqlx::Error> {
    let values = [
        t.need.clone(),
        t.effect.clone(),
        t.purpose.clone(),
        t.purpose_served.clone(),
        t.fairness.clone(),
        t.legal.clone(),
        t.proposal.clone(),
        t.argument.clone(),
    ];
    let cols = [
        BarrierToets::Need,
        BarrierToets::Effect,
        BarrierToets::Purpose,
        BarrierToets::PurposeServed,
        BarrierToets::Fairness,
        BarrierToets::Legal,
        BarrierToets::Proposal,
        BarrierToets::Argument,
    ];
    let mut all_cols = vec![BarrierToets::BarrierId];
    all_cols.extend(cols);
    all_cols.extend([
        BarrierToets::UpdatedBy,
        BarrierToets::UpdatedByName,
        BarrierToets::UpdatedAt,
    ]);
    let mut vals: Vec<sea_query::SimpleExpr> = vec![barrier_id.into()];
    vals.extend(values.iter().map(|v| v.clone().into()));
    vals.extend([by.into(), by_name.into(), now().into()]);
    let mut update = cols.to_vec();
    update.extend([
        BarrierToets::UpdatedBy,
        BarrierToets::UpdatedByName,
        BarrierToets::UpdatedAt,
    ]);
    let q = Query::insert()
        .into_table(BarrierToets::Table)
        .columns(all_cols)
        .values_panic(vals)
        .on_conflict(
            sea_query::OnConflict::column(BarrierToets::BarrierId)
                .update_columns(update)
                .to_owned(),
        )
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}
