//! Markdown that editors write (public pages, magazine articles) as safe HTML: pulldown-cmark turns
//! it into HTML, then ammonia removes everything that could run or load something (scripts, event
//! handlers, `style`, `javascript:` and other URL schemes). Always in that order: sanitising the
//! Markdown first would let the renderer make new HTML afterwards. Every feature that shows
//! editors' Markdown uses [`to_html`]; nothing else renders Markdown.

use std::collections::HashSet;

use pulldown_cmark::{Options, Parser, html};

/// Words read per minute, for the reading time of an article.
const WORDS_PER_MINUTE: usize = 200;

/// Renders Markdown (raw HTML in it included) and sanitises the result.
pub fn to_html(markdown: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut raw, Parser::new_ext(markdown, options));
    sanitize(&raw)
}

/// Cleans HTML: a fixed list of harmless tags and attributes; links only to http(s), mail and
/// telephone addresses or to paths of this site; links get `rel="noopener noreferrer"`.
pub fn sanitize(html: &str) -> String {
    let schemes: HashSet<&str> = ["http", "https", "mailto", "tel"].into_iter().collect();
    ammonia::Builder::default()
        .url_schemes(schemes)
        .link_rel(Some("noopener noreferrer"))
        .clean(html)
        .to_string()
}

/// The words of a Markdown text, roughly (for reading time).
pub fn word_count(markdown: &str) -> usize {
    markdown
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Minutes to read a text, at least one.
pub fn reading_minutes(markdown: &str) -> usize {
    word_count(markdown).div_ceil(WORDS_PER_MINUTE).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_html() {
        let out =
            to_html("# Kop\n\nEen **vet** woord en [een link](https://example.org).\n\n> Citaat");
        assert!(out.contains("<h1>Kop</h1>"), "{out}");
        assert!(out.contains("<strong>vet</strong>"), "{out}");
        assert!(out.contains("href=\"https://example.org\""), "{out}");
        assert!(out.contains("rel=\"noopener noreferrer\""), "{out}");
        assert!(out.contains("<blockquote>"), "{out}");
    }

    #[test]
    fn scripts_handlers_and_javascript_links_go() {
        let out = to_html(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(1) alt=\"a\">\n\n\
             [klik](javascript:alert(1)) <a href=\"JaVaScRiPt:alert(1)\">b</a> \
             <p style=\"color:red\" onclick=\"x()\">p</p><iframe src=\"https://evil\"></iframe>",
        );
        let lower = out.to_lowercase();
        assert!(!lower.contains("<script"), "{out}");
        assert!(!lower.contains("onerror"), "{out}");
        assert!(!lower.contains("onclick"), "{out}");
        assert!(!lower.contains("javascript:"), "{out}");
        assert!(!lower.contains("style="), "{out}");
        assert!(!lower.contains("<iframe"), "{out}");
    }

    #[test]
    fn local_images_stay() {
        let out = to_html("![Kinderen op een veldje](/afbeeldingen/abc.png)");
        assert!(
            out.contains("<img src=\"/afbeeldingen/abc.png\" alt=\"Kinderen op een veldje\">"),
            "{out}"
        );
    }

    #[test]
    fn reading_time_rounds_up() {
        assert_eq!(reading_minutes(""), 1);
        assert_eq!(reading_minutes(&"woord ".repeat(201)), 2);
        assert_eq!(word_count("een - twee"), 2);
    }
}
