//! A young person from 12 signs up on the public site. Under 16 they are then asked to invite a
//! parent; that parent's authority is confirmed later by a professional, so until then no team sees
//! anything that needs a parent's consent.

use askama::Template;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use time::Date;

use super::enrol::{self, EnrolledBy, Enrolment, Party};
use super::repo;
use super::validate;
use crate::auth::repo::NewUser;
use crate::auth::session::{self, Stage};
use crate::auth::{Grant, Role, password};
use crate::db::now;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::features::accounts::service;
use crate::i18n::Locale;
use crate::places::repo::{self as places, Area, Municipality};
use crate::state::AppState;
use crate::web::extract::Query;
use crate::web::validate::{looks_like_email, optional_email, valid_login_name};
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

/// The sign-up form, checked.
struct Checked {
    municipality_id: String,
    wijk_id: String,
    first_name: String,
    last_name: String,
    birth: Date,
    login: String,
}

impl SignupForm {
    /// Checks the form against the municipalities and the chosen municipality's wijken (pure).
    fn check(
        &self,
        municipalities: &[Municipality],
        wijken: &[Area],
        today: Date,
    ) -> Result<Checked, FieldErrors> {
        let mut errors = FieldErrors::new();
        let municipality = municipalities.iter().find(|m| m.id == self.gemeente);
        if municipality.is_none() {
            errors.add("gemeente", "signup-municipality-required");
        }
        validate::name(&self.first_name, "first_name", &mut errors);
        validate::name(&self.last_name, "last_name", &mut errors);
        let birth = validate::birth_date(&self.birth_date, today, "birth_date", &mut errors);
        if birth.is_some_and(|b| !enrol::may_sign_up(b, today)) {
            errors.add("birth_date", "signup-too-young");
        }
        let wijk = wijken.iter().find(|w| w.id == self.wijk_id);
        if municipality.is_some() && wijk.is_none() {
            errors.add("wijk_id", "wijk-required");
        }
        let login = self.login_name.trim().to_lowercase();
        if !valid_login_name(&login) && !looks_like_email(&login) {
            errors.add("login_name", "login-name-invalid");
        }
        let (pw, repeat) = (&self.password, &self.password_repeat);
        password::check_new(pw, repeat, &login, "password", &mut errors);
        match (municipality, wijk, birth, errors.is_empty()) {
            (Some(m), Some(w), Some(birth), true) => Ok(Checked {
                municipality_id: m.id.clone(),
                wijk_id: w.id.clone(),
                first_name: self.first_name.clone(),
                last_name: self.last_name.clone(),
                birth,
                login,
            }),
            _ => Err(errors),
        }
    }
}

/// How often one client address may hear "this login name is taken" per hour. Sign-up must say
/// so (a young person chooses a name and needs to pick another), so the answer is limited and
/// logged instead of hidden: beyond this, the address waits an hour.
const TAKEN_ANSWERS_PER_HOUR: i64 = 5;

/// Checks the form, including whether the login name is free.
async fn check(
    app: &AppState,
    form: &SignupForm,
    ip: Option<std::net::IpAddr>,
) -> AppResult<Result<Checked, FieldErrors>> {
    let municipalities = places::municipalities(&app.db).await?;
    let wijken = match municipalities.iter().find(|m| m.id == form.gemeente) {
        Some(m) => places::wijken(&app.db, &m.id).await?,
        None => Vec::new(),
    };
    let checked = match form.check(&municipalities, &wijken, now().date()) {
        Ok(c) => c,
        Err(errors) => return Ok(Err(errors)),
    };
    if crate::auth::repo::user_by_login(&app.db, &checked.login)
        .await?
        .is_some()
    {
        let (max, hour) = (TAKEN_ANSWERS_PER_HOUR, time::Duration::hours(1));
        let allowed =
            crate::auth::throttle::allow_action(app, "signup-taken", ip, max, hour).await?;
        // No login name or address in the log: only that an existing account was asked about.
        tracing::warn!(allowed, "sign-up named an existing login");
        if !allowed {
            return Err(AppError::TooManyRequests(3600));
        }
        return Ok(Err(login_taken()));
    }
    Ok(Ok(checked))
}

fn login_taken() -> FieldErrors {
    let mut errors = FieldErrors::new();
    errors.add("login_name", "login-taken");
    errors
}

/// Creates the account and enrols the young person; `None` when the login name was taken meanwhile.
async fn create(
    app: &AppState,
    c: &Checked,
    password: &str,
    loc: Locale,
) -> AppResult<Option<(String, String)>> {
    let user = NewUser {
        login_name: c.login.clone(),
        email: looks_like_email(&c.login).then(|| c.login.clone()),
        display_name: enrol::full_name(&c.first_name, &c.last_name),
        password_hash: Some(password::hash(password.to_string()).await?),
        locale: loc.code().into(),
        totp_secret: None,
    };
    let grant = Grant {
        role: Role::Jongere,
        municipality_id: c.municipality_id.clone(),
        team_id: None,
    };
    let mut tx = app.db.begin().await?;
    let user_id = match crate::auth::repo::insert_user(&mut tx, &user, &[grant]).await {
        Ok(id) => id,
        Err(e) if crate::db::is_unique_violation(&e) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let id = enrol::enrol(
        &mut tx,
        &Enrolment {
            municipality_id: c.municipality_id.clone(),
            wijk_id: Some(c.wijk_id.clone()),
            user_id: Some(user_id.clone()),
            first_name: c.first_name.clone(),
            last_name: c.last_name.clone(),
            birth_date: c.birth,
            created_by: Some(user_id.clone()),
            professional: None,
            parent: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Some((user_id, id)))
}

/// POST /aanmelden — creates the account and the young person, and logs them in.
pub async fn signup_post(
    State(app): State<AppState>,
    p: PageCtx,
    crate::web::ClientIp(ip): crate::web::ClientIp,
    Form(form): Form<SignupForm>,
) -> AppResult<Response> {
    // The default, ten accounts an hour from one address, is plenty for a school or a youth centre.
    let per_hour = app.config.signups_per_hour;
    let hour = time::Duration::hours(1);
    if !crate::auth::throttle::allow_action(&app, "signup", ip, per_hour, hour).await? {
        return Err(AppError::TooManyRequests(3600));
    }
    let c = match check(&app, &form, ip).await? {
        Ok(c) => c,
        Err(errors) => return page(&app, p, form, errors).await,
    };
    let Some((user_id, id)) = create(&app, &c, &form.password, p.loc).await? else {
        return page(&app, p, form, login_taken()).await;
    };
    let name = enrol::full_name(&c.first_name, &c.last_name);
    enrol::log_created(&app.db, &id, EnrolledBy::Themselves, &user_id, &name, None).await?;
    let (cookie, _) = session::start(&app, &user_id, Stage::Full).await?;
    let next = enrol::after_signup(&id, c.birth, now().date());
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

fn parent_page(
    p: PageCtx,
    form: ParentForm,
    errors: FieldErrors,
    link: Option<String>,
) -> AppResult<Response> {
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(
        status,
        &ParentPage {
            page: p,
            form,
            errors,
            link,
        },
    )
}

impl ParentForm {
    /// The parent's name and optional e-mail address (pure).
    fn check(&self) -> Result<(String, Option<String>), FieldErrors> {
        let mut errors = FieldErrors::new();
        validate::name(&self.parent_name, "parent_name", &mut errors);
        let email = optional_email(&self.parent_email).unwrap_or_else(|()| {
            errors.add("parent_email", "email-invalid");
            None
        });
        if errors.is_empty() {
            Ok((self.parent_name.trim().to_string(), email))
        } else {
            Err(errors)
        }
    }
}

/// Creates the parent's account with an invitation and relates it (authority not yet confirmed).
async fn invite_parent(
    app: &AppState,
    young: &crate::access::YoungPerson,
    (name, email): (String, Option<String>),
    login: String,
    loc: Locale,
) -> AppResult<String> {
    let user = NewUser {
        login_name: login,
        email,
        display_name: name.clone(),
        password_hash: None,
        locale: loc.code().into(),
        totp_secret: None,
    };
    let grant = Grant {
        role: Role::Ouder,
        municipality_id: young.municipality_id.clone(),
        team_id: None,
    };
    let mut tx = app.db.begin().await?;
    let (parent_id, link) =
        service::create_with_invitation(app, &mut tx, &user, &[grant], loc).await?;
    let parent = Party {
        user_id: Some(parent_id),
        name,
        ..Party::default()
    };
    enrol::add_parent(&mut tx, &young.id, &parent).await?;
    tx.commit().await?;
    Ok(link)
}

/// POST /aanmelden/ouder — invites a parent (authority to be confirmed by the team).
pub async fn parent_post(
    State(app): State<AppState>,
    p: PageCtx,
    actor: crate::access::Actor,
    Form(form): Form<ParentForm>,
) -> AppResult<Response> {
    let access = own_young(&app, &actor).await?;
    let parent = match form.check() {
        Ok(parent) => parent,
        Err(errors) => return parent_page(p, form, errors, None),
    };
    let Some(login) = enrol::parent_login(&app.db, &parent.0, &parent.1, None).await? else {
        let mut errors = FieldErrors::new();
        errors.add("parent_email", "login-taken");
        return parent_page(p, form, errors, None);
    };
    let link = invite_parent(&app, &access.young, parent, login, p.loc).await?;
    parent_page(p, ParentForm::default(), FieldErrors::new(), Some(link))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn signup_rules() {
        let municipalities = vec![Municipality {
            id: "m1".into(),
            code: "GM0001".into(),
            name: "Wijkerveen".into(),
        }];
        let form = SignupForm {
            gemeente: "m1".into(),
            first_name: "Sam".into(),
            last_name: "Jansen".into(),
            birth_date: "2016-01-01".into(),
            login_name: "s".into(),
            ..SignupForm::default()
        };
        let errors = form
            .check(&municipalities, &[], date!(2026 - 11 - 28))
            .err()
            .unwrap();
        assert_eq!(errors.get("birth_date"), Some("signup-too-young"));
        assert_eq!(errors.get("wijk_id"), Some("wijk-required"));
        assert_eq!(errors.get("login_name"), Some("login-name-invalid"));
        let elsewhere = SignupForm {
            gemeente: "m9".into(),
            ..form
        };
        let errors = elsewhere
            .check(&municipalities, &[], date!(2026 - 11 - 28))
            .err()
            .unwrap();
        assert_eq!(errors.get("gemeente"), Some("signup-municipality-required"));
        assert_eq!(errors.get("wijk_id"), None);
    }

    #[test]
    fn parent_form() {
        let form = ParentForm {
            parent_name: " Fatima ".into(),
            parent_email: "".into(),
        };
        assert_eq!(form.check().ok(), Some(("Fatima".to_string(), None)));
        let bad = ParentForm {
            parent_name: "".into(),
            parent_email: "x@".into(),
        };
        let errors = bad.check().err().unwrap();
        assert_eq!(errors.get("parent_name"), Some("name-required"));
        assert_eq!(errors.get("parent_email"), Some("email-invalid"));
    }
}
