//! Pages and JSON of the social map: handlers stay thin; rules live in `domain`, queries in `repo`.

pub mod access;
pub mod api;
pub mod cards;
pub mod choices;
pub mod detail;
pub mod edit;
pub mod edit_form;
pub mod edit_view;
pub mod format;
pub mod manage;
pub mod org_edit;
pub mod orgs;
pub mod search_page;
