-- The access log in a form that does not grow without bound (NEN 7513 keeps it five years):
-- one row per view, `also` holding the further parts the view showed ("part:action:ground:flag",
-- comma-separated; flag r = refused, e = emergency), and one audited way to remove rows past the
-- period: a purge is recorded in access_log_purges, and the delete trigger lets a row go only
-- while a recorded purge whose cutoff lies past it is running (in the purge's own transaction).

ALTER TABLE access_log ADD COLUMN also TEXT;

CREATE TABLE access_log_purges (
    id           TEXT PRIMARY KEY,
    started_at   TIMESTAMPTZ NOT NULL,
    cutoff       TIMESTAMPTZ NOT NULL,
    removed      BIGINT,
    finished_at  TIMESTAMPTZ
);

-- Times are stored as RFC 3339 text in UTC, so they compare as text.
CREATE TRIGGER access_log_purges_keep_five_years BEFORE INSERT ON access_log_purges
WHEN NEW.cutoff > strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-5 years')
BEGIN
    SELECT RAISE(ABORT, 'access_log lines are kept five years');
END;
CREATE TRIGGER access_log_purges_finish_once BEFORE UPDATE ON access_log_purges
WHEN OLD.finished_at IS NOT NULL OR NEW.id <> OLD.id OR NEW.cutoff <> OLD.cutoff
     OR NEW.started_at <> OLD.started_at
BEGIN
    SELECT RAISE(ABORT, 'a finished purge cannot change');
END;
CREATE TRIGGER access_log_purges_no_delete BEFORE DELETE ON access_log_purges
BEGIN
    SELECT RAISE(ABORT, 'access_log_purges is append-only');
END;

DROP TRIGGER access_log_no_delete;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
WHEN NOT EXISTS (
    SELECT 1 FROM access_log_purges p WHERE p.finished_at IS NULL AND OLD.at < p.cutoff
)
BEGIN
    SELECT RAISE(ABORT, 'access_log is append-only');
END;
