//! Places and organisation: municipalities (tenants), wijken, buurten and the teams bound to wijken.

pub mod codes;
pub mod repo;
