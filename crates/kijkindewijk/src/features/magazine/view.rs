//! What the magazine's templates show of an article.

use super::domain::Status;
use super::repo::{Article, Kind};
use crate::clock::amsterdam_offset;
use crate::features::site::image;
use crate::i18n::Locale;

/// An article as a card or a page.
pub struct Card {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Kind's name in the reader's language.
    pub kind: String,
    /// Kind code.
    pub kind_code: String,
    /// Author.
    pub author: String,
    /// Date of publication, `d-m-yyyy` in Amsterdam (empty for a draft).
    pub date: String,
    /// Lead.
    pub lead: String,
    /// Cover (path, alt).
    pub cover: Option<(String, String)>,
    /// Wijk name.
    pub wijk: String,
    /// Status message id.
    pub status_id: &'static str,
}

/// The name of a kind in a language.
pub fn kind_name(kinds: &[Kind], code: &str, loc: Locale) -> String {
    kinds
        .iter()
        .find(|k| k.code == code)
        .map(|k| match loc {
            Locale::Nl => k.name_nl.clone(),
            Locale::En => k.name_en.clone(),
        })
        .unwrap_or_else(|| code.to_string())
}

impl Card {
    /// Builds the card of an article.
    pub fn of(a: &Article, kinds: &[Kind], loc: Locale) -> Card {
        let cover = match (&a.cover_hash, &a.cover_type, &a.cover_alt) {
            (Some(h), Some(t), Some(alt)) => {
                image::Kind::from_content_type(t).map(|k| (image::path(h, k), alt.clone()))
            }
            _ => None,
        };
        let date = a
            .publish_at
            .map(|at| {
                let d = at.to_offset(amsterdam_offset(at)).date();
                format!("{}-{}-{}", d.day(), d.month() as u8, d.year())
            })
            .unwrap_or_default();
        let status = Status::parse(&a.status);
        Card {
            id: a.id.clone(),
            title: a.title.clone(),
            kind: kind_name(kinds, &a.kind, loc),
            kind_code: a.kind.clone(),
            author: a.author.clone(),
            date,
            lead: a.lead.clone(),
            cover,
            wijk: a.wijk_name.clone().unwrap_or_default(),
            status_id: status.label_id(),
        }
    }
}
