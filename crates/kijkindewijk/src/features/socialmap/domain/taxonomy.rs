//! The built-in youth taxonomy (seeded by migration `0003_socialmap.sql`). Its terms are shown with
//! translated names (`map-cat-<code>`); terms of imported taxonomies are shown as they were given.

/// Id of the KijKINDeWijk youth taxonomy (UUIDv5 of its URL).
pub const YOUTH_TAXONOMY_ID: &str = "465cc339-0e4e-550a-8208-05375089da8e";

/// The URL the youth taxonomy's ids are derived from.
pub const YOUTH_TAXONOMY_URL: &str = "https://kijkindewijk.nl/taxonomie/jeugd";

/// The id of a youth taxonomy term by its code (UUIDv5 of its URL, as in the migration).
pub fn youth_term_id(code: &str) -> String {
    uuid::Uuid::new_v5(
        &uuid::Uuid::NAMESPACE_URL,
        format!("{YOUTH_TAXONOMY_URL}/{code}").as_bytes(),
    )
    .to_string()
}

/// The translation id for a term of the youth taxonomy.
pub fn label_id(code: &str) -> String {
    format!("map-cat-{code}")
}

/// A term as the interface shows it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct Term {
    /// Id.
    pub id: String,
    /// Taxonomy id.
    pub taxonomy_id: String,
    /// Parent term id.
    pub parent_id: Option<String>,
    /// Code (youth taxonomy: `sport-voetbal`).
    pub code: Option<String>,
    /// Name as stored (Dutch for the youth taxonomy).
    pub name: String,
}

impl Term {
    /// The name in the interface language.
    pub fn label(&self, loc: crate::i18n::Locale) -> String {
        match (&self.code, self.taxonomy_id == YOUTH_TAXONOMY_ID) {
            (Some(code), true) => loc.t(&label_id(code)),
            _ => self.name.clone(),
        }
    }
}

/// `id` and every term below it, from a list of (id, parent) pairs.
pub fn with_descendants(id: &str, terms: &[(String, Option<String>)]) -> Vec<String> {
    let mut out = vec![id.to_string()];
    let mut i = 0;
    // Breadth first over a list that is at most a few hundred terms; a cycle cannot loop forever
    // because a term is only added once.
    while i < out.len() {
        let parent = out[i].clone();
        for (child, p) in terms {
            if p.as_deref() == Some(parent.as_str()) && !out.contains(child) {
                out.push(child.clone());
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn migration(backend: &str) -> String {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("migrations")
            .join(backend)
            .join("0003_socialmap.sql");
        std::fs::read_to_string(path).unwrap()
    }

    fn seeded_codes() -> Vec<String> {
        let sql = migration("sqlite");
        let terms = &sql[sql.find("INSERT INTO taxonomy_terms").unwrap()..];
        terms
            .lines()
            .filter(|l| l.trim_start().starts_with("('"))
            .filter_map(|l| {
                // (id, taxonomy_id, parent_id|NULL, code, …): the code is the 4th value.
                let values: Vec<&str> = l.split(", ").collect();
                values.get(3).map(|c| c.trim_matches('\'').to_string())
            })
            .collect()
    }

    #[test]
    fn both_backends_seed_the_same_terms() {
        let block = |s: &str| s[s.find("INSERT INTO taxonomies").unwrap()..].to_string();
        assert_eq!(block(&migration("sqlite")), block(&migration("postgres")));
        assert!(seeded_codes().len() > 40);
    }

    #[test]
    fn every_seeded_term_has_a_name_in_both_languages() {
        for code in seeded_codes() {
            for loc in crate::i18n::Locale::ALL {
                assert_ne!(
                    loc.t(&label_id(&code)),
                    label_id(&code),
                    "{code} in {loc:?}"
                );
            }
        }
    }

    #[test]
    fn term_ids_are_derived_from_their_codes() {
        let sql = migration("postgres");
        assert_eq!(
            uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, YOUTH_TAXONOMY_URL.as_bytes())
                .to_string(),
            YOUTH_TAXONOMY_ID
        );
        for code in seeded_codes() {
            assert!(
                sql.contains(&format!(
                    "('{}', '{YOUTH_TAXONOMY_ID}'",
                    youth_term_id(&code)
                )),
                "{code}"
            );
        }
    }

    #[test]
    fn descendants() {
        let t = |a: &str, p: Option<&str>| (a.to_string(), p.map(str::to_string));
        let terms = vec![
            t("sport", None),
            t("voetbal", Some("sport")),
            t("o15", Some("voetbal")),
            t("muziek", None),
        ];
        assert_eq!(
            with_descendants("sport", &terms),
            ["sport", "voetbal", "o15"]
        );
        let cyclic = vec![t("a", Some("b")), t("b", Some("a"))];
        assert_eq!(with_descendants("a", &cyclic), ["a", "b"]);
    }
}
