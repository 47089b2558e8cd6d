//! Wijkmonitor: how the ordinary life of young people develops per wijk and municipality, month by
//! month, without showing a single young person. A job keeps aggregates per municipality, wijk and
//! month (`refresh`, computed by the pure `indicators`); pages read only those, and every count goes
//! through the small-count rule (`suppress`, applied once per municipality in `figures`) before
//! anyone sees it. Beleid sees the municipality; a team (teamleider, professional) its own wijken
//! in the same form.

mod chart;
pub mod figures;
pub mod indicators;
mod pages;
pub mod refresh;
pub mod repo;
pub mod suppress;
mod view;

use crate::web::routes::Routes;

/// Routes of this feature.
pub fn routes() -> Routes {
    Routes::new()
        .get("/monitor", pages::index_get)
        .get("/monitor.csv", pages::csv_get)
        .get("/monitor/wijk/{code}", pages::wijk_get)
}
