-- Warme overdracht: a young person introduced to an opportunity on the social map, followed by the
-- young person, the involved professional and the partner until it lasts (or ends, with a reason).

CREATE TABLE introductions (
    id                    TEXT PRIMARY KEY,
    young_person_id       TEXT NOT NULL REFERENCES young_people (id) ON DELETE CASCADE,
    service_id            TEXT NOT NULL REFERENCES services (id) ON DELETE RESTRICT,
    organization_id       TEXT NOT NULL REFERENCES organizations (id) ON DELETE RESTRICT,
    proposed_by           TEXT REFERENCES users (id) ON DELETE SET NULL,
    proposed_by_role      TEXT NOT NULL,
    message               TEXT NOT NULL,
    no_contact            BOOLEAN NOT NULL,
    status                TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'declined', 'contact_made', 'started', 'still_running', 'ended')),
    reason                TEXT CHECK (reason IN ('no_place', 'no_fit', 'stopped', 'no_contact')),
    started_on            DATE,
    follow_up_asked_at    TIMESTAMPTZ,
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_introductions_young ON introductions (young_person_id, created_at);
CREATE INDEX idx_introductions_organization ON introductions (organization_id, status, updated_at);

-- Every status change, so all three parties see the same history.
CREATE TABLE introduction_events (
    id               TEXT PRIMARY KEY,
    introduction_id  TEXT NOT NULL REFERENCES introductions (id) ON DELETE CASCADE,
    status           TEXT NOT NULL,
    reason           TEXT,
    note             TEXT,
    by_name          TEXT NOT NULL,
    by_side          TEXT NOT NULL CHECK (by_side IN ('young', 'professional', 'partner', 'system')),
    at               TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_introduction_events_introduction ON introduction_events (introduction_id, at);
