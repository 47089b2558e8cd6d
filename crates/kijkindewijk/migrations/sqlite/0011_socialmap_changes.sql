-- The social map's change log. Every write to services, locations, schedules, organisations and
-- taxonomies adds a row in the same transaction; each instance's in-memory search index applies the
-- rows it has not seen yet (at once after its own commits, and by polling for other instances').
-- kind: 'service', 'location', 'organization' (ref_id is that record's id) or 'everything'.

CREATE TABLE socialmap_changes (
    seq         INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL CHECK (kind IN ('service', 'location', 'organization', 'everything')),
    ref_id      TEXT NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_socialmap_changes_changed_at ON socialmap_changes (changed_at);
