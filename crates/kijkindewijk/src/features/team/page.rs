//! GET /team/overzicht — the team page for the teamleider and the members.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::caseload::{self, Row};
use super::domain;
use super::repo::{self, tasks::Task, team::Member};
use super::team_grant;
use crate::access::Actor;
use crate::auth::{Grant, Role};
use crate::db::now;
use crate::error::{AppResult, FieldErrors};
use crate::places::repo as places;
use crate::state::AppState;
use crate::web::{PageCtx, render};

/// What was typed in the task form.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct TaskForm {
    /// What.
    #[serde(default)]
    pub title: String,
    /// By when (`YYYY-MM-DD`).
    #[serde(default)]
    pub due_on: String,
    /// For whom.
    #[serde(default)]
    pub assignee: String,
    /// Concerning whom.
    #[serde(default)]
    pub young_person_id: String,
}

/// A member with their number of involvements.
pub struct MemberLine {
    /// The member.
    pub member: Member,
    /// Young people they are involved with.
    pub involved: i64,
    /// Their open tasks.
    pub tasks: Vec<Task>,
}

/// A member's young people as the teamleider sees them: counts only, no names.
pub struct MemberAttention {
    /// The member's name.
    pub name: String,
    /// Young people they are involved with.
    pub young: i64,
    /// What needs attention, counted.
    pub attention: domain::Attention,
}

/// The teamleider's view of the team: per member, counts of young people needing attention by
/// kind of signal. Only parts the team may see under the age rules are looked at (the same
/// `domain::signals` as the caseload); no name or id reaches the page.
async fn lead_view(
    app: &AppState,
    team_id: &str,
    members: &[MemberLine],
) -> AppResult<Vec<MemberAttention>> {
    let rows = repo::team::member_young(&app.db, team_id).await?;
    let ids: Vec<String> = rows.iter().map(|r| r.young_person_id.clone()).collect();
    let facts = repo::caseload::facts(&app.db, &ids).await?;
    let today = now().date();
    let mut out = Vec::new();
    for m in members
        .iter()
        .filter(|m| m.member.role == "jeugdprofessional")
    {
        let signals: Vec<Vec<domain::Signal>> = rows
            .iter()
            .filter(|r| r.user_id == m.member.id)
            .map(|r| {
                let f = facts.get(&r.young_person_id).cloned().unwrap_or_default();
                domain::signals(r.birth_date, today, &f)
            })
            .collect();
        out.push(MemberAttention {
            name: m.member.display_name.clone(),
            young: signals.len() as i64,
            attention: domain::attention(&signals),
        });
    }
    Ok(out)
}

#[derive(Template)]
#[template(path = "team/page.html")]
struct TeamPage {
    page: PageCtx,
    team: String,
    wijken: Vec<String>,
    members: Vec<MemberLine>,
    caseload: Vec<Row>,
    lead: Option<Vec<MemberAttention>>,
    form: TaskForm,
    errors: FieldErrors,
    me: String,
}

impl TeamPage {
    fn role_id(&self, m: &Member) -> String {
        format!("role-{}", m.role)
    }
    fn due(&self, t: &Task) -> String {
        t.due_on
            .map(crate::features::youth::validate::date_value)
            .unwrap_or_default()
    }
    fn overdue(&self, t: &Task) -> bool {
        domain::task_overdue(t.due_on, now().date())
    }
    fn young_name(&self, t: &Task) -> Option<String> {
        let id = t.young_person_id.as_ref()?;
        self.caseload
            .iter()
            .find(|r| &r.id == id)
            .map(|r| r.name.clone())
    }
    fn assignee_options(&self) -> Vec<(String, String)> {
        let mut seen: Vec<(String, String)> = Vec::new();
        for m in &self.members {
            if !seen.iter().any(|(id, _)| id == &m.member.id) {
                seen.push((m.member.id.clone(), m.member.display_name.clone()));
            }
        }
        seen
    }
    fn assignee_selected(&self) -> String {
        if self.form.assignee.is_empty() {
            self.me.clone()
        } else {
            self.form.assignee.clone()
        }
    }
}

/// Renders the team page for the actor's team, with a task form as typed.
pub async fn render_page(
    app: &AppState,
    page: PageCtx,
    actor: &Actor,
    grant: &Grant,
    form: TaskForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let team_id = grant.team_id.clone().unwrap_or_default();
    let team = places::team(&app.db, &team_id).await?.map(|t| t.name);
    let wijken = repo::team::wijken(&app.db, &team_id).await?;
    let counts = repo::team::involvement_counts(&app.db, &team_id).await?;
    let mut tasks = repo::tasks::open_for_team(&app.db, &team_id).await?;
    let caseload = caseload::rows(app, actor, &grant.municipality_id).await?;
    let mut members = Vec::new();
    for member in repo::team::members(&app.db, &team_id).await? {
        let involved = counts.iter().find(|c| c.0 == member.id).map_or(0, |c| c.1);
        let (mine, rest): (Vec<Task>, Vec<Task>) = tasks
            .into_iter()
            .partition(|t| t.assignee_user_id == member.id);
        tasks = rest;
        members.push(MemberLine {
            member,
            involved,
            tasks: mine,
        });
    }
    let lead = if actor.user.has(Role::Teamleider) {
        Some(lead_view(app, &team_id, &members).await?)
    } else {
        None
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(
        status,
        &TeamPage {
            page,
            team: team.unwrap_or_default(),
            wijken,
            members,
            caseload,
            lead,
            form,
            errors,
            me: actor.user.id.clone(),
        },
    )
}

/// GET /team/overzicht
pub async fn team_get(
    State(app): State<AppState>,
    page: PageCtx,
    actor: Actor,
) -> AppResult<Response> {
    let grant = team_grant(&actor.user)?;
    render_page(
        &app,
        page,
        &actor,
        &grant,
        TaskForm::default(),
        FieldErrors::new(),
    )
    .await
}
