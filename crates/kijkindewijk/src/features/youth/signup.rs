//! A young person from 12 signs up on the public site. Under 16 they are then asked to invite a
//! parent; that parent's authority is confirmed later by a professional, so until then no team sees
//! anything that needs a parent's consent.

use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::repo::{self, NewRelation, NewYoungPerson, RelationKind};
use super::validate;
use crate::auth::repo::NewUser;
use crate::auth::session::{self, Stage};
use crate::auth::{Grant, Role, password};
use crate::db::now;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::features::accounts::service;
use crate::features::admin::{looks_like_email, valid_login_name};
use crate::places::repo::{self as places, Area, Municipality};
use crate::state::AppState;
use crate::web::extract::Query;
use crate::web::{Form, PageCtx, render, see_other};

#[derive(Template)]
#[template(path = "youth/signup.html")]
struct SignupPage {
    page: PageCtx,
    municipalities: Vec<Municipality>,
    wijken: Vec<Area>,
    form: SignupForm,
    errors: FieldErrors,
}

/// The sign-up form; `gemeente` is chosen first (a plain GET, so it works without JavaScript).
#[derive(Deserialize, Default, Clone)]
pub struct SignupForm {
    #[serde(default)]
    gemeente: String,
    #[serde(default)]
    first_name: String,
    #[serde(default)]
    last_name: String,
    #[serde(default)]
    birth_date: String,
    #[serde(default)]
    wijk_id: String,
    #[serde(default)]
    login_name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_repeat: String,
}

async fn page(
    app: &AppState,
    page: PageCtx,
    form: SignupForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let municipalities = places::municipalities(&app.db).await?;
    let wijken = match municipalities.iter().find(|m| m.id == form.gemeente) {
        Some(m) => places::wijken(&app.db, &m.id).await?,
        None => Vec::new(),
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(
        status,
        &SignupPage {
            page,
            municipalities,
            wijken,
            form: SignupForm {
                password: String::new(),
                password_repeat: String::new(),
                ..form
            },
            errors,
        },
    )
}

/// GET /aanmelden
pub async fn signup_get(
    State(app): State<AppState>,
    p: PageCtx,
    Query(form): Query<SignupForm>,
) -> AppResult<Response> {
    page(&app, p, form, FieldErrors::new()).await
}

/// POST /aanmelden — creates the account and the young person, and logs them in.
pub async fn signup_post(
    State(app): State<AppState>,
    p: PageCtx,
    crate::web::ClientIp(ip): crate::web::ClientIp,
    Form(form): Form<SignupForm>,
) -> AppResult<Response> {
    // The default, ten accounts an hour from one address, is plenty for a school or a youth centre.
    if !crate::auth::throttle::allow_action(
        &app,
        "signup",
        ip,
        app.config.signups_per_hour,
        time::Duration::hours(1),
    )
    .await?
    {
        return Err(AppError::TooManyRequests(3600));
    }
    let municipalities = places::municipalities(&app.db).await?;
    let mut errors = FieldErrors::new();
    let municipality = municipalities.iter().find(|m| m.id == form.gemeente);
    if municipality.is_none() {
        errors.add("gemeente", "signup-municipality-required");
    }
    validate::name(&form.first_name, "first_name", &mut errors);
    validate::name(&form.last_name, "last_name", &mut errors);
    let birth = validate::birth_date(&form.birth_date, now().date(), "birth_date", &mut errors);
    let age = birth.map(|b| crate::access::rules::age_on(b, now().date()));
    if age.is_some_and(|a| a < 12) {
        errors.add("birth_date", "signup-too-young");
    }
    let wijken = match municipality {
        Some(m) => places::wijken(&app.db, &m.id).await?,
        None => Vec::new(),
    };
    let wijk = wijken.iter().find(|w| w.id == form.wijk_id);
    if municipality.is_some() && wijk.is_none() {
        errors.add("wijk_id", "wijk-required");
    }
    let login = form.login_name.trim().to_lowercase();
    if !valid_login_name(&login) && !looks_like_email(&login) {
        errors.add("login_name", "login-name-invalid");
    }
    password::check_new(
        &form.password,
        &form.password_repeat,
        &login,
        "password",
        &mut errors,
    );
    if errors.is_empty()
        && crate::auth::repo::user_by_login(&app.db, &login)
            .await?
            .is_some()
    {
        errors.add("login_name", "login-taken");
    }
    let (Some(m), Some(wijk), Some(birth), true) = (municipality, wijk, birth, errors.is_empty())
    else {
        return page(&app, p, form, errors).await;
    };
    let hash = password::hash(form.password.clone()).await?;
    let name = format!("{} {}", form.first_name.trim(), form.last_name.trim());
    let user = NewUser {
        login_name: login.clone(),
        email: looks_like_email(&login).then(|| login.clone()),
        display_name: name.clone(),
        password_hash: Some(hash),
        locale: p.loc.code().into(),
        totp_secret: None,
    };
    let mut tx = app.db.begin().await?;
    let user_id = match crate::auth::repo::insert_user(
        &mut tx,
        &user,
        &[Grant {
            role: Role::Jongere,
            municipality_id: m.id.clone(),
            team_id: None,
        }],
    )
    .await
    {
        Ok(id) => id,
        Err(e) if crate::db::is_unique_violation(&e) => {
            drop(tx);
            errors.add("login_name", "login-taken");
            return page(&app, p, form, errors).await;
        }
        Err(e) => return Err(e.into()),
    };
    let id = repo::insert_young_person(
        &mut tx,
        &NewYoungPerson {
            municipality_id: m.id.clone(),
            wijk_id: Some(wijk.id.clone()),
            user_id: Some(user_id.clone()),
            first_name: form.first_name.clone(),
            last_name: form.last_name.clone(),
            birth_date: birth,
            created_by: Some(user_id.clone()),
        },
    )
    .await?;
    repo::insert_relation(
        &mut tx,
        &NewRelation {
            young_person_id: id.clone(),
            user_id: Some(user_id.clone()),
            kind: RelationKind::Own,
            display_name: name,
            team_id: None,
            has_authority: false,
            authority_confirmed_by: None,
            network_person_id: None,
        },
    )
    .await?;
    tx.commit().await?;
    crate::access::log::record(
        &app.db,
        &crate::access::log::Entry {
            young_person_id: &id,
            actor_user_id: Some(&user_id),
            actor_role: "jongere",
            actor_name: &format!("{} {}", form.first_name.trim(), form.last_name.trim()),
            part: crate::access::Part::Identity,
            action: "create",
            allowed: true,
            ground: crate::access::Ground::Own.as_str(),
            emergency: false,
            request_id: None,
        },
    )
    .await?;
    let (cookie, _) = session::start(&app, &user_id, Stage::Full).await?;
    let next = if age.is_some_and(|a| a < 16) {
        "/aanmelden/ouder".to_string()
    } else {
        format!("/jongeren/{id}/plan")
    };
    Ok(([(header::SET_COOKIE, cookie)], see_other(&next)).into_response())
}

#[derive(Template)]
#[template(path = "youth/signup_parent.html")]
struct ParentPage {
    page: PageCtx,
    form: ParentForm,
    errors: FieldErrors,
    link: Option<String>,
}

/// The parent invitation form.
#[derive(Deserialize, Default)]
pub struct ParentForm {
    #[serde(default)]
    parent_name: String,
    #[serde(default)]
    parent_email: String,
}

async fn own_young(
    app: &AppState,
    actor: &crate::access::Actor,
) -> AppResult<crate::access::Access> {
    actor.user.require(Role::Jongere)?;
    let id = repo::own_young_person_id(&app.db, &actor.user.id)
        .await?
        .ok_or(AppError::NotFound)?;
    crate::access::check(
        app,
        actor,
        &id,
        crate::access::Part::Sharing,
        crate::access::Action::Write,
    )
    .await
}

/// GET /aanmelden/ouder
pub async fn parent_get(
    State(app): State<AppState>,
    p: PageCtx,
    actor: crate::access::Actor,
) -> AppResult<Response> {
    own_young(&app, &actor).await?;
    render(
        StatusCode::OK,
        &ParentPage {
            page: p,
            form: ParentForm::default(),
            errors: FieldErrors::new(),
            link: None,
        },
    )
}

/// POST /aanmelden/ouder — invites a parent (authority to be confirmed by the team).
pub async fn parent_post(
    State(app): State<AppState>,
    p: PageCtx,
    actor: crate::access::Actor,
    Form(form): Form<ParentForm>,
) -> AppResult<Response> {
    let access = own_young(&app, &actor).await?;
    let mut errors = FieldErrors::new();
    validate::name(&form.parent_name, "parent_name", &mut errors);
    let email = form.parent_email.trim().to_lowercase();
    if !email.is_empty() && !looks_like_email(&email) {
        errors.add("parent_email", "email-invalid");
    }
    if !errors.is_empty() {
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ParentPage {
                page: p,
                form,
                errors,
                link: None,
            },
        );
    }
    let login = if email.is_empty() {
        super::free_login_name(&app.db, &form.parent_name).await?
    } else {
        email.clone()
    };
    if crate::auth::repo::user_by_login(&app.db, &login)
        .await?
        .is_some()
    {
        errors.add("parent_email", "login-taken");
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ParentPage {
                page: p,
                form,
                errors,
                link: None,
            },
        );
    }
    let user = NewUser {
        login_name: login,
        email: (!email.is_empty()).then_some(email),
        display_name: form.parent_name.trim().into(),
        password_hash: None,
        locale: p.loc.code().into(),
        totp_secret: None,
    };
    let grant = Grant {
        role: Role::Ouder,
        municipality_id: access.young.municipality_id.clone(),
        team_id: None,
    };
    let mut tx = app.db.begin().await?;
    let (parent_id, link) =
        service::create_with_invitation(&app, &mut tx, &user, &[grant], p.loc).await?;
    repo::insert_relation(
        &mut tx,
        &NewRelation {
            young_person_id: access.young.id.clone(),
            user_id: Some(parent_id),
            kind: RelationKind::Parent,
            display_name: form.parent_name.trim().into(),
            team_id: None,
            has_authority: false,
            authority_confirmed_by: None,
            network_person_id: None,
        },
    )
    .await?;
    tx.commit().await?;
    render(
        StatusCode::OK,
        &ParentPage {
            page: p,
            form: ParentForm::default(),
            errors: FieldErrors::new(),
            link: Some(link),
        },
    )
}
