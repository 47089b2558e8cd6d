//! Accounts: passwords, second factor, sessions, roles, one-time links and login throttling.

pub mod password;
pub mod repo;
pub mod roles;
pub mod session;
pub mod throttle;
pub mod totp;

pub use roles::{Grant, Role};
pub use session::{CurrentUser, MaybeUser, PendingUser, SessionUser, Stage};
