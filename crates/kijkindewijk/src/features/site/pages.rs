//! The public pages a redacteur edits, and the rules for their form (pure).

use crate::error::FieldErrors;

/// Longest title of a page or article.
pub const MAX_TITLE: usize = 150;
/// Longest Markdown body of a page or article.
pub const MAX_BODY: usize = 50_000;

/// A public page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slug {
    /// `/`: the vision.
    Home,
    /// `/over-ons`: about us and our approach.
    About,
    /// `/privacy`: the privacy statement.
    Privacy,
    /// `/toegankelijkheid`: the accessibility statement.
    Accessibility,
    /// `/colofon`: the colophon.
    Colophon,
}

impl Slug {
    /// Every page, in the order the editor's list shows them.
    pub const ALL: [Slug; 5] = [
        Slug::Home,
        Slug::About,
        Slug::Privacy,
        Slug::Accessibility,
        Slug::Colophon,
    ];

    /// The name stored and used in the editor's URL.
    pub fn as_str(self) -> &'static str {
        match self {
            Slug::Home => "home",
            Slug::About => "over-ons",
            Slug::Privacy => "privacy",
            Slug::Accessibility => "toegankelijkheid",
            Slug::Colophon => "colofon",
        }
    }

    /// Parses a stored or URL name.
    pub fn parse(s: &str) -> Option<Slug> {
        Slug::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// Where the public sees the page.
    pub fn path(self) -> &'static str {
        match self {
            Slug::Home => "/",
            Slug::About => "/over-ons",
            Slug::Privacy => "/privacy",
            Slug::Accessibility => "/toegankelijkheid",
            Slug::Colophon => "/colofon",
        }
    }
}

/// Checks a title and body typed in the editor; `suffix` names the fields (`_nl`, `_en`).
pub fn check_text(title: &str, body: &str, suffix: &str, errors: &mut FieldErrors) {
    let title = title.trim();
    if title.is_empty() {
        errors.add(&format!("title{suffix}"), "site-error-title");
    } else if title.chars().count() > MAX_TITLE {
        errors.add(&format!("title{suffix}"), "site-error-title-long");
    }
    crate::web::validate::one_line(title, &format!("title{suffix}"), errors);
    if body.trim().is_empty() {
        errors.add(&format!("body{suffix}"), "site-error-body");
    } else if body.chars().count() > MAX_BODY {
        errors.add(&format!("body{suffix}"), "site-error-body-long");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip() {
        for s in Slug::ALL {
            assert_eq!(Slug::parse(s.as_str()), Some(s));
        }
        assert_eq!(Slug::parse("onbekend"), None);
    }

    #[test]
    fn text_rules() {
        let mut e = FieldErrors::new();
        check_text("Titel", "Tekst", "_nl", &mut e);
        assert!(e.is_empty());
        check_text(" ", &"x".repeat(MAX_BODY + 1), "_en", &mut e);
        assert_eq!(e.get("title_en"), Some("site-error-title"));
        assert_eq!(e.get("body_en"), Some("site-error-body-long"));
    }
}
