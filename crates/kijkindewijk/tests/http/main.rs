//! HTTP integration tests: a real server on a random port over a real database (SQLite by default,
//! PostgreSQL when `KKDW_TEST_DATABASE_URL` is set). One binary for all of them.

mod helpers;

mod barriers;
mod introductions;

mod jobs;

mod access_log;
mod accounts;
mod admin;
mod hardening;
mod monitor;
mod ops;
mod platform;
mod security_scan;
mod shell;
mod socialmap;
mod team;
mod youth;

mod magazine;
mod site_events;
