//! Lists of young people (caseload, a parent's children, a network member's young people), the
//! overview of one young person, and `/mijn/…` shortcuts for the young person.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::register::professional_grant;
use super::repo;
use crate::access::list::Listed as ListedYoungPerson;
use crate::access::{self, Action, Actor, Part, Tie};
use crate::auth::Role;
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::places::repo as places;
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{PageCtx, html, see_other};

#[derive(Template)]
#[template(path = "youth/list.html")]
struct ListPage {
    page: PageCtx,
    title_id: &'static str,
    intro_id: &'static str,
    people: Vec<ListedYoungPerson>,
    can_register: bool,
}

impl ListPage {
    fn age(&self, p: &ListedYoungPerson) -> String {
        access::rules::age_on(p.birth_date, now().date()).to_string()
    }
}

#[derive(Template)]
#[template(path = "youth/overview.html")]
struct OverviewPage {
    page: PageCtx,
    young: access::YoungPerson,
    wijk: Option<String>,
    professional: bool,
    age: i32,
}

/// GET /team/jongeren — the professional's caseload.
pub async fn caseload_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
) -> AppResult<Response> {
    let grant = professional_grant(&actor.user)?;
    let people =
        access::list::related(&app, &actor, &grant.municipality_id, &["professional"]).await?;
    html(&ListPage {
        page,
        title_id: "youth-caseload-title",
        intro_id: "youth-caseload-intro",
        people,
        can_register: true,
    })
}

/// GET /ouder/kinderen — a parent's children.
pub async fn children_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
) -> AppResult<Response> {
    let grant = actor.user.require(Role::Ouder)?.clone();
    let people = access::list::related(&app, &actor, &grant.municipality_id, &["parent"]).await?;
    html(&ListPage {
        page,
        title_id: "youth-children-title",
        intro_id: "youth-children-intro",
        people,
        can_register: false,
    })
}

/// GET /netwerk/jongeren — young people who invited this network member.
pub async fn network_young_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
) -> AppResult<Response> {
    let grant = actor.user.require(Role::Netwerklid)?.clone();
    let people = access::list::related(&app, &actor, &grant.municipality_id, &["network"]).await?;
    html(&ListPage {
        page,
        title_id: "youth-network-title",
        intro_id: "youth-network-intro",
        people,
        can_register: false,
    })
}

/// GET /jongeren/{id} — who this is, and the way to each part the viewer may open.
pub async fn overview_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let access = access::check(&app, &actor, &id, Part::Identity, Action::Read).await?;
    let wijk = match &access.young.wijk_id {
        Some(w) => places::wijken(&app.db, &access.young.municipality_id)
            .await?
            .into_iter()
            .find(|a| &a.id == w)
            .map(|a| a.name),
        None => None,
    };
    let age = access.young.age();
    html(&OverviewPage {
        page,
        professional: access.tie == Tie::Professional,
        young: access.young,
        wijk,
        age,
    })
}

/// GET /mijn/{section} — the young person's own pages, without knowing their id.
pub async fn mine_get(
    State(app): State<AppState>,
    actor: Actor,
    Path(section): Path<String>,
) -> AppResult<Response> {
    actor.user.require(Role::Jongere)?;
    let Some(id) = repo::own_young_person_id(&app.db, &actor.user.id).await? else {
        return Err(AppError::NotFound);
    };
    let target = match section.as_str() {
        "plan" => "plan",
        "netwerk" => "netwerk",
        "delen" => "delen",
        "logboek" => "logboek",
        "gegevens" => "gegevens",
        "introducties" => "introducties",
        _ => return Err(AppError::NotFound),
    };
    Ok(see_other(&format!("/jongeren/{id}/{target}")))
}
