//! The in-process search index of the social map. Each instance holds every service (all statuses:
//! the HSDS API shows them all) as an [`Entry`] with its result card, plus a tantivy index of the
//! stemmed words; a search is a tantivy match (when there are words) followed by a scan of the
//! entries for the other filters, the order and the page ([`select`]), without a database round
//! trip. The database stays the source of truth:
//!
//! - start: [`SearchIndex::build`] loads everything (`/readyz` says "not ready" until then; a search
//!   that arrives earlier waits for it);
//! - every write of the social map records a [`Change`] in the same transaction
//!   (`repo::changes::record`, called by the repository's save functions) and, after its commit,
//!   calls `socialmap::sync::commit`, which applies the new changes at once: an instance sees its own writes;
//! - `socialmap::sync::run` polls the change log twice a second, so other instances on one PostgreSQL follow within
//!   a second. Sequence numbers can become visible out of order (a transaction that took a lower
//!   number commits later), so the poller remembers which numbers above its cursor it applied and
//!   waits up to [`GAP_WAIT`] for a missing one before it gives it up (a rolled-back write).

pub mod select;
pub mod text;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use tokio::sync::{Mutex, watch};

use self::select::{Entry, Row};
use self::text::Text;
use super::repo::changes::{self, Change};
use super::repo::read::{FullService, Scope};
use super::repo::search::{Filter, Hit, Results};
use super::repo::{children, index_rows, taxonomy};
use crate::db::Db;
use crate::error::AppResult;

/// How often the poller looks for other instances' changes.
pub const POLL: Duration = Duration::from_millis(500);
/// How long a missing sequence number may stay missing before it counts as rolled back.
pub const GAP_WAIT: Duration = Duration::from_secs(10);
/// Sequence numbers below the log's end at start that may still be committing.
const LOOKBACK: i64 = 1_000;
/// Services loaded per round while building.
const BUILD_CHUNK: usize = 10_000;
/// How long a search waits for the index to be built before it asks the database instead.
const WAIT_FOR_BUILD: Duration = Duration::from_secs(30);

/// Entries and words, swapped or changed under one lock.
#[derive(Debug)]
struct Inner {
    entries: Vec<Option<Entry>>,
    slots: HashMap<String, usize>,
    free: Vec<usize>,
    text: Text,
    /// The category trees, so a category filter needs no database round trip.
    categories: Categories,
}

/// Every taxonomy's (term, parent) pairs, and the taxonomy of each term. Taxonomy writes record
/// [`Change::Everything`], so the trees are loaded only when the index is built.
#[derive(Debug, Default)]
struct Categories {
    taxonomy_of: HashMap<String, String>,
    trees: HashMap<String, Vec<(String, Option<String>)>>,
}

impl Categories {
    fn new(rows: Vec<(String, Option<String>, String)>) -> Categories {
        let mut c = Categories::default();
        for (id, parent, taxonomy) in rows {
            c.taxonomy_of.insert(id.clone(), taxonomy.clone());
            c.trees.entry(taxonomy).or_default().push((id, parent));
        }
        c
    }

    /// The term and every term below it; `None` for an unknown term.
    fn with_descendants(&self, id: &str) -> Option<Vec<String>> {
        let tree = self.trees.get(self.taxonomy_of.get(id)?)?;
        Some(super::domain::taxonomy::with_descendants(id, tree))
    }
}

/// Where the index stands in the change log.
#[derive(Debug, Default)]
struct Feed {
    /// Every change up to here is applied (or given up).
    cursor: i64,
    /// Applied changes above the cursor.
    seen: BTreeSet<i64>,
    /// Since when the change after the cursor is missing.
    gap_since: Option<Instant>,
}

/// The index of one instance.
#[derive(Debug)]
pub struct SearchIndex {
    inner: RwLock<Option<Inner>>,
    feed: Mutex<Feed>,
    ready: watch::Sender<bool>,
}

impl Default for SearchIndex {
    fn default() -> Self {
        SearchIndex {
            inner: RwLock::new(None),
            feed: Mutex::new(Feed::default()),
            ready: watch::Sender::new(false),
        }
    }
}

/// A page of results with the cards of its services.
#[derive(Debug, Clone)]
pub struct Page {
    /// Rows, counts.
    pub results: Results,
    /// The cards of the page's services.
    pub cards: Vec<Arc<FullService>>,
}

fn index_error(e: tantivy::TantivyError) -> anyhow::Error {
    anyhow::anyhow!("search index: {e}")
}

/// Loads the entries (cards, areas) and words of the services of a scope.
async fn load(db: &Db, scope: Scope<'_>) -> AppResult<Vec<(Entry, String, String)>> {
    let cards = match scope {
        Scope::Ids(ids) => children::card_services(db, ids).await?,
        Scope::Range(first, last) => children::card_services_between(db, first, last).await?,
    };
    let mut areas: HashMap<String, Vec<(Option<String>, Option<String>)>> = HashMap::new();
    for a in index_rows::areas(db, scope).await? {
        areas
            .entry(a.service_id)
            .or_default()
            .push((a.wijk_id, a.buurt_id));
    }
    let mut texts: HashMap<String, (String, String)> = index_rows::texts(db, scope)
        .await?
        .into_iter()
        .map(|t| (t.id, (t.search_title, t.search_body)))
        .collect();
    Ok(cards
        .into_iter()
        .map(|card| {
            let id = card.service.id.clone();
            let (title, body) = texts.remove(&id).unwrap_or_default();
            (
                Entry::new(card, areas.remove(&id).unwrap_or_default()),
                title,
                body,
            )
        })
        .collect())
}

impl Inner {
    fn new() -> anyhow::Result<Inner> {
        Ok(Inner {
            entries: Vec::new(),
            slots: HashMap::new(),
            free: Vec::new(),
            text: Text::new().map_err(index_error)?,
            categories: Categories::default(),
        })
    }

    /// Puts the loaded services in (replacing what they were) and drops the `gone` ones.
    fn apply(
        &mut self,
        loaded: Vec<(Entry, String, String)>,
        gone: &[String],
    ) -> anyhow::Result<()> {
        for id in gone {
            if let Some(slot) = self.slots.remove(id) {
                self.text.remove(slot);
                self.entries[slot] = None;
                self.free.push(slot);
            }
        }
        for (entry, title, body) in loaded {
            let slot = match self.slots.get(&entry.id) {
                Some(slot) => {
                    self.text.remove(*slot);
                    *slot
                }
                None => {
                    let slot = self.free.pop().unwrap_or_else(|| {
                        self.entries.push(None);
                        self.entries.len() - 1
                    });
                    self.slots.insert(entry.id.clone(), slot);
                    slot
                }
            };
            self.text.add(slot, &title, &body).map_err(index_error)?;
            self.entries[slot] = Some(entry);
        }
        Ok(())
    }

    fn search(&self, f: &Filter) -> anyhow::Result<Page> {
        let scores = self.text.search(&f.terms).map_err(index_error)?;
        let has_text = scores.is_some();
        let terms: Option<HashSet<&str>> = f
            .term_ids
            .as_ref()
            .map(|ids| ids.iter().map(String::as_str).collect());
        let mut rows: Vec<Row<'_>> = Vec::new();
        match &scores {
            Some(scores) => {
                for (slot, score) in scores {
                    if let Some(Some(e)) = self.entries.get(*slot) {
                        select::rows_of(f, terms.as_ref(), e, Some(*score), &mut rows);
                    }
                }
            }
            None => {
                for e in self.entries.iter().flatten() {
                    select::rows_of(f, terms.as_ref(), e, None, &mut rows);
                }
            }
        }
        let (page, total, more) = select::page(f, has_text, rows);
        let mut cards: Vec<Arc<FullService>> = Vec::new();
        for r in &page {
            if !cards.iter().any(|c| c.service.id == r.entry.id) {
                cards.push(r.entry.card.clone());
            }
        }
        let hits: Vec<Hit> = page.iter().map(select::hit).collect();
        Ok(Page {
            results: Results { hits, total, more },
            cards,
        })
    }
}

impl SearchIndex {
    /// True once the index is built.
    pub fn is_ready(&self) -> bool {
        *self.ready.borrow()
    }

    /// Number of services held.
    pub fn len(&self) -> usize {
        self.read().as_ref().map_or(0, |i| i.slots.len())
    }

    /// True when no service is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Option<Inner>> {
        self.inner.read().unwrap_or_else(|e| e.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, Option<Inner>> {
        self.inner.write().unwrap_or_else(|e| e.into_inner())
    }

    /// Loads every service from the database into a new index and puts it in place.
    pub async fn build(&self, db: &Db) -> AppResult<()> {
        let mut feed = self.feed.lock().await;
        let top = changes::last_seq(db).await?;
        // Changes at or below the end of the log that are visible now are in what we load; those
        // not visible yet (still committing) are gaps the poller waits for.
        let start = (top - LOOKBACK).max(0);
        let visible: BTreeSet<i64> = changes::since(db, start, LOOKBACK as u64)
            .await?
            .into_iter()
            .map(|c| c.seq)
            .filter(|s| *s <= top)
            .collect();
        let mut inner = Inner::new()?;
        let ids = changes::all_service_ids(db).await?;
        // Id ranges, so each chunk reads one stretch of each table's service index.
        for chunk in ids.chunks(BUILD_CHUNK) {
            let (first, last) = (&chunk[0], &chunk[chunk.len() - 1]);
            inner.apply(load(db, Scope::Range(first, last)).await?, &[])?;
        }
        inner.categories = Categories::new(taxonomy::all_term_parents(db).await?);
        inner.text.commit().map_err(index_error)?;
        *self.write() = Some(inner);
        *feed = Feed {
            cursor: start,
            seen: visible,
            gap_since: None,
        };
        advance(&mut feed);
        self.ready.send_replace(true);
        Ok(())
    }

    /// Applies the changes recorded since the last look (no-op before the index is built).
    pub async fn catch_up(&self, db: &Db) -> AppResult<()> {
        if !self.is_ready() {
            return Ok(());
        }
        let mut feed = self.feed.lock().await;
        let new: Vec<changes::Logged> = changes::since(db, feed.cursor, 10_000)
            .await?
            .into_iter()
            .filter(|c| !feed.seen.contains(&c.seq))
            .collect();
        if new.iter().any(|c| c.change == Change::Everything) {
            drop(feed);
            // The rebuild reads the log's end afresh and covers these changes.
            return self.build(db).await;
        }
        if !new.is_empty() {
            let mut ids: Vec<String> = Vec::new();
            for c in &new {
                ids.extend(changes::services_of(db, &c.change).await?);
            }
            ids.sort();
            ids.dedup();
            let loaded = load(db, Scope::Ids(&ids)).await?;
            let gone: Vec<String> = ids
                .iter()
                .filter(|id| !loaded.iter().any(|(e, _, _)| e.id == **id))
                .cloned()
                .collect();
            let mut guard = self.write();
            if let Some(inner) = guard.as_mut() {
                inner.apply(loaded, &gone)?;
                inner.text.commit().map_err(index_error)?;
            }
            drop(guard);
            feed.seen.extend(new.iter().map(|c| c.seq));
        }
        advance(&mut feed);
        Ok(())
    }

    /// One page of results, or `None` when the index is not built.
    pub fn search(&self, f: &Filter) -> AppResult<Option<Page>> {
        match self.read().as_ref() {
            None => Ok(None),
            Some(inner) => Ok(Some(inner.search(f)?)),
        }
    }

    /// A category and the categories below it: `None` while the index is not built, `Some(None)`
    /// for an unknown category.
    pub fn category(&self, id: &str) -> Option<Option<Vec<String>>> {
        self.read()
            .as_ref()
            .map(|inner| inner.categories.with_descendants(id))
    }

    /// Waits until the index is built (at most a while).
    pub async fn wait_ready(&self) -> bool {
        let mut rx = self.ready.subscribe();
        tokio::time::timeout(WAIT_FOR_BUILD, rx.wait_for(|r| *r))
            .await
            .is_ok_and(|r| r.is_ok())
    }
}

/// Moves the cursor over applied changes; a missing one is given up after [`GAP_WAIT`].
fn advance(feed: &mut Feed) {
    feed.seen = feed.seen.split_off(&(feed.cursor + 1));
    loop {
        while feed.seen.remove(&(feed.cursor + 1)) {
            feed.cursor += 1;
        }
        let Some(next) = feed.seen.first().copied() else {
            feed.gap_since = None;
            return;
        };
        let since = *feed.gap_since.get_or_insert_with(Instant::now);
        if since.elapsed() < GAP_WAIT {
            return;
        }
        feed.cursor = next - 1;
        feed.gap_since = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_waits_for_a_missing_change_then_gives_it_up() {
        let mut f = Feed {
            cursor: 3,
            seen: BTreeSet::from([4, 5, 7]),
            gap_since: None,
        };
        advance(&mut f);
        assert_eq!(f.cursor, 5);
        assert_eq!(f.seen, BTreeSet::from([7]));
        assert!(f.gap_since.is_some());
        f.gap_since = Some(Instant::now() - GAP_WAIT - Duration::from_millis(1));
        advance(&mut f);
        assert_eq!(f.cursor, 7);
        assert!(f.seen.is_empty() && f.gap_since.is_none());
    }
}
