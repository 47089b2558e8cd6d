//! The partner's inbox: introductions to their organisations, with no more of the young person than
//! the introduction needs (first name, age, what they chose to tell). Each young person shown is a
//! read through the gate and in their log.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::pages::status_label;
use super::repo::{self, Intro};
use crate::access::{self, Action, Actor, Part};
use crate::auth::Role;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::{PageCtx, html};

/// A row of the inbox.
pub struct Row {
    /// The introduction.
    pub intro: Intro,
    /// First name.
    pub first_name: String,
    /// Age.
    pub age: i32,
}

#[derive(Template)]
#[template(path = "introductions/inbox.html")]
struct InboxPage {
    page: PageCtx,
    rows: Vec<Row>,
}

impl InboxPage {
    fn status_of(&self, s: &str) -> String {
        status_label(s)
    }
}

/// GET /partner/introducties
pub async fn inbox_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
) -> AppResult<Response> {
    actor.user.require(Role::Partner)?;
    let intros = repo::for_partner(&app.db, &actor.user.id).await?;
    let mut young: Vec<String> = intros.iter().map(|i| i.young_person_id.clone()).collect();
    young.sort();
    young.dedup();
    let mut seen = Vec::new();
    for id in young {
        if let Some(a) = access::probe(&app, &actor, &id, Part::Introduction, Action::Read).await? {
            seen.push((id, a.young.first_name.clone(), a.young.age()));
        }
    }
    let rows = intros
        .into_iter()
        .filter_map(|intro| {
            let (_, first_name, age) = seen
                .iter()
                .find(|(id, _, _)| *id == intro.young_person_id)?
                .clone();
            Some(Row {
                intro,
                first_name,
                age,
            })
        })
        .collect();
    html(&InboxPage { page, rows })
}
