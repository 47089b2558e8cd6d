//! The monitor's own tables: the figures per municipality, area, month and indicator, and when
//! they were computed. Pages read only these.

use sea_query::{Expr, Iden, Order, Query};
use time::OffsetDateTime;

use super::indicators::Raw;
use crate::db::{Db, Tx};

#[derive(Iden, Clone, Copy)]
enum MonitorCells {
    Table,
    MunicipalityId,
    Area,
    Period,
    Indicator,
    N,
    Value,
}

#[derive(Iden, Clone, Copy)]
enum MonitorRefreshes {
    Table,
    MunicipalityId,
    RefreshedAt,
    YoungPeople,
}

/// Rows per insert statement (SQLite allows 32766 bound values; 6 per row).
const BATCH: usize = 500;

/// Replaces a municipality's figures, in the caller's transaction.
pub async fn replace(
    tx: &mut Tx,
    municipality_id: &str,
    raw: &[Raw],
    young_people: i64,
    at: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let q = Query::delete()
        .from_table(MonitorCells::Table)
        .and_where(Expr::col(MonitorCells::MunicipalityId).eq(municipality_id))
        .to_owned();
    tx.execute(&q).await?;
    for chunk in raw.chunks(BATCH) {
        let mut q = Query::insert()
            .into_table(MonitorCells::Table)
            .columns([
                MonitorCells::MunicipalityId,
                MonitorCells::Area,
                MonitorCells::Period,
                MonitorCells::Indicator,
                MonitorCells::N,
                MonitorCells::Value,
            ])
            .to_owned();
        for r in chunk {
            q.values_panic([
                municipality_id.into(),
                r.area.clone().into(),
                r.period.clone().into(),
                r.indicator.clone().into(),
                r.n.into(),
                r.value.into(),
            ]);
        }
        tx.execute(&q).await?;
    }
    let q = Query::delete()
        .from_table(MonitorRefreshes::Table)
        .and_where(Expr::col(MonitorRefreshes::MunicipalityId).eq(municipality_id))
        .to_owned();
    tx.execute(&q).await?;
    let q = Query::insert()
        .into_table(MonitorRefreshes::Table)
        .columns([
            MonitorRefreshes::MunicipalityId,
            MonitorRefreshes::RefreshedAt,
            MonitorRefreshes::YoungPeople,
        ])
        .values_panic([municipality_id.into(), at.into(), young_people.into()])
        .to_owned();
    tx.execute(&q).await.map(|_| ())
}

/// One stored figure.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CellRow {
    /// Area key.
    pub area: String,
    /// `YYYY-MM`.
    pub period: String,
    /// Indicator key.
    pub indicator: String,
    /// Count or group size.
    pub n: i64,
    /// Figure.
    pub value: i64,
}

impl From<CellRow> for Raw {
    fn from(c: CellRow) -> Raw {
        Raw {
            area: c.area,
            period: c.period,
            indicator: c.indicator,
            n: c.n,
            value: c.value,
        }
    }
}

/// Every figure of a municipality (one indexed range read; its size depends on the number of
/// wijken and months, not on the number of young people).
pub async fn cells(db: &Db, municipality_id: &str) -> Result<Vec<Raw>, sqlx::Error> {
    let q = Query::select()
        .columns([
            MonitorCells::Area,
            MonitorCells::Period,
            MonitorCells::Indicator,
            MonitorCells::N,
            MonitorCells::Value,
        ])
        .from(MonitorCells::Table)
        .and_where(Expr::col(MonitorCells::MunicipalityId).eq(municipality_id))
        .order_by(MonitorCells::Period, Order::Asc)
        .to_owned();
    let rows: Vec<CellRow> = db.fetch_all(&q).await?;
    Ok(rows.into_iter().map(Raw::from).collect())
}

/// When the figures were computed.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Refreshed {
    /// At.
    pub refreshed_at: OffsetDateTime,
}

/// When the municipality's figures were last computed, if ever.
pub async fn refreshed(db: &Db, municipality_id: &str) -> Result<Option<Refreshed>, sqlx::Error> {
    let q = Query::select()
        .column(MonitorRefreshes::RefreshedAt)
        .from(MonitorRefreshes::Table)
        .and_where(Expr::col(MonitorRefreshes::MunicipalityId).eq(municipality_id))
        .to_owned();
    db.fetch_optional(&q).await
}
