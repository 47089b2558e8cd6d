//! From the records of a file to what will be stored: every entity once (the same location may
//! appear under its organisation and under a service; the copies must agree), references checked
//! against the file and the database, and our rules applied by `convert`. Pure: the database facts
//! come in as [`Known`], so the whole step is tested and fuzzed without a database.

use std::collections::{HashMap, HashSet};

use super::convert::{self, Check};
use super::known::Known;
use super::report::{Kind, Problem};
use crate::features::socialmap::hsds::dto;
use crate::features::socialmap::model::*;
use crate::features::socialmap::repo::taxonomy::{TaxonomyRow, TermRow};

/// What will be stored.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Organisations.
    pub organizations: Vec<OrganizationRecord>,
    /// Locations.
    pub locations: Vec<LocationRecord>,
    /// Services with their children.
    pub services: Vec<ServiceRecord>,
    /// Taxonomies.
    pub taxonomies: Vec<TaxonomyRow>,
    /// Terms, parents before children.
    pub terms: Vec<TermRow>,
    /// What was set aside.
    pub warnings: Vec<Problem>,
    /// How many of the organisations, locations and services to store existed already.
    pub existing: usize,
    /// How many records (of every kind above) equal what is stored, and are left out of the lists.
    pub unchanged: usize,
}

/// Entities by id in the order first seen; a second copy must be equal to the first.
struct Table<T> {
    kind: Kind,
    list: Vec<T>,
    index: HashMap<String, usize>,
}

impl<T: Clone + PartialEq> Table<T> {
    fn new(kind: Kind) -> Self {
        Table {
            kind,
            list: Vec::new(),
            index: HashMap::new(),
        }
    }
    fn put(&mut self, id: &str, rec: T, problems: &mut Vec<Problem>) {
        match self.index.get(id) {
            Some(&i) if self.list[i] != rec => problems.push(
                Problem::new(self.kind, "hsds-import-conflicting-copies")
                    .of(&Some(id.to_string()), &None),
            ),
            Some(_) => {}
            None => {
                self.index.insert(id.to_string(), self.list.len());
                self.list.push(rec);
            }
        }
    }
    fn has(&self, id: &str) -> bool {
        self.index.contains_key(id)
    }
}

/// The file being planned.
pub struct Planner<'a> {
    pub(super) known: &'a Known,
    pub(super) problems: Vec<Problem>,
    pub(super) warnings: Vec<Problem>,
    orgs: Table<OrganizationRecord>,
    locations: Table<LocationRecord>,
    services: Table<ServiceRecord>,
    taxonomies: Table<TaxonomyRow>,
    terms: Table<TermRow>,
    top: HashSet<(Kind, String)>,
}

fn nonempty<T>(v: &Option<Vec<T>>) -> bool {
    v.as_ref().is_some_and(|l| !l.is_empty())
}

impl<'a> Planner<'a> {
    fn new(known: &'a Known) -> Self {
        Planner {
            known,
            problems: Vec::new(),
            warnings: Vec::new(),
            orgs: Table::new(Kind::Organization),
            locations: Table::new(Kind::Location),
            services: Table::new(Kind::Service),
            taxonomies: Table::new(Kind::Taxonomy),
            terms: Table::new(Kind::Term),
            top: HashSet::new(),
        }
    }

    fn ignored(
        &mut self,
        kind: Kind,
        id: &Option<String>,
        name: &Option<String>,
        fields: &[(&str, bool)],
    ) {
        let names: Vec<&str> = fields
            .iter()
            .filter(|(_, present)| *present)
            .map(|(n, _)| *n)
            .collect();
        if !names.is_empty() {
            self.warnings.push(
                Problem::new(kind, "hsds-ignored")
                    .detail(names.join(", "))
                    .of(id, name),
            );
        }
    }

    fn organization(&mut self, o: &dto::Organization) -> String {
        let rec = convert::organization(o, self.known, &mut self.problems);
        let id = rec.id.clone();
        self.ignored(
            Kind::Organization,
            &o.id,
            &o.name,
            &[
                ("programs", nonempty(&o.programs)),
                ("funding", nonempty(&o.funding)),
                (
                    "organization_identifiers",
                    nonempty(&o.organization_identifiers),
                ),
                ("contacts", nonempty(&o.contacts)),
                ("parent_organization_id", o.parent_organization_id.is_some()),
                ("logo", o.logo.is_some()),
                ("tax_status", o.tax_status.is_some()),
                ("legal_status", o.legal_status.is_some()),
            ],
        );
        self.orgs.put(&id, rec, &mut self.problems);
        for l in o.locations.iter().flatten() {
            self.location(l, Some(&id));
        }
        for s in o.services.iter().flatten() {
            self.service(s, Some(&id));
        }
        id
    }

    fn location(&mut self, l: &dto::Location, org: Option<&str>) -> String {
        let rec = convert::location(l, org, self.known, &mut self.problems);
        if rec.latitude.is_none() && rec.location_type == "physical" {
            self.warnings
                .push(Problem::new(Kind::Location, "hsds-no-coordinates").of(&l.id, &l.name));
        }
        self.ignored(
            Kind::Location,
            &l.id,
            &l.name,
            &[
                ("schedules", nonempty(&l.schedules)),
                ("languages", nonempty(&l.languages)),
                ("phones", nonempty(&l.phones)),
                ("contacts", nonempty(&l.contacts)),
            ],
        );
        let id = rec.id.clone();
        self.locations.put(&id, rec, &mut self.problems);
        id
    }

    pub(super) fn service(&mut self, s: &dto::Service, org: Option<&str>) -> String {
        let mut rec = convert::service(s, self.known, &mut self.problems);
        let nested = s.organization.as_ref().map(|o| self.organization(o));
        let org_id = [
            Some(rec.organization_id.clone()).filter(|x| !x.is_empty()),
            nested,
            org.map(str::to_string),
        ];
        let chosen: Vec<String> = org_id.iter().flatten().cloned().collect();
        match chosen.first() {
            None => self.problems.push(
                Problem::new(Kind::Service, "hsds-import-no-organization").of(&s.id, &s.name),
            ),
            Some(first) if chosen.iter().any(|x| x != first) => self.problems.push(
                Problem::new(Kind::Service, "hsds-import-organization-mismatch").of(&s.id, &s.name),
            ),
            Some(first) => rec.organization_id = first.clone(),
        }
        let id = rec.id.clone();
        for x in s.service_at_locations.iter().flatten() {
            self.sal_into(&mut rec, x);
        }
        for x in s.schedules.iter().flatten() {
            self.schedule_into(&mut rec, x, None);
        }
        self.children(&mut rec, s);
        self.ignored(
            Kind::Service,
            &s.id,
            &s.name,
            &[
                ("program", s.program.is_some()),
                ("funding", nonempty(&s.funding)),
                ("required_documents", nonempty(&s.required_documents)),
                (
                    "interpretation_services",
                    s.interpretation_services.is_some(),
                ),
                ("wait_time", s.wait_time.is_some()),
                ("accreditations", s.accreditations.is_some()),
                ("licenses", s.licenses.is_some()),
                ("assurer_email", s.assurer_email.is_some()),
            ],
        );
        self.merge_service(&id, rec);
        id
    }

    /// Adds a service-at-location (and its place and times) to a service.
    pub(super) fn sal_into(&mut self, rec: &mut ServiceRecord, x: &dto::ServiceAtLocation) {
        let mut c = Check {
            problems: &mut self.problems,
            kind: Kind::ServiceAtLocation,
            id: x.id.clone(),
            name: None,
        };
        let sal_id = c.id();
        let referenced = c.reference(&x.location_id, "location_id");
        let location_id = match (&x.location, referenced) {
            (Some(l), _) => Some(
                self.location(
                    l,
                    Some(&rec.organization_id)
                        .filter(|o| !o.is_empty())
                        .map(|o| o.as_str()),
                ),
            ),
            (None, r) => r,
        };
        let Some(location_id) = location_id else {
            self.problems.push(
                Problem::new(Kind::ServiceAtLocation, "hsds-import-missing")
                    .detail("location")
                    .of(&x.id, &None),
            );
            return;
        };
        let description = Check {
            problems: &mut self.problems,
            kind: Kind::ServiceAtLocation,
            id: x.id.clone(),
            name: None,
        }
        .text(&x.description, "description", 2000);
        for sc in x.schedules.iter().flatten() {
            self.schedule_into(rec, sc, Some(&sal_id));
        }
        rec.locations.push(SalRecord {
            id: sal_id,
            location_id,
            description,
        });
    }

    /// Adds a schedule to a service; one published without a start or an end is taken as open
    /// and named among the warnings (the listing's "last confirmed" date keeps it honest).
    fn schedule_into(&mut self, rec: &mut ServiceRecord, x: &dto::Schedule, sal: Option<&str>) {
        let Some(sc) = convert::schedule(x, sal, &mut self.problems) else {
            return;
        };
        let open = [
            (sc.recurrence.open_start(), "hsds-open-start"),
            (sc.recurrence.open_end(), "hsds-open-end"),
        ];
        for (_, message_id) in open.into_iter().filter(|(is, _)| *is) {
            self.warnings.push(
                Problem::new(Kind::Schedule, message_id)
                    .detail(rec.fields.name.chars().take(60).collect::<String>())
                    .of(&x.id, &None),
            );
        }
        rec.schedules.push(sc);
    }

    fn merge_service(&mut self, id: &str, rec: ServiceRecord) {
        if let Some(&i) = self.services.index.get(id) {
            let core = |r: &ServiceRecord| ServiceRecord {
                locations: Vec::new(),
                schedules: Vec::new(),
                ..r.clone()
            };
            let existing = &mut self.services.list[i];
            if core(existing) != core(&rec) {
                self.problems.push(
                    Problem::new(Kind::Service, "hsds-import-conflicting-copies")
                        .of(&Some(id.to_string()), &Some(rec.fields.name)),
                );
                return;
            }
            for l in rec.locations {
                if !existing.locations.iter().any(|x| x.id == l.id) {
                    existing.locations.push(l);
                }
            }
            for s in rec.schedules {
                if !existing.schedules.iter().any(|x| x.id == s.id) {
                    existing.schedules.push(s);
                }
            }
        } else {
            self.services.put(id, rec, &mut self.problems);
        }
    }
}

mod checks;
mod children;
mod terms;
pub use children::{plan, postcodes_to_look_up};
