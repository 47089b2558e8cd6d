//! Records of the public site's participation the matrix points at, made in the demo database:
//!
//! - `@webinar` (a coming Wijkerveen session), `@other_webinar` (one of Buurendam);
//! - `@idea` (a shown Wijkerveen idea), `@other_idea` (a shown idea of Buurendam), `@pending_idea`
//!   (a Wijkerveen idea waiting for moderation);
//! - `@contact_stamp`: a contact form's stamp from half a minute ago;
//! - made anew for every request: `@new_webinar_token` (the personal link of a fresh registration),
//!   `@new_idea` (a fresh shown idea), `@new_pending_idea`, `@new_idea_token` (a fresh follower's
//!   confirmation link).

use std::collections::BTreeMap;

use kijkindewijk::crypto::sha256_hex;
use kijkindewijk::db::{Db, new_id};
use kijkindewijk::features::ideas::domain::{NewIdea, Status};
use kijkindewijk::features::ideas::repo as ideas;
use kijkindewijk::features::webinars::domain::{Place, Session};
use kijkindewijk::features::webinars::repo::{self as webinars, NewRegistration};
use kijkindewijk::state::AppState;

use crate::youth_fixtures::query_value;

async fn idea(db: &Db, municipality: &str, wijk: &str, title: &str, shown: bool) -> String {
    let mut tx = db.begin().await.unwrap();
    let new = NewIdea {
        title: title.into(),
        body: "Een idee voor de wijk.".into(),
        wijk_id: wijk.into(),
        email: None,
    };
    let id = ideas::insert(&mut tx, municipality, &new, None)
        .await
        .unwrap();
    if shown {
        ideas::set_status(&mut tx, &id, Status::Pending, Status::Published)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    id
}

/// The fixed records.
pub async fn build(
    state: &AppState,
    fixed: &BTreeMap<&'static str, String>,
    home_wijk: &str,
    other_wijk: &str,
    other: &str,
) -> BTreeMap<&'static str, String> {
    let db = &state.db;
    let home = &fixed["home_municipality"];
    let webinar = query_value(db, "SELECT MAX(id) FROM webinars WHERE capacity > 10")
        .await
        .unwrap();
    let start = time::OffsetDateTime::now_utc() + time::Duration::days(40);
    let session = Session {
        title: "Sessie Buurendam".into(),
        description: "Over Buurendam.".into(),
        speakers: "Iemand".into(),
        starts_at: start,
        ends_at: start + time::Duration::hours(1),
        meeting_url: "https://meet.example.org/buurendam".into(),
        capacity: 10,
        recording_url: String::new(),
        materials: String::new(),
    };
    let mut tx = db.begin().await.unwrap();
    let other_webinar = webinars::insert(&mut tx, other, &session).await.unwrap();
    tx.commit().await.unwrap();
    let unix = time::OffsetDateTime::now_utc().unix_timestamp() - 30;
    let sig = kijkindewijk::crypto::hmac_hex(&state.secret, &format!("contact-form:{unix}"));
    BTreeMap::from([
        ("webinar", webinar),
        ("other_webinar", other_webinar),
        ("idea", idea(db, home, home_wijk, "Matrix idee", true).await),
        (
            "other_idea",
            idea(db, other, other_wijk, "Idee Buurendam", true).await,
        ),
        (
            "pending_idea",
            idea(db, home, home_wijk, "Matrix wacht", false).await,
        ),
        ("contact_stamp", format!("{unix}.{}", &sig[..32])),
    ])
}

/// A record made anew for one request.
pub async fn fresh(db: &Db, fixed: &BTreeMap<&'static str, String>, name: &str, n: u32) -> String {
    let home = &fixed["home_municipality"];
    let wijk = &fixed["home_wijk"];
    match name {
        "new_webinar_token" => {
            let token = kijkindewijk::crypto::random_token();
            let mut tx = db.begin().await.unwrap();
            webinars::insert_registration(
                &mut tx,
                &NewRegistration {
                    id: &new_id(),
                    webinar_id: &fixed["webinar"],
                    name: "Matrix",
                    email: &format!("matrix.webinar{n}@voorbeeld.example"),
                    place: Place::Seat,
                    token_salt: "x",
                    token_hash: &sha256_hex(&token),
                },
            )
            .await
            .unwrap();
            tx.commit().await.unwrap();
            token
        }
        "new_idea" => idea(db, home, wijk, &format!("Matrix idee {n}"), true).await,
        "new_pending_idea" => idea(db, home, wijk, &format!("Matrix wacht {n}"), false).await,
        "new_idea_token" => {
            let token = kijkindewijk::crypto::random_token();
            let mut tx = db.begin().await.unwrap();
            ideas::insert_follower(
                &mut tx,
                &fixed["idea"],
                &format!("matrix.volger{n}@voorbeeld.example"),
                &sha256_hex(&token),
            )
            .await
            .unwrap();
            tx.commit().await.unwrap();
            token
        }
        other => panic!("unknown fixture @{other}"),
    }
}
