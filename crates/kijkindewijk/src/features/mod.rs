//! Feature modules. Each owns its routes, thin handlers, queries and views, and exposes `router()`.

pub mod accounts;
pub mod admin;
pub mod ops;
pub mod site;
pub mod start;
