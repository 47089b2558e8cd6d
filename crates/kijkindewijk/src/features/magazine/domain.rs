//! The magazine's rules (pure): checking an article form, its publication (draft, now, scheduled),
//! tags, paging and related articles.

use time::{Date, OffsetDateTime};

use crate::error::FieldErrors;
use crate::features::site::pages::{MAX_BODY, MAX_TITLE};

/// Articles per page of a list.
pub const PAGE_SIZE: u64 = 10;
/// Longest lead.
pub const MAX_LEAD: usize = 600;
/// Longest author line.
pub const MAX_AUTHOR: usize = 120;
/// At most this many tags on an article.
pub const MAX_TAGS: usize = 10;
/// Longest tag.
pub const MAX_TAG: usize = 40;
/// Related articles shown under an article.
pub const RELATED: usize = 3;

/// Where an article stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Only editors see it.
    Draft,
    /// The publish job makes it public at `publish_at`.
    Scheduled,
    /// Public since `publish_at`.
    Published,
}

impl Status {
    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Scheduled => "scheduled",
            Status::Published => "published",
        }
    }

    /// Parses a stored name (unknown: draft).
    pub fn parse(s: &str) -> Status {
        match s {
            "scheduled" => Status::Scheduled,
            "published" => Status::Published,
            _ => Status::Draft,
        }
    }

    /// Message id of its name.
    pub fn label_id(self) -> &'static str {
        match self {
            Status::Draft => "mag-status-draft",
            Status::Scheduled => "mag-status-scheduled",
            Status::Published => "mag-status-published",
        }
    }
}

/// What the editor typed.
#[derive(Clone, Debug, Default)]
pub struct Input<'a> {
    /// Kind code.
    pub kind: &'a str,
    /// Title.
    pub title: &'a str,
    /// Author.
    pub author: &'a str,
    /// Lead.
    pub lead: &'a str,
    /// Markdown body.
    pub body: &'a str,
    /// Tags, separated by commas.
    pub tags: &'a str,
    /// Wijk id or empty.
    pub wijk_id: &'a str,
    /// Cover image hash or empty.
    pub cover: &'a str,
    /// `concept`, `nu` or `gepland`.
    pub publication: &'a str,
    /// Date of a scheduled publication, `YYYY-MM-DD`.
    pub date: &'a str,
    /// Time of a scheduled publication, `HH:MM` (Amsterdam).
    pub time: &'a str,
}

/// The choices the form offers, to check against.
pub struct Choices<'a> {
    /// Kind codes.
    pub kinds: &'a [String],
    /// Wijk ids.
    pub wijken: &'a [String],
    /// Image hashes.
    pub covers: &'a [String],
}

/// A checked article, ready to store.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    /// Kind code.
    pub kind: String,
    /// Title.
    pub title: String,
    /// Author.
    pub author: String,
    /// Lead.
    pub lead: String,
    /// Markdown body.
    pub body: String,
    /// Tags, normalised.
    pub tags: Vec<String>,
    /// Wijk.
    pub wijk_id: Option<String>,
    /// Cover image.
    pub cover: Option<String>,
    /// Status.
    pub status: Status,
    /// Date of publication (past or planned).
    pub publish_at: Option<OffsetDateTime>,
}

/// Tags from a comma-separated line: trimmed, lower case, without doubles.
pub fn parse_tags(line: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in line.split(',') {
        let t = t
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        if !t.is_empty() && !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

fn check_len(errors: &mut FieldErrors, field: &str, value: &str, max: usize, id: &str) {
    if value.trim().is_empty() {
        errors.add(field, &format!("mag-error-{id}"));
    } else if value.chars().count() > max {
        errors.add(field, "mag-error-too-long");
    }
}

/// The moment of a scheduled publication, from an Amsterdam date and time.
pub fn planned_moment(date: &str, time: &str) -> Option<OffsetDateTime> {
    let date = Date::parse(
        date.trim(),
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .ok()?;
    let (h, m) = time.trim().split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then(|| crate::clock::local_to_utc(date, h * 60 + m))
}

/// Checks the form. `before` is the article's status and date before this change (a published
/// article saved again keeps its date).
pub fn check(
    input: &Input,
    choices: &Choices,
    now: OffsetDateTime,
    before: Option<(Status, Option<OffsetDateTime>)>,
) -> Result<Checked, FieldErrors> {
    let mut errors = FieldErrors::new();
    if !choices.kinds.iter().any(|k| k == input.kind) {
        errors.add("kind", "mag-error-kind");
    }
    check_len(&mut errors, "title", input.title, MAX_TITLE, "title");
    check_len(&mut errors, "author", input.author, MAX_AUTHOR, "author");
    check_len(&mut errors, "lead", input.lead, MAX_LEAD, "lead");
    check_len(&mut errors, "body", input.body, MAX_BODY, "body");
    for (field, value) in [
        ("title", input.title),
        ("author", input.author),
        ("tags", input.tags),
    ] {
        crate::web::validate::one_line(value.trim(), field, &mut errors);
    }
    let tags = parse_tags(input.tags);
    if tags.len() > MAX_TAGS || tags.iter().any(|t| t.chars().count() > MAX_TAG) {
        errors.add("tags", "mag-error-tags");
    }
    let pick = |v: &str, list: &[String], field: &str, errors: &mut FieldErrors| {
        if v.is_empty() {
            None
        } else if list.iter().any(|x| x == v) {
            Some(v.to_string())
        } else {
            errors.add(field, &format!("mag-error-{field}"));
            None
        }
    };
    let wijk_id = pick(input.wijk_id, choices.wijken, "wijk_id", &mut errors);
    let cover = pick(input.cover, choices.covers, "cover", &mut errors);
    let (status, publish_at) = match input.publication {
        "nu" => match before {
            Some((Status::Published, Some(at))) => (Status::Published, Some(at)),
            _ => (Status::Published, Some(now)),
        },
        "gepland" => match planned_moment(input.date, input.time) {
            Some(at) if at > now => (Status::Scheduled, Some(at)),
            Some(_) => {
                errors.add("datum", "mag-error-date-past");
                (Status::Draft, None)
            }
            None => {
                errors.add("datum", "mag-error-date");
                (Status::Draft, None)
            }
        },
        _ => (Status::Draft, None),
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Checked {
        kind: input.kind.to_string(),
        title: input.title.trim().to_string(),
        author: input.author.trim().to_string(),
        lead: input.lead.trim().to_string(),
        body: input.body.to_string(),
        tags,
        wijk_id,
        cover,
        status,
        publish_at,
    })
}

/// The text that search indexes for an article.
pub fn search_text(c: &Checked) -> String {
    format!(
        "{} {} {} {} {}",
        c.title,
        c.lead,
        c.body,
        c.tags.join(" "),
        c.author
    )
}

/// The page number from `?pagina=` (1 when missing or nonsense).
pub fn page_number(s: &str) -> u64 {
    s.trim()
        .parse::<u64>()
        .ok()
        .filter(|n| (1..=10_000).contains(n))
        .unwrap_or(1)
}

/// A candidate for "related articles": its id, kind, tags and position in date order (0 = newest).
pub struct Candidate<'a> {
    /// Id.
    pub id: &'a str,
    /// Kind.
    pub kind: &'a str,
    /// Tags.
    pub tags: &'a [String],
}

/// The related articles: most shared tags first, then the same kind; ties keep date order. An
/// article that shares nothing is not related.
pub fn related<'a>(kind: &str, tags: &[String], candidates: &[Candidate<'a>]) -> Vec<&'a str> {
    let mut scored: Vec<(usize, usize, &str)> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let shared = c.tags.iter().filter(|t| tags.contains(t)).count();
            (shared * 2 + usize::from(c.kind == kind), i, c.id)
        })
        .filter(|(score, _, _)| *score > 0)
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(RELATED)
        .map(|(_, _, id)| id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn choices() -> (Vec<String>, Vec<String>, Vec<String>) {
        (
            vec!["methode".into(), "interview".into()],
            vec!["w1".into()],
            vec!["abc".into()],
        )
    }

    fn input() -> Input<'static> {
        Input {
            kind: "methode",
            title: "Titel",
            author: "Redactie",
            lead: "Kort",
            body: "Tekst",
            tags: "Buurt, sport , buurt",
            publication: "concept",
            ..Input::default()
        }
    }

    const NOW: OffsetDateTime = datetime!(2026-12-02 10:00 UTC);

    #[test]
    fn a_draft() {
        let (k, w, c) = choices();
        let ch = Choices {
            kinds: &k,
            wijken: &w,
            covers: &c,
        };
        let got = check(&input(), &ch, NOW, None).unwrap();
        assert_eq!(got.status, Status::Draft);
        assert_eq!(got.tags, ["buurt", "sport"]);
        assert_eq!(got.publish_at, None);
    }

    #[test]
    fn each_field_has_its_message() {
        let (k, w, c) = choices();
        let ch = Choices {
            kinds: &k,
            wijken: &w,
            covers: &c,
        };
        let bad = Input {
            kind: "x",
            title: " ",
            wijk_id: "elders",
            cover: "nope",
            ..input()
        };
        let e = check(&bad, &ch, NOW, None).unwrap_err();
        assert_eq!(e.get("kind"), Some("mag-error-kind"));
        assert_eq!(e.get("title"), Some("mag-error-title"));
        assert_eq!(e.get("wijk_id"), Some("mag-error-wijk_id"));
        assert_eq!(e.get("cover"), Some("mag-error-cover"));
    }

    #[test]
    fn publishing_and_scheduling() {
        let (k, w, c) = choices();
        let ch = Choices {
            kinds: &k,
            wijken: &w,
            covers: &c,
        };
        let now = Input {
            publication: "nu",
            ..input()
        };
        assert_eq!(check(&now, &ch, NOW, None).unwrap().publish_at, Some(NOW));
        let earlier = datetime!(2026-01-01 8:00 UTC);
        let again = check(&now, &ch, NOW, Some((Status::Published, Some(earlier)))).unwrap();
        assert_eq!(
            again.publish_at,
            Some(earlier),
            "a published article keeps its date"
        );
        let plan = Input {
            publication: "gepland",
            date: "2026-12-03",
            time: "09:30",
            ..input()
        };
        let got = check(&plan, &ch, NOW, None).unwrap();
        assert_eq!(got.status, Status::Scheduled);
        assert_eq!(
            got.publish_at,
            Some(datetime!(2026-12-03 8:30 UTC)),
            "CET is UTC+1"
        );
        let past = Input {
            date: "2026-12-01",
            ..plan.clone()
        };
        assert_eq!(
            check(&past, &ch, NOW, None).unwrap_err().get("datum"),
            Some("mag-error-date-past")
        );
        let nonsense = Input {
            date: "morgen",
            ..plan
        };
        assert_eq!(
            check(&nonsense, &ch, NOW, None).unwrap_err().get("datum"),
            Some("mag-error-date")
        );
    }

    #[test]
    fn paging() {
        assert_eq!(page_number(""), 1);
        assert_eq!(page_number("3"), 3);
        assert_eq!(page_number("0"), 1);
        assert_eq!(page_number("-2"), 1);
    }

    #[test]
    fn related_by_tags_then_kind() {
        let t = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let (a, b, c, d) = (
            t(&["sport"]),
            t(&["sport", "buurt"]),
            t(&[]),
            t(&["school"]),
        );
        let cands = [
            Candidate {
                id: "a",
                kind: "interview",
                tags: &a,
            },
            Candidate {
                id: "b",
                kind: "interview",
                tags: &b,
            },
            Candidate {
                id: "c",
                kind: "methode",
                tags: &c,
            },
            Candidate {
                id: "d",
                kind: "interview",
                tags: &d,
            },
        ];
        assert_eq!(
            related("methode", &t(&["sport", "buurt"]), &cands),
            ["b", "a", "c"]
        );
    }
}
