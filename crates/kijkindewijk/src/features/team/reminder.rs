//! The overdue reminder: a task with a date queues a job for the morning after it; if the task is
//! still open then, its assignee gets one mail. The mail holds a link to the team page and the
//! date, never the task's text (it may name a young person).

use fluent_templates::fluent_bundle::FluentValue;
use serde::Deserialize;
use time::Date;

use super::repo;
use crate::db::Tx;
use crate::i18n::Locale;
use crate::platform::{jobs, mail};
use crate::state::AppState;

/// Job kind.
pub const KIND: &str = "team.task_overdue";

/// The reminder as a kind of background job (listed in `features::JOBS`).
pub const JOB: jobs::Job = jobs::Job {
    kind: KIND,
    run: |app, payload| Box::pin(run(app, payload)),
};

/// Queues the reminder for the day after `due_on`.
pub async fn schedule(tx: &mut Tx, task_id: &str, due_on: Date) -> Result<(), sqlx::Error> {
    let payload = serde_json::json!({ "task_id": task_id });
    let at = due_on.next_day().unwrap_or(due_on).midnight().assume_utc();
    jobs::enqueue(tx, KIND, &payload, at, 5).await.map(|_| ())
}

/// Runs the job.
pub async fn run(app: &AppState, payload: &str) -> anyhow::Result<()> {
    #[derive(Deserialize)]
    struct Payload {
        task_id: String,
    }
    let Payload { task_id } = serde_json::from_str(payload)?;
    let Some(task) = repo::tasks::for_reminder(&app.db, &task_id).await? else {
        return Ok(()); // removed meanwhile
    };
    let (Some(email), Some(due_on)) = (task.email, task.due_on) else {
        return Ok(());
    };
    if task.done_at.is_some() || task.reminded_at.is_some() {
        return Ok(());
    }
    let loc = task
        .locale
        .as_deref()
        .and_then(Locale::from_code)
        .unwrap_or_default();
    let link = format!("{}/team/overzicht#taken", app.config.base_url());
    let subject = loc.t("team-mail-overdue-subject");
    let body = loc.t_args(
        "team-mail-overdue-body",
        &[
            ("due", FluentValue::from(crate::clock::format_date(due_on))),
            ("link", FluentValue::from(link)),
        ],
    );
    let mut tx = app.db.begin().await?;
    if !repo::tasks::mark_reminded(&mut tx, &task_id).await? {
        return Ok(()); // done or reminded by another instance meanwhile
    }
    let smtp = app.config.smtp_url.is_some();
    mail::queue(&mut tx, smtp, None, &email, &subject, &body).await?;
    tx.commit().await?;
    Ok(())
}
