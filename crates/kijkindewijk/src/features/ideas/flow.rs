//! The changes to ideas, each in one transaction with its mail: sharing an idea (and following it
//! by a confirmed address), supporting once, reporting (hidden past the threshold), moderation in
//! bulk, and the official answer that goes to the followers.

use fluent_templates::fluent_bundle::FluentValue;

use super::domain::{self, AnswerState, Decision, NewIdea, Status};
use super::repo::{self, Idea};
use crate::crypto::{random_token, sha256_hex};
use crate::db::{Tx, is_unique_violation};
use crate::i18n::Locale;
use crate::platform::mail;
use crate::state::AppState;

async fn confirm_mail(
    app: &AppState,
    tx: &mut Tx,
    municipality_id: &str,
    to: &str,
    token: &str,
    id: &str,
    title: &str,
) -> anyhow::Result<()> {
    let loc = Locale::Nl;
    let link = format!("{}/ideeen/bevestigen/{token}", app.config.base_url());
    let body = loc.t_args(
        &format!("{id}-body"),
        &[
            ("title", FluentValue::from(title.to_string())),
            ("link", FluentValue::from(link)),
        ],
    );
    let subject = loc.t1(&format!("{id}-subject"), "title", title);
    let smtp = app.config.smtp_url.is_some();
    mail::queue(tx, smtp, Some(municipality_id), to, &subject, &body).await?;
    Ok(())
}

/// Stores a new idea (waiting for moderation); an address given gets a link to confirm it wants
/// the updates.
pub async fn share(
    app: &AppState,
    municipality_id: &str,
    idea: &NewIdea,
    author: Option<&str>,
) -> anyhow::Result<String> {
    let mut tx = app.db.begin().await?;
    let id = repo::insert(&mut tx, municipality_id, idea, author).await?;
    if let Some(email) = &idea.email {
        let token = random_token();
        repo::insert_follower(&mut tx, &id, email, &sha256_hex(&token)).await?;
        confirm_mail(
            app,
            &mut tx,
            municipality_id,
            email,
            &token,
            "idea-mail-follow",
            &idea.title,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// Who supports.
pub enum Supporter<'a> {
    /// A logged-in user: counts at once.
    User(&'a str),
    /// A visitor: counts once the address is confirmed.
    Email(&'a str),
}

/// Outcome of a support.
#[derive(Debug, PartialEq, Eq)]
pub enum Supported {
    /// Counted.
    Counted,
    /// A link was mailed to confirm.
    MailSent,
    /// This account or address supports the idea already.
    Twice,
}

/// Supports an idea once per account or per address.
pub async fn support(app: &AppState, idea: &Idea, who: Supporter<'_>) -> anyhow::Result<Supported> {
    let mut tx = app.db.begin().await?;
    let (key, email, token) = match who {
        Supporter::User(id) => (format!("u:{id}"), None, None),
        Supporter::Email(e) => (
            format!("e:{}", app.keyed_hash(e)),
            Some(e),
            Some(random_token()),
        ),
    };
    let hash = token.as_deref().map(sha256_hex);
    match repo::insert_support(&mut tx, &idea.id, &key, email, hash.as_deref()).await {
        Err(e) if is_unique_violation(&e) => return Ok(Supported::Twice),
        other => other?,
    }
    let outcome = match (email, &token) {
        (Some(e), Some(t)) => {
            confirm_mail(
                app,
                &mut tx,
                &idea.municipality_id,
                e,
                t,
                "idea-mail-support",
                &idea.title,
            )
            .await?;
            Supported::MailSent
        }
        _ => Supported::Counted,
    };
    tx.commit().await?;
    Ok(outcome)
}

/// Reports an idea; past the threshold it is hidden. Returns whether this report counted.
pub async fn report(app: &AppState, idea_id: &str, reporter_key: &str) -> anyhow::Result<bool> {
    let mut tx = app.db.begin().await?;
    let Some(status) = repo::status(&mut tx, idea_id).await? else {
        return Ok(false);
    };
    if !domain::is_public(status) || !repo::insert_report(&mut tx, idea_id, reporter_key).await? {
        return Ok(false);
    }
    let reports = repo::report_count(&mut tx, idea_id).await?;
    let next = domain::after_report(status, reports);
    if next != status {
        repo::set_status(&mut tx, idea_id, status, next).await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// Applies one decision to several ideas of the municipality; returns how many changed, or `None`
/// (and changes nothing) when one of them is not an idea of this municipality.
pub async fn moderate(
    app: &AppState,
    municipality_id: &str,
    ids: &[String],
    decision: Decision,
) -> anyhow::Result<Option<usize>> {
    let mut ideas = Vec::new();
    for id in ids {
        match repo::get(&app.db, id).await? {
            Some(i) if i.municipality_id == municipality_id => ideas.push(i),
            _ => return Ok(None),
        }
    }
    let mut tx = app.db.begin().await?;
    let mut changed = 0;
    for idea in &ideas {
        let Some(from) = Status::parse(&idea.status) else {
            continue;
        };
        let Some(to) = domain::decide(from, decision) else {
            continue;
        };
        if repo::set_status(&mut tx, &idea.id, from, to).await? {
            if from == Status::Hidden && to == Status::Published {
                repo::clear_reports(&mut tx, &idea.id).await?;
            }
            changed += 1;
        }
    }
    tx.commit().await?;
    Ok(Some(changed))
}

/// Saves the official answer and mails it to the confirmed followers.
pub async fn answer(
    app: &AppState,
    idea: &Idea,
    state: AnswerState,
    text: &str,
    by_name: &str,
    barrier_id: Option<&str>,
) -> anyhow::Result<()> {
    let loc = Locale::Nl;
    let mut tx = app.db.begin().await?;
    repo::answer(&mut tx, &idea.id, state, text, by_name, barrier_id).await?;
    let link = format!("{}/ideeen/{}", app.config.base_url(), idea.id);
    let body = loc.t_args(
        "idea-mail-answer-body",
        &[
            ("title", FluentValue::from(idea.title.clone())),
            ("state", FluentValue::from(loc.t(&state.label_id()))),
            ("text", FluentValue::from(text.to_string())),
            ("link", FluentValue::from(link)),
        ],
    );
    let subject = loc.t1("idea-mail-answer-subject", "title", &idea.title);
    let smtp = app.config.smtp_url.is_some();
    for to in repo::followers(&mut tx, &idea.id).await? {
        mail::queue(
            &mut tx,
            smtp,
            Some(&idea.municipality_id),
            &to,
            &subject,
            &body,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
