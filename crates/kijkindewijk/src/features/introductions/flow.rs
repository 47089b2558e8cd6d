//! The two changes of the introduction loop, shared by the pages and the JSON API: proposing an
//! introduction and moving one a step. The caller has passed the access gate; these check the
//! input and the status rules, and write in one transaction. Refusals come back as
//! [`AppError::Validation`] with one message per field, so a page can show the form again and the
//! API can answer 422.

use fluent_templates::fluent_bundle::FluentValue;

use super::domain::{self, Reason, Side, Status};
use super::followup;
use super::repo::{self, Intro, NewIntro};
use crate::access::{self, Access, Action, Actor, Tie};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::features::socialmap::search::{self as socialmap, ServiceHead};
use crate::features::youth::seam as youth;
use crate::i18n::Locale;
use crate::platform::mail;
use crate::state::AppState;

/// Longest message to the partner, in characters.
pub const MESSAGE_MAX: usize = 1000;

/// Longest "how to reach me", in characters.
pub const CONTACT_VIA_MAX: usize = 200;

/// The side an actor with this tie plays.
pub fn side_of(tie: Tie) -> Side {
    match tie {
        Tie::Partner => Side::Partner,
        Tie::Professional => Side::Professional,
        _ => Side::Young,
    }
}

/// The history as the viewing side may see it. A partner may know the young person's first name and
/// no more: not the last name their account carries, and not who else stands with them. A step the
/// young person took shows their first name; a step a parent took for them shows "someone close to"
/// the young person.
pub fn history_for<'a>(
    viewer: Side,
    first_name: &str,
    loc: Locale,
    events: impl IntoIterator<Item = &'a mut repo::Event>,
) {
    if viewer != Side::Partner {
        return;
    }
    for e in events
        .into_iter()
        .filter(|e| e.by_side == Side::Young.as_str())
    {
        e.by_name = if e.by_young_person {
            first_name.to_string()
        } else {
            loc.t_args(
                "intro-by-someone-close",
                &[("name", FluentValue::from(first_name.to_string()))],
            )
        };
    }
}

/// A listing of the young person's own municipality, or not found.
pub async fn service_for(
    app: &AppState,
    access: &Access,
    service_id: &str,
) -> AppResult<ServiceHead> {
    socialmap::service_head(&app.db, &access.young.municipality_id, service_id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Loads an introduction and lets the gate decide for its young person; a partner has a tie only as
/// a member of the introduction's own organisation.
pub async fn gate(
    app: &AppState,
    actor: &Actor,
    intro_id: &str,
    action: Action,
) -> AppResult<(Intro, Access)> {
    let intro = repo::one(&app.db, intro_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let access = access::check_introduction(
        app,
        actor,
        &intro.young_person_id,
        &intro.organization_id,
        action,
    )
    .await?;
    Ok((intro, access))
}

/// What the young person (or the professional with them) proposes.
pub struct Proposal<'a> {
    /// The listing.
    pub service: &'a ServiceHead,
    /// What the young person chooses to tell the partner.
    pub message: &'a str,
    /// "Neem geen contact met mij op".
    pub no_contact: bool,
    /// How the young person would like the club to reach them (may be empty).
    pub contact_via: &'a str,
}

/// Stores a new introduction after checking the message and that no open one to the same listing
/// exists; the organisation gets a notice (without the young person's name) in the same
/// transaction. Returns the new introduction's id.
pub async fn propose(
    app: &AppState,
    actor: &Actor,
    access: &Access,
    p: Proposal<'_>,
    loc: Locale,
) -> AppResult<String> {
    let young_id = &access.young.id;
    check_proposal(app, young_id, &p).await?;
    let side = side_of(access.tie);
    let new = NewIntro {
        young_person_id: young_id.clone(),
        service_id: p.service.id.clone(),
        organization_id: p.service.organization_id.clone(),
        proposed_by: actor.user.id.clone(),
        proposed_by_role: proposer_role(side, access.tie).into(),
        message: p.message.to_string(),
        no_contact: p.no_contact,
        contact_via: p.contact_via.to_string(),
    };
    let mut tx = app.db.begin().await?;
    // The check above gives the message; the unique index decides when two arrive at once.
    let intro_id = match repo::insert(&mut tx, &new, &actor.user.display_name, side).await {
        Err(e) if crate::db::is_unique_violation(&e) => return Err(duplicate()),
        other => other?,
    };
    notify_partner(app, &mut tx, access, p.service, &intro_id, loc).await?;
    youth::touch(&mut tx, young_id).await?;
    tx.commit().await?;
    Ok(intro_id)
}

fn duplicate() -> AppError {
    let mut errors = FieldErrors::new();
    errors.add("message", "intro-duplicate");
    AppError::Validation(errors)
}

/// The message is not too long, and no open introduction to the same listing exists.
async fn check_proposal(app: &AppState, young_id: &str, p: &Proposal<'_>) -> AppResult<()> {
    let mut errors = FieldErrors::new();
    if p.message.chars().count() > MESSAGE_MAX {
        errors.add("message", "intro-message-too-long");
    }
    check_contact_via(p.contact_via, &mut errors);
    let existing = repo::of_young_person(&app.db, young_id).await?;
    if existing
        .iter()
        .any(|i| i.service_id == p.service.id && !i.status().is_final())
    {
        errors.add("message", "intro-duplicate");
    }
    errors.into_result()
}

/// "How to reach me" is short, plain text.
pub fn check_contact_via(value: &str, errors: &mut FieldErrors) {
    if value.chars().count() > CONTACT_VIA_MAX {
        errors.add("contact_via", "intro-contact-via-too-long");
    }
}

/// The role a proposal is recorded under.
fn proposer_role(side: Side, tie: Tie) -> &'static str {
    match side {
        Side::Professional => "jeugdprofessional",
        _ if tie == Tie::Own => "jongere",
        _ => "ouder",
    }
}

/// Tells the organisation there is an introduction (who it is they see only after logging in).
async fn notify_partner(
    app: &AppState,
    tx: &mut crate::db::Tx,
    access: &Access,
    service: &ServiceHead,
    intro_id: &str,
    loc: Locale,
) -> AppResult<()> {
    let Some(email) = &service.organization_email else {
        return Ok(());
    };
    let link = format!("{}/introducties/{intro_id}", app.config.base_url());
    let body = loc.t_args(
        "intro-mail-new-body",
        &[
            ("service", FluentValue::from(service.name.clone())),
            ("link", FluentValue::from(link)),
        ],
    );
    mail::queue(
        tx,
        app.config.smtp_url.is_some(),
        Some(&access.young.municipality_id),
        email,
        &loc.t("intro-mail-new-subject"),
        &body,
    )
    .await?;
    Ok(())
}

/// A requested step, as typed (the page's form and the API's body have the same fields).
pub struct StepRequest<'a> {
    /// The status to move to.
    pub to: &'a str,
    /// The reason, for a decline or an end.
    pub reason: &'a str,
    /// A note for the others.
    pub note: &'a str,
}

/// Moves an introduction one step when the rules let the actor's side take it. A status or reason
/// that does not exist is a bad request; a step that does not follow, or that someone else took
/// meanwhile, is a message on the field `to`.
pub async fn advance(
    app: &AppState,
    actor: &Actor,
    access: &Access,
    intro: &Intro,
    step: StepRequest<'_>,
) -> AppResult<()> {
    let side = side_of(access.tie);
    let to = Status::parse(step.to).ok_or(AppError::BadRequest("error-bad-form"))?;
    let reason = if step.reason.is_empty() {
        None
    } else {
        Some(Reason::parse(step.reason).ok_or(AppError::BadRequest("error-bad-form"))?)
    };
    let mut errors = FieldErrors::new();
    youth::check_text(step.note, "note", &mut errors);
    if let Err(refused) = domain::may_move(intro.status(), to, side, reason, intro.days_started()) {
        errors.add("to", refused.message_id());
    }
    errors.into_result()?;
    let mut tx = app.db.begin().await?;
    if !repo::move_status(&mut tx, &intro.id, intro.status(), to, reason).await? {
        // Someone else moved it between reading and posting.
        let mut errors = FieldErrors::new();
        errors.add("to", "intro-refused-changed");
        return Err(AppError::Validation(errors));
    }
    let note = (!step.note.trim().is_empty()).then_some(step.note);
    let step = repo::Step {
        status: to,
        reason,
        note,
        by_name: &actor.user.display_name,
        by_side: side.as_str(),
        by_young_person: access.tie == Tie::Own,
    };
    repo::event(&mut tx, &intro.id, &step).await?;
    if to == Status::Started {
        followup::schedule(&mut tx, &intro.id).await?;
    }
    youth::touch(&mut tx, &intro.young_person_id).await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(by_name: &str, by_side: &str, by_young_person: bool) -> repo::Event {
        repo::Event {
            status: "proposed".into(),
            reason: None,
            note: None,
            by_name: by_name.into(),
            by_side: by_side.into(),
            by_young_person,
            at: time::OffsetDateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn a_partner_sees_the_young_side_by_first_name_only() {
        let mut events = vec![
            event("Sam Jansen", "young", true),
            event("Fatima El Amrani", "young", false),
            event("Noor de Vries", "professional", false),
            event("Lisa Smit", "partner", false),
        ];
        let mut same = events.clone();
        history_for(Side::Partner, "Sam", Locale::Nl, &mut events);
        let names: Vec<&str> = events.iter().map(|e| e.by_name.as_str()).collect();
        assert_eq!(names[0], "Sam");
        assert!(
            names[1].contains("Sam") && !names[1].contains("Fatima"),
            "{}",
            names[1]
        );
        assert_eq!(&names[2..], ["Noor de Vries", "Lisa Smit"]);
        history_for(Side::Young, "Sam", Locale::Nl, &mut same);
        assert_eq!(
            same[0].by_name, "Sam Jansen",
            "the young person's own side sees all"
        );
    }
}
