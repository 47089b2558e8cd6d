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
use crate::features::team::repo as team_repo;
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
    /// For a parent: children with open consent requests the parent answers.
    consent_asked: Vec<crate::features::team::ConsentAsked>,
    /// For a parent: the section "Toestemming" with a way to each child's sharing page.
    consent_section: bool,
}

impl ListPage {
    /// Whether the viewer (a parent) decides about this child's sharing under the age rule.
    fn may_decide(&self, p: &ListedYoungPerson) -> bool {
        let band = access::rules::band(access::rules::age_on(p.birth_date, now().date()));
        access::rules::may_give_consent(
            band,
            Tie::Parent {
                authority: p.has_authority,
            },
        )
    }
    /// Whether the viewer decides about any child's sharing.
    fn decides_any(&self) -> bool {
        self.people.iter().any(|p| self.may_decide(p))
    }
    fn age(&self, p: &ListedYoungPerson) -> String {
        access::rules::age_on(p.birth_date, now().date()).to_string()
    }
}

#[derive(Template)]
#[template(path = "team/caseload.html")]
struct CaseloadPage {
    page: PageCtx,
    caseload: Vec<crate::features::team::CaseloadRow>,
}

#[derive(Template)]
#[template(path = "youth/overview.html")]
struct OverviewPage {
    page: PageCtx,
    nav: super::Nav,
    young: access::YoungPerson,
    wijk: Option<String>,
    professional: bool,
    age: i32,
    /// For the team: per shareable part whether it is shared, or asked for.
    sharing: Vec<(Part, bool, bool)>,
    /// For whoever may give consent: the team's open requests.
    open_requests: usize,
}

impl OverviewPage {
    fn status_id(&self, shared: &bool, asked: &bool) -> &'static str {
        match (shared, asked) {
            (true, _) => "team-part-shared",
            (false, true) => "team-part-asked",
            (false, false) => "team-part-not-shared",
        }
    }
}

/// GET /team/jongeren — the professional's caseload, with what needs attention (the same rows as
/// the team page).
pub async fn caseload_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
) -> AppResult<Response> {
    let grant = professional_grant(&actor.user)?;
    let caseload =
        crate::features::team::caseload_rows(&app, &actor, &grant.municipality_id).await?;
    html(&CaseloadPage { page, caseload })
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
        consent_asked: crate::features::team::consent_asked_of(&app, &actor.user.id, "parent")
            .await?,
        consent_section: true,
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
        consent_asked: Vec::new(),
        consent_section: false,
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
    let nav = super::nav(&app, &actor, &access).await?;
    let wijk = match &access.young.wijk_id {
        Some(w) => places::wijken(&app.db, &access.young.municipality_id)
            .await?
            .into_iter()
            .find(|a| &a.id == w)
            .map(|a| a.name),
        None => None,
    };
    let age = access.young.age();
    let (sharing, open_requests) = consent_state(&app, &access).await?;
    html(&OverviewPage {
        page,
        nav,
        professional: access.tie == Tie::Professional,
        young: access.young,
        wijk,
        age,
        sharing,
        open_requests,
    })
}

/// What the overview says about consent: for an involved professional each part and whether it is
/// shared with the team (or asked for); for whoever may give consent, how many requests are open.
async fn consent_state(
    app: &AppState,
    access: &access::Access,
) -> AppResult<(Vec<(Part, bool, bool)>, usize)> {
    let band = access.young.band();
    let professional = access.tie == Tie::Professional;
    if !professional && !access::rules::may_give_consent(band, access.tie) {
        return Ok((Vec::new(), 0));
    }
    let requests = team_repo::consent::open(&app.db, &access.young.id).await?;
    if !professional {
        return Ok((Vec::new(), requests.len()));
    }
    let consents = repo::consents(&app.db, &access.young.id).await?;
    let sharing = Part::SHAREABLE
        .into_iter()
        .map(|part| {
            let c = consents
                .iter()
                .find(|c| c.audience_key == access::TEAM_AUDIENCE && c.part == part.as_str())
                .map(|c| access::rules::Consent {
                    by_young: c.by_young,
                    by_parent: c.by_parent,
                })
                .unwrap_or_default();
            let asked = requests.iter().any(|r| r.part == part.as_str());
            (part, access::rules::consent_in_force(band, c), asked)
        })
        .collect();
    Ok((sharing, 0))
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
        "toestemming" => "toestemming",
        _ => return Err(AppError::NotFound),
    };
    Ok(see_other(&format!("/jongeren/{id}/{target}")))
}
