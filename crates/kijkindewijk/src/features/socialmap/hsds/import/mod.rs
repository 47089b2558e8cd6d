//! `kijkindewijk import-hsds FILE`: reading an HSDS 3.0 JSON data set into one municipality.
//!
//! All or nothing: the file is read and checked completely first; when anything is wrong, nothing
//! is stored and the report names every record that could not be taken, with the reason. When all
//! is well everything is stored in one transaction. Records are matched by id; an organisation,
//! location or service equal to what was last saved is not written at all (its last change stays),
//! and the report counts it as unchanged. Fields of the standard that the social map does not keep
//! are reported as set aside, not as errors; schedules without a start or an end are taken as open
//! and named among the warnings.

pub mod check;
pub mod convert;
pub mod known;
pub mod plan;
pub mod read;
pub mod report;
pub mod run;

#[cfg(test)]
mod tests;
