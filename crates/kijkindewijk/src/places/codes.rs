//! CBS area codes: municipality `GM` + 4 digits, wijk `WK` + 6, buurt `BU` + 8. The wijk and buurt
//! parts may hold capital letters when a municipality has 100 or more of them.

use std::fmt;

/// Which kind of area a code names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AreaKind {
    /// Gemeente.
    Municipality,
    /// Wijk.
    Wijk,
    /// Buurt.
    Buurt,
}

/// A validated CBS code, stored in upper case.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AreaCode(String);

/// Why a code was refused; each maps to a translated message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Not the shape of this kind of code.
    Shape,
    /// The code does not lie inside the given parent area.
    NotInParent,
}

impl CodeError {
    /// Translation id of the message.
    pub fn message_id(self) -> &'static str {
        match self {
            CodeError::Shape => "code-invalid",
            CodeError::NotInParent => "code-not-in-parent",
        }
    }
}

impl AreaCode {
    /// Parses and validates a code of the given kind (surrounding spaces and lower case are accepted).
    pub fn parse(kind: AreaKind, input: &str) -> Result<AreaCode, CodeError> {
        let code = input.trim().to_ascii_uppercase();
        let (prefix, digits, alnum) = match kind {
            AreaKind::Municipality => ("GM", 4, 0),
            AreaKind::Wijk => ("WK", 4, 2),
            AreaKind::Buurt => ("BU", 4, 4),
        };
        let rest = code.strip_prefix(prefix).ok_or(CodeError::Shape)?;
        if rest.len() != digits + alnum || !rest.is_ascii() {
            return Err(CodeError::Shape);
        }
        let (d, a) = rest.split_at(digits);
        if !d.bytes().all(|b| b.is_ascii_digit())
            || !a
                .bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
        {
            return Err(CodeError::Shape);
        }
        Ok(AreaCode(code))
    }

    /// Parses a code and checks that it lies inside `parent` (a wijk inside its municipality, a
    /// buurt inside its wijk).
    pub fn parse_within(kind: AreaKind, input: &str, parent: &str) -> Result<AreaCode, CodeError> {
        let code = AreaCode::parse(kind, input)?;
        let parent_digits = parent.get(2..).unwrap_or_default();
        if !code.0[2..].starts_with(parent_digits) || parent_digits.is_empty() {
            return Err(CodeError::NotInParent);
        }
        Ok(code)
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AreaCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::AreaKind::*;
    use super::*;

    #[test]
    fn accepts_valid_codes() {
        assert_eq!(
            AreaCode::parse(Municipality, "gm0363").unwrap().as_str(),
            "GM0363"
        );
        assert!(AreaCode::parse(Wijk, "WK036300").is_ok());
        assert!(AreaCode::parse(Wijk, "WK0363A1").is_ok());
        assert!(AreaCode::parse(Buurt, " BU03630001 ").is_ok());
        assert!(AreaCode::parse(Buurt, "BU0363AB12").is_ok());
    }

    #[test]
    fn refuses_malformed_codes() {
        for (kind, code) in [
            (Municipality, "GM363"),
            (Municipality, "GM03631"),
            (Municipality, "WK0363"),
            (Wijk, "WK03630"),
            (Wijk, "WK0A6300"),
            (Wijk, "WK0363a!"),
            (Buurt, "BU036300011"),
            (Buurt, "BU0363"),
            (Buurt, "BU0363é001"),
            (Buurt, ""),
        ] {
            assert_eq!(AreaCode::parse(kind, code), Err(CodeError::Shape), "{code}");
        }
    }

    #[test]
    fn checks_the_parent() {
        assert!(AreaCode::parse_within(Wijk, "WK036301", "GM0363").is_ok());
        assert_eq!(
            AreaCode::parse_within(Wijk, "WK059901", "GM0363"),
            Err(CodeError::NotInParent)
        );
        assert!(AreaCode::parse_within(Buurt, "BU03630105", "WK036301").is_ok());
        assert_eq!(
            AreaCode::parse_within(Buurt, "BU03630205", "WK036301"),
            Err(CodeError::NotInParent)
        );
    }
}
