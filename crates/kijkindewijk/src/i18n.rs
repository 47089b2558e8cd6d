//! Translations. Every user-facing text lives in `locales/{nl,en}/*.ftl` (Fluent); Dutch is the
//! default, English the second language. Templates call `page.loc.t("id")`.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "nl",
        // Fluent wraps arguments in Unicode isolation marks by default; our texts are all
        // left-to-right and the marks would end up in e-mail and page titles.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static NL: LanguageIdentifier = langid!("nl");
static EN: LanguageIdentifier = langid!("en");

/// Formatted messages without arguments, per language (index = `Locale as usize`).
static CACHE: std::sync::LazyLock<[std::sync::RwLock<HashMap<String, String>>; 2]> =
    std::sync::LazyLock::new(|| [Default::default(), Default::default()]);

/// A supported interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Locale {
    /// Dutch, the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Locale {
    /// All supported languages, default first.
    pub const ALL: [Locale; 2] = [Locale::Nl, Locale::En];

    /// The language code used in `lang` attributes, cookies and URLs.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Nl => "nl",
            Locale::En => "en",
        }
    }

    /// Parses a language code; unknown codes give `None`.
    pub fn from_code(code: &str) -> Option<Locale> {
        match code.trim().to_ascii_lowercase().as_str() {
            "nl" | "nl-nl" => Some(Locale::Nl),
            "en" | "en-gb" | "en-us" => Some(Locale::En),
            _ => None,
        }
    }

    /// The other language, for the language switch.
    pub fn other(self) -> Locale {
        match self {
            Locale::Nl => Locale::En,
            Locale::En => Locale::Nl,
        }
    }

    fn id(self) -> &'static LanguageIdentifier {
        match self {
            Locale::Nl => &NL,
            Locale::En => &EN,
        }
    }

    /// The text for a message id. A missing id shows the id itself (and a test keeps that from
    /// ever reaching a user).
    pub fn t(&self, id: &str) -> String {
        // Messages without arguments never change: format each once per language, then reuse it.
        // Pages such as the network map look up hundreds of labels per request.
        let cache = &CACHE[*self as usize];
        if let Some(text) = cache.read().unwrap_or_else(|e| e.into_inner()).get(id) {
            return text.clone();
        }
        let text = LOCALES
            .try_lookup(self.id(), id)
            .unwrap_or_else(|| id.to_string());
        let mut cache = cache.write().unwrap_or_else(|e| e.into_inner());
        // Ids come from our own code; the cap only guards against an id built from outside input.
        if cache.len() < 10_000 {
            cache.insert(id.to_string(), text.clone());
        }
        text
    }

    /// The text for a message id with named arguments.
    pub fn t_args(&self, id: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
            .collect();
        LOCALES
            .try_lookup_with_args(self.id(), id, &map)
            .unwrap_or_else(|| id.to_string())
    }

    /// Shorthand for one string argument, handy in templates.
    pub fn t1(&self, id: &str, name: &'static str, value: &str) -> String {
        self.t_args(id, &[(name, FluentValue::from(value.to_string()))])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::path::Path;

    fn ids_in(dir: &Path) -> BTreeSet<String> {
        let mut ids = BTreeSet::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for line in text.lines() {
                if let Some((id, _)) = line.split_once(" =")
                    && !id.starts_with(['#', ' ', '.', '-'])
                    && !id.is_empty()
                {
                    ids.insert(id.trim().to_string());
                }
            }
        }
        ids
    }

    #[test]
    fn both_languages_have_the_same_messages() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let nl = ids_in(&root.join("nl"));
        let en = ids_in(&root.join("en"));
        let only_nl: Vec<_> = nl.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&nl).collect();
        assert!(
            only_nl.is_empty() && only_en.is_empty(),
            "only in nl: {only_nl:?}; only in en: {only_en:?}"
        );
    }

    fn defined() -> [(Locale, BTreeSet<String>); 2] {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        [
            (Locale::Nl, ids_in(&root.join("nl"))),
            (Locale::En, ids_in(&root.join("en"))),
        ]
    }

    fn looks_like_id(s: &str) -> bool {
        s.contains('-')
            && !s.starts_with('-')
            && !s.ends_with('-')
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    }

    /// Every `.t("…")` / `.t1("…"` / `.t_args("…"` in templates and Rust code names an existing message.
    #[test]
    fn every_used_message_exists() {
        let defined = defined();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut missing = Vec::new();
        let mut stack = vec![root.join("templates"), root.join("src")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for marker in [".t(\"", ".t1(\"", ".t_args(\""] {
                    for part in text.split(marker).skip(1) {
                        let id = part.split('"').next().unwrap();
                        if !looks_like_id(id) {
                            continue;
                        }
                        for (loc, ids) in &defined {
                            if !ids.contains(id) {
                                missing.push(format!(
                                    "{} in {} ({})",
                                    id,
                                    path.display(),
                                    loc.code()
                                ));
                            }
                        }
                    }
                }
            }
        }
        assert!(missing.is_empty(), "missing messages: {missing:#?}");
    }

    /// Message ids are also passed around as plain strings (form errors, page titles, template
    /// arguments). Every such literal whose prefix names a message family must exist in both files.
    #[test]
    fn every_message_like_literal_exists() {
        const FAMILIES: &[&str] = &[
            "error-",
            "code-",
            "login-",
            "password-",
            "name-",
            "role-",
            "start-",
            "admin-",
            "a11y-",
            "privacy-",
            "outbox-",
            "team-",
            "wijk-",
            "email-",
            "token-",
            "account-",
            "mail-",
            "reset-",
            "invitation-",
            "new-password-",
            "home-",
            "enrol-",
            "recovery-",
            "forgot-",
            "map-",
            "hsds-",
            "part-",
            "intro-",
            "youth-",
            "log-",
        ];
        let defined = defined();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut missing = Vec::new();
        let mut stack = vec![root.join("templates"), root.join("src")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for (i, part) in text.split('"').enumerate() {
                    let is_id = i % 2 == 1
                        && FAMILIES.iter().any(|f| part.starts_with(f))
                        && looks_like_id(part);
                    if is_id {
                        for (loc, ids) in &defined {
                            if !ids.contains(part) {
                                missing.push(format!(
                                    "{part} in {} ({})",
                                    path.display(),
                                    loc.code()
                                ));
                            }
                        }
                    }
                }
            }
        }
        missing.sort();
        missing.dedup();
        assert!(missing.is_empty(), "missing messages: {missing:#?}");
    }

    #[test]
    fn arguments_are_filled_in() {
        let text = Locale::Nl.t1("login-welcome", "name", "Sam");
        assert!(text.contains("Sam"), "{text}");
    }
}
