//! A professional registers a young person (and, under 16, a parent with authority) and hands out
//! one-time invitation links.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::repo::{self, NewRelation, NewYoungPerson, RelationKind};
use super::validate;
use crate::access::{self, Actor, Part};
use crate::auth::repo::NewUser;
use crate::auth::{Grant, Role, SessionUser};
use crate::db::{Db, now};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::features::accounts::service;
use crate::features::admin::looks_like_email;
use crate::places::repo::{self as places, Area};
use crate::state::AppState;
use crate::web::{Form, PageCtx, render};

#[derive(Template)]
#[template(path = "youth/register.html")]
struct RegisterPage {
    page: PageCtx,
    wijken: Vec<Area>,
    form: RegisterForm,
    errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "youth/registered.html")]
struct RegisteredPage {
    page: PageCtx,
    young_person_id: String,
    name: String,
    young_link: String,
    young_login: String,
    parent_link: Option<String>,
    mailed: bool,
}

/// The registration form.
#[derive(Deserialize, Default, Clone)]
pub struct RegisterForm {
    #[serde(default)]
    first_name: String,
    #[serde(default)]
    last_name: String,
    #[serde(default)]
    birth_date: String,
    #[serde(default)]
    wijk_id: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    parent_name: String,
    #[serde(default)]
    parent_email: String,
    #[serde(default)]
    parent_authority: Option<String>,
}

/// The professional grant (jeugdprofessional or teamleider) the user acts in.
pub fn professional_grant(user: &SessionUser) -> AppResult<Grant> {
    user.grant(Role::Jeugdprofessional)
        .or_else(|| user.grant(Role::Teamleider))
        .cloned()
        .ok_or(AppError::Forbidden)
}

/// GET /team/jongeren/nieuw
pub async fn register_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
) -> AppResult<Response> {
    let grant = professional_grant(&actor.user)?;
    let wijken = places::wijken(&app.db, &grant.municipality_id).await?;
    render(
        StatusCode::OK,
        &RegisterPage {
            page,
            wijken,
            form: RegisterForm::default(),
            errors: FieldErrors::new(),
        },
    )
}

/// A login name for someone without e-mail: their first name in plain letters and four digits.
pub async fn free_login_name(db: &Db, first_name: &str) -> AppResult<String> {
    use rand::Rng;
    let base: String = first_name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            'ç' => 'c',
            c => c,
        })
        .filter(|c| c.is_ascii_alphanumeric())
        .take(12)
        .collect();
    let base = if base.len() < 2 {
        "jongere".to_string()
    } else {
        base
    };
    for _ in 0..20 {
        let candidate = format!("{base}{:04}", rand::thread_rng().gen_range(0..10_000));
        if crate::auth::repo::user_by_login(db, &candidate)
            .await?
            .is_none()
        {
            return Ok(candidate);
        }
    }
    Err(AppError::Internal(anyhow::anyhow!("no free login name")))
}

/// POST /team/jongeren/nieuw
pub async fn register_post(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
    Form(form): Form<RegisterForm>,
) -> AppResult<Response> {
    let grant = professional_grant(&actor.user)?;
    let wijken = places::wijken(&app.db, &grant.municipality_id).await?;
    let mut errors = FieldErrors::new();
    validate::name(&form.first_name, "first_name", &mut errors);
    validate::name(&form.last_name, "last_name", &mut errors);
    let birth = validate::birth_date(&form.birth_date, now().date(), "birth_date", &mut errors);
    let wijk = wijken.iter().find(|w| w.id == form.wijk_id);
    if wijk.is_none() {
        errors.add("wijk_id", "wijk-required");
    }
    let email = form.email.trim().to_lowercase();
    if !email.is_empty() && !looks_like_email(&email) {
        errors.add("email", "email-invalid");
    }
    let parent_email = form.parent_email.trim().to_lowercase();
    let needs_parent = birth.is_some_and(|b| crate::access::rules::age_on(b, now().date()) < 16);
    let wants_parent = needs_parent || !form.parent_name.trim().is_empty();
    if wants_parent {
        validate::name(&form.parent_name, "parent_name", &mut errors);
        if !parent_email.is_empty() && !looks_like_email(&parent_email) {
            errors.add("parent_email", "email-invalid");
        }
        if form.parent_authority.is_none() {
            errors.add("parent_authority", "youth-parent-authority-required");
        }
    }
    let (Some(birth), Some(wijk), true) = (birth, wijk, errors.is_empty()) else {
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &RegisterPage {
                page,
                wijken,
                form,
                errors,
            },
        );
    };

    let young_login = if email.is_empty() {
        free_login_name(&app.db, &form.first_name).await?
    } else {
        email.clone()
    };
    if crate::auth::repo::user_by_login(&app.db, &young_login)
        .await?
        .is_some()
    {
        errors.add("email", "login-taken");
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &RegisterPage {
                page,
                wijken,
                form,
                errors,
            },
        );
    }
    let parent_login = if !wants_parent {
        None
    } else if parent_email.is_empty() {
        Some(free_login_name(&app.db, &form.parent_name).await?)
    } else {
        Some(parent_email.clone())
    };
    // An address that has an account already is never linked as a parent with authority: that
    // would open the child's file to whoever holds it. It is a message on the field, like the
    // young person's own address.
    if let Some(login) = parent_login.as_deref().filter(|_| !parent_email.is_empty())
        && (login == young_login
            || crate::auth::repo::user_by_login(&app.db, login)
                .await?
                .is_some())
    {
        errors.add("parent_email", "login-taken");
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &RegisterPage {
                page,
                wijken,
                form,
                errors,
            },
        );
    }
    let full_name = format!("{} {}", form.first_name.trim(), form.last_name.trim());
    let mut tx = app.db.begin().await?;
    let municipality = grant.municipality_id.clone();
    let young_user = NewUser {
        login_name: young_login.clone(),
        email: (!email.is_empty()).then(|| email.clone()),
        display_name: full_name.clone(),
        password_hash: None,
        locale: page.loc.code().into(),
        totp_secret: None,
    };
    let jongere = Grant {
        role: Role::Jongere,
        municipality_id: municipality.clone(),
        team_id: None,
    };
    let (young_user_id, young_link) =
        service::create_with_invitation(&app, &mut tx, &young_user, &[jongere], page.loc).await?;
    let young_person_id = repo::insert_young_person(
        &mut tx,
        &NewYoungPerson {
            municipality_id: municipality.clone(),
            wijk_id: Some(wijk.id.clone()),
            user_id: Some(young_user_id.clone()),
            first_name: form.first_name.clone(),
            last_name: form.last_name.clone(),
            birth_date: birth,
            created_by: Some(actor.user.id.clone()),
        },
    )
    .await?;
    let relation = |user_id: Option<String>, kind, display_name: String| NewRelation {
        young_person_id: young_person_id.clone(),
        user_id,
        kind,
        display_name,
        team_id: None,
        has_authority: false,
        authority_confirmed_by: None,
        network_person_id: None,
    };
    repo::insert_relation(
        &mut tx,
        &relation(Some(young_user_id), RelationKind::Own, full_name.clone()),
    )
    .await?;
    repo::insert_relation(
        &mut tx,
        &NewRelation {
            team_id: grant.team_id.clone(),
            ..relation(
                Some(actor.user.id.clone()),
                RelationKind::Professional,
                actor.user.display_name.clone(),
            )
        },
    )
    .await?;
    let mut parent_link = None;
    if let Some(parent_login) = parent_login {
        let parent_user = NewUser {
            login_name: parent_login,
            email: (!parent_email.is_empty()).then(|| parent_email.clone()),
            display_name: form.parent_name.trim().to_string(),
            password_hash: None,
            locale: page.loc.code().into(),
            totp_secret: None,
        };
        let ouder = Grant {
            role: Role::Ouder,
            municipality_id: municipality.clone(),
            team_id: None,
        };
        let (parent_id, link) =
            service::create_with_invitation(&app, &mut tx, &parent_user, &[ouder], page.loc)
                .await?;
        repo::insert_relation(
            &mut tx,
            &NewRelation {
                has_authority: true,
                authority_confirmed_by: Some(actor.user.id.clone()),
                ..relation(
                    Some(parent_id),
                    RelationKind::Parent,
                    form.parent_name.trim().to_string(),
                )
            },
        )
        .await?;
        parent_link = Some(link);
    }
    tx.commit().await?;
    access::log::record(
        &app.db,
        &access::log::Entry {
            young_person_id: &young_person_id,
            actor_user_id: Some(&actor.user.id),
            actor_role: "jeugdprofessional",
            actor_name: &actor.user.display_name,
            part: Part::Identity,
            action: "create",
            allowed: true,
            ground: access::Ground::Involvement.as_str(),
            emergency: false,
            request_id: actor.request_id.as_deref(),
        },
    )
    .await?;
    render(
        StatusCode::OK,
        &RegisteredPage {
            page,
            young_person_id,
            name: full_name,
            young_link,
            young_login,
            parent_link,
            mailed: !email.is_empty(),
        },
    )
}
