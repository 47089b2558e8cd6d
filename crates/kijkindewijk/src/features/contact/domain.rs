//! Pure rules of the contact form: the fields, the topics, and the spam checks (a honeypot field
//! people never see, a minimum time between opening and sending the form, a limit per address).

use crate::error::FieldErrors;

/// The topics a message can be about (stored key, message id).
pub const TOPICS: &[(&str, &str)] = &[
    ("question", "contact-topic-question"),
    ("idea", "contact-topic-idea"),
    ("cooperation", "contact-topic-cooperation"),
    ("website", "contact-topic-website"),
    ("other", "contact-topic-other"),
];

/// Fewer seconds than this between opening and sending the form is a machine, or a slip.
pub const MIN_FILL_SECONDS: i64 = 2;
/// A form opened longer ago than this is stale (its stamp is not accepted any more).
pub const MAX_FORM_AGE_SECONDS: i64 = 24 * 3600;
/// Longest message.
pub const MAX_MESSAGE: usize = 5_000;

/// The form as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct ContactForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub topic: String,
    #[serde(default)]
    pub message: String,
    #[serde(default)]
    pub municipality: String,
    /// The honeypot: hidden from people, filled by robots.
    #[serde(default)]
    pub website: String,
    /// When the form was opened, signed (`unix.signature`).
    #[serde(default)]
    pub t: String,
}

/// A checked message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub name: String,
    pub email: String,
    pub topic: String,
    pub message: String,
    pub municipality_id: String,
}

/// How a submission's timing looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    /// Fine.
    Ok,
    /// Sent faster than a person types.
    TooFast,
    /// No valid stamp, or opened too long ago.
    Stale,
}

/// Judges the time between opening (`opened`, from the verified stamp) and sending (`now`).
pub fn timing(opened: Option<i64>, now: i64) -> Timing {
    match opened {
        None => Timing::Stale,
        Some(t) if now - t > MAX_FORM_AGE_SECONDS || t > now + 60 => Timing::Stale,
        Some(t) if now - t < MIN_FILL_SECONDS => Timing::TooFast,
        Some(_) => Timing::Ok,
    }
}

/// Checks the fields; `municipalities` are the ids one may write to.
pub fn check(f: &ContactForm, municipalities: &[String]) -> Result<Message, FieldErrors> {
    let mut e = FieldErrors::new();
    let name = f.name.trim().to_string();
    if name.is_empty() {
        e.add("name", "contact-error-name");
    } else if name.chars().count() > 200 {
        e.add("name", "contact-error-too-long");
    }
    crate::web::validate::one_line(&name, "name", &mut e);
    let email = f.email.trim().to_lowercase();
    if !crate::web::validate::looks_like_email(&email) {
        e.add("email", "contact-error-email");
    }
    if !TOPICS.iter().any(|(k, _)| *k == f.topic) {
        e.add("topic", "contact-error-topic");
    }
    if !municipalities.iter().any(|m| *m == f.municipality) {
        e.add("municipality", "contact-error-municipality");
    }
    let message = f.message.trim().to_string();
    if message.is_empty() {
        e.add("message", "contact-error-message");
    } else if message.chars().count() > MAX_MESSAGE {
        e.add("message", "contact-error-too-long");
    }
    if !e.is_empty() {
        return Err(e);
    }
    Ok(Message {
        name,
        email,
        topic: f.topic.clone(),
        message,
        municipality_id: f.municipality.clone(),
    })
}

/// The message id of a topic.
pub fn topic_label(key: &str) -> &'static str {
    TOPICS
        .iter()
        .find(|(k, _)| *k == key)
        .map_or("contact-topic-other", |(_, l)| l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timing_needs_two_seconds_and_a_fresh_stamp() {
        assert_eq!(timing(Some(1000), 1001), Timing::TooFast);
        assert_eq!(timing(Some(1000), 1002), Timing::Ok);
        assert_eq!(
            timing(Some(1000), 1000 + MAX_FORM_AGE_SECONDS + 1),
            Timing::Stale
        );
        assert_eq!(timing(None, 1000), Timing::Stale);
        assert_eq!(
            timing(Some(5000), 1000),
            Timing::Stale,
            "a stamp from the future"
        );
    }

    #[test]
    fn every_field_is_checked() {
        let m = vec!["m1".to_string()];
        let good = ContactForm {
            name: "Ali".into(),
            email: "Ali@Example.nl".into(),
            topic: "question".into(),
            message: "Hoe doe ik mee?".into(),
            municipality: "m1".into(),
            ..Default::default()
        };
        assert_eq!(check(&good, &m).unwrap().email, "ali@example.nl");
        let e = check(
            &ContactForm {
                email: "geen".into(),
                topic: "x".into(),
                municipality: "m2".into(),
                message: "a".repeat(MAX_MESSAGE + 1),
                name: String::new(),
                ..Default::default()
            },
            &m,
        )
        .unwrap_err();
        for f in ["name", "email", "topic", "municipality", "message"] {
            assert!(e.get(f).is_some(), "{f}");
        }
    }
}
