//! The team's week: the team page (wijken, members, the viewer's caseload with what needs
//! attention, everyone's tasks), tasks and reminders, starting, ending and handing over an
//! involvement, and "vraag toestemming" where a part is not shared with the team.

mod caseload;
mod consent;
pub mod demo;
pub mod domain;
mod involvement;
mod page;
pub mod reminder;
pub mod repo;
mod tasks;

pub use caseload::{Row as CaseloadRow, rows as caseload_rows};
pub use consent::{Asked as ConsentAsked, asked_of as consent_asked_of, not_shared};
pub use tasks::{StartTask, for_start as tasks_for_start};

use crate::auth::{Grant, Role, SessionUser};
use crate::error::{AppError, AppResult};
use crate::web::routes::Routes;

/// Routes of this feature.
pub fn routes() -> Routes {
    Routes::new()
        .get("/team/overzicht", page::team_get)
        .post("/team/taken", tasks::task_post)
        .post("/team/taken/{task_id}/klaar", tasks::done_post)
        .get_post(
            "/jongeren/{id}/betrokkenheid",
            involvement::involvement_get,
            involvement::involvement_post,
        )
        .post("/jongeren/{id}/toestemming-vragen", consent::ask_post)
        .get("/jongeren/{id}/toestemming", consent::requests_get)
        .post(
            "/jongeren/{id}/toestemming/{request_id}",
            consent::answer_post,
        )
}

/// The team grant the user acts in: teamleider first, then jeugdprofessional; a team role without
/// a team (or no team role) is refused.
pub fn team_grant(user: &SessionUser) -> AppResult<Grant> {
    [Role::Teamleider, Role::Jeugdprofessional]
        .into_iter()
        .filter_map(|r| user.grant(r))
        .find(|g| g.team_id.is_some())
        .cloned()
        .ok_or(AppError::Forbidden)
}

/// The role a team member acts in, for the access log.
pub fn log_role(user: &SessionUser) -> &'static str {
    if user.has(Role::Jeugdprofessional) {
        "jeugdprofessional"
    } else {
        "teamleider"
    }
}
