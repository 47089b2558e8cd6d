//! "Laat het me weten": the contact form. A message is stored, the municipality's redacteuren get
//! an e-mail (without the message itself), the sender a confirmation; messages are removed after
//! the configured retention by a job. Spam is kept out without a third-party captcha: a honeypot
//! field, a minimum fill time (a signed stamp in the form) and a limit per client address.

pub mod domain;
mod pages;
pub mod repo;
pub mod retention;

use crate::web::routes::Routes;

/// Routes of this feature.
pub fn routes() -> Routes {
    Routes::new()
        .get_post("/contact", pages::form_get, pages::form_post)
        .get("/contact/verzonden", pages::sent_get)
        .get("/redactie/berichten", pages::messages_get)
}
