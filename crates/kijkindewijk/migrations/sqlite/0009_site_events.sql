-- The public site's participation: ZOOMerschool webinars with registrations and a waiting list,
-- "Weet jij hoe?" ideas with supports, followers, reports and an official answer, and the contact
-- form's messages (removed after the configured retention). Mail may carry one attachment (the
-- webinar's .ics).

ALTER TABLE outbox ADD COLUMN attachment_name TEXT;
ALTER TABLE outbox ADD COLUMN attachment_type TEXT;
ALTER TABLE outbox ADD COLUMN attachment_body TEXT;

CREATE TABLE webinars (
    id               TEXT PRIMARY KEY,
    municipality_id  TEXT NOT NULL REFERENCES municipalities (id) ON DELETE RESTRICT,
    title            TEXT NOT NULL,
    description      TEXT NOT NULL,
    speakers         TEXT NOT NULL,
    starts_at        TIMESTAMPTZ NOT NULL,
    ends_at          TIMESTAMPTZ NOT NULL,
    meeting_url      TEXT NOT NULL,
    capacity         BIGINT NOT NULL CHECK (capacity > 0),
    recording_url    TEXT NOT NULL DEFAULT '',
    materials        TEXT NOT NULL DEFAULT '',
    sequence         BIGINT NOT NULL DEFAULT 0,
    reminded_at      TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_webinars_starts ON webinars (starts_at);
CREATE INDEX idx_webinars_municipality ON webinars (municipality_id, starts_at);

-- A registration is 'registered' (has a seat), 'waiting' (on the waiting list, in order of
-- created_at) or 'cancelled'. The personal link's token is stored only as a hash.
CREATE TABLE webinar_registrations (
    id           TEXT PRIMARY KEY,
    webinar_id   TEXT NOT NULL REFERENCES webinars (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    email        TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('registered', 'waiting', 'cancelled')),
    token_salt   TEXT NOT NULL,
    token_hash   TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    cancelled_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX ux_webinar_registrations_token ON webinar_registrations (token_hash);
CREATE INDEX idx_webinar_registrations_webinar ON webinar_registrations (webinar_id, status, created_at);
-- One live registration per address and session, also when a form is sent twice at once.
CREATE UNIQUE INDEX ux_webinar_registrations_email ON webinar_registrations (webinar_id, email)
WHERE status <> 'cancelled';

-- An idea waits ('pending'), is shown ('published'), hidden after reports until a redacteur looks
-- ('hidden') or refused ('rejected'). The official answer has its own state.
CREATE TABLE ideas (
    id                TEXT PRIMARY KEY,
    municipality_id   TEXT NOT NULL REFERENCES municipalities (id) ON DELETE RESTRICT,
    wijk_id           TEXT REFERENCES wijken (id) ON DELETE SET NULL,
    title             TEXT NOT NULL,
    body              TEXT NOT NULL,
    author_user_id    TEXT REFERENCES users (id) ON DELETE SET NULL,
    status            TEXT NOT NULL CHECK (status IN ('pending', 'published', 'hidden', 'rejected')),
    answer_state      TEXT CHECK (answer_state IN ('considering', 'in_progress', 'done', 'not_feasible')),
    answer_text       TEXT NOT NULL DEFAULT '',
    answered_by_name  TEXT,
    answered_at       TIMESTAMPTZ,
    barrier_id        TEXT REFERENCES barriers (id) ON DELETE SET NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_ideas_municipality ON ideas (municipality_id, status, created_at);
CREATE INDEX idx_ideas_status ON ideas (status, created_at);

-- A support per account ('u:<user id>') or per confirmed e-mail address ('e:<keyed hash>'); a
-- visitor's support counts once the link in the mail is followed.
CREATE TABLE idea_supports (
    idea_id       TEXT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    supporter_key TEXT NOT NULL,
    email         TEXT,
    token_hash    TEXT,
    confirmed_at  TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (idea_id, supporter_key)
);
CREATE UNIQUE INDEX ux_idea_supports_token ON idea_supports (token_hash);

-- Addresses that get the official answer, once confirmed by the link in the mail.
CREATE TABLE idea_followers (
    idea_id       TEXT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    email         TEXT NOT NULL,
    token_hash    TEXT NOT NULL,
    confirmed_at  TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (idea_id, email)
);
CREATE UNIQUE INDEX ux_idea_followers_token ON idea_followers (token_hash);

-- Reports of abuse, one per reader ('u:<user id>' or 'a:<keyed hash of the address>').
CREATE TABLE idea_reports (
    idea_id       TEXT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    reporter_key  TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (idea_id, reporter_key)
);

CREATE TABLE contact_messages (
    id               TEXT PRIMARY KEY,
    municipality_id  TEXT NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    email            TEXT NOT NULL,
    topic            TEXT NOT NULL,
    message          TEXT NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_contact_messages_municipality ON contact_messages (municipality_id, created_at);
CREATE INDEX idx_contact_messages_created ON contact_messages (created_at);
