//! The three-month question: when an introduction starts, a job is queued for 90 days later; if it
//! is still "started" then, the partner (and the young person, unless they asked not to be
//! contacted) get a mail asking whether it still runs. The mail holds a link, no personal data.

use fluent_templates::fluent_bundle::FluentValue;
use serde::Deserialize;

use super::domain::{LASTING_DAYS, Status};
use super::repo;
use crate::access::Part;
use crate::access::log;
use crate::db::{Tx, now};
use crate::features::youth::seam as youth;
use crate::i18n::Locale;
use crate::platform::{jobs, mail};
use crate::state::AppState;

/// Job kind.
pub const KIND: &str = "introduction.follow_up";

/// The job, for the worker's list of jobs.
pub const JOB: jobs::Job = jobs::Job {
    kind: KIND,
    run: |app, payload| Box::pin(run(app, payload)),
};

/// Queues the question for when the introduction has run three months.
pub async fn schedule(tx: &mut Tx, introduction_id: &str) -> Result<(), sqlx::Error> {
    let payload = serde_json::json!({ "introduction_id": introduction_id });
    jobs::enqueue(
        tx,
        KIND,
        &payload,
        now() + time::Duration::days(LASTING_DAYS),
        5,
    )
    .await
    .map(|_| ())
}

/// Where the question goes: the organisation's address, and the young person's own address unless
/// they asked not to be contacted.
async fn addresses(app: &AppState, intro: &repo::Intro) -> Result<Vec<String>, sqlx::Error> {
    let mut out: Vec<String> = intro.organization_email.iter().cloned().collect();
    if !intro.no_contact {
        out.extend(youth::own_email(&app.db, &intro.young_person_id).await?);
    }
    Ok(out)
}

/// Runs the job.
pub async fn run(app: &AppState, payload: &str) -> anyhow::Result<()> {
    #[derive(Deserialize)]
    struct Payload {
        introduction_id: String,
    }
    let Payload { introduction_id } = serde_json::from_str(payload)?;
    let Some(intro) = repo::one(&app.db, &introduction_id).await? else {
        return Ok(()); // erased meanwhile
    };
    if intro.status() != Status::Started {
        return Ok(()); // already answered or ended
    }
    let emails = addresses(app, &intro).await?;
    if !intro.no_contact {
        // Looking up the young person's own address is a read of their data: it is in their log.
        let line = log::Entry {
            young_person_id: &intro.young_person_id,
            actor_user_id: None,
            actor_role: "systeem",
            actor_name: "KijKINDeWijk",
            part: Part::Introduction,
            action: "read",
            allowed: true,
            ground: "follow_up",
            emergency: false,
            request_id: None,
        };
        log::record(&app.db, &line).await?;
    }
    let loc = Locale::Nl;
    let link = format!("{}/introducties/{}", app.config.base_url(), intro.id);
    let subject = loc.t("intro-mail-followup-subject");
    let body = loc.t_args(
        "intro-mail-followup-body",
        &[
            ("service", FluentValue::from(intro.service_name.clone())),
            ("link", FluentValue::from(link)),
        ],
    );
    let mut tx = app.db.begin().await?;
    for to in emails {
        mail::queue(
            &mut tx,
            app.config.smtp_url.is_some(),
            Some(&intro.municipality_id),
            &to,
            &subject,
            &body,
        )
        .await?;
    }
    tx.commit().await?;
    repo::mark_follow_up(&app.db, &intro.id).await?;
    Ok(())
}
