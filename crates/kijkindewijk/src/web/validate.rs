//! Input shapes shared by every feature (pure): e-mail addresses, login names, and the one rule for
//! control characters in text.

/// The one rule for text typed in a form or read from an import: a single-line field (a name, a
/// title, an address line, a code) holds no control character at all — no line break, no carriage
/// return, no tab — so it can never break out of a line in a feed, a mail header or a CSV; a
/// multi-line field (a description) may hold line breaks and tabs, but no other control character.
pub fn clean_text(s: &str, multi_line: bool) -> bool {
    if multi_line {
        !s.chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    } else {
        !s.chars().any(char::is_control)
    }
}

/// The message of a single-line field that holds a control character.
pub const ONE_LINE_MESSAGE: &str = "text-control-characters";

/// [`clean_text`] for a single-line form field: adds [`ONE_LINE_MESSAGE`] for `field` (unless the
/// field has a message already) when the value holds a line break, a tab or another control
/// character. Returns whether the value was clean.
pub fn one_line(value: &str, field: &str, errors: &mut crate::error::FieldErrors) -> bool {
    let clean = clean_text(value, false);
    if !clean && errors.get(field).is_none() {
        errors.add(field, ONE_LINE_MESSAGE);
    }
    clean
}

/// A plausible e-mail address: one `@`, something on both sides, a dot in the domain, no spaces.
pub fn looks_like_email(s: &str) -> bool {
    let s = s.trim();
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !s
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>')
                && s.len() <= 254
        }
        None => false,
    }
}

/// A login name without e-mail: 3–40 letters, digits, dots, dashes or underscores.
pub fn valid_login_name(s: &str) -> bool {
    let n = s.trim().chars().count();
    (3..=40).contains(&n)
        && s.trim()
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

/// An optional e-mail address as typed: trimmed and lower-case; empty is none. `Err` when
/// something was typed that is not an address.
pub fn optional_email(input: &str) -> Result<Option<String>, ()> {
    let email = input.trim().to_lowercase();
    if email.is_empty() {
        Ok(None)
    } else if looks_like_email(&email) {
        Ok(Some(email))
    } else {
        Err(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_and_login_name_rules() {
        assert!(looks_like_email("a.b@gemeente.nl"));
        for bad in ["a@b", "@x.nl", "a b@x.nl", "a@x.nl.", "<a>@x.nl", "a@@x.nl"] {
            assert!(!looks_like_email(bad), "{bad}");
        }
        assert!(valid_login_name("sam_2010"));
        assert!(!valid_login_name("sa"));
        assert!(!valid_login_name("sam <b>"));
    }

    #[test]
    fn single_line_text_holds_no_control_characters() {
        assert!(clean_text("Voetbal voor iedereen, 12+", false));
        for bad in [
            "a\r\nBEGIN:VEVENT",
            "a\rb",
            "a\nb",
            "a\tb",
            "a\u{7}b",
            "a\u{85}b",
        ] {
            assert!(!clean_text(bad, false), "{bad:?}");
        }
        assert!(clean_text("regel 1\r\nregel 2\tmet tab", true));
        assert!(!clean_text("bel\u{7}", true));
    }

    #[test]
    fn optional_emails() {
        assert_eq!(optional_email("  "), Ok(None));
        assert_eq!(optional_email(" A@X.nl "), Ok(Some("a@x.nl".into())));
        assert_eq!(optional_email("a@b"), Err(()));
    }
}
