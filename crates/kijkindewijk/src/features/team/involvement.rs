//! Who of the team is involved with a young person; involving a colleague, handing the young
//! person over to a colleague of the same team, or ending one's own involvement. The gate's
//! professional tie is the involvement itself, so it moves with it; each step is a log line.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::domain::{self, MoveRefusal};
use super::repo::{self, involvement::Involved, team::Member};
use super::team_grant;
use crate::access::{self, Access, Action, Actor, Part, Tie};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{Form, PageCtx, render, see_other};

#[derive(Template)]
#[template(path = "team/involvement.html")]
struct InvolvementPage {
    page: PageCtx,
    nav: crate::features::youth::seam::Nav,
    young: access::YoungPerson,
    involved: Vec<Involved>,
    colleagues: Vec<(String, String)>,
    colleague: String,
    errors: FieldErrors,
}

/// The form: `stap` is `overdragen`, `erbij` or `stoppen`.
#[derive(Deserialize, Default)]
pub struct MoveForm {
    #[serde(default)]
    stap: String,
    #[serde(default)]
    colleague: String,
    /// Ending needs a confirmation: the checkbox `zeker` with the value `ja`.
    #[serde(default)]
    zeker: String,
}

/// The actor's team for this young person (the team of their involvement), its members and who
/// is involved now.
async fn context(
    app: &AppState,
    actor: &Actor,
    id: &str,
) -> AppResult<(String, Vec<Member>, Vec<Involved>)> {
    let involved = repo::involvement::involved(&app.db, id).await?;
    let grant = team_grant(&actor.user)?;
    let team = involved
        .iter()
        .find(|i| i.user_id == actor.user.id)
        .and_then(|i| i.team_id.clone())
        .or(grant.team_id)
        .ok_or(AppError::Forbidden)?;
    let members = repo::team::members(&app.db, &team).await?;
    Ok((team, members, involved))
}

async fn show(
    app: &AppState,
    page: PageCtx,
    actor: &Actor,
    access: Access,
    colleague: String,
    errors: FieldErrors,
) -> AppResult<Response> {
    let (_, members, involved) = context(app, actor, &access.young.id).await?;
    let mut colleagues: Vec<(String, String)> = Vec::new();
    for m in members {
        let free =
            !involved.iter().any(|i| i.user_id == m.id) && !colleagues.iter().any(|c| c.0 == m.id);
        if free {
            colleagues.push((m.id, m.display_name));
        }
    }
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let nav = crate::features::youth::seam::nav(app, actor, &access).await?;
    let young = access.young;
    render(
        status,
        &InvolvementPage {
            page,
            nav,
            young,
            involved,
            colleagues,
            colleague,
            errors,
        },
    )
}

async fn professional(
    app: &AppState,
    actor: &Actor,
    id: &str,
    action: Action,
) -> AppResult<Access> {
    let access = access::check(app, actor, id, Part::Identity, action).await?;
    if access.tie != Tie::Professional {
        return Err(AppError::Forbidden);
    }
    Ok(access)
}

/// GET /jongeren/{id}/betrokkenheid
pub async fn involvement_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let access = professional(&app, &actor, &id, Action::Read).await?;
    show(
        &app,
        page,
        &actor,
        access,
        String::new(),
        FieldErrors::new(),
    )
    .await
}

/// POST /jongeren/{id}/betrokkenheid
pub async fn involvement_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Path(id): Path<String>,
    Form(form): Form<MoveForm>,
) -> AppResult<Response> {
    let access = professional(&app, &actor, &id, Action::Write).await?;
    let (team, members, involved) = context(&app, &actor, &id).await?;
    let own = involved
        .iter()
        .find(|i| i.user_id == actor.user.id)
        .map(|i| i.id.clone());
    let (Some(own), step) = (own, form.stap.as_str()) else {
        return Err(AppError::Forbidden);
    };
    let ids: Vec<String> = members.iter().map(|m| m.id.clone()).collect();
    let inv: Vec<String> = involved.iter().map(|i| i.user_id.clone()).collect();
    let colleague = members.iter().find(|m| m.id == form.colleague);
    let checked = match step {
        "stoppen" => Ok(()),
        "overdragen" | "erbij" => {
            domain::check_colleague(&actor.user.id, &form.colleague, &ids, &inv)
        }
        _ => Err(MoveRefusal::NoColleague),
    };
    if step == "stoppen" && form.zeker != "ja" {
        let mut errors = FieldErrors::new();
        errors.add("zeker", "team-end-confirm-required");
        return show(&app, page, &actor, access, form.colleague, errors).await;
    }
    if let Err(refusal) = checked {
        let mut errors = FieldErrors::new();
        errors.add("colleague", refusal.message_id());
        return show(&app, page, &actor, access, form.colleague, errors).await;
    }
    let mut tx = app.db.begin().await?;
    if let Some(c) = colleague.filter(|_| step != "stoppen") {
        if !repo::involvement::start(&mut tx, &id, &c.id, &c.display_name, &team).await? {
            return Err(AppError::Forbidden);
        }
    }
    if step != "erbij" {
        repo::involvement::end(&mut tx, &id, &own).await?;
    }
    tx.commit().await?;
    log(&app, &actor, &id, step).await?;
    let stays = step == "erbij";
    Ok(see_other(&if stays {
        format!("/jongeren/{id}/betrokkenheid")
    } else {
        "/team/overzicht".into()
    }))
}

async fn log(app: &AppState, actor: &Actor, id: &str, step: &str) -> AppResult<()> {
    let action = match step {
        "overdragen" => "handover",
        "erbij" => "involvement_start",
        _ => "involvement_end",
    };
    access::log::record(
        &app.db,
        &access::log::Entry {
            young_person_id: id,
            actor_user_id: Some(&actor.user.id),
            actor_role: super::log_role(&actor.user),
            actor_name: &actor.user.display_name,
            part: Part::Identity,
            action,
            allowed: true,
            ground: access::rules::Ground::Involvement.as_str(),
            emergency: false,
            request_id: actor.request_id.as_deref(),
        },
    )
    .await?;
    Ok(())
}
