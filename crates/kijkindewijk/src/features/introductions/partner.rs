//! The partner's inbox: introductions to their organisations, with no more of the young person than
//! the introduction needs (first name, age, what they chose to tell). The young people shown come
//! through the gate's list check in one query and each is in their own log.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::pages::status_label;
use super::repo::{self, Intro};
use crate::access::{self, Actor};
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
    /// Introductions that wait for the partner's yes or no.
    new_count: usize,
}

impl InboxPage {
    fn status_of(&self, s: &str) -> String {
        status_label(s)
    }
    fn date(&self, at: &time::OffsetDateTime) -> String {
        crate::clock::format_date(at.date())
    }
    fn new_text(&self) -> String {
        self.page.loc.t_args(
            "intro-inbox-new",
            &[(
                "count",
                fluent_templates::fluent_bundle::FluentValue::from(self.new_count),
            )],
        )
    }
}

/// The partner's inbox: the introductions to their organisations, each with the young person's
/// first name and age as the gate lets the partner see them (one query for the introductions, one
/// gated and logged query for the young people shown).
pub async fn rows(app: &AppState, actor: &Actor) -> AppResult<Vec<Row>> {
    actor.user.require(Role::Partner)?;
    let intros = repo::for_partner(&app.db, &actor.user.id).await?;
    let mut ids: Vec<String> = intros.iter().map(|i| i.young_person_id.clone()).collect();
    ids.sort();
    ids.dedup();
    let young = access::list::introduced(app, actor, &ids).await?;
    Ok(intros
        .into_iter()
        .filter_map(|intro| {
            let y = young.iter().find(|y| y.id == intro.young_person_id)?;
            Some(Row {
                first_name: y.first_name.clone(),
                age: y.age(),
                intro,
            })
        })
        .collect())
}

/// GET /partner/introducties
pub async fn inbox_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
) -> AppResult<Response> {
    let rows = rows(&app, &actor).await?;
    let new_count = rows
        .iter()
        .filter(|r| r.intro.status() == super::domain::Status::Proposed)
        .count();
    html(&InboxPage {
        page,
        rows,
        new_count,
    })
}
