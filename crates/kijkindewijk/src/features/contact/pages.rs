//! The contact form, its thank-you page and the redacteur's list of messages.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::domain::{self, ContactForm, Timing};
use super::{repo, retention};
use crate::auth::{CurrentUser, Role};
use crate::crypto::{constant_time_eq, hmac_hex};
use crate::error::{AppResult, FieldErrors};
use crate::i18n::Locale;
use crate::places::repo as places;
use crate::platform::mail;
use crate::state::AppState;
use crate::web::{ClientIp, Form, PageCtx, html, render, see_other};

/// A choice in a select.
pub struct Choice {
    pub value: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "contact/form.html")]
struct FormPage {
    page: PageCtx,
    form: ContactForm,
    errors: FieldErrors,
    topics: Vec<Choice>,
    municipalities: Vec<Choice>,
    stamp: String,
}

/// The signed moment the form was opened.
fn stamp(app: &AppState, unix: i64) -> String {
    let sig = hmac_hex(&app.secret, &format!("contact-form:{unix}"));
    format!("{unix}.{}", &sig[..32])
}

fn opened(app: &AppState, value: &str) -> Option<i64> {
    let (unix, _) = value.split_once('.')?;
    let unix: i64 = unix.parse().ok()?;
    constant_time_eq(&stamp(app, unix), value).then_some(unix)
}

async fn page(
    app: &AppState,
    page: PageCtx,
    form: ContactForm,
    errors: FieldErrors,
) -> AppResult<Response> {
    let topics = domain::TOPICS
        .iter()
        .map(|(k, l)| Choice {
            value: (*k).into(),
            label: page.t(l),
        })
        .collect();
    let municipalities = places::municipalities(&app.db)
        .await?
        .into_iter()
        .map(|m| Choice {
            value: m.id,
            label: m.name,
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let stamp = stamp(app, time::OffsetDateTime::now_utc().unix_timestamp());
    render(
        status,
        &FormPage {
            page,
            form,
            errors,
            topics,
            municipalities,
            stamp,
        },
    )
}

/// GET /contact
pub async fn form_get(State(app): State<AppState>, p: PageCtx) -> AppResult<Response> {
    page(&app, p, ContactForm::default(), FieldErrors::new()).await
}

/// POST /contact
pub async fn form_post(
    State(app): State<AppState>,
    p: PageCtx,
    ClientIp(ip): ClientIp,
    Form(form): Form<ContactForm>,
) -> AppResult<Response> {
    if !form.website.is_empty() {
        return Ok(see_other("/contact/verzonden")); // a robot: act as if sent, keep nothing
    }
    let mut errors = FieldErrors::new();
    match domain::timing(
        opened(&app, &form.t),
        time::OffsetDateTime::now_utc().unix_timestamp(),
    ) {
        Timing::Ok => {}
        Timing::TooFast => errors.add("send", "contact-error-too-fast"),
        Timing::Stale => errors.add("send", "contact-error-stale"),
    }
    let ids: Vec<String> = places::municipalities(&app.db)
        .await?
        .into_iter()
        .map(|m| m.id)
        .collect();
    let message = match domain::check(&form, &ids) {
        Ok(m) if errors.is_empty() => m,
        Ok(_) => return page(&app, p, form, errors).await,
        Err(e) => return page(&app, p, form, e).await,
    };
    let hour = time::Duration::hours(1);
    if !crate::auth::throttle::allow_action(
        &app,
        "contact",
        ip,
        app.config.contact_messages_per_hour,
        hour,
    )
    .await?
    {
        errors.add("send", "contact-error-rate");
        return page(&app, p, form, errors).await;
    }
    store(&app, &message).await?;
    Ok(see_other("/contact/verzonden"))
}

/// Stores the message, tells the editors and the sender, and queues its removal: one transaction.
async fn store(app: &AppState, m: &domain::Message) -> anyhow::Result<()> {
    let editors =
        crate::auth::repo::role_emails(&app.db, &m.municipality_id, Role::Redacteur).await?;
    let loc = Locale::Nl;
    let smtp = app.config.smtp_url.is_some();
    let link = format!("{}/redactie/berichten", app.config.base_url());
    let topic = loc.t(domain::topic_label(&m.topic));
    let mut tx = app.db.begin().await?;
    repo::insert(&mut tx, m).await?;
    let subject = loc.t1("contact-mail-editors-subject", "topic", &topic);
    let body = loc.t1("contact-mail-editors-body", "link", &link);
    for to in &editors {
        mail::queue(&mut tx, smtp, Some(&m.municipality_id), to, &subject, &body).await?;
    }
    let days = app.config.contact_retention_days.to_string();
    let body = loc.t_args(
        "contact-mail-sender-body",
        &[("name", m.name.clone().into()), ("days", days.into())],
    );
    let subject = loc.t("contact-mail-sender-subject");
    mail::queue(
        &mut tx,
        smtp,
        Some(&m.municipality_id),
        &m.email,
        &subject,
        &body,
    )
    .await?;
    retention::schedule(&mut tx, app.config.contact_retention_days).await?;
    tx.commit().await?;
    Ok(())
}

#[derive(Template)]
#[template(path = "contact/sent.html")]
struct SentPage {
    page: PageCtx,
}

/// GET /contact/verzonden
pub async fn sent_get(page: PageCtx) -> AppResult<Response> {
    html(&SentPage { page })
}

#[derive(Template)]
#[template(path = "contact/messages.html")]
struct MessagesPage {
    page: PageCtx,
    messages: Vec<repo::Row>,
    retention_days: i64,
}

impl MessagesPage {
    fn topic(&self, key: &str) -> String {
        self.page.t(domain::topic_label(key))
    }
    fn moment(&self, at: &time::OffsetDateTime) -> String {
        crate::clock::format_moment(*at)
    }
    fn paragraphs(&self, text: &str) -> Vec<String> {
        crate::features::webinars::domain::paragraphs(text)
    }
}

/// GET /redactie/berichten — the messages of the redacteur's municipality.
pub async fn messages_get(
    State(app): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
) -> AppResult<Response> {
    let m = user.require(Role::Redacteur)?.municipality_id.clone();
    let messages = repo::of_municipality(&app.db, &m).await?;
    html(&MessagesPage {
        page,
        messages,
        retention_days: app.config.contact_retention_days,
    })
}
