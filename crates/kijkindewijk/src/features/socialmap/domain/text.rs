//! Words for full-text search. The same function prepares the index (when a listing is saved) and the
//! query (when someone searches), so *voetballen* and *voetbal* meet: lower case, accents folded,
//! Dutch stop words dropped, then Snowball's Dutch stemmer. Tokens are plain `[a-z0-9]` words, which
//! also means no search string can carry FTS or tsquery syntax into the database.

use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

static DUTCH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::Dutch));

/// Longest search string considered; the rest is ignored (a 10,000-character paste is not an error).
pub const MAX_QUERY_CHARS: usize = 200;
/// At most this many words take part in a search.
pub const MAX_QUERY_TERMS: usize = 8;
/// Longer "words" are noise (pasted links, keyboard mashing) and are dropped.
const MAX_WORD_CHARS: usize = 40;
/// Index at most this many words of one text; descriptions beyond that add little.
const MAX_INDEX_WORDS: usize = 1500;

/// Words too common to mean anything in a search (Dutch, plus a few English ones because the
/// interface is bilingual).
const STOP_WORDS: &[&str] = &[
    "aan", "al", "als", "and", "bij", "dat", "de", "der", "des", "deze", "die", "dit", "door",
    "een", "en", "er", "for", "het", "hij", "in", "is", "je", "jij", "jou", "jouw", "kan", "maar",
    "met", "mijn", "na", "naar", "niet", "nog", "of", "om", "on", "ook", "op", "over", "te", "the",
    "to", "tot", "u", "uit", "van", "voor", "was", "we", "wel", "wij", "with", "ze", "zich", "zij",
    "zijn",
];

/// Maps one character to its plain lower-case ASCII form; `None` means "not part of a word".
fn fold(c: char, out: &mut String) -> bool {
    let plain = match c {
        'a'..='z' | '0'..='9' => c,
        'A'..='Z' => c.to_ascii_lowercase(),
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'İ' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'ş' | 'Ş' => 's',
        'ğ' | 'Ğ' => 'g',
        'ß' => {
            out.push_str("ss");
            return true;
        }
        'æ' | 'Æ' => {
            out.push_str("ae");
            return true;
        }
        'œ' | 'Œ' => {
            out.push_str("oe");
            return true;
        }
        // Apostrophes inside a word ("auto's") do not split it; they are removed afterwards.
        '\'' | '’' => '\'',
        _ => return false,
    };
    out.push(plain);
    true
}

/// The plain words of a text, in order, before stemming.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut flush = |word: &mut String| {
        let w = word.replace('\'', "");
        if w.len() >= 2 && w.len() <= MAX_WORD_CHARS {
            out.push(w);
        }
        word.clear();
    };
    for c in text.chars() {
        if !fold(c, &mut word) {
            flush(&mut word);
        }
    }
    flush(&mut word);
    out
}

fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
}

/// The stem of one plain word: Snowball's Dutch stemmer, then a doubled final consonant undone.
/// Snowball only undoubles `kk`, `dd` and `tt`, so *voetballen* would stem to `voetball` and never
/// meet *voetbal*; undoubling every final consonant pair fixes that family of cases.
pub fn stem(word: &str) -> String {
    let mut s = DUTCH.stem(word).into_owned();
    let b = s.as_bytes();
    if b.len() >= 3 {
        let (x, y) = (b[b.len() - 2], b[b.len() - 1]);
        if x == y && x.is_ascii_lowercase() && !b"aeiouy".contains(&x) {
            s.pop();
        }
    }
    s
}

/// The tokens stored for a text: every word's stem and, when stemming changed it, the plain word
/// too. Snowball is not perfect (*dans* → `dan`, *dansen* → `dans`); keeping both forms lets either
/// spelling find the other.
pub fn index_terms(text: &str) -> String {
    let mut out = String::new();
    for word in words(text)
        .into_iter()
        .filter(|w| !is_stop_word(w))
        .take(MAX_INDEX_WORDS)
    {
        let stemmed = stem(&word);
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&stemmed);
        if stemmed != word {
            out.push(' ');
            out.push_str(&word);
        }
    }
    out
}

/// The search terms of a query: stems, without stop words and duplicates, at most
/// [`MAX_QUERY_TERMS`], from the first [`MAX_QUERY_CHARS`] characters.
pub fn query_terms(query: &str) -> Vec<String> {
    let head: String = query.chars().take(MAX_QUERY_CHARS).collect();
    let mut terms: Vec<String> = Vec::new();
    for word in words(&head).into_iter().filter(|w| !is_stop_word(w)) {
        let stemmed = stem(&word);
        if !terms.contains(&stemmed) {
            terms.push(stemmed);
        }
        if terms.len() == MAX_QUERY_TERMS {
            break;
        }
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted_for_binary_search() {
        let mut sorted = STOP_WORDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, STOP_WORDS);
    }

    #[test]
    fn inflections_meet_at_the_stem() {
        for (a, b) in [
            ("voetballen", "voetbal"),
            ("Zwemmen", "zwem"),
            ("trainingen", "training"),
            ("gitaarlessen", "gitaarles"),
            ("jongeren", "jongere"),
            ("activiteiten", "activiteit"),
        ] {
            assert_eq!(query_terms(a), query_terms(b), "{a} / {b}");
        }
        let indexed = index_terms("Dans voor meiden");
        for q in ["dansen", "dans"] {
            let t = &query_terms(q)[0];
            assert!(
                indexed.split(' ').any(|w| w.starts_with(t.as_str())),
                "{q} → {t} not in {indexed}"
            );
        }
    }

    #[test]
    fn accents_case_and_punctuation_fold() {
        assert_eq!(query_terms("CAFÉ, café!"), vec![stem("cafe")]);
        assert_eq!(query_terms("auto's"), vec![stem("autos")]);
        assert_eq!(query_terms("hip-hop"), vec![stem("hip"), stem("hop")]);
    }

    #[test]
    fn stop_words_and_noise_are_dropped() {
        assert!(query_terms("de het een en van").is_empty());
        assert!(query_terms("' OR 1=1; -- \" * NEAR( ) ^").iter().all(|t| {
            t.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        }));
        assert!(query_terms("").is_empty());
        assert!(
            query_terms(&"x".repeat(500)).is_empty(),
            "one overlong word"
        );
    }

    #[test]
    fn long_queries_are_cut() {
        let q = "voetbal zwemmen dansen theater muziek gitaar piano drummen zingen koken tekenen";
        assert_eq!(query_terms(q).len(), MAX_QUERY_TERMS);
        let huge = "voetbal ".repeat(2000);
        assert_eq!(query_terms(&huge), vec![stem("voetbal")]);
    }

    proptest::proptest! {
        #[test]
        fn tokens_are_always_plain(s in "\\PC*") {
            for t in query_terms(&s) {
                proptest::prop_assert!(!t.is_empty() && t.len() <= 2 * MAX_WORD_CHARS);
                proptest::prop_assert!(t.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));
            }
            let idx = index_terms(&s);
            proptest::prop_assert!(idx.chars().all(|c| c == ' ' || c.is_ascii_lowercase() || c.is_ascii_digit()));
        }
    }
}
