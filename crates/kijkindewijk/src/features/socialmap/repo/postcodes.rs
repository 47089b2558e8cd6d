//! Postcode centroids for the local geocoder.

use sea_query::{Expr, OnConflict, Query};

use super::tables::Postcodes;
use crate::db::{Db, Tx, now};
use crate::features::socialmap::domain::geo::{Point, Postcode};

/// The centroid of a postcode: the PC6 row, else the row of its PC4 area.
pub async fn lookup(db: &Db, pc: &Postcode) -> Result<Option<Point>, sqlx::Error> {
    let mut keys = vec![pc.as_str().to_string()];
    if pc.is_pc6() {
        keys.push(pc.pc4().to_string());
    }
    let q = Query::select()
        .columns([
            Postcodes::Postcode,
            Postcodes::Latitude,
            Postcodes::Longitude,
        ])
        .from(Postcodes::Table)
        .and_where(Expr::col(Postcodes::Postcode).is_in(keys))
        .to_owned();
    let rows: Vec<(String, f64, f64)> = db.fetch_all(&q).await?;
    let best = rows
        .iter()
        .find(|r| r.0 == pc.as_str())
        .or_else(|| rows.first());
    Ok(best.and_then(|r| Point::in_nl(r.1, r.2)))
}

/// Inserts or replaces centroids, in statements of a few hundred rows.
pub async fn upsert(tx: &mut Tx, rows: &[(Postcode, Point)]) -> Result<u64, sqlx::Error> {
    let t = now();
    let mut n = 0;
    for chunk in rows.chunks(400) {
        let mut q = Query::insert()
            .into_table(Postcodes::Table)
            .columns([
                Postcodes::Postcode,
                Postcodes::Latitude,
                Postcodes::Longitude,
                Postcodes::UpdatedAt,
            ])
            .on_conflict(
                OnConflict::column(Postcodes::Postcode)
                    .update_columns([
                        Postcodes::Latitude,
                        Postcodes::Longitude,
                        Postcodes::UpdatedAt,
                    ])
                    .to_owned(),
            )
            .to_owned();
        for (pc, p) in chunk {
            q.values_panic([pc.as_str().into(), p.lat.into(), p.lon.into(), t.into()]);
        }
        n += tx.execute(&q).await?;
    }
    Ok(n)
}
