//! The rules of a municipality's category list, as pure functions: a change to the list either
//! gives the new list or says, per field, why not.

use std::collections::HashMap;

use crate::error::FieldErrors;
use crate::features::barriers::repo::Category;

/// Longest name of a category.
pub const NAME_MAX: usize = 60;
/// Most categories a municipality keeps (a choice list stays readable).
pub const LIST_MAX: usize = 30;

/// One change a beheerder makes to the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A new category at the end.
    Add {
        /// Dutch name.
        nl: String,
        /// English name.
        en: String,
    },
    /// New names for a category (its key, and so the barriers that use it, stay).
    Rename {
        /// Key.
        key: String,
        /// Dutch name.
        nl: String,
        /// English name.
        en: String,
    },
    /// One place up.
    Up(String),
    /// One place down.
    Down(String),
    /// Remove a category no barrier uses.
    Remove(String),
}

fn check_names(nl: &str, en: &str, errors: &mut FieldErrors) {
    for (field, value) in [("name_nl", nl), ("name_en", en)] {
        let v = value.trim();
        if v.is_empty() {
            errors.add(field, "category-error-name");
        } else if v.chars().count() > NAME_MAX {
            errors.add(field, "category-error-name-long");
        } else if !crate::web::validate::clean_text(v, false) {
            errors.add(field, "category-error-name-control");
        }
    }
}

/// A key made from the Dutch name: lower-case letters and digits joined by `_`, unique in `taken`.
pub fn key_for(name: &str, taken: &[&str]) -> String {
    let mut base = String::new();
    for c in name.trim().to_lowercase().chars() {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            base.push(c);
        } else if !base.ends_with('_') && !base.is_empty() {
            base.push('_');
        }
    }
    let mut base: String = base.trim_end_matches('_').chars().take(40).collect();
    if base.is_empty() {
        base = "categorie".to_string();
    }
    let mut key = base.clone();
    let mut n = 2;
    while taken.contains(&key.as_str()) {
        key = format!("{base}_{n}");
        n += 1;
    }
    key
}

fn position(list: &[Category], key: &str, errors_field: &str) -> Result<usize, FieldErrors> {
    list.iter()
        .position(|c| c.key == key)
        .ok_or_else(|| FieldErrors::one(errors_field, "category-error-unknown"))
}

/// The list after `change`, given how many barriers use each key.
pub fn apply(
    list: &[Category],
    change: &Change,
    used: &HashMap<String, i64>,
) -> Result<Vec<Category>, FieldErrors> {
    let mut out = list.to_vec();
    let mut errors = FieldErrors::new();
    match change {
        Change::Add { nl, en } => {
            check_names(nl, en, &mut errors);
            if out.len() >= LIST_MAX {
                errors.add("name_nl", "category-error-full");
            }
            if out
                .iter()
                .any(|c| c.name_nl.trim().eq_ignore_ascii_case(nl.trim()))
            {
                errors.add("name_nl", "category-error-double");
            }
            let taken: Vec<&str> = out.iter().map(|c| c.key.as_str()).collect();
            let key = key_for(nl, &taken);
            out.push(Category {
                key,
                name_nl: nl.trim().to_string(),
                name_en: en.trim().to_string(),
            });
        }
        Change::Rename { key, nl, en } => {
            let at = position(&out, key, "key")?;
            check_names(nl, en, &mut errors);
            let double = out
                .iter()
                .any(|c| c.key != *key && c.name_nl.trim().eq_ignore_ascii_case(nl.trim()));
            if double {
                errors.add("name_nl", "category-error-double");
            }
            out[at].name_nl = nl.trim().to_string();
            out[at].name_en = en.trim().to_string();
        }
        Change::Up(key) => {
            let at = position(&out, key, "key")?;
            if at > 0 {
                out.swap(at, at - 1);
            }
        }
        Change::Down(key) => {
            let at = position(&out, key, "key")?;
            if at + 1 < out.len() {
                out.swap(at, at + 1);
            }
        }
        Change::Remove(key) => {
            let at = position(&out, key, "key")?;
            if used.get(key).copied().unwrap_or(0) > 0 {
                errors.add("key", "category-error-in-use");
            } else if out.len() == 1 {
                errors.add("key", "category-error-last");
            } else {
                out.remove(at);
            }
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cat(key: &str, nl: &str) -> Category {
        Category {
            key: key.into(),
            name_nl: nl.into(),
            name_en: nl.into(),
        }
    }

    fn list() -> Vec<Category> {
        vec![
            cat("rule", "Regel"),
            cat("money", "Geld"),
            cat("other", "Anders"),
        ]
    }

    fn keys(l: &[Category]) -> Vec<&str> {
        l.iter().map(|c| c.key.as_str()).collect()
    }

    #[test]
    fn keys_are_made_from_the_name_and_kept_unique() {
        assert_eq!(key_for("Sport & cultuur", &[]), "sport_cultuur");
        assert_eq!(key_for("  Één loket ", &[]), "een_loket");
        assert_eq!(key_for("Geld", &["geld"]), "geld_2");
        assert_eq!(key_for("Geld", &["geld", "geld_2"]), "geld_3");
        assert_eq!(key_for("!!!", &[]), "categorie");
    }

    #[test]
    fn adding_renaming_moving_and_removing() {
        let used = HashMap::from([("money".to_string(), 3)]);
        let add = Change::Add {
            nl: "Wonen".into(),
            en: "Housing".into(),
        };
        let l = apply(&list(), &add, &used).unwrap();
        assert_eq!(keys(&l), ["rule", "money", "other", "wonen"]);
        let l = apply(&l, &Change::Up("wonen".into()), &used).unwrap();
        assert_eq!(keys(&l), ["rule", "money", "wonen", "other"]);
        let l = apply(&l, &Change::Up("rule".into()), &used).unwrap();
        assert_eq!(keys(&l), ["rule", "money", "wonen", "other"]);
        let l = apply(&l, &Change::Down("other".into()), &used).unwrap();
        assert_eq!(keys(&l), ["rule", "money", "wonen", "other"]);
        let rename = Change::Rename {
            key: "money".into(),
            nl: "Kosten".into(),
            en: "Costs".into(),
        };
        let l = apply(&l, &rename, &used).unwrap();
        assert_eq!(
            (l[1].key.as_str(), l[1].name_nl.as_str()),
            ("money", "Kosten")
        );
        let l = apply(&l, &Change::Remove("rule".into()), &used).unwrap();
        assert_eq!(keys(&l), ["money", "wonen", "other"]);
    }

    #[test]
    fn refused_changes_say_why() {
        let used = HashMap::from([("money".to_string(), 1)]);
        let cases: Vec<(Vec<Category>, Change, &str, &str)> = vec![
            (
                list(),
                Change::Remove("money".into()),
                "key",
                "category-error-in-use",
            ),
            (
                vec![cat("rule", "Regel")],
                Change::Remove("rule".into()),
                "key",
                "category-error-last",
            ),
            (
                list(),
                Change::Remove("nope".into()),
                "key",
                "category-error-unknown",
            ),
            (
                list(),
                Change::Add {
                    nl: " ".into(),
                    en: "x".into(),
                },
                "name_nl",
                "category-error-name",
            ),
            (
                list(),
                Change::Add {
                    nl: "x".into(),
                    en: "".into(),
                },
                "name_en",
                "category-error-name",
            ),
            (
                list(),
                Change::Add {
                    nl: "a".repeat(61),
                    en: "x".into(),
                },
                "name_nl",
                "category-error-name-long",
            ),
            (
                list(),
                Change::Add {
                    nl: "a\r\nb".into(),
                    en: "x".into(),
                },
                "name_nl",
                "category-error-name-control",
            ),
            (
                list(),
                Change::Add {
                    nl: "geld".into(),
                    en: "x".into(),
                },
                "name_nl",
                "category-error-double",
            ),
            (
                list(),
                Change::Rename {
                    key: "rule".into(),
                    nl: "Geld".into(),
                    en: "x".into(),
                },
                "name_nl",
                "category-error-double",
            ),
            (
                (0..LIST_MAX)
                    .map(|i| cat(&format!("k{i}"), &format!("n{i}")))
                    .collect(),
                Change::Add {
                    nl: "Nog een".into(),
                    en: "x".into(),
                },
                "name_nl",
                "category-error-full",
            ),
        ];
        for (l, change, field, id) in cases {
            let e = apply(&l, &change, &used).unwrap_err();
            assert_eq!(e.get(field), Some(id), "{change:?}");
        }
    }
}
