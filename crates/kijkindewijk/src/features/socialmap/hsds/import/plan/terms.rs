//! Taxonomies and terms of an imported file; the built-in youth taxonomy is referred to, never changed.

use super::{Kind, Planner, Problem};
use crate::features::socialmap::domain::taxonomy::YOUTH_TAXONOMY_ID;
use crate::features::socialmap::hsds::dto;
use crate::features::socialmap::hsds::import::convert::Check;
use crate::features::socialmap::repo::taxonomy::{TaxonomyRow, TermRow};

impl Planner<'_> {
    pub(super) fn term(&mut self, t: &dto::TaxonomyTerm) -> String {
        let mut c = Check {
            problems: &mut self.problems,
            kind: Kind::Term,
            id: t.id.clone(),
            name: t.name.clone(),
        };
        let id = c.id();
        let name = c.required(&t.name, "name", 200);
        let description = c.required(&t.description, "description", 2000);
        let detail = t.taxonomy_detail.as_ref();
        let taxonomy_id = c
            .reference(&t.taxonomy_id, "taxonomy_id")
            .or_else(|| detail.and_then(|d| d.id.clone()));
        let row = TermRow {
            taxonomy_id: taxonomy_id.unwrap_or_default(),
            parent_id: c.reference(&t.parent_id, "parent_id"),
            code: c.text(&t.code, "code", 100),
            language: c.text(&t.language, "language", 20),
            term_uri: c.text(&t.term_uri, "term_uri", 500),
            id: id.clone(),
            name,
            description,
        };
        if let Some(d) = detail {
            self.taxonomy(d);
        }
        if row.taxonomy_id.is_empty() {
            self.problems.push(
                Problem::new(Kind::Term, "hsds-import-missing")
                    .detail("taxonomy_id")
                    .of(&t.id, &t.name),
            );
        }
        if row.taxonomy_id == YOUTH_TAXONOMY_ID
            || self
                .known
                .terms
                .get(&id)
                .is_some_and(|x| x == YOUTH_TAXONOMY_ID)
        {
            // The built-in taxonomy is ours; a file may refer to it but not change it.
            return id;
        }
        self.terms.put(&id, row, &mut self.problems);
        id
    }

    pub(super) fn taxonomy(&mut self, t: &dto::Taxonomy) -> String {
        let mut c = Check {
            problems: &mut self.problems,
            kind: Kind::Taxonomy,
            id: t.id.clone(),
            name: t.name.clone(),
        };
        let id = c.id();
        let row = TaxonomyRow {
            name: c.required(&t.name, "name", 200),
            description: c.required(&t.description, "description", 2000),
            uri: c.text(&t.uri, "uri", 500),
            version: c.text(&t.version, "version", 50),
            id: id.clone(),
        };
        if id != YOUTH_TAXONOMY_ID {
            self.taxonomies.put(&id, row, &mut self.problems);
        }
        id
    }
}
