-- Foundation: places (municipalities, wijken, buurten), teams, accounts, sessions, tokens,
-- login throttling, settings, background jobs and the mail outbox.
-- Ids are UUID text; times are UTC. The SQLite twin of this file must describe the same schema.

CREATE TABLE settings (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE municipalities (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE wijken (
    id               TEXT PRIMARY KEY,
    municipality_id  TEXT NOT NULL REFERENCES municipalities (id) ON DELETE RESTRICT,
    code             TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_wijken_municipality ON wijken (municipality_id);

CREATE TABLE buurten (
    id          TEXT PRIMARY KEY,
    wijk_id     TEXT NOT NULL REFERENCES wijken (id) ON DELETE RESTRICT,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_buurten_wijk ON buurten (wijk_id);

CREATE TABLE teams (
    id               TEXT PRIMARY KEY,
    municipality_id  TEXT NOT NULL REFERENCES municipalities (id) ON DELETE RESTRICT,
    name             TEXT NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    UNIQUE (municipality_id, name)
);

CREATE TABLE team_wijken (
    team_id  TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    wijk_id  TEXT NOT NULL REFERENCES wijken (id) ON DELETE RESTRICT,
    PRIMARY KEY (team_id, wijk_id)
);
CREATE INDEX idx_team_wijken_wijk ON team_wijken (wijk_id);

CREATE TABLE users (
    id               TEXT PRIMARY KEY,
    login_name       TEXT NOT NULL UNIQUE,
    email            TEXT,
    display_name     TEXT NOT NULL,
    password_hash    TEXT,
    locale           TEXT NOT NULL DEFAULT 'nl',
    totp_secret      TEXT,
    totp_enabled_at  TIMESTAMPTZ,
    totp_last_step   BIGINT,
    disabled_at      TIMESTAMPTZ,
    last_login_at    TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_users_email ON users (email);

CREATE TABLE user_roles (
    id               TEXT PRIMARY KEY,
    user_id          TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role             TEXT NOT NULL CHECK (role IN ('jongere', 'ouder', 'netwerklid', 'jeugdprofessional',
                         'teamleider', 'partner', 'beleid', 'redacteur', 'beheerder')),
    municipality_id  TEXT NOT NULL REFERENCES municipalities (id) ON DELETE RESTRICT,
    team_id          TEXT REFERENCES teams (id) ON DELETE RESTRICT,
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_user_roles_user ON user_roles (user_id);
CREATE INDEX idx_user_roles_scope ON user_roles (municipality_id, role);
CREATE INDEX idx_user_roles_team ON user_roles (team_id);

CREATE TABLE recovery_codes (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash   TEXT NOT NULL,
    used_at     TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_recovery_codes_user ON recovery_codes (user_id);

-- The cookie holds a random token; only its SHA-256 is stored, so a copy of the database does not
-- let anyone take over a session.
CREATE TABLE sessions (
    token_hash    TEXT PRIMARY KEY,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    stage         TEXT NOT NULL CHECK (stage IN ('second_factor', 'enrol_second_factor', 'full')),
    created_at    TIMESTAMPTZ NOT NULL,
    last_seen_at  TIMESTAMPTZ NOT NULL,
    expires_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_sessions_user ON sessions (user_id);
CREATE INDEX idx_sessions_expires ON sessions (expires_at);

-- One-time links (password reset, invitation): stored hashed, expire, work once.
CREATE TABLE auth_tokens (
    token_hash  TEXT PRIMARY KEY,
    purpose     TEXT NOT NULL CHECK (purpose IN ('password_reset', 'invitation')),
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_auth_tokens_user ON auth_tokens (user_id);

-- Failed-login counters per account and per client address; keys are keyed hashes, never the
-- address or login name itself.
CREATE TABLE login_throttle (
    key            TEXT PRIMARY KEY,
    failures       BIGINT NOT NULL,
    window_start   TIMESTAMPTZ NOT NULL,
    blocked_until  TIMESTAMPTZ
);

CREATE TABLE jobs (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,
    payload       TEXT NOT NULL,
    run_at        TIMESTAMPTZ NOT NULL,
    attempts      BIGINT NOT NULL DEFAULT 0,
    max_attempts  BIGINT NOT NULL,
    locked_until  TIMESTAMPTZ,
    locked_by     TEXT,
    last_error    TEXT,
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_jobs_due ON jobs (run_at);

-- municipality_id says which beheerder may read a held message; NULL for installation-wide mail.
CREATE TABLE outbox (
    id               TEXT PRIMARY KEY,
    municipality_id  TEXT REFERENCES municipalities (id) ON DELETE SET NULL,
    to_address    TEXT NOT NULL,
    subject       TEXT NOT NULL,
    body_text     TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'held')),
    attempts      BIGINT NOT NULL DEFAULT 0,
    last_error    TEXT,
    created_at    TIMESTAMPTZ NOT NULL,
    sent_at       TIMESTAMPTZ
);
CREATE INDEX idx_outbox_municipality ON outbox (municipality_id, created_at);
