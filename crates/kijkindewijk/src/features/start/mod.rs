//! `/start` sends a user to the start page of their role (or lets them choose), and one start page
//! per role shows where their work lives.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::auth::{CurrentUser, Role};
use crate::error::AppResult;
use crate::places::repo as places;
use crate::state::AppState;
use crate::web::routes::Routes;
use crate::web::{PageCtx, html, see_other};

/// Routes of this feature.
pub fn routes() -> Routes {
    let mut routes = Routes::new().get("/start", start_get);
    for role in Role::ALL {
        routes = routes.get(
            role.start_path(),
            move |s: State<AppState>, p: PageCtx, u: CurrentUser| role_start_get(s, p, u, role),
        );
    }
    routes
}

/// A section of a start page: a heading, a short text and optional links.
pub struct Section {
    /// Heading message id.
    pub heading_id: &'static str,
    /// Text message id.
    pub text_id: &'static str,
    /// Links as (message id, path).
    pub links: Vec<(&'static str, &'static str)>,
}

fn with_links(
    heading_id: &'static str,
    text_id: &'static str,
    links: Vec<(&'static str, &'static str)>,
) -> Section {
    Section {
        heading_id,
        text_id,
        links,
    }
}

/// The sections of each role's start page. Features add their links here as they arrive.
pub fn sections(role: Role) -> Vec<Section> {
    match role {
        Role::Jongere => vec![
            with_links(
                "start-jongere-plan",
                "start-jongere-plan-text",
                vec![
                    ("youth-tab-plan", "/mijn/plan"),
                    ("barrier-young-page-title", "/hindernissen-weghalen"),
                ],
            ),
            with_links(
                "start-jongere-network",
                "start-jongere-network-text",
                vec![
                    ("youth-tab-network", "/mijn/netwerk"),
                    ("youth-tab-introductions", "/mijn/introducties"),
                ],
            ),
            with_links(
                "start-jongere-sharing",
                "start-jongere-sharing-text",
                vec![
                    ("youth-tab-sharing", "/mijn/delen"),
                    ("team-consent-title", "/mijn/toestemming"),
                    ("youth-tab-log", "/mijn/logboek"),
                    ("youth-tab-rights", "/mijn/gegevens"),
                ],
            ),
        ],
        Role::Ouder => vec![
            with_links(
                "start-ouder-children",
                "start-ouder-children-text",
                vec![("youth-children-title", "/ouder/kinderen")],
            ),
            with_links(
                "start-ouder-actions",
                "start-ouder-actions-text",
                vec![("assigned-title", "/mijn-acties")],
            ),
            with_links(
                "start-ouder-consent",
                "start-ouder-consent-text",
                vec![("start-ouder-consent-link", "/ouder/kinderen#toestemming")],
            ),
        ],
        Role::Netwerklid => vec![
            with_links(
                "start-netwerklid-shared",
                "start-netwerklid-shared-text",
                vec![("youth-network-title", "/netwerk/jongeren")],
            ),
            with_links(
                "start-netwerklid-actions",
                "start-netwerklid-actions-text",
                vec![("assigned-title", "/mijn-acties")],
            ),
        ],
        Role::Jeugdprofessional => vec![
            with_links(
                "start-prof-caseload",
                "start-prof-caseload-text",
                vec![
                    ("youth-caseload-title", "/team/jongeren"),
                    ("youth-register-title", "/team/jongeren/nieuw"),
                ],
            ),
            with_links(
                "start-prof-barriers",
                "start-prof-barriers-text",
                vec![
                    ("barrier-list-title", "/hindernissen"),
                    ("barrier-new-title", "/hindernissen/nieuw"),
                ],
            ),
            with_links(
                "start-prof-tasks",
                "start-prof-tasks-text",
                vec![("start-prof-tasks-link", "/team/overzicht#taken")],
            ),
        ],
        Role::Teamleider => vec![
            with_links(
                "start-lead-team",
                "start-lead-team-text",
                vec![
                    ("team-title", "/team/overzicht"),
                    ("youth-caseload-title", "/team/jongeren"),
                ],
            ),
            with_links(
                "start-lead-escalations",
                "start-lead-escalations-text",
                vec![
                    ("barrier-inbox-title", "/escalaties"),
                    ("barrier-list-title", "/hindernissen"),
                    ("monitor-title", "/monitor"),
                ],
            ),
        ],
        Role::Partner => vec![
            Section {
                heading_id: "start-partner-offer",
                text_id: "start-partner-offer-text",
                links: vec![
                    ("map-manage-title", "/sociale-kaart/beheer"),
                    ("map-nav", "/sociale-kaart"),
                ],
            },
            with_links(
                "start-partner-introductions",
                "start-partner-introductions-text",
                vec![("intro-inbox-title", "/partner/introducties")],
            ),
        ],
        Role::Beleid => vec![
            with_links(
                "start-policy-monitor",
                "start-policy-monitor-text",
                vec![("start-policy-monitor-link", "/monitor")],
            ),
            with_links(
                "start-policy-barriers",
                "start-policy-barriers-text",
                vec![
                    ("barrier-inbox-title", "/escalaties"),
                    ("barrier-report-title", "/rapportage/hindernissen"),
                ],
            ),
        ],
        Role::Redacteur => vec![
            with_links(
                "start-editor-pages",
                "start-editor-pages-text",
                vec![
                    ("site-editor-pages", "/redactie/paginas"),
                    ("mag-editor-title", "/redactie/magazine"),
                    ("site-images-title", "/redactie/afbeeldingen"),
                    ("webinar-admin-title", "/redactie/webinars"),
                ],
            ),
            with_links(
                "start-editor-moderation",
                "start-editor-moderation-text",
                vec![
                    ("idea-moderation-title", "/redactie/ideeen"),
                    ("contact-messages-title", "/redactie/berichten"),
                ],
            ),
            socialmap_section(),
        ],
        Role::Beheerder => vec![
            Section {
                heading_id: "start-admin-setup",
                text_id: "start-admin-setup-text",
                links: vec![
                    ("admin-areas-title", "/beheer/gebieden"),
                    ("admin-teams-title", "/beheer/teams"),
                    ("admin-users-title", "/beheer/gebruikers"),
                    ("admin-outbox-title", "/beheer/e-mail"),
                ],
            },
            with_links(
                "start-admin-barriers",
                "start-admin-barriers-text",
                vec![("category-title", "/beheer/hindernis-categorieen")],
            ),
            socialmap_section(),
        ],
    }
}

/// The social map's section for redacteur and beheerder: its listings and organisations.
fn socialmap_section() -> Section {
    Section {
        heading_id: "map-start-heading",
        text_id: "map-start-text",
        links: vec![
            ("map-manage-title", "/sociale-kaart/beheer"),
            ("map-orgs-title", "/sociale-kaart/beheer/organisaties"),
        ],
    }
}

#[derive(Template)]
#[template(path = "start/choose.html")]
struct ChoosePage {
    page: PageCtx,
    roles: Vec<Role>,
}

#[derive(Template)]
#[template(path = "start/role.html")]
struct RolePage {
    page: PageCtx,
    role: Role,
    municipality: String,
    team: Option<String>,
    sections: Vec<Section>,
    /// The member's open tasks, shown on the "Taken" card.
    tasks: Vec<crate::features::team::StartTask>,
    /// Open consent requests the young person answers (a notice with the count).
    consent_asked: i64,
}

/// GET /start
pub async fn start_get(page: PageCtx, user: CurrentUser) -> AppResult<Response> {
    let roles = user.roles();
    match roles.as_slice() {
        [only] => Ok(see_other(only.start_path())),
        _ => html(&ChoosePage { page, roles }),
    }
}

async fn role_start_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    role: Role,
) -> AppResult<Response> {
    let grant = user.require(role)?;
    let municipality = places::municipality(&app.db, &grant.municipality_id)
        .await?
        .map(|m| m.name)
        .unwrap_or_default();
    let team = match &grant.team_id {
        Some(team_id) => places::team(&app.db, team_id).await?.map(|t| t.name),
        None => None,
    };
    let tasks = if role == Role::Jeugdprofessional {
        crate::features::team::tasks_for_start(&app, &user.id).await?
    } else {
        Vec::new()
    };
    let consent_asked = if role == Role::Jongere {
        crate::features::team::consent_asked_of(&app, &user.id, "self")
            .await?
            .iter()
            .map(|a| a.count)
            .sum()
    } else {
        0
    };
    html(&RolePage {
        page,
        role,
        consent_asked,
        municipality,
        team,
        sections: sections(role),
        tasks,
    })
}
