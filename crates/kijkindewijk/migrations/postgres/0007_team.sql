-- The team's week: tasks and reminders per team member (a task may concern a young person), the
-- team's requests for consent that the young person (or a parent, by the age rules) answers, and
-- the kind of a note, so that a contact written once also counts as the caseload's last contact.

CREATE TABLE team_tasks (
    id                TEXT PRIMARY KEY,
    team_id           TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    assignee_user_id  TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_by        TEXT REFERENCES users (id) ON DELETE SET NULL,
    young_person_id   TEXT REFERENCES young_people (id) ON DELETE CASCADE,
    title             TEXT NOT NULL,
    due_on            DATE,
    done_at           TIMESTAMPTZ,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_team_tasks_team ON team_tasks (team_id, done_at, due_on);
CREATE INDEX idx_team_tasks_assignee ON team_tasks (assignee_user_id, done_at, due_on);

-- "Vraag toestemming": the team asks for one part; the young person or a parent with authority
-- grants (which sets the consent as the sharing page does) or refuses.
CREATE TABLE consent_requests (
    id                 TEXT PRIMARY KEY,
    young_person_id    TEXT NOT NULL REFERENCES young_people (id) ON DELETE CASCADE,
    part               TEXT NOT NULL CHECK (part IN ('profile', 'plan', 'network', 'ratings', 'notes')),
    team_id            TEXT REFERENCES teams (id) ON DELETE SET NULL,
    requested_by       TEXT REFERENCES users (id) ON DELETE SET NULL,
    requested_by_name  TEXT NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('open', 'granted', 'refused')),
    answered_by        TEXT REFERENCES users (id) ON DELETE SET NULL,
    answered_at        TIMESTAMPTZ,
    created_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_consent_requests_young ON consent_requests (young_person_id, status);
-- One open request per young person and part, also when a form is sent twice at once.
CREATE UNIQUE INDEX ux_consent_requests_open ON consent_requests (young_person_id, part)
WHERE status = 'open';

-- A note is a contact, a meeting or an agreement; notes written before count as contacts. A note
-- may concern a barrier (set by the barrier register).
ALTER TABLE youth_notes ADD COLUMN kind TEXT NOT NULL DEFAULT 'contact' CHECK (kind IN ('contact', 'meeting', 'agreement'));
ALTER TABLE youth_notes ADD COLUMN barrier_id TEXT;
CREATE INDEX idx_youth_notes_kind ON youth_notes (young_person_id, kind, created_at);
