//! The words of the index, in tantivy (a RAM directory): one document per service with its slot in
//! the entry table, its stemmed title and its stemmed body. The texts are the `search_title` and
//! `search_body` columns, which `domain::text` wrote with the Dutch stemming, undoubling and stop
//! words of the whole application, and a query uses the same stems; so tantivy only has to match
//! tokens. A word of three or more letters is a prefix (as in the SQL search), expanded against the
//! term dictionaries; the score is BM25 with the title weighing four times the body.

use std::collections::{BTreeSet, HashMap};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{
    DocId, Index, IndexReader, IndexWriter, ReloadPolicy, Score, SegmentOrdinal, SegmentReader,
    TantivyDocument, Term,
};

/// Title matches count this many times a body match (as `bm25(services_fts, 4.0, 1.0)` did).
const TITLE_BOOST: Score = 4.0;
/// Memory the writer may buffer before it writes a segment.
const WRITER_BYTES: usize = 30_000_000;

/// The tantivy side of the index.
pub struct Text {
    writer: IndexWriter,
    reader: IndexReader,
    slot: Field,
    title: Field,
    body: Field,
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Text")
    }
}

/// A search word: its plain form, and whether it is a prefix.
fn words(terms: &[String]) -> Vec<(String, bool)> {
    terms
        .iter()
        .map(|t| {
            t.chars()
                .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                .collect::<String>()
        })
        .filter(|t| !t.is_empty())
        .map(|t| {
            let prefix = t.len() >= 3;
            (t, prefix)
        })
        .collect()
}

/// True when these search terms take part in a search (some word is left after cleaning).
pub fn has_words(terms: &[String]) -> bool {
    !words(terms).is_empty()
}

impl Text {
    /// An empty index in memory.
    pub fn new() -> tantivy::Result<Text> {
        let mut b = Schema::builder();
        let slot = b.add_u64_field("slot", INDEXED | FAST);
        let words = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("default")
                .set_index_option(IndexRecordOption::WithFreqs),
        );
        let title = b.add_text_field("title", words.clone());
        let body = b.add_text_field("body", words);
        let index = Index::create_in_ram(b.build());
        let writer = index.writer_with_num_threads(1, WRITER_BYTES)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(Text {
            writer,
            reader,
            slot,
            title,
            body,
        })
    }

    /// Adds (or, after [`Text::remove`], replaces) the words of the service in `slot`.
    pub fn add(&mut self, slot: usize, title: &str, body: &str) -> tantivy::Result<()> {
        let mut doc = TantivyDocument::new();
        doc.add_u64(self.slot, slot as u64);
        doc.add_text(self.title, title);
        doc.add_text(self.body, body);
        self.writer.add_document(doc)?;
        Ok(())
    }

    /// Removes the words of the service in `slot`.
    pub fn remove(&mut self, slot: usize) {
        self.writer
            .delete_term(Term::from_field_u64(self.slot, slot as u64));
    }

    /// Makes the changes so far visible to searches.
    pub fn commit(&mut self) -> tantivy::Result<()> {
        self.writer.commit()?;
        self.reader.reload()?;
        Ok(())
    }

    /// The tokens of `field` that start with `prefix`, in every segment.
    fn expand(&self, field: Field, prefix: &str) -> tantivy::Result<BTreeSet<String>> {
        let searcher = self.reader.searcher();
        let mut out = BTreeSet::new();
        let mut end = prefix.as_bytes().to_vec();
        // Words are `[a-z0-9]`, so the byte after the last one bounds the range.
        if let Some(last) = end.last_mut() {
            *last += 1;
        }
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(field)?;
            let mut stream = inverted.terms().range().ge(prefix).lt(&end).into_stream()?;
            while stream.advance() {
                if let Ok(word) = std::str::from_utf8(stream.key()) {
                    out.insert(word.to_string());
                }
            }
        }
        Ok(out)
    }

    /// Slots of the services that hold every word, with their scores; `None` when no word is left
    /// after cleaning (the words take no part in the search).
    pub fn search(&self, terms: &[String]) -> tantivy::Result<Option<HashMap<usize, Score>>> {
        let words = words(terms);
        if words.is_empty() {
            return Ok(None);
        }
        let mut must: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (word, prefix) in &words {
            let mut any: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for (field, boost) in [(self.title, TITLE_BOOST), (self.body, 1.0)] {
                let tokens = if *prefix {
                    self.expand(field, word)?
                } else {
                    BTreeSet::from([word.clone()])
                };
                for t in tokens {
                    let q = TermQuery::new(
                        Term::from_field_text(field, &t),
                        IndexRecordOption::WithFreqs,
                    );
                    any.push((Occur::Should, Box::new(BoostQuery::new(Box::new(q), boost))));
                }
            }
            if any.is_empty() {
                return Ok(Some(HashMap::new()));
            }
            must.push((Occur::Must, Box::new(BooleanQuery::new(any))));
        }
        let query = BooleanQuery::new(must);
        let searcher = self.reader.searcher();
        let found = searcher.search(&query, &AllScored { slot: "slot" })?;
        Ok(Some(found.into_iter().collect()))
    }

    /// Number of documents visible to searches.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// True when no document is visible.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Collects every matching document's slot with its score.
struct AllScored {
    slot: &'static str,
}

struct AllScoredSegment {
    slots: Column<u64>,
    out: Vec<(usize, Score)>,
}

impl Collector for AllScored {
    type Fruit = Vec<(usize, Score)>;
    type Child = AllScoredSegment;

    fn for_segment(
        &self,
        _segment_local_id: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<AllScoredSegment> {
        Ok(AllScoredSegment {
            slots: segment.fast_fields().u64(self.slot)?,
            out: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Vec<(usize, Score)>>) -> tantivy::Result<Self::Fruit> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

impl SegmentCollector for AllScoredSegment {
    type Fruit = Vec<(usize, Score)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        if let Some(slot) = self.slots.first(doc) {
            self.out.push((slot as usize, score));
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_all_required_and_long_ones_are_prefixes() {
        let mut t = Text::new().unwrap();
        t.add(0, "voetbal", "club sport").unwrap();
        t.add(1, "voetbaltrain", "sport").unwrap();
        t.add(2, "dans", "muziek").unwrap();
        t.commit().unwrap();
        let find = |t: &Text, q: &[&str]| {
            let mut v: Vec<usize> = t
                .search(&q.iter().map(|s| s.to_string()).collect::<Vec<_>>())
                .unwrap()
                .unwrap()
                .into_keys()
                .collect();
            v.sort();
            v
        };
        assert_eq!(find(&t, &["voetbal"]), vec![0, 1]);
        assert_eq!(find(&t, &["voetbal", "club"]), vec![0]);
        assert_eq!(find(&t, &["sport"]), vec![0, 1]);
        assert_eq!(
            find(&t, &["da"]),
            Vec::<usize>::new(),
            "two letters: whole word only"
        );
        assert_eq!(find(&t, &["dan"]), vec![2]);
        assert!(t.search(&["!!".to_string()]).unwrap().is_none());
        t.remove(0);
        t.commit().unwrap();
        assert_eq!(find(&t, &["voetbal"]), vec![1]);
        assert_eq!(t.len(), 2);
    }
}
