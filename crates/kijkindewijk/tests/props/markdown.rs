//! Editors' Markdown: whatever mix of Markdown and HTML goes in, what comes out holds no script,
//! no event handler, no `style` and no `javascript:` (or other unsafe) URL.

use kijkindewijk::web::markdown::to_html;
use proptest::prelude::*;

/// Pieces of hostile and ordinary input that random text is woven from.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<script>alert(1)</script>".to_string()),
        Just("<SCRIPT src=//evil.example/x.js></SCRIPT>".to_string()),
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("<a href=\"javascript:alert(1)\">x</a>".to_string()),
        Just("<a href=\"jav&#x09;ascript:alert(1)\">x</a>".to_string()),
        Just("[x](javascript:alert(1))".to_string()),
        Just("[x](JAVASCRIPT:alert(1))".to_string()),
        Just("![x](javascript:alert(1))".to_string()),
        Just("<svg onload=alert(1)><circle/></svg>".to_string()),
        Just("<div style=\"background:url(javascript:alert(1))\">".to_string()),
        Just("<iframe src=\"https://evil.example\"></iframe>".to_string()),
        Just("<body onload=alert(1)>".to_string()),
        Just("<form action=\"https://evil.example\"><input name=a></form>".to_string()),
        Just("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">d</a>".to_string()),
        Just("<p onmouseover='x()'>".to_string()),
        Just("`<script>`".to_string()),
        Just("```\n<script>\n```\n".to_string()),
        Just("> citaat\n".to_string()),
        Just("\n\n".to_string()),
        Just("<".to_string()),
        Just("\"".to_string()),
        "[a-zA-Z0-9 <>=\"'/:;()&#\\[\\]!*_`\\n-]{0,24}",
    ]
}

/// The (name, value) of every attribute in serialised HTML (values are always double-quoted, with
/// `"` inside them escaped, so a split outside quotes is exact).
fn attributes(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for tag in html.split('<').skip(1) {
        let mut inside = false;
        let mut token = String::new();
        let mut name = String::new();
        for c in tag.chars() {
            match c {
                '"' if inside => {
                    out.push((std::mem::take(&mut name), std::mem::take(&mut token)));
                    inside = false;
                }
                '"' => inside = true,
                _ if inside => token.push(c),
                '=' => name = std::mem::take(&mut token).trim().to_string(),
                '>' => break,
                c if c.is_whitespace() => {
                    if !token.is_empty() {
                        out.push((std::mem::take(&mut token), String::new()));
                    }
                }
                _ => token.push(c),
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn rendered_markdown_is_harmless(pieces in prop::collection::vec(piece(), 0..12)) {
        let out = to_html(&pieces.concat()).to_lowercase();
        // Text is escaped (`&lt;script`), so these can only be real elements.
        for tag in ["<script", "<iframe", "<svg", "<form", "<input", "<style", "<object", "<embed"] {
            prop_assert!(!out.contains(tag), "{}", out);
        }
        for (name, value) in attributes(&out) {
            prop_assert!(!name.starts_with("on"), "handler {} in {}", name, out);
            prop_assert!(name != "style", "{}", out);
            let v: String = value.chars().filter(|c| !c.is_whitespace()).collect();
            prop_assert!(!v.starts_with("javascript:"), "{}", out);
            prop_assert!(!v.starts_with("data:"), "{}", out);
            prop_assert!(!v.starts_with("vbscript:"), "{}", out);
        }
    }

    #[test]
    fn any_text_renders_without_panicking(text in "\\PC{0,300}") {
        let _ = to_html(&text);
    }

    #[test]
    fn plain_words_survive(words in prop::collection::vec("[a-z]{3,10}", 1..20)) {
        let text = words.join(" ");
        let out = to_html(&text);
        prop_assert_eq!(out.trim(), format!("<p>{text}</p>"));
    }
}
