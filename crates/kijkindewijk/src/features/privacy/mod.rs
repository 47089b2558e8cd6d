//! Privacy: the young person's say over their data. Who sees what (consent per part and audience),
//! emergency access for an involved professional, the access log as a timeline, and the rights
//! (download, correction, erasure). Every page goes through the access gate (`crate::access`).

mod emergency;
mod logbook;
pub mod repo;
mod rights;
mod sharing;

use crate::web::routes::Routes;

/// Routes of this feature.
pub fn routes() -> Routes {
    Routes::new()
        .get_post(
            "/jongeren/{id}/delen",
            sharing::sharing_get,
            sharing::sharing_post,
        )
        .get("/jongeren/{id}/logboek", logbook::logbook_get)
        .get_post(
            "/jongeren/{id}/noodtoegang",
            emergency::emergency_get,
            emergency::emergency_post,
        )
        .get("/jongeren/{id}/gegevens", rights::rights_get)
        .get("/jongeren/{id}/gegevens/download", rights::download_get)
        .post("/jongeren/{id}/gegevens/correctie", rights::correction_post)
        .post("/jongeren/{id}/gegevens/verwijderen", rights::erasure_post)
}
