//! A professional registers a young person (and, under 16, a parent with authority) and hands out
//! one-time invitation links.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use time::Date;

use super::enrol::{self, EnrolledBy, Enrolment, Party};
use super::validate;
use crate::access::Actor;
use crate::auth::repo::{NewUser, user_by_login};
use crate::auth::{Grant, Role, SessionUser};
use crate::db::{Db, Tx, now};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::features::accounts::service;
use crate::i18n::Locale;
use crate::places::repo::{self as places, Area};
use crate::state::AppState;
use crate::web::validate::optional_email;
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

/// The registration form, checked (pure).
#[derive(Debug, Clone, PartialEq)]
struct Checked {
    first_name: String,
    last_name: String,
    birth: Date,
    wijk_id: String,
    email: Option<String>,
    parent: Option<ParentInput>,
}

/// The parent named on the form.
#[derive(Debug, Clone, PartialEq)]
struct ParentInput {
    name: String,
    email: Option<String>,
}

impl RegisterForm {
    /// Checks the form against the municipality's wijken (pure); under 16 a parent with authority
    /// is required.
    fn check(&self, wijken: &[Area], today: Date) -> Result<Checked, FieldErrors> {
        let mut errors = FieldErrors::new();
        validate::name(&self.first_name, "first_name", &mut errors);
        validate::name(&self.last_name, "last_name", &mut errors);
        let birth = validate::birth_date(&self.birth_date, today, "birth_date", &mut errors);
        let wijk = wijken.iter().find(|w| w.id == self.wijk_id);
        if wijk.is_none() {
            errors.add("wijk_id", "wijk-required");
        }
        let email = optional_email(&self.email).unwrap_or_else(|()| {
            errors.add("email", "email-invalid");
            None
        });
        let parent = enrol::wants_parent(birth, today, &self.parent_name).then(|| {
            validate::name(&self.parent_name, "parent_name", &mut errors);
            let email = optional_email(&self.parent_email).unwrap_or_else(|()| {
                errors.add("parent_email", "email-invalid");
                None
            });
            if self.parent_authority.is_none() {
                errors.add("parent_authority", "youth-parent-authority-required");
            }
            ParentInput {
                name: self.parent_name.trim().to_string(),
                email,
            }
        });
        match (birth, wijk, errors.is_empty()) {
            (Some(birth), Some(wijk), true) => Ok(Checked {
                first_name: self.first_name.clone(),
                last_name: self.last_name.clone(),
                birth,
                wijk_id: wijk.id.clone(),
                email,
                parent,
            }),
            _ => Err(errors),
        }
    }
}

/// Login names of the young person and the parent.
struct Logins {
    young: String,
    parent: Option<String>,
}

/// Picks the login names: the e-mail address, or a free name. An address that has an account
/// already is a message on its field.
async fn logins(db: &Db, c: &Checked) -> AppResult<Result<Logins, FieldErrors>> {
    let taken = |field: &str| {
        let mut errors = FieldErrors::new();
        errors.add(field, "login-taken");
        Ok(Err(errors))
    };
    let young = match &c.email {
        Some(email) => email.clone(),
        None => enrol::free_login_name(db, &c.first_name).await?,
    };
    if user_by_login(db, &young).await?.is_some() {
        return taken("email");
    }
    let Some(parent) = &c.parent else {
        return Ok(Ok(Logins {
            young,
            parent: None,
        }));
    };
    let Some(login) = enrol::parent_login(db, &parent.name, &parent.email, Some(&young)).await?
    else {
        return taken("parent_email");
    };
    Ok(Ok(Logins {
        young,
        parent: Some(login),
    }))
}

/// Accounts, young person and relations made by a registration.
struct Registered {
    young_person_id: String,
    young_link: String,
    parent_link: Option<String>,
}

/// An account with an invitation for someone being registered: (user id, link).
async fn account(
    app: &AppState,
    tx: &mut Tx,
    (login, email, name): (&str, &Option<String>, String),
    role: Role,
    municipality_id: &str,
    loc: Locale,
) -> AppResult<(String, String)> {
    let user = NewUser {
        login_name: login.to_string(),
        email: email.clone(),
        display_name: name,
        password_hash: None,
        locale: loc.code().into(),
        totp_secret: None,
    };
    let grant = Grant {
        role,
        municipality_id: municipality_id.to_string(),
        team_id: None,
    };
    Ok(service::create_with_invitation(app, tx, &user, &[grant], loc).await?)
}

/// Creates the accounts (with invitations) and enrols the young person, in one transaction.
async fn create(
    app: &AppState,
    actor: &Actor,
    grant: &Grant,
    c: &Checked,
    logins: &Logins,
    loc: Locale,
) -> AppResult<Registered> {
    let municipality = grant.municipality_id.as_str();
    let mut tx = app.db.begin().await?;
    let name = enrol::full_name(&c.first_name, &c.last_name);
    let who = (logins.young.as_str(), &c.email, name);
    let (young_user_id, young_link) =
        account(app, &mut tx, who, Role::Jongere, municipality, loc).await?;
    let mut parent = None;
    if let (Some(p), Some(login)) = (&c.parent, &logins.parent) {
        let who = (login.as_str(), &p.email, p.name.clone());
        let (user_id, link) = account(app, &mut tx, who, Role::Ouder, municipality, loc).await?;
        let party = Party {
            user_id: Some(user_id),
            name: p.name.clone(),
            team_id: None,
            authority_confirmed_by: Some(actor.user.id.clone()),
        };
        parent = Some((party, link));
    }
    let professional = Party {
        user_id: Some(actor.user.id.clone()),
        name: actor.user.display_name.clone(),
        team_id: grant.team_id.clone(),
        authority_confirmed_by: None,
    };
    let enrolment = Enrolment {
        municipality_id: municipality.to_string(),
        wijk_id: Some(c.wijk_id.clone()),
        user_id: Some(young_user_id),
        first_name: c.first_name.clone(),
        last_name: c.last_name.clone(),
        birth_date: c.birth,
        created_by: Some(actor.user.id.clone()),
        professional: Some(professional),
        parent: parent.as_ref().map(|(p, _)| p.clone()),
    };
    let young_person_id = enrol::enrol(&mut tx, &enrolment).await?;
    tx.commit().await?;
    let parent_link = parent.map(|(_, link)| link);
    Ok(Registered {
        young_person_id,
        young_link,
        parent_link,
    })
}

fn form_again(
    page: PageCtx,
    wijken: Vec<Area>,
    form: RegisterForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    render(
        StatusCode::UNPROCESSABLE_ENTITY,
        &RegisterPage {
            page,
            wijken,
            form,
            errors,
        },
    )
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
    let checked = match form.check(&wijken, now().date()) {
        Ok(c) => c,
        Err(errors) => return form_again(page, wijken, form, errors),
    };
    let logins = match logins(&app.db, &checked).await? {
        Ok(l) => l,
        Err(errors) => return form_again(page, wijken, form, errors),
    };
    let made = create(&app, &actor, &grant, &checked, &logins, page.loc).await?;
    enrol::log_created(
        &app.db,
        &made.young_person_id,
        EnrolledBy::Professional,
        &actor.user.id,
        &actor.user.display_name,
        actor.request_id.as_deref(),
    )
    .await?;
    render(
        StatusCode::OK,
        &RegisteredPage {
            page,
            young_person_id: made.young_person_id,
            name: enrol::full_name(&checked.first_name, &checked.last_name),
            young_link: made.young_link,
            young_login: logins.young,
            parent_link: made.parent_link,
            mailed: checked.email.is_some(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn wijken() -> Vec<Area> {
        vec![Area {
            id: "w1".into(),
            parent_id: "m1".into(),
            code: "WK000101".into(),
            name: "Centrum".into(),
        }]
    }

    fn form(birth: &str) -> RegisterForm {
        RegisterForm {
            first_name: "Sam".into(),
            last_name: "Jansen".into(),
            birth_date: birth.into(),
            wijk_id: "w1".into(),
            ..RegisterForm::default()
        }
    }

    #[test]
    fn under_sixteen_needs_a_parent_with_authority() {
        let today = date!(2026 - 11 - 28);
        let errors = form("2014-01-01").check(&wijken(), today).unwrap_err();
        assert_eq!(errors.get("parent_name"), Some("name-required"));
        assert_eq!(
            errors.get("parent_authority"),
            Some("youth-parent-authority-required")
        );
        let with_parent = RegisterForm {
            parent_name: " Fatima ".into(),
            parent_email: "F@X.nl".into(),
            parent_authority: Some("ja".into()),
            ..form("2014-01-01")
        };
        let c = with_parent.check(&wijken(), today).unwrap();
        assert_eq!(
            c.parent,
            Some(ParentInput {
                name: "Fatima".into(),
                email: Some("f@x.nl".into())
            })
        );
        let older = form("2008-01-01").check(&wijken(), today).unwrap();
        assert_eq!(older.parent, None);
        assert_eq!(older.email, None);
    }

    #[test]
    fn wijk_and_email_are_checked() {
        let today = date!(2026 - 11 - 28);
        let bad = RegisterForm {
            wijk_id: "elsewhere".into(),
            email: "sam@".into(),
            ..form("2008-01-01")
        };
        let errors = bad.check(&wijken(), today).unwrap_err();
        assert_eq!(errors.get("wijk_id"), Some("wijk-required"));
        assert_eq!(errors.get("email"), Some("email-invalid"));
    }
}
