//! Cross-cutting services: settings, metrics, background jobs, mail.

pub mod health;
pub mod jobs;
pub mod mail;
pub mod metrics;
pub mod settings;
