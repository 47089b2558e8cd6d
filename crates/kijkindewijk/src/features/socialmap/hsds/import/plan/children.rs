//! The rest of planning: a service's categories, languages and areas; the walk over the file; and
//! the entry points.

use super::{Kind, Known, Plan, Planner, Problem};
use crate::features::socialmap::domain::geo::Postcode;
use crate::features::socialmap::hsds::dto;
use crate::features::socialmap::hsds::import::convert::Check;
use crate::features::socialmap::hsds::import::read::Item;
use crate::features::socialmap::model::*;

impl Planner<'_> {
    /// Categories (attributes with taxonomy terms), languages and areas of a service.
    pub(super) fn children(&mut self, rec: &mut ServiceRecord, s: &dto::Service) {
        for a in s.attributes.iter().flatten() {
            let term = match (&a.taxonomy_term, &a.taxonomy_term_id) {
                (Some(t), _) => Some(self.term(t)),
                (None, id) => Check {
                    problems: &mut self.problems,
                    kind: Kind::Service,
                    id: s.id.clone(),
                    name: s.name.clone(),
                }
                .reference(id, "attributes.taxonomy_term_id"),
            };
            if let Some(t) = term.filter(|t| !rec.categories.contains(t)) {
                rec.categories.push(t);
            }
        }
        for l in s.languages.iter().flatten() {
            let code = l
                .code
                .as_deref()
                .map(|c| c.trim().to_lowercase())
                .unwrap_or_default();
            if !(2..=3).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_lowercase()) {
                self.problems.push(
                    Problem::new(Kind::Service, "hsds-import-language-code")
                        .detail(code)
                        .of(&s.id, &s.name),
                );
                continue;
            }
            let name = l.name.clone().unwrap_or_else(|| code.clone());
            if !rec.languages.iter().any(|(c, _)| *c == code) {
                rec.languages.push((code, name.chars().take(100).collect()));
            }
        }
        for a in s.service_areas.iter().flatten() {
            let mut c = Check {
                problems: &mut self.problems,
                kind: Kind::Service,
                id: s.id.clone(),
                name: s.name.clone(),
            };
            let id = c
                .reference(&a.id, "service_areas.id")
                .unwrap_or_else(|| derived_id(&rec.id, "area"));
            let key = [&a.extent, &a.name]
                .into_iter()
                .flatten()
                .map(|k| k.trim().to_string())
                .collect::<Vec<_>>();
            let place = self.known.places.iter().find(|p| {
                key.iter()
                    .any(|k| k.eq_ignore_ascii_case(&p.code) || k.eq_ignore_ascii_case(&p.name))
            });
            let whole = key.iter().any(|k| {
                k.eq_ignore_ascii_case(&self.known.municipality_code)
                    || k.eq_ignore_ascii_case(&self.known.municipality_name)
            });
            let record = match place {
                Some(p) => AreaRecord {
                    id,
                    wijk_id: Some(p.wijk_id.clone().unwrap_or_else(|| p.id.clone())),
                    buurt_id: p.wijk_id.as_ref().map(|_| p.id.clone()),
                    name: None,
                },
                None => {
                    if !whole {
                        self.warnings.push(
                            Problem::new(Kind::Service, "hsds-area-unmatched")
                                .detail(key.join(" / "))
                                .of(&s.id, &s.name),
                        );
                    }
                    AreaRecord {
                        id,
                        wijk_id: None,
                        buurt_id: None,
                        name: c.text(&a.name, "service_areas.name", 200),
                    }
                }
            };
            rec.areas.push(record);
        }
    }

    fn top_level(
        &mut self,
        position: usize,
        kind: Kind,
        id: &Option<String>,
        name: &Option<String>,
    ) {
        if let Some(id) = id
            && !self.top.insert((kind, id.clone()))
        {
            let mut p = Problem::new(kind, "hsds-import-duplicate-id").of(&Some(id.clone()), name);
            p.position = Some(position);
            self.problems.push(p);
        }
    }

    fn walk(&mut self, position: usize, item: &Item) {
        let before = self.problems.len();
        match item {
            Item::Organization(o) => {
                self.top_level(position, Kind::Organization, &o.id, &o.name);
                self.organization(o);
            }
            Item::Service(s) => {
                self.top_level(position, Kind::Service, &s.id, &s.name);
                self.service(s, None);
            }
            Item::Location(l) => {
                self.top_level(position, Kind::Location, &l.id, &l.name);
                self.location(l, None);
            }
            Item::Sal(x) => {
                self.top_level(position, Kind::ServiceAtLocation, &x.id, &None);
                match &x.service {
                    Some(s) => {
                        let with_sal = dto::Service {
                            service_at_locations: Some(vec![dto::ServiceAtLocation {
                                service: None,
                                ..x.clone()
                            }]),
                            ..(**s).clone()
                        };
                        self.service(&with_sal, None);
                    }
                    None => self.problems.push(
                        Problem::new(Kind::ServiceAtLocation, "hsds-import-sal-needs-service")
                            .of(&x.id, &None),
                    ),
                }
            }
            Item::Taxonomy(t) => {
                self.top_level(position, Kind::Taxonomy, &t.id, &t.name);
                self.taxonomy(t);
            }
            Item::Term(t) => {
                self.top_level(position, Kind::Term, &t.id, &t.name);
                self.term(t);
            }
        }
        for p in &mut self.problems[before..] {
            p.position.get_or_insert(position);
        }
    }
}

/// Plans a file: the records to store, or every problem found.
pub fn plan(items: &[(usize, Item)], known: &Known) -> Result<Plan, Vec<Problem>> {
    let mut p = Planner::new(known);
    for (position, item) in items {
        p.walk(*position, item);
    }
    p.check_owners();
    p.check_references();
    let terms = p.ordered_terms();
    if !p.problems.is_empty() {
        let mut problems = p.problems;
        problems.sort();
        problems.dedup();
        return Err(problems);
    }
    // Records equal to what was last saved are left alone (their last change stays).
    let mut unchanged = 0;
    let mut changed = |id: &String, fp: String| {
        let same = known.fingerprints.get(id) == Some(&fp);
        unchanged += usize::from(same);
        !same
    };
    let organizations: Vec<_> = p
        .orgs
        .list
        .into_iter()
        .filter(|o| changed(&o.id, fingerprint(o)))
        .collect();
    let locations: Vec<_> = p
        .locations
        .list
        .into_iter()
        .filter(|l| changed(&l.id, fingerprint(l)))
        .collect();
    let services: Vec<_> = p
        .services
        .list
        .into_iter()
        .filter(|s| changed(&s.id, fingerprint(s)))
        .collect();
    let taxonomies: Vec<_> = p
        .taxonomies
        .list
        .into_iter()
        .filter(|t| changed(&t.id, fingerprint(t)))
        .collect();
    let terms: Vec<_> = terms
        .into_iter()
        .filter(|t| changed(&t.id, fingerprint(t)))
        .collect();
    let existing = organizations
        .iter()
        .map(|o| &o.id)
        .chain(locations.iter().map(|l| &l.id))
        .chain(services.iter().map(|s| &s.id))
        .filter(|id| known.owners.contains_key(*id))
        .count();
    Ok(Plan {
        organizations,
        locations,
        services,
        taxonomies,
        terms,
        warnings: p.warnings,
        existing,
        unchanged,
    })
}

/// Dutch postcodes of locations that come without coordinates, to look up before planning.
pub fn postcodes_to_look_up(items: &[(usize, Item)]) -> Vec<Postcode> {
    fn from_location(l: &dto::Location, out: &mut Vec<Postcode>) {
        if l.latitude.is_none() && l.longitude.is_none() {
            for a in l.addresses.iter().flatten() {
                if let Some(pc) = a.postal_code.as_deref().and_then(Postcode::parse)
                    && !out.contains(&pc)
                {
                    out.push(pc);
                }
            }
        }
    }
    fn from_service(s: &dto::Service, out: &mut Vec<Postcode>) {
        for x in s.service_at_locations.iter().flatten() {
            if let Some(l) = &x.location {
                from_location(l, out);
            }
        }
    }
    let mut out = Vec::new();
    for (_, item) in items {
        match item {
            Item::Organization(o) => {
                o.locations
                    .iter()
                    .flatten()
                    .for_each(|l| from_location(l, &mut out));
                o.services
                    .iter()
                    .flatten()
                    .for_each(|s| from_service(s, &mut out));
            }
            Item::Service(s) => from_service(s, &mut out),
            Item::Location(l) => from_location(l, &mut out),
            Item::Sal(x) => {
                if let Some(l) = &x.location {
                    from_location(l, &mut out);
                }
            }
            _ => {}
        }
    }
    out
}
