//! Pure rules of the social map: no database, no HTTP. Tested on their own.

pub mod confirm;
pub mod geo;
pub mod listing;
pub mod query;
pub mod recurrence;
pub mod taxonomy;
pub mod text;
