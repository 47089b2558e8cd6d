//! The Atom feed of the newest published articles, built with `atom_syndication`.

use atom_syndication::{Category, Content, Entry, Feed, FixedDateTime, Link, Person, Text};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::repo::Article;
use crate::web::markdown;

/// Articles in the feed.
pub const ENTRIES: u64 = 20;

fn moment(at: OffsetDateTime) -> FixedDateTime {
    at.format(&Rfc3339)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_default()
}

fn alternate(href: String) -> Link {
    Link {
        href,
        rel: "alternate".into(),
        mime_type: Some("text/html".into()),
        ..Link::default()
    }
}

/// The feed as XML. `tags` holds (article id, tag) pairs.
pub fn build(base: &str, title: &str, articles: &[Article], tags: &[(String, String)]) -> String {
    let entries: Vec<Entry> = articles
        .iter()
        .map(|a| {
            let url = format!("{base}/magazine/{}", a.id);
            let published = moment(a.publish_at.unwrap_or(a.updated_at));
            Entry {
                title: Text::plain(a.title.clone()),
                id: url.clone(),
                updated: published.max(moment(a.updated_at)),
                published: Some(published),
                authors: vec![Person {
                    name: a.author.clone(),
                    ..Person::default()
                }],
                categories: tags
                    .iter()
                    .filter(|(id, _)| *id == a.id)
                    .map(|(_, t)| Category {
                        term: t.clone(),
                        ..Category::default()
                    })
                    .collect(),
                links: vec![alternate(url)],
                summary: Some(Text::plain(a.lead.clone())),
                content: Some(Content {
                    value: Some(markdown::to_html(&a.body)),
                    content_type: Some("html".into()),
                    ..Content::default()
                }),
                ..Entry::default()
            }
        })
        .collect();
    let updated = entries
        .iter()
        .map(|e| e.updated)
        .max()
        .unwrap_or_else(|| moment(OffsetDateTime::UNIX_EPOCH));
    let feed = Feed {
        title: Text::plain(title),
        id: format!("{base}/magazine"),
        updated,
        links: vec![
            alternate(format!("{base}/magazine")),
            Link {
                href: format!("{base}/magazine/feed.atom"),
                rel: "self".into(),
                mime_type: Some("application/atom+xml".into()),
                ..Link::default()
            },
        ],
        lang: Some("nl".into()),
        entries,
        ..Feed::default()
    };
    feed.to_string()
}
