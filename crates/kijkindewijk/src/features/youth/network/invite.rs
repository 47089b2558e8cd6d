//! Inviting a person from the map as a network member: an account with an expiring one-time link.
//! They see nothing until the young person shares a part with them on the sharing page.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::repo;
use crate::access::{self, Action, Actor, Part};
use crate::auth::repo::NewUser;
use crate::auth::{Grant, Role};
use crate::error::{AppError, AppResult};
use crate::features::accounts::service;
use crate::features::youth::repo::{self as youth, NewRelation, RelationKind};
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{PageCtx, html};

#[derive(Template)]
#[template(path = "youth/network_invited.html")]
struct InvitedPage {
    page: PageCtx,
    young_person_id: String,
    name: String,
    login: String,
    link: String,
}

/// Whether a person on the map was invited already (pure).
fn already_invited(relations: &[youth::RelationRow], person_id: &str) -> bool {
    relations
        .iter()
        .any(|r| r.network_person_id.as_deref() == Some(person_id))
}

/// Creates the network member's account with an invitation and relates it to the person on the
/// map; returns the login name and the link.
async fn invite(
    app: &AppState,
    young: &access::YoungPerson,
    person: &repo::Person,
    loc: Locale,
) -> AppResult<(String, String)> {
    let login = crate::features::youth::free_login_name(&app.db, &person.name).await?;
    let user = NewUser {
        login_name: login.clone(),
        email: None,
        display_name: person.name.clone(),
        password_hash: None,
        locale: loc.code().into(),
        totp_secret: None,
    };
    let grant = Grant {
        role: Role::Netwerklid,
        municipality_id: young.municipality_id.clone(),
        team_id: None,
    };
    let mut tx = app.db.begin().await?;
    let (user_id, link) =
        service::create_with_invitation(app, &mut tx, &user, &[grant], loc).await?;
    youth::insert_relation(
        &mut tx,
        &NewRelation {
            young_person_id: young.id.clone(),
            user_id: Some(user_id),
            kind: RelationKind::Network,
            display_name: person.name.clone(),
            team_id: None,
            has_authority: false,
            authority_confirmed_by: None,
            network_person_id: Some(person.id.clone()),
        },
    )
    .await?;
    youth::touch(&mut tx, &young.id).await?;
    tx.commit().await?;
    Ok((login, link))
}

/// POST /jongeren/{id}/netwerk/persoon/{person_id}/uitnodigen
pub async fn invite_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path((id, person_id)): Path<(String, String)>,
) -> AppResult<Response> {
    // Inviting someone is a sharing decision: the young person from 12, a parent under 16.
    let access = access::check(&app, &actor, &id, Part::Sharing, Action::Write).await?;
    let person = repo::people(&app.db, &id)
        .await?
        .into_iter()
        .find(|p| p.id == person_id)
        .ok_or(AppError::NotFound)?;
    if already_invited(&youth::relations(&app.db, &id).await?, &person_id) {
        return Err(AppError::Conflict(crate::error::FieldErrors::new()));
    }
    let (login, link) = invite(&app, &access.young, &person, page.loc).await?;
    html(&InvitedPage {
        page,
        young_person_id: id,
        name: person.name,
        login,
        link,
    })
}
