//! Queries of the team's week. Pages call these only after the access gate let them through (or,
//! for the team itself, after checking the actor's team grant); no page module builds SQL.

pub mod actions;
pub mod caseload;
pub mod consent;
pub mod involvement;
pub mod notes;
pub mod tasks;
pub mod team;

use sea_query::Iden;

/// `team_tasks`
#[derive(Iden, Clone, Copy)]
pub enum TeamTasks {
    Table,
    Id,
    TeamId,
    AssigneeUserId,
    CreatedBy,
    YoungPersonId,
    Title,
    DueOn,
    DoneAt,
    RemindedAt,
    CreatedAt,
    UpdatedAt,
}

/// `consent_requests`
#[derive(Iden, Clone, Copy)]
pub enum ConsentRequests {
    Table,
    Id,
    YoungPersonId,
    Part,
    TeamId,
    RequestedBy,
    RequestedByName,
    Status,
    AnsweredBy,
    AnsweredAt,
    CreatedAt,
}

/// `youth_notes`
#[derive(Iden, Clone, Copy)]
pub enum YouthNotes {
    Table,
    Id,
    YoungPersonId,
    AuthorUserId,
    AuthorName,
    Body,
    Kind,
    BarrierId,
    CreatedAt,
}
