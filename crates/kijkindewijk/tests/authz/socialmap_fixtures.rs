//! The social map's records the matrix points at. The demo owns them; this picks them out and sets
//! them up so that a request can prove it wrote:
//!
//! - `@own_org`, `@listing_own_partner` (*Meidenvoetbal*), `@sal_own`: VV Wijkerveen, the club the
//!   demo partner keeps, with one of its listings and that listing's place;
//! - `@organization_other`, `@listing_other_org` (*Jeugdschaak*): a Wijkerveen club the demo
//!   partner is not linked to, so only Wijkerveen's redacteur and beheerder may keep it;
//! - `@organization_other_municipality`, `@listing_other_municipality` (*Jongerenavond Dorpshuis*),
//!   `@sal_other_municipality`: Buurendam's, kept by Buurendam's beheerder only;
//! - `@youth_taxonomy`, `@youth_term`: the shared youth taxonomy and its football term;
//! - `@today`, `@school_year_end`: the period a form's times run in;
//! - `@partner_login`, `@partner_user`: the demo partner's login name (an `@` in the table starts a
//!   fixture) and user id;
//! - made anew for every request: `@new_organization` (a Wijkerveen club nobody is linked to yet)
//!   `@new_listing_own` (a fresh listing of VV Wijkerveen, for moving it to another club) and
//!   `@new_linked_org` (a fresh Wijkerveen club the demo partner is linked to, for unlinking).
//!
//! Nobody checked the three listings yet, so marking one as checked changes `assured_by`.

use std::collections::BTreeMap;

use kijkindewijk::clock;
use kijkindewijk::db::Db;
use kijkindewijk::features::socialmap::domain::taxonomy;
use kijkindewijk::features::socialmap::model::{OrganizationRecord, ServiceFields, ServiceRecord};
use kijkindewijk::features::socialmap::repo::{save_service, write};
use kijkindewijk::features::socialmap::web::edit_form::school_year_end;

use crate::youth_fixtures::{execute, query_value};

/// The club the demo partner keeps.
pub const OWN_ORG: &str = "VV Wijkerveen";

async fn id(db: &Db, sql: &str) -> String {
    query_value(db, sql)
        .await
        .unwrap_or_else(|| panic!("no record for {sql}"))
}

async fn org_id(db: &Db, name: &str) -> String {
    id(
        db,
        &format!("SELECT id FROM organizations WHERE name = '{name}'"),
    )
    .await
}

async fn listing_id(db: &Db, name: &str, org: &str) -> String {
    id(
        db,
        &format!("SELECT id FROM services WHERE name = '{name}' AND organization_id = '{org}'"),
    )
    .await
}

async fn sal_id(db: &Db, service: &str) -> String {
    id(
        db,
        &format!("SELECT MIN(id) FROM service_at_locations WHERE service_id = '{service}'"),
    )
    .await
}

/// Picks the records and returns the fixtures by name.
pub async fn build(db: &Db) -> BTreeMap<&'static str, String> {
    let own_org = org_id(db, OWN_ORG).await;
    let other_org = org_id(db, "Schaakclub Het Paard").await;
    let other_municipality_org = org_id(db, "Dorpshuis Buurendam").await;
    let own = listing_id(db, "Meidenvoetbal", &own_org).await;
    let other = listing_id(db, "Jeugdschaak", &other_org).await;
    let other_municipality =
        listing_id(db, "Jongerenavond Dorpshuis", &other_municipality_org).await;
    execute(
        db,
        &format!(
            "UPDATE services SET assured_date = NULL, assured_by = NULL \
             WHERE id IN ('{own}', '{other}', '{other_municipality}')"
        ),
    )
    .await;
    let today = clock::today();
    let mut out = BTreeMap::new();
    out.insert("sal_own", sal_id(db, &own).await);
    out.insert(
        "sal_other_municipality",
        sal_id(db, &other_municipality).await,
    );
    out.insert("own_org", own_org);
    out.insert("organization_other", other_org);
    out.insert("organization_other_municipality", other_municipality_org);
    out.insert("listing_own_partner", own);
    out.insert("listing_other_org", other);
    out.insert("listing_other_municipality", other_municipality);
    out.insert("youth_taxonomy", taxonomy::YOUTH_TAXONOMY_ID.to_string());
    out.insert("youth_term", taxonomy::youth_term_id("sport-voetbal"));
    out.insert(
        "partner_login",
        kijkindewijk::features::socialmap::demo::PARTNER_LOGIN.to_string(),
    );
    out.insert(
        "partner_user",
        id(
            db,
            &format!(
                "SELECT id FROM users WHERE login_name = '{}'",
                kijkindewijk::features::socialmap::demo::PARTNER_LOGIN
            ),
        )
        .await,
    );
    out.insert("today", today.to_string());
    out.insert("school_year_end", school_year_end(today).to_string());
    out
}

/// A new organisation in the municipality, with nobody linked to it.
pub async fn new_organization(db: &Db, municipality_id: &str, name: &str) -> String {
    let record = OrganizationRecord {
        id: kijkindewijk::db::new_id(),
        municipality_id: municipality_id.into(),
        name: name.into(),
        alternate_name: None,
        description: "Een club die de matrix maakte.".into(),
        email: None,
        website: None,
        phone: None,
    };
    let mut tx = db.begin().await.unwrap();
    write::save_organization(&mut tx, &record).await.unwrap();
    tx.commit().await.unwrap();
    record.id
}

/// A new organisation in the municipality with the demo partner linked to it.
pub async fn new_linked_organization(
    db: &Db,
    municipality_id: &str,
    partner_user: &str,
    name: &str,
) -> String {
    let id = new_organization(db, municipality_id, name).await;
    let mut tx = db.begin().await.unwrap();
    write::add_member(&mut tx, &id, partner_user).await.unwrap();
    tx.commit().await.unwrap();
    id
}

/// A new listing of an organisation (no place or times: only what moving it needs).
pub async fn new_listing(
    db: &Db,
    municipality_id: &str,
    organization_id: &str,
    name: &str,
) -> String {
    let record = ServiceRecord {
        categories: vec![taxonomy::youth_term_id("sport-voetbal")],
        ..ServiceRecord::new(ServiceFields {
            municipality_id: municipality_id.into(),
            organization_id: organization_id.into(),
            name: name.into(),
            description: "Een activiteit die de matrix maakte.".into(),
            is_free: true,
            ..ServiceFields::empty(&kijkindewijk::db::new_id())
        })
    };
    let mut tx = db.begin().await.unwrap();
    save_service::save_service(&mut tx, &record).await.unwrap();
    tx.commit().await.unwrap();
    record.fields.id
}
