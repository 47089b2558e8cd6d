//! Introductions the matrix points at, made in the demo database:
//!
//! - `@sam_intro`: Sam to *Scheidsrechter worden* of VV Wijkerveen, the club the demo partner keeps;
//! - `@sam_intro_other_org`: Sam to *Jeugdschaak* of a club the demo partner is not linked to;
//! - `@yara_intro`: Yara (10) to *Jeugdschaak*;
//! - `@other_intro`: Lars in Buurendam to *Jongerenavond Dorpshuis*;
//! - `@sam_intro_declined` and `@sam_intro_declined_other_org`: Sam's earlier introductions to the
//!   same two listings, declined for want of a place (what a partner may raise as a barrier);
//! - made anew for every request, so that each subject can end one: `@new_sam_intro` (to a new
//!   listing of VV Wijkerveen) and `@new_sam_intro_other_org` (of the chess club); a new listing
//!   each time, as only one introduction to a listing may be open.

use std::collections::BTreeMap;

use kijkindewijk::db::Db;
use kijkindewijk::features::introductions::domain::{Reason, Side, Status};
use kijkindewijk::features::introductions::repo::{NewIntro, insert, move_status};

use crate::youth_fixtures::query_value;

/// The id of the listing `name` of the organisation `org`, and the organisation's id.
async fn listing(db: &Db, name: &str, org: &str) -> (String, String) {
    let org_id = query_value(
        db,
        &format!("SELECT id FROM organizations WHERE name = '{org}'"),
    )
    .await
    .unwrap_or_else(|| panic!("no organisation {org}"));
    let id = query_value(
        db,
        &format!("SELECT id FROM services WHERE name = '{name}' AND organization_id = '{org_id}'"),
    )
    .await
    .unwrap_or_else(|| panic!("no listing {name}"));
    (id, org_id)
}

/// A proposed introduction of `young` to the listing `service_id` of `organization_id`.
pub async fn introduce(db: &Db, young: &str, service_id: &str, organization_id: &str) -> String {
    // Proposed by the young person's own account, else by whoever registered them, else anyone.
    let by = query_value(
        db,
        &format!(
            "SELECT COALESCE(user_id, created_by, (SELECT MIN(id) FROM users)) \
             FROM young_people WHERE id = '{young}'"
        ),
    )
    .await
    .unwrap_or_else(|| panic!("nobody to propose for {young}"));
    let new = NewIntro {
        young_person_id: young.into(),
        service_id: service_id.into(),
        organization_id: organization_id.into(),
        proposed_by: by,
        proposed_by_role: "jongere".into(),
        message: "Ik wil het graag proberen.".into(),
        no_contact: false,
        contact_via: String::new(),
    };
    let mut tx = db.begin().await.unwrap();
    let id = insert(&mut tx, &new, "Matrix", Side::Young).await.unwrap();
    tx.commit().await.unwrap();
    id
}

/// An introduction of `young` to the listing, declined at once for want of a place.
async fn declined(db: &Db, young: &str, service_id: &str, organization_id: &str) -> String {
    let id = introduce(db, young, service_id, organization_id).await;
    let mut tx = db.begin().await.unwrap();
    let (from, to) = (Status::Proposed, Status::Declined);
    assert!(
        move_status(&mut tx, &id, from, to, Some(Reason::NoPlace))
            .await
            .unwrap()
    );
    tx.commit().await.unwrap();
    id
}

/// Makes the fixed introductions and returns them by name, with `@intro_org`: the club of the
/// fresh ones (VV Wijkerveen). Listings are referred to by id, as
/// other requests of the matrix rename them.
pub async fn build(
    db: &Db,
    fixed: &BTreeMap<&'static str, String>,
) -> BTreeMap<&'static str, String> {
    let (own, own_org) = listing(db, "Scheidsrechter worden", "VV Wijkerveen").await;
    let other = (&fixed["listing_other_org"], &fixed["organization_other"]);
    let buurendam = (
        &fixed["listing_other_municipality"],
        &fixed["organization_other_municipality"],
    );
    let mut out = BTreeMap::new();
    // Declined first: a listing has one open introduction of a young person at a time.
    out.insert(
        "sam_intro_declined",
        declined(db, &fixed["sam"], &own, &own_org).await,
    );
    out.insert(
        "sam_intro_declined_other_org",
        declined(db, &fixed["sam"], other.0, other.1).await,
    );
    out.insert(
        "sam_intro",
        introduce(db, &fixed["sam"], &own, &own_org).await,
    );
    out.insert(
        "sam_intro_other_org",
        introduce(db, &fixed["sam"], other.0, other.1).await,
    );
    out.insert(
        "yara_intro",
        introduce(db, &fixed["yara"], other.0, other.1).await,
    );
    out.insert(
        "other_intro",
        introduce(db, &fixed["other_young"], buurendam.0, buurendam.1).await,
    );
    out.insert("intro_org", own_org);
    out
}
