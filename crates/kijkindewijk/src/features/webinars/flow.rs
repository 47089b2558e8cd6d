//! The changes of a registration, each in one transaction with its mail: register (a seat or the
//! waiting list), cancel (the link works once; the first waiting person moves up and is told), and
//! filling seats that free up when the redacteur raises the capacity.

use fluent_templates::fluent_bundle::FluentValue;

use super::domain::{self, Place};
use super::ical;
use super::repo::{self, NewRegistration, Registration, Webinar};
use crate::clock;
use crate::crypto::{random_token, sha256_hex};
use crate::db::{Tx, is_unique_violation, new_id, now};
use crate::i18n::Locale;
use crate::platform::mail::{self, Attachment};
use crate::state::AppState;

/// The personal link's token of a registration: derived from its id and salt with the
/// installation key, so a reminder can carry it again; only its hash is stored.
pub fn token(app: &AppState, registration_id: &str, salt: &str) -> String {
    app.keyed_hash(&format!("webinar-registration:{registration_id}:{salt}"))
}

/// The personal link.
pub fn personal_link(app: &AppState, r: &Registration) -> String {
    format!(
        "{}/webinars/inschrijving/{}",
        app.config.base_url(),
        token(app, &r.id, &r.token_salt)
    )
}

/// Outcome of a registration.
pub enum Registered {
    /// Registered (seat or waiting list); the personal link's token.
    Done(String),
    /// Registration is closed (the session started or is over).
    Closed,
    /// This address is registered for this session already.
    Twice,
    /// No such session.
    Missing,
}

/// Registers someone: a seat while there is one, the waiting list otherwise; the mail is queued in
/// the same transaction.
pub async fn register(
    app: &AppState,
    webinar_id: &str,
    name: &str,
    email: &str,
) -> anyhow::Result<Registered> {
    let mut tx = app.db.begin().await?;
    let Some(w) = repo::get_locked(&mut tx, webinar_id).await? else {
        return Ok(Registered::Missing);
    };
    if !domain::open_for_registration(now(), w.starts_at) {
        return Ok(Registered::Closed);
    }
    let taken = repo::seats_taken(&mut tx, &w.id).await?;
    let place = domain::place_for(w.capacity, taken);
    let id = new_id();
    let salt = random_token();
    let token = token(app, &id, &salt);
    let r = NewRegistration {
        id: &id,
        webinar_id: &w.id,
        name,
        email,
        place,
        token_salt: &salt,
        token_hash: &sha256_hex(&token),
    };
    match repo::insert_registration(&mut tx, &r).await {
        Err(e) if is_unique_violation(&e) => return Ok(Registered::Twice),
        other => other?,
    }
    let link = format!("{}/webinars/inschrijving/{token}", app.config.base_url());
    match place {
        Place::Seat => {
            seat_mail(app, &mut tx, &w, email, name, &link, "webinar-mail-confirm").await?
        }
        Place::WaitingList => {
            let loc = Locale::Nl;
            let body = loc.t_args("webinar-mail-waiting-body", &args(&w, name, &link));
            let subject = loc.t1("webinar-mail-waiting-subject", "title", &w.title);
            let smtp = app.config.smtp_url.is_some();
            mail::queue(
                &mut tx,
                smtp,
                Some(&w.municipality_id),
                email,
                &subject,
                &body,
            )
            .await?;
        }
    }
    tx.commit().await?;
    Ok(Registered::Done(token))
}

fn args(w: &Webinar, name: &str, link: &str) -> Vec<(&'static str, FluentValue<'static>)> {
    vec![
        ("name", FluentValue::from(name.to_string())),
        ("title", FluentValue::from(w.title.clone())),
        ("when", FluentValue::from(when(w))),
        ("link", FluentValue::from(link.to_string())),
        ("meeting", FluentValue::from(w.meeting_url.clone())),
    ]
}

/// "30-03-2026 19:30 – 21:00", Amsterdam time.
pub fn when(w: &Webinar) -> String {
    let end = clock::format_moment(w.ends_at);
    let end_time = end.rsplit(' ').next().unwrap_or_default();
    format!("{} – {end_time}", clock::format_moment(w.starts_at))
}

/// A mail to someone with a seat (confirmation, moved up, reminder), with the session's `.ics`
/// holding the meeting link.
async fn seat_mail(
    app: &AppState,
    tx: &mut Tx,
    w: &Webinar,
    email: &str,
    name: &str,
    link: &str,
    id: &str,
) -> anyhow::Result<()> {
    let loc = Locale::Nl;
    let subject = loc.t1(&format!("{id}-subject"), "title", &w.title);
    let body = loc.t_args(&format!("{id}-body"), &args(w, name, link));
    let attachment = Attachment {
        name: "webinar.ics".into(),
        content_type: "text/calendar; charset=utf-8; method=PUBLISH".into(),
        body: ical::session(w, app.config.base_url(), Some(&w.meeting_url)),
    };
    let smtp = app.config.smtp_url.is_some();
    mail::queue_with(
        tx,
        smtp,
        Some(&w.municipality_id),
        email,
        &subject,
        &body,
        Some(&attachment),
    )
    .await?;
    Ok(())
}

/// Outcome of following a cancel link.
pub enum Cancelled {
    /// Cancelled now.
    Done,
    /// The link was used before.
    Used,
    /// No registration has this link.
    Unknown,
}

/// Cancels with the personal link; a freed seat goes to the first on the waiting list.
pub async fn cancel(app: &AppState, token: &str) -> anyhow::Result<Cancelled> {
    let Some(r) = repo::by_token_hash(&app.db, &sha256_hex(token)).await? else {
        return Ok(Cancelled::Unknown);
    };
    let mut tx = app.db.begin().await?;
    let Some(w) = repo::get_locked(&mut tx, &r.webinar_id).await? else {
        return Ok(Cancelled::Unknown);
    };
    if !repo::cancel(&mut tx, &r.id).await? {
        return Ok(Cancelled::Used);
    }
    if r.status == "registered" {
        fill_free_seats(app, &mut tx, &w).await?;
    }
    tx.commit().await?;
    Ok(Cancelled::Done)
}

/// Moves waiting people up into free seats (before the start only) and tells each of them.
pub async fn fill_free_seats(app: &AppState, tx: &mut Tx, w: &Webinar) -> anyhow::Result<usize> {
    if !domain::open_for_registration(now(), w.starts_at) {
        return Ok(0);
    }
    let taken = repo::seats_taken(tx, &w.id).await?;
    let waiting = repo::waiting(tx, &w.id).await?;
    let up = domain::promotions(w.capacity, taken, &waiting);
    for r in &up {
        repo::promote(tx, &r.id).await?;
        let link = personal_link(app, r);
        seat_mail(
            app,
            tx,
            w,
            &r.email,
            &r.name,
            &link,
            "webinar-mail-moved-up",
        )
        .await?;
    }
    Ok(up.len())
}

/// The reminder a day before, to everyone with a seat (sent once).
pub async fn remind(app: &AppState, w: &Webinar) -> anyhow::Result<()> {
    let people = repo::registrations(&app.db, &w.id).await?;
    let mut tx = app.db.begin().await?;
    if !repo::mark_reminded(&mut tx, &w.id).await? {
        return Ok(());
    }
    for r in people.iter().filter(|r| r.status == "registered") {
        let link = personal_link(app, r);
        seat_mail(
            app,
            &mut tx,
            w,
            &r.email,
            &r.name,
            &link,
            "webinar-mail-reminder",
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
