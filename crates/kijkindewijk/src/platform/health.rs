//! Whether this instance can do its work, for `/readyz`: the database takes a write, the SQLite
//! file is still the one that was opened, and requests of the last seconds did not keep failing on
//! storage. A read alone is not enough: a full disk, a deleted file or broken connections still
//! answer reads.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The window in which storage failures of requests count.
pub const WINDOW: Duration = Duration::from_secs(30);

/// Failures in [`WINDOW`] from which the instance is not ready when they outnumber successes.
const FAILURES_THAT_COUNT: usize = 3;

/// Outcomes kept at most (old ones fall off; the window is short anyway).
const KEEP: usize = 1_024;

/// Readiness facts of one instance.
#[derive(Debug)]
pub struct Health {
    /// The SQLite file and its identity (device, inode) when it was opened.
    file: Option<(PathBuf, FileId)>,
    outcomes: Mutex<VecDeque<(Instant, bool)>>,
}

type FileId = (u64, u64);

/// Why the instance is not ready.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotReady {
    /// Migrations missing or the database does not answer.
    Database,
    /// The write probe failed.
    Write,
    /// The SQLite file was removed or replaced after it was opened.
    FileReplaced,
    /// Requests keep failing on storage.
    Failing,
    /// The social map's search index is still being built.
    SearchIndex,
}

impl NotReady {
    /// The plain reason `/readyz` prints (no personal data, no paths).
    pub fn as_str(self) -> &'static str {
        match self {
            NotReady::Database => "database not reachable or not migrated",
            NotReady::Write => "database refuses writes",
            NotReady::FileReplaced => "database file removed or replaced",
            NotReady::Failing => "requests are failing on storage",
            NotReady::SearchIndex => "search index is being built",
        }
    }
}

impl Health {
    /// Remembers which SQLite file `database_url` opened (nothing for PostgreSQL).
    pub fn new(database_url: &str) -> Health {
        let file = database_url
            .starts_with("sqlite:")
            .then(|| sqlx::sqlite::SqliteConnectOptions::from_str(database_url).ok())
            .flatten()
            .map(|o| o.get_filename().to_path_buf())
            .and_then(|path| file_id(&path).map(|id| (path, id)));
        Health {
            file,
            outcomes: Mutex::new(VecDeque::new()),
        }
    }

    /// Records whether a request that used storage got through (`true`) or failed on it.
    pub fn record(&self, ok: bool) {
        let mut outcomes = self.outcomes.lock().unwrap_or_else(|e| e.into_inner());
        if outcomes.len() >= KEEP {
            outcomes.pop_front();
        }
        outcomes.push_back((Instant::now(), ok));
    }

    /// True when the SQLite file on disk is still the one that was opened (always for PostgreSQL).
    pub fn same_file(&self) -> bool {
        match &self.file {
            None => true,
            Some((path, id)) => file_id(path) == Some(*id),
        }
    }

    /// True when requests of the last [`WINDOW`] keep failing on storage: the latest outcome was a
    /// failure, or failures outnumber successes (and are more than a stray one).
    pub fn failing(&self) -> bool {
        let outcomes = self.outcomes.lock().unwrap_or_else(|e| e.into_inner());
        let since = Instant::now().checked_sub(WINDOW);
        let recent: Vec<bool> = outcomes
            .iter()
            .filter(|(at, _)| since.is_none_or(|s| *at >= s))
            .map(|(_, ok)| *ok)
            .collect();
        let failures = recent.iter().filter(|ok| !**ok).count();
        let last_failed = recent.last() == Some(&false);
        last_failed || (failures >= FAILURES_THAT_COUNT && failures > recent.len() - failures)
    }
}

#[cfg(unix)]
fn file_id(path: &std::path::Path) -> Option<FileId> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn file_id(path: &std::path::Path) -> Option<FileId> {
    std::fs::metadata(path).ok().map(|m| (m.len().min(1), 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latest_failure_counts_until_a_success() {
        let h = Health::new("postgres://x/y");
        assert!(!h.failing());
        h.record(true);
        h.record(false);
        assert!(h.failing(), "the last write failed");
        h.record(true);
        assert!(!h.failing(), "a write got through after it");
        let h = Health::new("postgres://x/y");
        for _ in 0..3 {
            h.record(false);
        }
        h.record(true);
        assert!(h.failing(), "more failures than successes");
    }

    #[test]
    fn a_replaced_file_is_noticed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.db");
        std::fs::write(&path, b"x").unwrap();
        let h = Health::new(&format!("sqlite://{}", path.display()));
        assert!(h.same_file());
        // The other file exists before the first goes, so it cannot reuse its inode number.
        std::fs::write(dir.path().join("b.db"), b"y").unwrap();
        std::fs::remove_file(&path).unwrap();
        assert!(!h.same_file(), "removed");
        std::fs::rename(dir.path().join("b.db"), &path).unwrap();
        assert!(!h.same_file(), "another file under the same name");
    }
}
