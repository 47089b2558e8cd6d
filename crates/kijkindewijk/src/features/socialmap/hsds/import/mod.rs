//! `kijkindewijk import-hsds FILE`: reading an HSDS 3.0 JSON data set into one municipality.
//!
//! All or nothing: the file is read and checked completely first; when anything is wrong, nothing
//! is stored and the report names every record that could not be taken, with the reason. When all
//! is well everything is stored in one transaction. Importing the same file again changes nothing
//! (records are matched by id). Fields of the standard that the social map does not keep are
//! reported as set aside, not as errors.

pub mod check;
pub mod convert;
pub mod known;
pub mod plan;
pub mod read;
pub mod report;
pub mod run;

#[cfg(test)]
mod tests;
