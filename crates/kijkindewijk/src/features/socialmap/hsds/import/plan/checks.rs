//! The reference checks of a plan, and the order in which its terms can be stored.

use std::collections::HashSet;

use super::{Kind, Planner, Problem};

impl Planner<'_> {
    /// Ids that exist in another municipality, or as a child of another service.
    pub(super) fn check_owners(&mut self) {
        let mine = &self.known.municipality_id;
        let mut foreign = Vec::new();
        for (kind, ids) in [
            (
                Kind::Organization,
                self.orgs
                    .list
                    .iter()
                    .map(|o| o.id.clone())
                    .collect::<Vec<_>>(),
            ),
            (
                Kind::Location,
                self.locations.list.iter().map(|o| o.id.clone()).collect(),
            ),
            (
                Kind::Service,
                self.services.list.iter().map(|o| o.id.clone()).collect(),
            ),
        ] {
            for id in ids {
                if self.known.owners.get(&id).is_some_and(|m| m != mine) {
                    foreign.push(
                        Problem::new(kind, "hsds-import-other-municipality").of(&Some(id), &None),
                    );
                }
            }
        }
        for s in &self.services.list {
            let children = s
                .locations
                .iter()
                .map(|l| &l.id)
                .chain(s.schedules.iter().map(|x| &x.id))
                .chain(s.areas.iter().map(|a| &a.id));
            for id in children {
                if self
                    .known
                    .child_owners
                    .get(id)
                    .is_some_and(|owner| *owner != s.id)
                {
                    foreign.push(
                        Problem::new(Kind::Service, "hsds-import-id-elsewhere")
                            .detail(id.clone())
                            .of(&Some(s.id.clone()), &Some(s.name.clone())),
                    );
                }
            }
        }
        self.problems.extend(foreign);
    }

    /// Every reference points at something in the file or in the database (of this municipality).
    pub(super) fn check_references(&mut self) {
        let mine = &self.known.municipality_id;
        let exists = |table_has: bool, id: &str| {
            table_has || self.known.owners.get(id).is_some_and(|m| m == mine)
        };
        let mut missing = Vec::new();
        for s in &self.services.list {
            let mut places: Vec<&String> = s.locations.iter().map(|l| &l.location_id).collect();
            places.sort();
            if places.windows(2).any(|w| w[0] == w[1]) {
                missing.push(
                    Problem::new(Kind::Service, "hsds-import-place-twice")
                        .of(&Some(s.id.clone()), &Some(s.name.clone())),
                );
            }
            if !s.organization_id.is_empty()
                && !exists(self.orgs.has(&s.organization_id), &s.organization_id)
            {
                missing.push(
                    Problem::new(Kind::Service, "hsds-import-unknown-organization")
                        .detail(s.organization_id.clone())
                        .of(&Some(s.id.clone()), &Some(s.name.clone())),
                );
            }
            for l in &s.locations {
                if !exists(self.locations.has(&l.location_id), &l.location_id) {
                    missing.push(
                        Problem::new(Kind::ServiceAtLocation, "hsds-import-unknown-location")
                            .detail(l.location_id.clone())
                            .of(&Some(l.id.clone()), &None),
                    );
                }
            }
            for sc in &s.schedules {
                if let Some(sal) = &sc.service_at_location_id
                    && !s.locations.iter().any(|l| &l.id == sal)
                {
                    missing.push(
                        Problem::new(Kind::Schedule, "hsds-import-unknown-sal")
                            .detail(sal.clone())
                            .of(&Some(sc.id.clone()), &None),
                    );
                }
            }
            for t in &s.categories {
                if !self.terms.has(t) && !self.known.terms.contains_key(t) {
                    missing.push(
                        Problem::new(Kind::Service, "hsds-import-unknown-term")
                            .detail(t.clone())
                            .of(&Some(s.id.clone()), &Some(s.name.clone())),
                    );
                }
            }
        }
        for l in &self.locations.list {
            if let Some(o) = &l.organization_id
                && !exists(self.orgs.has(o), o)
            {
                missing.push(
                    Problem::new(Kind::Location, "hsds-import-unknown-organization")
                        .detail(o.clone())
                        .of(&Some(l.id.clone()), &l.name),
                );
            }
        }
        for t in &self.terms.list {
            if !self.taxonomies.has(&t.taxonomy_id)
                && !self.known.taxonomies.contains(&t.taxonomy_id)
                && !t.taxonomy_id.is_empty()
            {
                missing.push(
                    Problem::new(Kind::Term, "hsds-import-unknown-taxonomy")
                        .detail(t.taxonomy_id.clone())
                        .of(&Some(t.id.clone()), &Some(t.name.clone())),
                );
            }
            if let Some(p) = &t.parent_id
                && !self.terms.has(p)
                && !self.known.terms.contains_key(p)
            {
                missing.push(
                    Problem::new(Kind::Term, "hsds-import-unknown-term")
                        .detail(p.clone())
                        .of(&Some(t.id.clone()), &Some(t.name.clone())),
                );
            }
        }
        self.problems.extend(missing);
    }

    /// Terms in an order where every parent comes first; a cycle is a problem.
    pub(super) fn ordered_terms(
        &mut self,
    ) -> Vec<crate::features::socialmap::repo::taxonomy::TermRow> {
        let mut done: HashSet<String> = HashSet::new();
        let mut out = Vec::new();
        let mut left = self.terms.list.clone();
        while !left.is_empty() {
            let (ready, rest): (Vec<_>, Vec<_>) = left.into_iter().partition(|t| {
                t.parent_id
                    .as_ref()
                    .is_none_or(|p| done.contains(p) || !self.terms.has(p))
            });
            if ready.is_empty() {
                for t in &rest {
                    self.problems.push(
                        Problem::new(Kind::Term, "hsds-import-term-cycle")
                            .of(&Some(t.id.clone()), &Some(t.name.clone())),
                    );
                }
                break;
            }
            done.extend(ready.iter().map(|t| t.id.clone()));
            out.extend(ready);
            left = rest;
        }
        out
    }
}
