-- Mijn leven: young people, the people around them (relations), consent per part, the NEN 7513
-- access log, the plan (life domains, self-ratings, goals with GAS levels, actions), the network map
-- with dated snapshots, emergency access and rights requests.

CREATE TABLE young_people (
    id               TEXT PRIMARY KEY,
    municipality_id  TEXT NOT NULL REFERENCES municipalities (id) ON DELETE RESTRICT,
    wijk_id          TEXT REFERENCES wijken (id) ON DELETE SET NULL,
    user_id          TEXT UNIQUE REFERENCES users (id) ON DELETE SET NULL,
    first_name       TEXT NOT NULL,
    last_name        TEXT NOT NULL,
    birth_date       DATE NOT NULL,
    created_by       TEXT REFERENCES users (id) ON DELETE SET NULL,
    erased_at        TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_young_people_municipality ON young_people (municipality_id, wijk_id);

-- Everyone with a tie to the young person's file: the young person's own account ('self'), parents
-- ('parent', with has_authority when the professional confirmed parental authority), invited network
-- members ('network') and involved professionals ('professional', with their team). At most one
-- relation per user per young person; user_id stays NULL until an invitation is accepted.
CREATE TABLE youth_relations (
    id                     TEXT PRIMARY KEY,
    young_person_id        TEXT NOT NULL REFERENCES young_people (id) ON DELETE CASCADE,
    user_id                TEXT REFERENCES users (id) ON DELETE SET NULL,
    kind                   TEXT NOT NULL CHECK (kind IN ('self', 'parent', 'network', 'professional')),
    display_name           TEXT NOT NULL,
    team_id                TEXT REFERENCES teams (id) ON DELETE SET NULL,
    has_authority          BOOLEAN NOT NULL DEFAULT FALSE,
    authority_confirmed_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    network_person_id      TEXT,
    started_at             TIMESTAMPTZ NOT NULL,
    ended_at               TIMESTAMPTZ,
    created_at             TIMESTAMPTZ NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL,
    UNIQUE (young_person_id, user_id)
);
CREATE INDEX idx_youth_relations_user ON youth_relations (user_id, young_person_id);
CREATE INDEX idx_youth_relations_young ON youth_relations (young_person_id, kind);
CREATE INDEX idx_youth_relations_team ON youth_relations (team_id, kind);

-- Consent per part and audience. audience_key is 'team' (the involved professionals) or the id of
-- a relation (a named parent or network member). The young person's and the parent's agreement are
-- kept apart because the age rule needs one, the other, or both.
CREATE TABLE consents (
    id                 TEXT PRIMARY KEY,
    young_person_id    TEXT NOT NULL REFERENCES young_people (id) ON DELETE CASCADE,
    part               TEXT NOT NULL CHECK (part IN ('profile', 'plan', 'network', 'ratings', 'notes')),
    audience_key       TEXT NOT NULL,
    by_young_at        TIMESTAMPTZ,
    by_parent_at       TIMESTAMPTZ,
    by_parent_user_id  TEXT REFERENCES users (id) ON DELETE SET NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    UNIQUE (young_person_id, part, audience_key)
);

CREATE TABLE emergency_access (
    id               TEXT PRIMARY KEY,
    young_person_id  TEXT NOT NULL REFERENCES young_people (id) ON DELETE CASCADE,
    user_id          TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reason           TEXT NOT NULL,
    started_at       TIMESTAMPTZ NOT NULL,
    expires_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_emergency_access_lookup ON emergency_access (young_person_id, user_id, expires_at);

-- NEN 7513: who (and on whose behalf), which young person, which part, what, when, on which ground.
-- Append-only: the application has no update or delete for it, and triggers refuse both.
CREATE TABLE access_log (
    id               TEXT PRIMARY KEY,
    at               TIMESTAMPTZ NOT NULL,
    young_person_id  TEXT NOT NULL,
    actor_user_id    TEXT,
    actor_role       TEXT NOT NULL,
    actor_name       TEXT NOT NULL,
    on_behalf_of     TEXT,
    part             TEXT NOT NULL,
    action           TEXT NOT NULL,
    allowed          BOOLEAN NOT NULL,
    ground           TEXT NOT NULL,
    emergency        BOOLEAN NOT NULL,
    request_id       TEXT
);
CREATE INDEX idx_access_log_young ON access_log (young_person_id, at);
CREATE INDEX idx_access_log_actor ON access_log (actor_user_id, at);

CREATE FUNCTION access_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'access_log is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER access_log_no_update BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_append_only();

CREATE TABLE life_domains (
    id               TEXT PRIMARY KEY,
    municipality_id  TEXT REFERENCES municipalities (id) ON DELETE CASCADE,
    key              TEXT NOT NULL,
    name_nl          TEXT NOT NULL,
    name_en          TEXT NOT NULL,
    position         BIGINT NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_life_domains_municipality ON life_domains (municipality_id, position);

CREATE TABLE youth_profiles (
    young_person_id  TEXT PRIMARY KEY REFERENCES young_people (id) ON DELETE CASCADE,
    talents          TEXT NOT NULL DEFAULT '',
    interests        TEXT NOT NULL DEFAULT '',
    dreams           TEXT NOT NULL DEFAULT '',
    updated_at       TIMESTAMPTZ NOT NULL
);

CREATE TABLE domain_entries (
    id                 TEXT PRIMARY KEY,
    young_person_id    TEXT NOT NULL REFERENCES young_people (id) ON DELETE CASCADE,
    domain_id          TEXT NOT NULL REFERENCES life_domains (id) ON DELETE CASCADE,
    goes_well          TEXT NOT NULL DEFAULT '',
    wishes             TEXT NOT NULL DEFAULT '',
    own_part           TEXT NOT NULL DEFAULT '',
    network_part       TEXT NOT NULL DEFAULT '',
    professional_part  TEXT NOT NULL DEFAULT '',
    wants_to_talk      BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at         TIMESTAMPTZ NOT NULL,
    UNIQUE (young_person_id, domain_id)
);

CREATE TABLE self_ratings (
    id               TEXT PRIMARY KEY,
    young_person_id  TEXT NOT NULL REFERENCES young_people (id) ON DELETE CASCADE,
    domain_id        TEXT NOT NULL REFERENCES life_domains (id) ON DELETE CASCADE,
    score            BIGINT NOT NULL CHECK (score BETWEEN 1 AND 10),
    rated_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_self_ratings_young ON self_ratings (young_person_id, rated_at);

CREATE TABLE goals (
    id               TEXT PRIMARY KEY,
    young_person_id  TEXT NOT NULL REFERENCES young_people (id) ON DELETE CASCADE,
    domain_id        TEXT REFERENCES life_domains (id) ON DELETE SET NULL,
    title            TEXT NOT NULL,
    level_minus2     TEXT NOT NULL,
    level_minus1     TEXT NOT NULL,
    level_0          TEXT NOT NULL,
    level_plus1      TEXT NOT NULL,
    level_plus2      TEXT NOT NULL,
    weight           BIGINT NOT NULL DEFAULT 1,
    status           TEXT NOT NULL CHECK (status IN ('active', 'achieved', 'stopped')),
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_goals_young ON goals (young_person_id);

CREATE TABLE goal_scores (
    id         TEXT PRIMARY KEY,
    goal_id    TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    score      BIGINT NOT NULL CHECK (score BETWEEN -2 AND 2),
    scored_at  TIMESTAMPTZ NOT NULL,
    scored_by  TEXT REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX idx_goal_scores_goal ON goal_scores (goal_id, scored_at);

CREATE TABLE plan_actions (
    id                 TEXT PRIMARY KEY,
    young_person_id    TEXT NOT NULL REFERENCES young_people (id) ON DELETE CASCADE,
    goal_id            TEXT REFERENCES goals (id) ON DELETE SET NULL,
    domain_id          TEXT REFERENCES life_domains (id) ON DELETE SET NULL,
    description        TEXT NOT NULL,
    owner_kind         TEXT NOT NULL CHECK (owner_kind IN ('young', 'parent', 'network', 'partner', 'professional')),
    owner_relation_id  TEXT REFERENCES youth_relations (id) ON DELETE SET NULL,
    owner_name         TEXT NOT NULL,
    due_on             DATE,
    status             TEXT NOT NULL CHECK (status IN ('open', 'done', 'cancelled')),
    created_at         TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_plan_actions_young ON plan_actions (young_person_id);
CREATE INDEX idx_plan_actions_owner ON plan_actions (owner_relation_id);

CREATE TABLE youth_notes (
    id               TEXT PRIMARY KEY,
    young_person_id  TEXT NOT NULL REFERENCES young_people (id) ON DELETE CASCADE,
    author_user_id   TEXT REFERENCES users (id) ON DELETE SET NULL,
    author_name      TEXT NOT NULL,
    body             TEXT NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_youth_notes_young ON youth_notes (young_person_id, created_at);

-- The network map (Tracy & Whittaker's Social Network Map dimensions per tie).
CREATE TABLE network_people (
    id               TEXT PRIMARY KEY,
    young_person_id  TEXT NOT NULL REFERENCES young_people (id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    sector           TEXT NOT NULL CHECK (sector IN ('household', 'family', 'friends', 'school_work', 'club', 'neighbourhood', 'professionals')),
    ring             BIGINT NOT NULL CHECK (ring BETWEEN 1 AND 3),
    concrete         BIGINT NOT NULL CHECK (concrete BETWEEN 1 AND 3),
    emotional        BIGINT NOT NULL CHECK (emotional BETWEEN 1 AND 3),
    informational    BIGINT NOT NULL CHECK (informational BETWEEN 1 AND 3),
    criticism        BIGINT NOT NULL CHECK (criticism BETWEEN 1 AND 3),
    direction        TEXT NOT NULL CHECK (direction IN ('both', 'from_me', 'to_me')),
    frequency        BIGINT NOT NULL CHECK (frequency BETWEEN 1 AND 4),
    years_known      TEXT NOT NULL CHECK (years_known IN ('lt1', '1to5', 'gt5')),
    trusted          BOOLEAN NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_network_people_young ON network_people (young_person_id);

CREATE TABLE network_snapshots (
    id               TEXT PRIMARY KEY,
    young_person_id  TEXT NOT NULL REFERENCES young_people (id) ON DELETE CASCADE,
    taken_on         DATE NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_network_snapshots_young ON network_snapshots (young_person_id, taken_on);

CREATE TABLE network_snapshot_people (
    id           TEXT PRIMARY KEY,
    snapshot_id  TEXT NOT NULL REFERENCES network_snapshots (id) ON DELETE CASCADE,
    sector       TEXT NOT NULL,
    ring         BIGINT NOT NULL,
    trusted      BOOLEAN NOT NULL
);
CREATE INDEX idx_network_snapshot_people_snapshot ON network_snapshot_people (snapshot_id);

-- Requests for correction or erasure, answered by the team.
CREATE TABLE rights_requests (
    id               TEXT PRIMARY KEY,
    young_person_id  TEXT NOT NULL REFERENCES young_people (id) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK (kind IN ('correction', 'erasure')),
    body             TEXT NOT NULL,
    requested_by     TEXT REFERENCES users (id) ON DELETE SET NULL,
    status           TEXT NOT NULL CHECK (status IN ('open', 'done', 'refused')),
    answer           TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_rights_requests_young ON rights_requests (young_person_id);

INSERT INTO life_domains (id, municipality_id, key, name_nl, name_en, position, created_at) VALUES
    ('domain-home', NULL, 'home', 'Thuis', 'Home', 1, CURRENT_TIMESTAMP),
    ('domain-school', NULL, 'school', 'School en opleiding', 'School and education', 2, CURRENT_TIMESTAMP),
    ('domain-free-time', NULL, 'free_time', 'Vrije tijd en clubs', 'Free time and clubs', 3, CURRENT_TIMESTAMP),
    ('domain-work-money', NULL, 'work_money', 'Werk en geld', 'Work and money', 4, CURRENT_TIMESTAMP),
    ('domain-friends', NULL, 'friends', 'Vrienden en relaties', 'Friends and relationships', 5, CURRENT_TIMESTAMP),
    ('domain-health', NULL, 'health', 'Gezondheid en je goed voelen', 'Health and feeling good', 6, CURRENT_TIMESTAMP);
