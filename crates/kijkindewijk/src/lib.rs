//! KijKINDeWijk: the working system behind neighbourhood-oriented youth work (*wijkgericht werken*)
//! in Dutch municipalities. See `ARCHITECTURE.md` for the layout and the request flow.

pub mod access;
pub mod auth;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod config;
pub mod crypto;
pub mod db;
pub mod demo;
pub mod error;
pub mod features;
pub mod i18n;
pub mod places;
pub mod platform;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod web;
