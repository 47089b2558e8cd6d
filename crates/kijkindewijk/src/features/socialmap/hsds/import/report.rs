//! What an import could not take (problems, which stop it) and what it set aside (warnings, which
//! do not), each tied to a record and explained in Dutch (or English).

use std::fmt::Write as _;

use crate::i18n::Locale;

/// The kind of record a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// The file as a whole.
    File,
    /// An organisation.
    Organization,
    /// A service.
    Service,
    /// A location.
    Location,
    /// A service at a location.
    ServiceAtLocation,
    /// A schedule.
    Schedule,
    /// A taxonomy.
    Taxonomy,
    /// A taxonomy term.
    Term,
}

impl Kind {
    fn label_id(self) -> &'static str {
        match self {
            Kind::File => "hsds-kind-file",
            Kind::Organization => "hsds-kind-organization",
            Kind::Service => "hsds-kind-service",
            Kind::Location => "hsds-kind-location",
            Kind::ServiceAtLocation => "hsds-kind-service-at-location",
            Kind::Schedule => "hsds-kind-schedule",
            Kind::Taxonomy => "hsds-kind-taxonomy",
            Kind::Term => "hsds-kind-term",
        }
    }
}

/// One message about one record.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// Position of the top-level record in the file (from 1), when known.
    pub position: Option<usize>,
    /// What kind of record.
    pub kind: Kind,
    /// Its id, when it has one.
    pub id: Option<String>,
    /// Its name, when it has one.
    pub name: Option<String>,
    /// Translation id of the reason.
    pub message_id: &'static str,
    /// The field, value or parser detail the reason is about.
    pub detail: Option<String>,
}

impl Problem {
    /// A problem without record details yet.
    pub fn new(kind: Kind, message_id: &'static str) -> Problem {
        Problem {
            position: None,
            kind,
            id: None,
            name: None,
            message_id,
            detail: None,
        }
    }

    /// With a detail.
    pub fn detail(mut self, d: impl Into<String>) -> Problem {
        self.detail = Some(d.into());
        self
    }

    /// With the record's id and name.
    pub fn of(mut self, id: &Option<String>, name: &Option<String>) -> Problem {
        self.id = id.clone();
        self.name = name.as_ref().map(|n| n.chars().take(60).collect());
        self
    }

    /// One line of the report.
    pub fn render(&self, loc: Locale) -> String {
        let mut out = String::new();
        if let Some(p) = self.position {
            let _ = write!(out, "#{p} ");
        }
        out.push_str(&loc.t(self.kind.label_id()));
        if let Some(id) = &self.id {
            let _ = write!(out, " {id}");
        }
        if let Some(n) = &self.name {
            let _ = write!(out, " ({n})");
        }
        let _ = write!(out, ": {}", loc.t(self.message_id));
        if let Some(d) = &self.detail {
            let _ = write!(out, " [{d}]");
        }
        out
    }
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Organisations written.
    pub organizations: usize,
    /// Locations written.
    pub locations: usize,
    /// Services written.
    pub services: usize,
    /// Taxonomies written.
    pub taxonomies: usize,
    /// Terms written.
    pub terms: usize,
    /// Of all these, how many already existed (and were updated).
    pub existing: usize,
    /// Records of the file (of every kind above) that equal what is stored, left alone.
    pub unchanged: usize,
}

impl Counts {
    /// A one-line summary.
    pub fn render(&self, loc: Locale) -> String {
        loc.t_args(
            "hsds-import-done",
            &[
                ("organizations", self.organizations.into()),
                ("locations", self.locations.into()),
                ("services", self.services.into()),
                ("terms", self.terms.into()),
                ("existing", self.existing.into()),
                ("unchanged", self.unchanged.into()),
            ],
        )
    }
}
