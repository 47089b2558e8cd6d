//! The deadline reminder: an escalation queues a job for the day after its deadline; if it is still
//! unanswered then, the one who must answer and the escalating team's teamleider get a mail. It
//! fires once (the escalation keeps when it was sent). The mail holds a link and the title written
//! for that level, no personal data.

use fluent_templates::fluent_bundle::FluentValue;
use serde::Deserialize;
use time::Date;

use super::repo::{self, EventLine};
use crate::db::Tx;
use crate::i18n::Locale;
use crate::platform::{jobs, mail};
use crate::state::AppState;

/// Job kind.
pub const KIND: &str = "barrier.deadline";

/// The reminder as a kind of background job (listed in `features::JOBS`).
pub const JOB: jobs::Job = jobs::Job {
    kind: KIND,
    run: |app, payload| Box::pin(run(app, payload)),
};

/// Queues the reminder for the day after `deadline`.
pub async fn schedule(tx: &mut Tx, escalation_id: &str, deadline: Date) -> Result<(), sqlx::Error> {
    let payload = serde_json::json!({ "escalation_id": escalation_id });
    let at = deadline
        .next_day()
        .unwrap_or(deadline)
        .midnight()
        .assume_utc();
    jobs::enqueue(tx, KIND, &payload, at, 5).await.map(|_| ())
}

/// Runs the job.
pub async fn run(app: &AppState, payload: &str) -> anyhow::Result<()> {
    #[derive(Deserialize)]
    struct Payload {
        escalation_id: String,
    }
    let Payload { escalation_id } = serde_json::from_str(payload)?;
    let Some(e) = repo::escalation(&app.db, &escalation_id).await? else {
        return Ok(()); // removed meanwhile
    };
    if e.answered_at.is_some() || e.reminded_at.is_some() {
        return Ok(());
    }
    let to = repo::reminder_addresses(&app.db, &e).await?;
    let loc = Locale::Nl;
    let link = format!("{}/hindernissen/{}", app.config.base_url(), e.barrier_id);
    let subject = loc.t("barrier-mail-reminder-subject");
    let body = loc.t_args(
        "barrier-mail-reminder-body",
        &[
            ("title", FluentValue::from(e.title.clone())),
            ("deadline", FluentValue::from(e.deadline.to_string())),
            ("link", FluentValue::from(link)),
        ],
    );
    let mut tx = app.db.begin().await?;
    if !repo::mark_reminded(&mut tx, &e.id).await? {
        return Ok(()); // answered or reminded by another instance meanwhile
    }
    for address in to {
        let smtp = app.config.smtp_url.is_some();
        mail::queue(
            &mut tx,
            smtp,
            Some(&e.municipality_id),
            &address,
            &subject,
            &body,
        )
        .await?;
    }
    let line = EventLine {
        kind: "reminded",
        from: None,
        to: None,
        note: "",
        by_user_id: None,
        by_name: "KijKINDeWijk",
        by_kind: "system",
    };
    repo::event(&mut tx, &e.barrier_id, &line).await?;
    tx.commit().await?;
    Ok(())
}
