-- The public site and the online magazine. A public page a redacteur edited is kept here per
-- language; a page that was never edited shows its built-in text. Images are stored whole, named by
-- the SHA-256 of their bytes (so their URL never changes meaning and may be cached for good).

CREATE TABLE site_pages (
    slug        TEXT NOT NULL,
    lang        TEXT NOT NULL CHECK (lang IN ('nl', 'en')),
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    updated_by  TEXT REFERENCES users (id) ON DELETE SET NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (slug, lang)
);

CREATE TABLE site_images (
    hash          TEXT PRIMARY KEY,
    content_type  TEXT NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp', 'image/gif')),
    alt           TEXT NOT NULL,
    size          BIGINT NOT NULL,
    bytes         BYTEA NOT NULL,
    uploaded_by   TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_site_images_created ON site_images (created_at);

-- Kinds of article: a table, so more can be added without a release.
CREATE TABLE magazine_kinds (
    code      TEXT PRIMARY KEY,
    name_nl   TEXT NOT NULL,
    name_en   TEXT NOT NULL,
    position  BIGINT NOT NULL
);
INSERT INTO magazine_kinds (code, name_nl, name_en, position) VALUES
    ('methode', 'Methode', 'Method', 1),
    ('interview', 'Interview', 'Interview', 2),
    ('praktijkverhaal', 'Praktijkverhaal', 'Practice story', 3);

-- An article is a draft, scheduled (a job publishes it at publish_at) or published (publish_at is
-- its date). search_terms holds the stemmed words of title, lead, body and tags.
CREATE TABLE magazine_articles (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL REFERENCES magazine_kinds (code) ON DELETE RESTRICT,
    title         TEXT NOT NULL,
    author        TEXT NOT NULL,
    lead          TEXT NOT NULL,
    body          TEXT NOT NULL,
    cover_hash    TEXT REFERENCES site_images (hash) ON DELETE SET NULL,
    wijk_id       TEXT REFERENCES wijken (id) ON DELETE SET NULL,
    status        TEXT NOT NULL CHECK (status IN ('draft', 'scheduled', 'published')),
    publish_at    TIMESTAMPTZ,
    search_terms  TEXT NOT NULL,
    created_by    TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_magazine_articles_status ON magazine_articles (status, publish_at);
CREATE INDEX idx_magazine_articles_kind ON magazine_articles (kind, status, publish_at);

CREATE TABLE magazine_tags (
    article_id  TEXT NOT NULL REFERENCES magazine_articles (id) ON DELETE CASCADE,
    tag         TEXT NOT NULL,
    PRIMARY KEY (article_id, tag)
);
CREATE INDEX idx_magazine_tags_tag ON magazine_tags (tag);
