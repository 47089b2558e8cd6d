//! The NEN 7513 access log: written by the gate, read (and that read logged) by the young person
//! and, under 16, a parent with authority. There is no code path that changes or deletes a line;
//! database triggers refuse it as well.

use sea_query::{Expr, Iden, Order, Query, SimpleExpr};
use time::OffsetDateTime;
use tokio::sync::{mpsc, oneshot};

use super::rules::Part;
use crate::db::{Db, Tx, new_id, now};

#[derive(Iden, Clone, Copy)]
enum AccessLog {
    Table,
    Id,
    At,
    YoungPersonId,
    ActorUserId,
    ActorRole,
    ActorName,
    OnBehalfOf,
    Part,
    Action,
    Allowed,
    Ground,
    Emergency,
    RequestId,
    Also,
}

/// One line to write.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    /// Whose data.
    pub young_person_id: &'a str,
    /// Who acted (None for the system itself).
    pub actor_user_id: Option<&'a str>,
    /// In which role.
    pub actor_role: &'a str,
    /// The actor's name at that moment (the log stays readable if the account goes).
    pub actor_name: &'a str,
    /// Which part.
    pub part: Part,
    /// What: read, write, export, or an event such as `consent` or `emergency_start`.
    pub action: &'a str,
    /// Allowed or refused.
    pub allowed: bool,
    /// Legal ground, or the reason for refusal.
    pub ground: &'a str,
    /// Under emergency access.
    pub emergency: bool,
    /// Request id, to match application logs.
    pub request_id: Option<&'a str>,
}

/// Writes one line.
pub async fn record(db: &Db, e: &Entry<'_>) -> Result<(), sqlx::Error> {
    record_many(db, std::slice::from_ref(e)).await
}

/// Lines per statement: 13 values each stays far below the bind limits of SQLite (32,766) and
/// PostgreSQL (65,535).
const LINES_PER_STATEMENT: usize = 1_000;

/// Writes several lines (a list of young people shown at once): one statement, or for a very long
/// list one transaction of several, so that the log has all of them or none.
pub async fn record_many(db: &Db, entries: &[Entry<'_>]) -> Result<(), sqlx::Error> {
    let rows = rows_for_view(entries, now());
    insert_all(db, &rows.iter().collect::<Vec<_>>()).await
}

/// One line's values, ready to be written by whoever writes it.
type Row = Vec<SimpleExpr>;

/// The rows of one view: one per young person, the first of their lines as the row itself and
/// the further parts the view showed of them in `also` (see [`Line::expand`]).
fn rows_for_view(entries: &[Entry<'_>], at: OffsetDateTime) -> Vec<Row> {
    let mut groups: Vec<(&Entry<'_>, Vec<&Entry<'_>>)> = Vec::new();
    let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for e in entries {
        match index.get(e.young_person_id) {
            Some(&i) => groups[i].1.push(e),
            None => {
                index.insert(e.young_person_id, groups.len());
                groups.push((e, Vec::new()));
            }
        }
    }
    groups
        .into_iter()
        .map(|(first, rest)| row(first, at, also(&rest)))
        .collect()
}

/// `part:action:ground:flag` per further part, comma-separated (flag `r` refused, `e` emergency).
fn also(rest: &[&Entry<'_>]) -> Option<String> {
    if rest.is_empty() {
        return None;
    }
    let one = |e: &&Entry<'_>| {
        let flag = match (e.allowed, e.emergency) {
            (false, _) => "r",
            (true, true) => "e",
            (true, false) => "",
        };
        format!("{}:{}:{}:{flag}", e.part.as_str(), e.action, e.ground)
    };
    Some(rest.iter().map(one).collect::<Vec<_>>().join(","))
}

async fn insert_all(db: &Db, rows: &[&Row]) -> Result<(), sqlx::Error> {
    if rows.is_empty() {
        return Ok(());
    }
    if rows.len() <= LINES_PER_STATEMENT {
        return db.execute(&insert(rows)).await.map(|_| ());
    }
    let mut tx = db.begin().await?;
    for chunk in rows.chunks(LINES_PER_STATEMENT) {
        tx.execute(&insert(chunk)).await?;
    }
    tx.commit().await
}

fn row(e: &Entry<'_>, at: OffsetDateTime, also: Option<String>) -> Row {
    vec![
        new_id().into(),
        at.into(),
        e.young_person_id.into(),
        e.actor_user_id.map(str::to_string).into(),
        e.actor_role.into(),
        e.actor_name.into(),
        Option::<String>::None.into(),
        e.part.as_str().into(),
        e.action.into(),
        e.allowed.into(),
        e.ground.into(),
        e.emergency.into(),
        e.request_id.map(str::to_string).into(),
        also.into(),
    ]
}

fn insert(rows: &[&Row]) -> sea_query::InsertStatement {
    let mut q = Query::insert()
        .into_table(AccessLog::Table)
        .columns([
            AccessLog::Id,
            AccessLog::At,
            AccessLog::YoungPersonId,
            AccessLog::ActorUserId,
            AccessLog::ActorRole,
            AccessLog::ActorName,
            AccessLog::OnBehalfOf,
            AccessLog::Part,
            AccessLog::Action,
            AccessLog::Allowed,
            AccessLog::Ground,
            AccessLog::Emergency,
            AccessLog::RequestId,
            AccessLog::Also,
        ])
        .to_owned();
    for r in rows {
        q.values_panic(r.iter().cloned());
    }
    q
}

/// Lines waiting for the group writer, and where to say they are committed.
struct Pending {
    rows: Vec<Row>,
    done: oneshot::Sender<Result<(), sqlx::Error>>,
}

/// Lines of a batch at most (the rest waits for the next commit).
const MAX_BATCH_LINES: usize = 2_000;

/// Group commit for the access log: the lines of requests that arrive while a commit is running
/// are written together in the next statement, and each request waits until its own lines are
/// committed before it answers, so a view is never shown unlogged. Under load this turns many
/// small write transactions into a few larger ones; alone, a request waits for its own write only.
#[derive(Debug, Clone)]
pub struct Writer {
    queue: mpsc::UnboundedSender<Pending>,
}

impl Writer {
    /// Starts the writer task on `db` (it ends when the last [`Writer`] handle is dropped).
    pub fn start(db: Db) -> Writer {
        let (queue, mut incoming) = mpsc::unbounded_channel::<Pending>();
        tokio::spawn(async move {
            while let Some(first) = incoming.recv().await {
                let mut lines = first.rows.len();
                let mut batch = vec![first];
                while lines < MAX_BATCH_LINES {
                    match incoming.try_recv() {
                        Ok(next) => {
                            lines += next.rows.len();
                            batch.push(next);
                        }
                        Err(_) => break,
                    }
                }
                write_batch(&db, batch).await;
            }
        });
        Writer { queue }
    }

    /// Writes `entries` with the lines of concurrent requests and returns once they are committed.
    pub async fn write(&self, entries: &[Entry<'_>]) -> Result<(), sqlx::Error> {
        if entries.is_empty() {
            return Ok(());
        }
        // The request waits for this write as for one of its own queries.
        crate::db::count_query();
        let at = now();
        let rows = rows_for_view(entries, at);
        let (done, committed) = oneshot::channel();
        self.queue
            .send(Pending { rows, done })
            .map_err(|_| sqlx::Error::PoolClosed)?;
        committed.await.map_err(|_| sqlx::Error::PoolClosed)?
    }
}

/// Writes a batch in one statement (one transaction for a very long one). When that fails, each
/// request's lines are tried on their own, so one request's bad line fails only that request.
async fn write_batch(db: &Db, batch: Vec<Pending>) {
    if batch.len() > 1 {
        let all: Vec<&Row> = batch.iter().flat_map(|p| p.rows.iter()).collect();
        if insert_all(db, &all).await.is_ok() {
            for p in batch {
                let _ = p.done.send(Ok(()));
            }
            return;
        }
    }
    for p in batch {
        let result = insert_all(db, &p.rows.iter().collect::<Vec<_>>()).await;
        let _ = p.done.send(result);
    }
}

/// A log line as shown on the timeline.
#[derive(Debug, Clone)]
pub struct Line {
    /// When.
    pub at: OffsetDateTime,
    /// Role.
    pub actor_role: String,
    /// Name.
    pub actor_name: String,
    /// Part.
    pub part: String,
    /// Action.
    pub action: String,
    /// Allowed.
    pub allowed: bool,
    /// Ground or refusal reason.
    pub ground: String,
    /// Emergency.
    pub emergency: bool,
}

/// A stored row: a view's first line and its further parts.
#[derive(Debug, Clone, sqlx::FromRow)]
struct StoredRow {
    at: OffsetDateTime,
    actor_role: String,
    actor_name: String,
    part: String,
    action: String,
    allowed: bool,
    ground: String,
    emergency: bool,
    also: Option<String>,
}

impl StoredRow {
    /// The lines of this row: the row's own, then one per further part, as they were written.
    fn expand(self) -> Vec<Line> {
        let first = Line {
            at: self.at,
            actor_role: self.actor_role,
            actor_name: self.actor_name,
            part: self.part,
            action: self.action,
            allowed: self.allowed,
            ground: self.ground,
            emergency: self.emergency,
        };
        let mut out = Vec::new();
        for item in self.also.as_deref().unwrap_or("").split(',') {
            let mut f = item.split(':');
            let (Some(part), Some(action), Some(ground)) = (f.next(), f.next(), f.next()) else {
                continue;
            };
            let flag = f.next().unwrap_or("");
            out.push(Line {
                part: part.to_string(),
                action: action.to_string(),
                ground: ground.to_string(),
                allowed: flag != "r",
                emergency: flag == "e",
                ..first.clone()
            });
        }
        out.insert(0, first);
        out
    }
}

/// Lines of one young person between two moments, newest first (the lines of at most `limit`
/// views).
pub async fn lines(
    db: &Db,
    young_person_id: &str,
    from: Option<OffsetDateTime>,
    until: Option<OffsetDateTime>,
    limit: u64,
) -> Result<Vec<Line>, sqlx::Error> {
    let mut q = Query::select()
        .columns([
            AccessLog::At,
            AccessLog::ActorRole,
            AccessLog::ActorName,
            AccessLog::Part,
            AccessLog::Action,
            AccessLog::Allowed,
            AccessLog::Ground,
            AccessLog::Emergency,
            AccessLog::Also,
        ])
        .from(AccessLog::Table)
        .and_where(Expr::col(AccessLog::YoungPersonId).eq(young_person_id))
        .order_by(AccessLog::At, Order::Desc)
        .limit(limit)
        .to_owned();
    if let Some(from) = from {
        q.and_where(Expr::col(AccessLog::At).gte(from));
    }
    if let Some(until) = until {
        q.and_where(Expr::col(AccessLog::At).lt(until));
    }
    let rows: Vec<StoredRow> = db.fetch_all(&q).await?;
    Ok(rows.into_iter().flat_map(StoredRow::expand).collect())
}

/// `access_log_purges`
#[derive(Iden, Clone, Copy)]
enum AccessLogPurges {
    Table,
    Id,
    StartedAt,
    Cutoff,
    Removed,
    FinishedAt,
}

/// Removes the lines written before `cutoff`, the one way lines ever leave the log: the purge is
/// recorded (when, up to which moment, how many lines) in the same transaction as the delete,
/// and the database refuses the delete without such a record, and the record itself when its
/// cutoff is within the retention period. Returns the number of rows removed.
pub async fn purge_before(tx: &mut Tx, cutoff: OffsetDateTime) -> Result<u64, sqlx::Error> {
    let id = new_id();
    let start = Query::insert()
        .into_table(AccessLogPurges::Table)
        .columns([
            AccessLogPurges::Id,
            AccessLogPurges::StartedAt,
            AccessLogPurges::Cutoff,
        ])
        .values_panic([id.clone().into(), now().into(), cutoff.into()])
        .to_owned();
    tx.execute(&start).await?;
    let delete = Query::delete()
        .from_table(AccessLog::Table)
        .and_where(Expr::col(AccessLog::At).lt(cutoff))
        .to_owned();
    let removed = tx.execute(&delete).await?;
    let finish = Query::update()
        .table(AccessLogPurges::Table)
        .values([
            (AccessLogPurges::Removed, (removed as i64).into()),
            (AccessLogPurges::FinishedAt, now().into()),
        ])
        .and_where(Expr::col(AccessLogPurges::Id).eq(id))
        .to_owned();
    tx.execute(&finish).await?;
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(
        young: &'static str,
        part: Part,
        allowed: bool,
        ground: &'static str,
    ) -> Entry<'static> {
        Entry {
            young_person_id: young,
            actor_user_id: Some("u"),
            actor_role: "ouder",
            actor_name: "A",
            part,
            action: "read",
            allowed,
            ground,
            emergency: ground == "emergency",
            request_id: None,
        }
    }

    #[test]
    fn a_view_is_one_row_per_young_person_and_reads_back_line_by_line() {
        let entries = [
            entry("y1", Part::Plan, true, "consent"),
            entry("y2", Part::Identity, false, "no_tie"),
            entry("y1", Part::Ratings, true, "emergency"),
            entry("y1", Part::Network, false, "no_consent"),
        ];
        let rows = rows_for_view(&entries, now());
        assert_eq!(rows.len(), 2);
        let stored = StoredRow {
            at: now(),
            actor_role: "ouder".into(),
            actor_name: "A".into(),
            part: "plan".into(),
            action: "read".into(),
            allowed: true,
            ground: "consent".into(),
            emergency: false,
            also: also(&[&entries[2], &entries[3]]),
        };
        let lines = stored.expand();
        let got: Vec<(&str, bool, &str, bool)> = lines
            .iter()
            .map(|l| (l.part.as_str(), l.allowed, l.ground.as_str(), l.emergency))
            .collect();
        assert_eq!(
            got,
            [
                ("plan", true, "consent", false),
                ("ratings", true, "emergency", true),
                ("network", false, "no_consent", false),
            ]
        );
    }
}
