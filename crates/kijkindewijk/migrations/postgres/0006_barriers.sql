-- Hindernissen: what blocks a young person's ordinary life (a rule, a way of working, a waiting
-- list, money, …), worked through with the Omgekeerde Toets, solved in the team or escalated to the
-- level that can, and answered there. Linked young people stay private: outside the team only their
-- number is shown.

-- A municipality's own list of categories; without rows the default list applies.
CREATE TABLE barrier_categories (
    id               TEXT PRIMARY KEY,
    municipality_id  TEXT NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    key              TEXT NOT NULL,
    name_nl          TEXT NOT NULL,
    name_en          TEXT NOT NULL,
    position         BIGINT NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    UNIQUE (municipality_id, key)
);

CREATE TABLE barriers (
    id               TEXT PRIMARY KEY,
    municipality_id  TEXT NOT NULL REFERENCES municipalities (id) ON DELETE RESTRICT,
    wijk_id          TEXT REFERENCES wijken (id) ON DELETE SET NULL,
    title            TEXT NOT NULL,
    what_happened    TEXT NOT NULL,
    category         TEXT NOT NULL,
    rule_behind      TEXT NOT NULL,
    life_domain      TEXT NOT NULL,
    raised_by        TEXT REFERENCES users (id) ON DELETE SET NULL,
    raised_by_kind   TEXT NOT NULL CHECK (raised_by_kind IN ('young', 'parent', 'network', 'professional', 'partner', 'resident')),
    status           TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'escalated', 'solved', 'breakthrough', 'unsolvable')),
    merged_into_id   TEXT REFERENCES barriers (id) ON DELETE SET NULL,
    solution         TEXT NOT NULL DEFAULT '',
    solution_for_policy BOOLEAN NOT NULL DEFAULT FALSE,
    version          BIGINT NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    closed_at        TIMESTAMPTZ
);
CREATE INDEX idx_barriers_municipality ON barriers (municipality_id, status, updated_at);
CREATE INDEX idx_barriers_wijk ON barriers (wijk_id, created_at);

-- The young people a barrier hits.
CREATE TABLE barrier_young_people (
    barrier_id       TEXT NOT NULL REFERENCES barriers (id) ON DELETE CASCADE,
    young_person_id  TEXT NOT NULL REFERENCES young_people (id) ON DELETE CASCADE,
    added_by         TEXT REFERENCES users (id) ON DELETE SET NULL,
    added_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (barrier_id, young_person_id)
);
CREATE INDEX idx_barrier_young_people_young ON barrier_young_people (young_person_id);

-- Who follows a barrier (whoever raised it follows it from the start) and sees its answer.
CREATE TABLE barrier_followers (
    barrier_id  TEXT NOT NULL REFERENCES barriers (id) ON DELETE CASCADE,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (barrier_id, user_id)
);
CREATE INDEX idx_barrier_followers_user ON barrier_followers (user_id);

-- Every state change, escalation, answer and merge, with who and when.
CREATE TABLE barrier_events (
    id           TEXT PRIMARY KEY,
    barrier_id   TEXT NOT NULL REFERENCES barriers (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('raised', 'status', 'escalated', 'answered', 'merged', 'merged_from', 'toets', 'reminded')),
    from_status  TEXT,
    to_status    TEXT,
    note         TEXT NOT NULL DEFAULT '',
    by_user_id   TEXT REFERENCES users (id) ON DELETE SET NULL,
    by_name      TEXT NOT NULL,
    by_kind      TEXT NOT NULL,
    at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_barrier_events_barrier ON barrier_events (barrier_id, at);

-- The Omgekeerde Toets, one per barrier, saved step by step.
CREATE TABLE barrier_toets (
    barrier_id      TEXT PRIMARY KEY REFERENCES barriers (id) ON DELETE CASCADE,
    need            TEXT NOT NULL DEFAULT '',
    effect          TEXT NOT NULL DEFAULT '',
    purpose         TEXT NOT NULL DEFAULT '',
    purpose_served  TEXT NOT NULL DEFAULT '',
    fairness        TEXT NOT NULL DEFAULT '',
    legal           TEXT NOT NULL DEFAULT '',
    proposal        TEXT NOT NULL DEFAULT '',
    argument        TEXT NOT NULL DEFAULT '',
    updated_by      TEXT REFERENCES users (id) ON DELETE SET NULL,
    updated_by_name TEXT NOT NULL DEFAULT '',
    updated_at      TIMESTAMPTZ NOT NULL
);

-- An escalation to a level, the role that must answer, its deadline and the official answer.
CREATE TABLE barrier_escalations (
    id              TEXT PRIMARY KEY,
    barrier_id      TEXT NOT NULL REFERENCES barriers (id) ON DELETE CASCADE,
    municipality_id TEXT NOT NULL REFERENCES municipalities (id) ON DELETE RESTRICT,
    level           TEXT NOT NULL CHECK (level IN ('teamleider', 'policy', 'board')),
    answer_role     TEXT NOT NULL CHECK (answer_role IN ('teamleider', 'beleid')),
    team_id         TEXT REFERENCES teams (id) ON DELETE SET NULL,
    -- The title and argument as the escalating professional wrote them for this level, checked
    -- to hold no names or other personal data.
    title           TEXT NOT NULL,
    argument        TEXT NOT NULL,
    deadline        DATE NOT NULL,
    escalated_by    TEXT REFERENCES users (id) ON DELETE SET NULL,
    escalated_at    TIMESTAMPTZ NOT NULL,
    answer_text     TEXT,
    answer_state    TEXT CHECK (answer_state IN ('solved', 'breakthrough', 'unsolvable', 'in_progress')),
    answered_by     TEXT REFERENCES users (id) ON DELETE SET NULL,
    answered_by_name TEXT,
    answered_at     TIMESTAMPTZ,
    reminded_at     TIMESTAMPTZ
);
CREATE INDEX idx_barrier_escalations_barrier ON barrier_escalations (barrier_id, escalated_at);
CREATE INDEX idx_barrier_escalations_inbox ON barrier_escalations (municipality_id, answer_role, answered_at);
-- At most one escalation of a barrier waits for an answer.
CREATE UNIQUE INDEX ux_barrier_escalations_open ON barrier_escalations (barrier_id) WHERE answered_at IS NULL;
