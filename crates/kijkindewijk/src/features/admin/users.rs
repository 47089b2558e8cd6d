//! Users of the municipality: list, and inviting a new user with a role. Accounts of young people,
//! parents and network members are not listed: the beheerder finds one by its exact login name,
//! and each view of a young person's account is a line in that young person's access log.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use crate::access::{self, Actor, rules::Part};
use crate::auth::repo::{self, AccountFilter, NewUser, UserListRow};
use crate::auth::{CurrentUser, Grant, Role};
use crate::db::is_unique_violation;
use crate::error::{AppResult, FieldErrors};
use crate::features::accounts::service;
use crate::features::youth::seam as youth_seam;
use crate::i18n::Locale;
use crate::places::repo::{self as places, Team};
use crate::state::AppState;
// Kept reachable under the old path for callers outside this feature.
use crate::web::extract::Query;
pub use crate::web::validate::{looks_like_email, valid_login_name};
use crate::web::{Form, PageCtx, render};

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    page: PageCtx,
    users: Vec<UserListRow>,
    teams: Vec<Team>,
    roles: Vec<Role>,
    form: UserForm,
    errors: FieldErrors,
    invited: Option<Invited>,
    search: Option<Found>,
}

/// The answer to a search by login name.
struct Found {
    login: String,
    rows: Vec<UserListRow>,
}

/// `?inlog=`: look an account up by its exact login name.
#[derive(Deserialize, Default)]
pub struct SearchQuery {
    #[serde(default)]
    inlog: String,
}

struct Invited {
    name: String,
    link: String,
    mailed: bool,
}

impl UsersPage {
    fn role_label(&self, role: &str) -> String {
        Role::parse(role)
            .map(|r| self.page.t(r.label_id()))
            .unwrap_or_else(|| role.to_string())
    }
}

/// The invite form.
#[derive(Deserialize, Default, Clone)]
pub struct UserForm {
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    login_name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    team_id: String,
}

async fn page(
    app: &AppState,
    p: PageCtx,
    municipality_id: &str,
    form: UserForm,
    errors: FieldErrors,
    invited: Option<Invited>,
) -> AppResult<Response> {
    page_with(app, p, municipality_id, form, errors, invited, None).await
}

async fn page_with(
    app: &AppState,
    p: PageCtx,
    municipality_id: &str,
    form: UserForm,
    errors: FieldErrors,
    invited: Option<Invited>,
    search: Option<Found>,
) -> AppResult<Response> {
    let users =
        repo::accounts_in_municipality(&app.db, municipality_id, AccountFilter::Staff).await?;
    let (teams, _) = places::teams(&app.db, municipality_id).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let roles = Role::ALL.to_vec();
    render(
        status,
        &UsersPage {
            page: p,
            users,
            teams,
            roles,
            form,
            errors,
            invited,
            search,
        },
    )
}

/// Finds the account with this login name in the municipality; a young person's account shown is
/// written to their access log (part identity, read, on the ground of account management).
async fn find(
    app: &AppState,
    actor: &Actor,
    municipality_id: &str,
    login: &str,
) -> AppResult<Found> {
    let filter = AccountFilter::Login(login);
    let rows = repo::accounts_in_municipality(&app.db, municipality_id, filter).await?;
    for row in rows.iter().filter(|r| r.role == Role::Jongere.as_str()) {
        let Some(young) = youth_seam::own_young_person_id(&app.db, &row.id).await? else {
            continue;
        };
        let entry = access::log::Entry {
            young_person_id: &young,
            actor_user_id: Some(&actor.user.id),
            actor_role: Role::Beheerder.as_str(),
            actor_name: &actor.user.display_name,
            part: Part::Identity,
            action: "read",
            allowed: true,
            ground: "account_management",
            emergency: false,
            request_id: actor.request_id.as_deref(),
        };
        access::log::record(&app.db, &entry).await?;
    }
    Ok(Found {
        login: login.trim().to_string(),
        rows,
    })
}
/// GET /beheer/gebruikers — the staff accounts, and with `?inlog=` the one account of that login.
pub async fn users_get(
    State(app): State<AppState>,
    p: PageCtx,
    actor: Actor,
    Query(q): Query<SearchQuery>,
) -> AppResult<Response> {
    let user = CurrentUser(actor.user.clone());
    let scope = super::scope(&user)?;
    let municipality = scope.municipality_id.as_str();
    let search = match q.inlog.trim() {
        "" => None,
        login => Some(find(&app, &actor, municipality, login).await?),
    };
    let (form, errors) = (UserForm::default(), FieldErrors::new());
    page_with(&app, p, municipality, form, errors, None, search).await
}

impl UserForm {
    /// Checks the form (pure): a name, an e-mail address or a login name, a role, and a team for
    /// roles that work in one. Returns the account and its grant.
    fn check(
        &self,
        teams: &[Team],
        municipality_id: &str,
        loc: Locale,
    ) -> Result<(NewUser, Grant), FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = self.display_name.trim();
        if name.is_empty() {
            errors.add("display_name", "name-required");
        } else if name.chars().count() > 120 {
            errors.add("display_name", "name-too-long");
        } else if !crate::web::validate::clean_text(name, false) {
            errors.add("display_name", "text-control-characters");
        }
        let email = self.email.trim().to_lowercase();
        if !email.is_empty() && !looks_like_email(&email) {
            errors.add("email", "email-invalid");
        }
        let login = if email.is_empty() {
            self.login_name.trim().to_lowercase()
        } else {
            email.clone()
        };
        if email.is_empty() && !valid_login_name(&login) {
            errors.add("login_name", "login-name-invalid");
        }
        let role = Role::parse(&self.role);
        let team_id = teams
            .iter()
            .find(|t| t.id == self.team_id)
            .map(|t| t.id.clone());
        match role {
            None => errors.add("role", "role-required"),
            Some(r) if r.needs_team() && team_id.is_none() => {
                errors.add("team_id", "team-required")
            }
            _ => {}
        }
        let Some(role) = role.filter(|_| errors.is_empty()) else {
            return Err(errors);
        };
        let user = NewUser {
            login_name: login,
            email: (!email.is_empty()).then_some(email),
            display_name: name.to_string(),
            password_hash: None,
            locale: loc.code().to_string(),
            totp_secret: None,
        };
        let grant = Grant {
            role,
            municipality_id: municipality_id.to_string(),
            team_id: if role.needs_team() { team_id } else { None },
        };
        Ok((user, grant))
    }
}

/// Creates the user with an invitation; a login name or address that is taken is a message on
/// its field.
async fn invite(
    app: &AppState,
    user: &NewUser,
    grant: Grant,
    loc: Locale,
) -> AppResult<Result<Invited, FieldErrors>> {
    let mut tx = app.db.begin().await?;
    match service::create_with_invitation(app, &mut tx, user, &[grant], loc).await {
        Ok((_, link)) => {
            tx.commit().await?;
            Ok(Ok(Invited {
                name: user.display_name.clone(),
                link,
                mailed: user.email.is_some(),
            }))
        }
        Err(e) if is_unique_violation(&e) => {
            let field = if user.email.is_some() {
                "email"
            } else {
                "login_name"
            };
            let mut errors = FieldErrors::new();
            errors.add(field, "login-taken");
            Ok(Err(errors))
        }
        Err(e) => Err(e.into()),
    }
}

/// POST /beheer/gebruikers — creates the user and sends (or shows) an invitation link.
pub async fn user_post(
    State(app): State<AppState>,
    p: PageCtx,
    user: CurrentUser,
    Form(form): Form<UserForm>,
) -> AppResult<Response> {
    let scope = super::scope(&user)?;
    let municipality = scope.municipality_id.as_str();
    let (teams, _) = places::teams(&app.db, municipality).await?;
    let (new_user, grant) = match form.check(&teams, municipality, p.loc) {
        Ok(checked) => checked,
        Err(errors) => return page(&app, p, municipality, form, errors, None).await,
    };
    match invite(&app, &new_user, grant, p.loc).await? {
        Ok(invited) => {
            let (fresh, none) = (UserForm::default(), FieldErrors::new());
            page(&app, p, municipality, fresh, none, Some(invited)).await
        }
        Err(errors) => page(&app, p, municipality, form, errors, None).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_role_that_works_in_a_team_needs_one() {
        let form = UserForm {
            display_name: "Noor".into(),
            email: "noor@x.nl".into(),
            role: "jeugdprofessional".into(),
            ..UserForm::default()
        };
        let errors = form.check(&[], "m1", Locale::Nl).err().unwrap();
        assert_eq!(errors.get("team_id"), Some("team-required"));
        let no_role = UserForm {
            role: "koning".into(),
            login_name: "x".into(),
            email: String::new(),
            ..form
        };
        let errors = no_role.check(&[], "m1", Locale::Nl).err().unwrap();
        assert_eq!(errors.get("role"), Some("role-required"));
        assert_eq!(errors.get("login_name"), Some("login-name-invalid"));
    }
}
