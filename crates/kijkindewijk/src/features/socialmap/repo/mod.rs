//! Queries of the social map, written once with sea-query for both backends. The one real
//! difference (full-text search) comes from `db::special::service_text_match`.

pub mod areas;
pub mod changes;
pub mod children;
pub mod index_rows;
pub mod known;
pub mod lookup;
pub mod manage;
pub mod opportunities;
pub mod orgs;
pub mod postcodes;
pub mod read;
pub mod save_service;
pub mod search;
pub mod service_rows;
pub mod tables;
pub mod taxonomy;
pub mod write;
