//! Open Referral HSDS 3.0: the objects (`dto`), stored listings as objects (`out`), the API
//! (`api`, `params`).

pub mod api;
pub mod api_orgs;
pub mod dto;
pub mod export;
pub mod import;
pub mod out;
pub mod params;
