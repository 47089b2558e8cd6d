//! Who may keep which listings: a partner the listings of the organisations they are linked to,
//! a redacteur or beheerder every listing of their municipality. Another municipality's listings
//! are "not found" for them, never "forbidden", so ids do not leak.

use crate::auth::{CurrentUser, Role, SessionUser};
use crate::error::{AppError, AppResult};
use crate::features::socialmap::repo::orgs;
use crate::state::AppState;

/// The scope of the logged-in user on the social map.
#[derive(Debug, Clone)]
pub struct Editor {
    /// User id.
    pub user_id: String,
    /// The municipality they work in.
    pub municipality_id: String,
    /// `None` for editors (all organisations); the linked ones for partners.
    pub organizations: Option<Vec<String>>,
}

impl Editor {
    /// A redacteur or beheerder (may create organisations and mark listings as checked).
    pub fn is_staff(&self) -> bool {
        self.organizations.is_none()
    }

    /// May edit listings of this organisation in this municipality.
    pub fn may_edit(&self, municipality_id: &str, organization_id: &str) -> bool {
        municipality_id == self.municipality_id
            && self
                .organizations
                .as_ref()
                .is_none_or(|o| o.iter().any(|x| x == organization_id))
    }

    /// Not found unless [`Editor::may_edit`].
    pub fn check(&self, municipality_id: &str, organization_id: &str) -> AppResult<()> {
        if self.may_edit(municipality_id, organization_id) {
            Ok(())
        } else {
            Err(AppError::NotFound)
        }
    }
}

/// The user's scope, if they may keep listings at all.
pub async fn editor_of(app: &AppState, user: &SessionUser) -> AppResult<Option<Editor>> {
    if let Some(g) = user
        .grant(Role::Redacteur)
        .or_else(|| user.grant(Role::Beheerder))
    {
        return Ok(Some(Editor {
            user_id: user.id.clone(),
            municipality_id: g.municipality_id.clone(),
            organizations: None,
        }));
    }
    if let Some(g) = user.grant(Role::Partner) {
        let ids = orgs::ids_of_member(&app.db, &user.id, &g.municipality_id).await?;
        return Ok(Some(Editor {
            user_id: user.id.clone(),
            municipality_id: g.municipality_id.clone(),
            organizations: Some(ids),
        }));
    }
    Ok(None)
}

/// The scope of a user who must be a partner, redacteur or beheerder (403 otherwise).
pub async fn editor(app: &AppState, user: &CurrentUser) -> AppResult<Editor> {
    editor_of(app, user).await?.ok_or(AppError::Forbidden)
}

/// A redacteur or beheerder (403 otherwise).
pub async fn staff(app: &AppState, user: &CurrentUser) -> AppResult<Editor> {
    let e = editor(app, user).await?;
    if e.is_staff() {
        Ok(e)
    } else {
        Err(AppError::Forbidden)
    }
}
