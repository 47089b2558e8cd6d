//! "Vraag toestemming": the team asks for a part that is not shared with it; the young person (or
//! a parent with authority, by the age rules) sees the request and grants or refuses it. Granting
//! records consent exactly as the sharing page does.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use super::domain;
use super::repo::{self, consent::Request};
use crate::access::rules::{self, Consent};
use crate::access::{self, Action, Actor, Part, TEAM_AUDIENCE, Tie};
use crate::error::{AppError, AppResult};
use crate::features::youth::seam::{self as youth, ConsentBy};
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::extract::{Path, Query};
use crate::web::{Form, PageCtx, html, safe_return_path, see_other};

/// The ask form.
#[derive(Deserialize, Default)]
pub struct AskForm {
    #[serde(default)]
    part: String,
    #[serde(default)]
    terug: Option<String>,
}

/// POST /jongeren/{id}/toestemming-vragen — an involved professional asks.
pub async fn ask_post(
    State(app): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    Form(form): Form<AskForm>,
) -> AppResult<Response> {
    let access = access::check(&app, &actor, &id, Part::Identity, Action::Read).await?;
    if access.tie != Tie::Professional {
        return Err(AppError::Forbidden);
    }
    let part = domain::requestable(&form.part).ok_or(AppError::BadRequest("error-bad-request"))?;
    let team = super::team_grant(&actor.user).ok().and_then(|g| g.team_id);
    let name = &actor.user.display_name;
    let mut tx = app.db.begin().await?;
    if repo::consent::ask(&mut tx, &id, part, team.as_deref(), &actor.user.id, name).await? {
        tell_household(&app, &mut tx, &access.young).await?;
        tx.commit().await?;
        log_household_lookup(&app, &id).await?;
    }
    let back = safe_return_path(form.terug.as_deref());
    Ok(see_other(if back == "/" {
        "/team/overzicht"
    } else {
        &back
    }))
}

/// Queues an e-mail (in the request's transaction) to whoever answers by the age rules: the young
/// person from 12, a parent with authority under 16. Plain B1 text in Dutch and English, without
/// names; the link leads to where the request is answered.
async fn tell_household(
    app: &AppState,
    tx: &mut crate::db::Tx,
    young: &access::YoungPerson,
) -> AppResult<()> {
    let (tell_young, tell_parent) =
        domain::who_is_asked(rules::age_on(young.birth_date, crate::db::now().date()));
    let smtp = app.config.smtp_url.is_some();
    let base = app.config.base_url();
    for h in repo::consent::household(tx, &young.id).await? {
        let (key, link) = match h.kind.as_str() {
            "self" if tell_young => ("team-mail-young-body", format!("{base}/mijn/toestemming")),
            "parent" if tell_parent => ("team-mail-parent-body", format!("{base}/ouder/kinderen")),
            _ => continue,
        };
        let text = |loc: Locale, id: &str| loc.t1(id, "link", &link);
        let subject = format!(
            "{} / {}",
            Locale::Nl.t("team-mail-subject"),
            Locale::En.t("team-mail-subject")
        );
        let body = format!(
            "{}\n\n---\n\n{}",
            text(Locale::Nl, key),
            text(Locale::En, key)
        );
        let municipality = Some(young.municipality_id.as_str());
        crate::platform::mail::queue(tx, smtp, municipality, &h.email, &subject, &body).await?;
    }
    Ok(())
}

/// Looking up the household's addresses to tell them is a read of the young person's data: it is a
/// line in their log, as the system's own step.
async fn log_household_lookup(app: &AppState, id: &str) -> AppResult<()> {
    let entry = access::log::Entry {
        young_person_id: id,
        actor_user_id: None,
        actor_role: "systeem",
        actor_name: "KijKINDeWijk",
        part: Part::Identity,
        action: "read",
        allowed: true,
        ground: "consent_request",
        emergency: false,
        request_id: None,
    };
    access::log::record(&app.db, &entry).await?;
    Ok(())
}

#[derive(Template)]
#[template(path = "team/not_shared.html")]
struct NotSharedPage {
    page: PageCtx,
    nav: crate::features::youth::seam::Nav,
    young: access::YoungPerson,
    part: Part,
    asked: bool,
}

/// Instead of a bare 403: for an involved professional whose team was not given `part`, a page
/// (still 403) that says so and offers to ask the young person (or parent) for consent. Anyone
/// else gets the plain refusal. The gate already logged the refused read.
pub async fn not_shared(
    app: &AppState,
    page: PageCtx,
    actor: &Actor,
    id: &str,
    part: Part,
) -> AppResult<Response> {
    let access = access::check(app, actor, id, Part::Identity, Action::Read).await?;
    if access.tie != Tie::Professional || domain::requestable(part.as_str()).is_none() {
        return Err(AppError::NoConsent);
    }
    let asked = repo::consent::open(&app.db, id)
        .await?
        .iter()
        .any(|r| r.part == part.as_str());
    let nav = crate::features::youth::seam::nav(app, actor, &access).await?;
    let young = access.young;
    let body = NotSharedPage {
        page,
        nav,
        young,
        part,
        asked,
    };
    crate::web::render(axum::http::StatusCode::FORBIDDEN, &body)
}

#[derive(Template)]
#[template(path = "team/consent.html")]
struct RequestsPage {
    page: PageCtx,
    nav: crate::features::youth::seam::Nav,
    young: access::YoungPerson,
    requests: Vec<(Request, bool)>,
    can_answer: bool,
    answered: bool,
}

/// `?beantwoord=1`
#[derive(Deserialize, Default)]
pub struct AnsweredQuery {
    beantwoord: Option<String>,
}

/// GET /jongeren/{id}/toestemming — the open requests; answer buttons for whoever may give consent.
pub async fn requests_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Query(q): Query<AnsweredQuery>,
) -> AppResult<Response> {
    let access = access::check(&app, &actor, &id, Part::Sharing, Action::Read).await?;
    let can_answer = rules::may_give_consent(access.young.band(), access.tie);
    let consents = youth::consents(&app.db, &id).await?;
    let by_parent = matches!(access.tie, Tie::Parent { .. });
    let requests = repo::consent::open(&app.db, &id)
        .await?
        .into_iter()
        .map(|r| {
            // Whether the viewer agreed already and the other one still has to.
            let mine = consents.iter().any(|c| {
                c.audience_key == TEAM_AUDIENCE
                    && c.part == r.part
                    && if by_parent { c.by_parent } else { c.by_young }
            });
            (r, mine && can_answer)
        })
        .collect();
    let answered = q.beantwoord.is_some();
    html(&RequestsPage {
        nav: crate::features::youth::seam::nav(&app, &actor, &access).await?,
        page,
        young: access.young,
        requests,
        can_answer,
        answered,
    })
}

/// The answer form.
#[derive(Deserialize, Default)]
pub struct AnswerForm {
    #[serde(default)]
    answer: String,
}

/// POST /jongeren/{id}/toestemming/{request_id} — `answer` is `ja` or `nee`.
pub async fn answer_post(
    State(app): State<AppState>,
    actor: Actor,
    Path((id, request_id)): Path<(String, String)>,
    Form(form): Form<AnswerForm>,
) -> AppResult<Response> {
    let access = access::check(&app, &actor, &id, Part::Sharing, Action::Write).await?;
    let granted = match form.answer.as_str() {
        "ja" => true,
        "nee" => false,
        _ => return Err(AppError::BadRequest("error-bad-request")),
    };
    let open = repo::consent::open(&app.db, &id).await?;
    let request = open
        .into_iter()
        .find(|r| r.id == request_id)
        .ok_or(AppError::NotFound)?;
    let part = request.part();
    let by = if access.tie == Tie::Own {
        ConsentBy::Young
    } else {
        ConsentBy::Parent
    };
    let now_given = consent_after(&app, &id, part, by, granted).await?;
    let status = domain::after_answer(access.young.band(), now_given, granted);
    let mut tx = app.db.begin().await?;
    if granted {
        youth::set_consent(&mut tx, &id, part, TEAM_AUDIENCE, by, true, &actor.user.id).await?;
    }
    repo::consent::answer(&mut tx, &id, &request_id, status, &actor.user.id).await?;
    youth::touch(&mut tx, &id).await?;
    tx.commit().await?;
    if granted {
        log_consent(&app, &actor, &id, part, access.tie, access.ground).await?;
    }
    Ok(see_other(&format!(
        "/jongeren/{id}/toestemming?beantwoord=1"
    )))
}

/// The team's consent for `part` once this answer is counted.
async fn consent_after(
    app: &AppState,
    id: &str,
    part: Part,
    by: ConsentBy,
    granted: bool,
) -> AppResult<Consent> {
    let mut c = youth::consents(&app.db, id)
        .await?
        .into_iter()
        .find(|c| c.audience_key == TEAM_AUDIENCE && c.part == part.as_str())
        .map(|c| Consent {
            by_young: c.by_young,
            by_parent: c.by_parent,
        })
        .unwrap_or_default();
    match by {
        ConsentBy::Young => c.by_young |= granted,
        ConsentBy::Parent => c.by_parent |= granted,
    }
    Ok(c)
}

async fn log_consent(
    app: &AppState,
    actor: &Actor,
    id: &str,
    part: Part,
    tie: Tie,
    ground: rules::Ground,
) -> AppResult<()> {
    let entry = access::log::Entry {
        young_person_id: id,
        actor_user_id: Some(&actor.user.id),
        actor_role: if tie == Tie::Own { "jongere" } else { "ouder" },
        actor_name: &actor.user.display_name,
        part,
        action: "consent_given",
        allowed: true,
        ground: ground.as_str(),
        emergency: false,
        request_id: actor.request_id.as_deref(),
    };
    access::log::record(&app.db, &entry).await?;
    Ok(())
}

/// A young person with open consent requests that the user answers, for a notice.
pub struct Asked {
    /// The young person's id.
    pub id: String,
    /// Their first name.
    pub first_name: String,
    /// Open requests.
    pub count: i64,
}

/// The open consent requests the user answers by the age rules: as the young person (`self`) or
/// as a parent with authority (`parent`).
pub async fn asked_of(app: &AppState, user_id: &str, kind: &str) -> AppResult<Vec<Asked>> {
    let today = crate::db::now().date();
    let rows = repo::consent::open_for_user(&app.db, user_id, kind).await?;
    Ok(rows
        .into_iter()
        .filter(|r| {
            let (young, parent) = domain::who_is_asked(rules::age_on(r.birth_date, today));
            if kind == "self" { young } else { parent }
        })
        .map(|r| Asked {
            id: r.young_person_id,
            first_name: r.first_name,
            count: r.n,
        })
        .collect())
}
