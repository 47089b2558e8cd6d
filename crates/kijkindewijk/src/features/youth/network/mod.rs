//! Netwerkkaart: the people in the young person's life by sector and ring, the Social Network Map
//! dimensions per tie, trusted people, dated snapshots and their comparison, and invitations for
//! network members.

mod invite;
pub mod model;
mod pages;
pub mod repo;
pub mod svg;

use crate::web::routes::Routes;

/// Routes of the network map.
pub fn routes() -> Routes {
    Routes::new()
        .get_post(
            "/jongeren/{id}/netwerk",
            pages::network_get,
            pages::person_add_post,
        )
        .post("/jongeren/{id}/netwerk/momentopname", pages::snapshot_post)
        .get("/jongeren/{id}/netwerk/vergelijk", pages::compare_get)
        .get_post(
            "/jongeren/{id}/netwerk/persoon/{person_id}",
            pages::person_get,
            pages::person_post,
        )
        .post(
            "/jongeren/{id}/netwerk/persoon/{person_id}/verwijderen",
            pages::person_delete_post,
        )
        .post(
            "/jongeren/{id}/netwerk/persoon/{person_id}/uitnodigen",
            invite::invite_post,
        )
}
