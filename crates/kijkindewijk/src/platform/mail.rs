//! Outgoing e-mail: written to the outbox in the same transaction as its cause, delivered by a
//! job through SMTP with retries. Without SMTP configured a message is held, and the beheerder can
//! read it in the outbox, so nothing is lost.

use lettre::message::header::ContentType;
use lettre::message::{MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_query::{Alias, Expr, Iden, Order, Query, SimpleExpr};
use time::OffsetDateTime;

use super::jobs::{self, Job};
use crate::db::{Db, Tx, new_id, now};
use crate::state::AppState;

#[derive(Iden)]
enum Outbox {
    Table,
    Id,
    MunicipalityId,
    ToAddress,
    Subject,
    BodyText,
    Status,
    Attempts,
    LastError,
    CreatedAt,
    SentAt,
    AttachmentName,
    AttachmentType,
    AttachmentBody,
}

/// A file sent along with a message (a calendar invitation, say), kept in the outbox as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// File name shown to the recipient, e.g. `webinar.ics`.
    pub name: String,
    /// Media type, e.g. `text/calendar; charset=utf-8; method=PUBLISH`.
    pub content_type: String,
    /// The file's text.
    pub body: String,
}

/// Kind of the job that delivers one outbox message.
pub const DELIVER_KIND: &str = "mail.deliver";

/// The delivery job, for the worker's list of jobs.
pub const DELIVER_JOB: Job = Job {
    kind: DELIVER_KIND,
    run: |app, payload| Box::pin(deliver_job(app, payload)),
};

/// Attempts before a message is marked as failed.
const MAX_ATTEMPTS: i64 = 8;

/// An outbox message, as listed for the beheerder.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutboxRow {
    /// Id.
    pub id: String,
    /// Recipient.
    pub to_address: String,
    /// Subject.
    pub subject: String,
    /// Plain-text body.
    pub body_text: String,
    /// `pending`, `sent`, `failed` or `held`.
    pub status: String,
    /// Delivery attempts.
    pub attempts: i64,
    /// When it was written.
    pub created_at: OffsetDateTime,
    /// The attachment's file name, if the message has one.
    pub attachment_name: Option<String>,
    /// The attachment's media type.
    pub attachment_type: Option<String>,
    /// The attachment's size in bytes.
    pub attachment_size: Option<i64>,
}

/// The columns of an [`OutboxRow`] besides the attachment's.
const ROW_COLUMNS: [Outbox; 7] = [
    Outbox::Id,
    Outbox::ToAddress,
    Outbox::Subject,
    Outbox::BodyText,
    Outbox::Status,
    Outbox::Attempts,
    Outbox::CreatedAt,
];

/// The attachment's size (its text is ASCII or UTF-8; `LENGTH` counts characters on both
/// backends, close enough for a size shown in kB), without reading the attachment itself.
fn attachment_size() -> SimpleExpr {
    Expr::cust("CAST(LENGTH(attachment_body) AS BIGINT)")
}

/// Puts a message in the outbox and, when SMTP is configured, queues its delivery — both inside the
/// caller's transaction, so a message exists exactly when its cause was committed.
pub async fn queue(
    tx: &mut Tx,
    smtp_configured: bool,
    municipality_id: Option<&str>,
    to: &str,
    subject: &str,
    body: &str,
) -> Result<String, sqlx::Error> {
    queue_with(
        tx,
        smtp_configured,
        municipality_id,
        to,
        subject,
        body,
        None,
    )
    .await
}

/// [`queue`] with an optional attachment.
pub async fn queue_with(
    tx: &mut Tx,
    smtp_configured: bool,
    municipality_id: Option<&str>,
    to: &str,
    subject: &str,
    body: &str,
    attachment: Option<&Attachment>,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let status = if smtp_configured { "pending" } else { "held" };
    let q = Query::insert()
        .into_table(Outbox::Table)
        .columns([
            Outbox::Id,
            Outbox::MunicipalityId,
            Outbox::ToAddress,
            Outbox::Subject,
            Outbox::BodyText,
            Outbox::Status,
            Outbox::CreatedAt,
            Outbox::AttachmentName,
            Outbox::AttachmentType,
            Outbox::AttachmentBody,
        ])
        .values_panic([
            id.clone().into(),
            municipality_id.map(str::to_string).into(),
            to.into(),
            subject.into(),
            body.into(),
            status.into(),
            now().into(),
            attachment.map(|a| a.name.clone()).into(),
            attachment.map(|a| a.content_type.clone()).into(),
            attachment.map(|a| a.body.clone()).into(),
        ])
        .to_owned();
    tx.execute(&q).await?;
    if smtp_configured {
        let payload = serde_json::json!({ "outbox_id": id });
        jobs::enqueue(tx, DELIVER_KIND, &payload, now(), MAX_ATTEMPTS).await?;
    }
    Ok(id)
}

/// Newest outbox messages of one municipality first.
pub async fn list(
    db: &Db,
    municipality_id: &str,
    limit: u64,
) -> Result<Vec<OutboxRow>, sqlx::Error> {
    let q = Query::select()
        .columns(ROW_COLUMNS)
        .columns([Outbox::AttachmentName, Outbox::AttachmentType])
        .expr_as(attachment_size(), Alias::new("attachment_size"))
        .from(Outbox::Table)
        .and_where(Expr::col(Outbox::MunicipalityId).eq(municipality_id))
        .order_by(Outbox::CreatedAt, Order::Desc)
        .limit(limit)
        .to_owned();
    db.fetch_all(&q).await
}

/// Newest outbox messages of the installation, optionally only those to one address (for the
/// `outbox` command).
pub async fn newest(db: &Db, to: Option<&str>, limit: u64) -> Result<Vec<OutboxRow>, sqlx::Error> {
    let mut q = Query::select()
        .columns(ROW_COLUMNS)
        .columns([Outbox::AttachmentName, Outbox::AttachmentType])
        .expr_as(attachment_size(), Alias::new("attachment_size"))
        .from(Outbox::Table)
        .order_by(Outbox::CreatedAt, Order::Desc)
        .limit(limit)
        .to_owned();
    if let Some(to) = to {
        q.and_where(Expr::col(Outbox::ToAddress).eq(to.trim().to_lowercase()));
    }
    db.fetch_all(&q).await
}

/// Once SMTP is configured, messages held earlier are queued for delivery.
pub async fn release_held(db: &Db) -> Result<u64, sqlx::Error> {
    let q = Query::select()
        .column(Outbox::Id)
        .from(Outbox::Table)
        .and_where(Expr::col(Outbox::Status).eq("held"))
        .to_owned();
    let held: Vec<(String,)> = db.fetch_all(&q).await?;
    let mut tx = db.begin().await?;
    for (id,) in &held {
        let q = Query::update()
            .table(Outbox::Table)
            .values([(Outbox::Status, "pending".into())])
            .and_where(Expr::col(Outbox::Id).eq(id.clone()))
            .to_owned();
        tx.execute(&q).await?;
        let payload = serde_json::json!({ "outbox_id": id });
        jobs::enqueue(&mut tx, DELIVER_KIND, &payload, now(), MAX_ATTEMPTS).await?;
    }
    tx.commit().await?;
    Ok(held.len() as u64)
}

/// The `mail.deliver` job: sends one message through SMTP.
pub async fn deliver_job(app: &AppState, payload: &str) -> anyhow::Result<()> {
    #[derive(serde::Deserialize)]
    struct Payload {
        outbox_id: String,
    }
    let Payload { outbox_id } = serde_json::from_str(payload)?;
    let q = Query::select()
        .columns(ROW_COLUMNS)
        .columns([Outbox::AttachmentName, Outbox::AttachmentType])
        .expr_as(attachment_size(), Alias::new("attachment_size"))
        .from(Outbox::Table)
        .and_where(Expr::col(Outbox::Id).eq(outbox_id.clone()))
        .to_owned();
    let Some(msg) = app.db.fetch_optional::<OutboxRow>(&q).await? else {
        return Ok(()); // deleted meanwhile: nothing to do
    };
    if msg.status == "sent" {
        return Ok(()); // delivered by an earlier attempt whose bookkeeping was interrupted
    }
    let smtp = app
        .config
        .smtp_url
        .as_ref()
        .ok_or_else(|| anyhow::anyhow!("no smtp_url configured"))?;
    let q = Query::select()
        .columns([
            Outbox::AttachmentName,
            Outbox::AttachmentType,
            Outbox::AttachmentBody,
        ])
        .from(Outbox::Table)
        .and_where(Expr::col(Outbox::Id).eq(outbox_id.clone()))
        .to_owned();
    let attachment = match app
        .db
        .fetch_optional::<(Option<String>, Option<String>, Option<String>)>(&q)
        .await?
    {
        Some((Some(name), Some(content_type), Some(body))) => Some(Attachment {
            name,
            content_type,
            body,
        }),
        _ => None,
    };
    let result = send(
        smtp.expose(),
        &app.config.mail_from,
        &msg,
        attachment.as_ref(),
    )
    .await;
    let (status, error, sent_at) = match &result {
        Ok(()) => ("sent", None, Some(now())),
        Err(e) if msg.attempts + 1 >= MAX_ATTEMPTS => ("failed", Some(format!("{e:#}")), None),
        Err(e) => ("pending", Some(format!("{e:#}")), None),
    };
    let q = Query::update()
        .table(Outbox::Table)
        .values([
            (Outbox::Status, status.into()),
            (Outbox::Attempts, (msg.attempts + 1).into()),
            (Outbox::LastError, error.into()),
            (Outbox::SentAt, sent_at.into()),
        ])
        .and_where(Expr::col(Outbox::Id).eq(outbox_id))
        .to_owned();
    app.db.execute(&q).await?;
    result
}

/// The message as sent: plain text, or plain text plus the attachment as a multipart/mixed mail.
fn build(from: &str, msg: &OutboxRow, attachment: Option<&Attachment>) -> anyhow::Result<Message> {
    let builder = Message::builder()
        .from(from.parse()?)
        .to(msg.to_address.parse()?)
        .subject(msg.subject.clone());
    Ok(match attachment {
        None => builder
            .header(ContentType::TEXT_PLAIN)
            .body(msg.body_text.clone())?,
        Some(a) => builder.multipart(
            MultiPart::mixed()
                .singlepart(SinglePart::plain(msg.body_text.clone()))
                .singlepart(
                    lettre::message::Attachment::new(a.name.clone())
                        .body(a.body.clone(), ContentType::parse(&a.content_type)?),
                ),
        )?,
    })
}

async fn send(
    smtp_url: &str,
    from: &str,
    msg: &OutboxRow,
    attachment: Option<&Attachment>,
) -> anyhow::Result<()> {
    let email = build(from, msg, attachment)?;
    let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)?.build();
    transport.send(email).await?;
    Ok(())
}

impl OutboxRow {
    /// The attachment as the outbox shows it: name, type (without its parameters) and size.
    pub fn attachment_text(&self) -> Option<String> {
        let name = self.attachment_name.as_deref()?;
        let kind = self.attachment_type.as_deref().unwrap_or_default();
        let kind = kind.split(';').next().unwrap_or_default().trim();
        let bytes = self.attachment_size.unwrap_or(0);
        let size = if bytes < 1024 {
            format!("{bytes} B")
        } else {
            format!("{:.1} kB", bytes as f64 / 1024.0).replace('.', ",")
        };
        Some(format!("{name} ({kind}, {size})"))
    }

    /// Translation id of the status.
    pub fn status_id(&self) -> &'static str {
        match self.status.as_str() {
            "sent" => "outbox-status-sent",
            "failed" => "outbox-status-failed",
            "held" => "outbox-status-held",
            _ => "outbox-status-pending",
        }
    }
}
