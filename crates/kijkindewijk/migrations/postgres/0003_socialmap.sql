-- Social map (sociale kaart): organisations and the opportunities they offer young people, shaped
-- after Open Referral HSDS 3.0 (organization, service, location, service_at_location, schedule,
-- taxonomy/taxonomy_term, eligibility ages, costs, languages, service areas, assured_date).
-- Everything except the shared vocabularies (taxonomies) and postcode centroids belongs to a
-- municipality. Both backends' copies of this file describe the same schema; only the full-text
-- index differs (FTS5 on SQLite, a GIN expression index on PostgreSQL), see db/special.rs.

CREATE TABLE organizations (
    id               TEXT PRIMARY KEY,
    municipality_id  TEXT NOT NULL REFERENCES municipalities (id) ON DELETE RESTRICT,
    name             TEXT NOT NULL,
    alternate_name   TEXT,
    description      TEXT NOT NULL,
    email            TEXT,
    website          TEXT,
    phone            TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_organizations_municipality ON organizations (municipality_id, name);

-- Which partner accounts keep an organisation's listings up to date.
CREATE TABLE organization_members (
    organization_id  TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id          TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (organization_id, user_id)
);
CREATE INDEX idx_organization_members_user ON organization_members (user_id);

-- One address per location (the Dutch case: street and number, postcode, place). Coordinates are
-- WGS84 and, when present, inside the Netherlands (checked by the application).
CREATE TABLE locations (
    id                        TEXT PRIMARY KEY,
    municipality_id           TEXT NOT NULL REFERENCES municipalities (id) ON DELETE RESTRICT,
    organization_id           TEXT REFERENCES organizations (id) ON DELETE RESTRICT,
    location_type             TEXT NOT NULL CHECK (location_type IN ('physical', 'postal', 'virtual')),
    name                      TEXT,
    description               TEXT,
    transportation            TEXT,
    url                       TEXT,
    address_1                 TEXT,
    postal_code               TEXT,
    city                      TEXT,
    latitude                  DOUBLE PRECISION,
    longitude                 DOUBLE PRECISION,
    external_identifier       TEXT,
    external_identifier_type  TEXT,
    created_at                TIMESTAMPTZ NOT NULL,
    updated_at                TIMESTAMPTZ NOT NULL,
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX idx_locations_municipality ON locations (municipality_id);
CREATE INDEX idx_locations_organization ON locations (organization_id);
CREATE INDEX idx_locations_position ON locations (latitude, longitude);

-- `code` names one of the accessibility features the forms offer; imported ones have free text only.
CREATE TABLE location_accessibility (
    id           TEXT PRIMARY KEY,
    location_id  TEXT NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    code         TEXT,
    description  TEXT NOT NULL,
    details      TEXT,
    url          TEXT
);
CREATE INDEX idx_location_accessibility_location ON location_accessibility (location_id);

-- A service is one opportunity (a training, a drop-in, a buddy programme, an internship).
-- search_title/search_body hold the Dutch-stemmed words of the texts, written by the application,
-- so both backends index the same tokens.
CREATE TABLE services (
    id                       TEXT PRIMARY KEY,
    municipality_id          TEXT NOT NULL REFERENCES municipalities (id) ON DELETE RESTRICT,
    organization_id          TEXT NOT NULL REFERENCES organizations (id) ON DELETE RESTRICT,
    name                     TEXT NOT NULL,
    alternate_name           TEXT,
    description              TEXT NOT NULL,
    status                   TEXT NOT NULL CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
    url                      TEXT,
    email                    TEXT,
    phone                    TEXT,
    contact_name             TEXT,
    application_process      TEXT,
    eligibility_description  TEXT,
    minimum_age              BIGINT CHECK (minimum_age >= 0 AND minimum_age <= 120),
    maximum_age              BIGINT CHECK (maximum_age >= 0 AND maximum_age <= 120),
    is_free                  BOOLEAN NOT NULL,
    cost_amount_cents        BIGINT CHECK (cost_amount_cents >= 0),
    cost_description         TEXT,
    jeugdfonds               BOOLEAN NOT NULL,
    capacity_available       BIGINT CHECK (capacity_available >= 0),
    alert                    TEXT,
    assured_date             DATE,
    assured_by               TEXT REFERENCES users (id) ON DELETE SET NULL,
    search_title             TEXT NOT NULL,
    search_body              TEXT NOT NULL,
    created_at               TIMESTAMPTZ NOT NULL,
    updated_at               TIMESTAMPTZ NOT NULL,
    CHECK (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age)
);
CREATE INDEX idx_services_municipality ON services (municipality_id, status, name);
CREATE INDEX idx_services_organization ON services (organization_id);
CREATE INDEX idx_services_updated ON services (updated_at);
-- Walking this index in name order lets a page stop after its first matches, with filters that are
-- not selective (age, free, category) checked on the way; an index on the ages would not help, as
-- "minimum <= x <= maximum" matches about half of all rows.
CREATE INDEX idx_services_status_name ON services (status, name, id);

CREATE TABLE service_at_locations (
    id           TEXT PRIMARY KEY,
    service_id   TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    location_id  TEXT NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    description  TEXT,
    created_at   TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX ux_service_at_locations_pair ON service_at_locations (service_id, location_id);
CREATE INDEX idx_service_at_locations_location ON service_at_locations (location_id);

-- A weekly or monthly recurrence (RFC 5545 subset). days_mask has bit 0 for Monday … bit 6 for
-- Sunday; opens/closes are minutes after midnight, local time (Europe/Amsterdam). Every schedule
-- ends: ends_on is the last day it can occur (from UNTIL, COUNT or valid_to), so search skips
-- activities that stopped.
CREATE TABLE schedules (
    id                      TEXT PRIMARY KEY,
    service_id              TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    service_at_location_id  TEXT REFERENCES service_at_locations (id) ON DELETE CASCADE,
    freq                    TEXT NOT NULL CHECK (freq IN ('WEEKLY', 'MONTHLY')),
    repeat_interval         BIGINT NOT NULL CHECK (repeat_interval >= 1),
    byday                   TEXT NOT NULL,
    bymonthday              TEXT,
    days_mask               BIGINT NOT NULL,
    opens_minute            BIGINT NOT NULL CHECK (opens_minute >= 0 AND opens_minute < 1440),
    closes_minute           BIGINT NOT NULL CHECK (closes_minute > 0 AND closes_minute <= 1440),
    dtstart                 DATE NOT NULL,
    until_date              DATE,
    repeat_count            BIGINT,
    valid_from              DATE,
    valid_to                DATE,
    ends_on                 DATE NOT NULL,
    description             TEXT,
    created_at              TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_schedules_service ON schedules (service_id, ends_on);

CREATE TABLE taxonomies (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    description  TEXT NOT NULL,
    uri          TEXT,
    version      TEXT,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE taxonomy_terms (
    id           TEXT PRIMARY KEY,
    taxonomy_id  TEXT NOT NULL REFERENCES taxonomies (id) ON DELETE RESTRICT,
    parent_id    TEXT REFERENCES taxonomy_terms (id) ON DELETE RESTRICT,
    code         TEXT,
    name         TEXT NOT NULL,
    description  TEXT NOT NULL,
    language     TEXT,
    term_uri     TEXT,
    position     BIGINT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_taxonomy_terms_taxonomy ON taxonomy_terms (taxonomy_id, position);
CREATE INDEX idx_taxonomy_terms_parent ON taxonomy_terms (parent_id);
CREATE UNIQUE INDEX ux_taxonomy_terms_code ON taxonomy_terms (taxonomy_id, code);

-- HSDS attributes that link a service to a taxonomy term (its categories).
CREATE TABLE service_taxonomy_terms (
    service_id        TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    taxonomy_term_id  TEXT NOT NULL REFERENCES taxonomy_terms (id) ON DELETE RESTRICT,
    PRIMARY KEY (service_id, taxonomy_term_id)
);
CREATE INDEX idx_service_taxonomy_terms_term ON service_taxonomy_terms (taxonomy_term_id, service_id);

CREATE TABLE service_languages (
    service_id  TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (service_id, code)
);

-- The wijken and buurten a service is for. A row without wijk and buurt means the whole
-- municipality; a buurt row also names its wijk, so a wijk filter needs one indexed lookup.
CREATE TABLE service_areas (
    id          TEXT PRIMARY KEY,
    service_id  TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    wijk_id     TEXT REFERENCES wijken (id) ON DELETE RESTRICT,
    buurt_id    TEXT REFERENCES buurten (id) ON DELETE RESTRICT,
    name        TEXT,
    CHECK (buurt_id IS NULL OR wijk_id IS NOT NULL)
);
CREATE INDEX idx_service_areas_service ON service_areas (service_id, wijk_id);
CREATE INDEX idx_service_areas_wijk ON service_areas (wijk_id);

-- Postcode centroids for the local geocoder (PC6 `1234AB` or PC4 `1234`), installation-wide.
CREATE TABLE postcodes (
    postcode    TEXT PRIMARY KEY,
    latitude    DOUBLE PRECISION NOT NULL,
    longitude   DOUBLE PRECISION NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

-- Full-text index over the stemmed columns (PostgreSQL only). The expression must stay identical to
-- the one in db/special.rs, or the planner will not use the index. Named without idx_ because SQLite
-- has no twin of it.
CREATE INDEX services_fts_gin ON services USING GIN (
    (setweight(to_tsvector('simple', search_title), 'A') || setweight(to_tsvector('simple', search_body), 'B'))
);

-- The KijKINDeWijk youth taxonomy (a tree of two levels). Ids are UUIDv5 of the term's URL, so
-- every installation uses the same ones and HSDS exports can be compared. The texts shown in the
-- interface come from the translation files (map-cat-<code>); these Dutch names go into HSDS.
INSERT INTO taxonomies (id, name, description, uri, version, created_at, updated_at) VALUES
    ('465cc339-0e4e-550a-8208-05375089da8e', 'KijKINDeWijk jeugdtaxonomie', 'Soorten aanbod voor kinderen en jongeren in de wijk.', 'https://kijkindewijk.nl/taxonomie/jeugd', '1', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
INSERT INTO taxonomy_terms (id, taxonomy_id, parent_id, code, name, description, language, term_uri, position, created_at, updated_at) VALUES
    ('59620c44-7318-5865-9c91-abce0e23382d', '465cc339-0e4e-550a-8208-05375089da8e', NULL, 'sport', 'Sport en bewegen', 'Sporten en bewegen bij een club, in de buurt of op straat.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/sport', 1, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('fe7cb2f6-a6ea-5306-a7ef-c7b616f04153', '465cc339-0e4e-550a-8208-05375089da8e', '59620c44-7318-5865-9c91-abce0e23382d', 'sport-voetbal', 'Voetbal', 'Voetballen bij een club of op een veldje in de wijk.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/sport-voetbal', 2, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('029d16e6-1e60-5437-9a1e-36292af280d1', '465cc339-0e4e-550a-8208-05375089da8e', '59620c44-7318-5865-9c91-abce0e23382d', 'sport-zwemmen', 'Zwemmen', 'Zwemles, zwemclub en vrij zwemmen.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/sport-zwemmen', 3, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('5c0398cb-2270-5812-958d-46eef5782679', '465cc339-0e4e-550a-8208-05375089da8e', '59620c44-7318-5865-9c91-abce0e23382d', 'sport-vechtsport', 'Vechtsport en weerbaarheid', 'Judo, kickboksen, karate en weerbaarheidstraining.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/sport-vechtsport', 4, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('d73fd8a2-6747-5c4f-9ead-9662a43d1f17', '465cc339-0e4e-550a-8208-05375089da8e', '59620c44-7318-5865-9c91-abce0e23382d', 'sport-dans', 'Dans', 'Streetdance, hiphop, ballet en andere dans.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/sport-dans', 5, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('e753e6d8-2ce4-55f8-be94-bdea8cc783c9', '465cc339-0e4e-550a-8208-05375089da8e', '59620c44-7318-5865-9c91-abce0e23382d', 'sport-basketbal', 'Basketbal', 'Basketbal bij een club of op een pleintje.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/sport-basketbal', 6, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('9c408918-7469-5340-a492-a4e9af8ea7c0', '465cc339-0e4e-550a-8208-05375089da8e', '59620c44-7318-5865-9c91-abce0e23382d', 'sport-hockey', 'Hockey', 'Hockey bij een club.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/sport-hockey', 7, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('13b7dda1-8f92-5b57-a83b-9d1ef1616cec', '465cc339-0e4e-550a-8208-05375089da8e', '59620c44-7318-5865-9c91-abce0e23382d', 'sport-atletiek', 'Atletiek en hardlopen', 'Hardlopen, springen en werpen.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/sport-atletiek', 8, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('97a9621d-952c-5def-8f62-be2aa69b319a', '465cc339-0e4e-550a-8208-05375089da8e', '59620c44-7318-5865-9c91-abce0e23382d', 'sport-fitness', 'Fitness en bootcamp', 'Sterker en fitter worden, binnen of buiten.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/sport-fitness', 9, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('06a162f3-f853-5eea-8d20-a9f7106efaf2', '465cc339-0e4e-550a-8208-05375089da8e', '59620c44-7318-5865-9c91-abce0e23382d', 'sport-skaten', 'Skaten en BMX', 'Skaten, steppen en BMX in het skatepark.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/sport-skaten', 10, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('b19a438c-c30a-562f-adea-604972afc2b9', '465cc339-0e4e-550a-8208-05375089da8e', NULL, 'cultuur', 'Cultuur en creatief', 'Creatief bezig zijn: theater, tekenen, film en meer.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/cultuur', 11, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('44a9d41d-e81c-5e00-97f6-c2e30968b5bd', '465cc339-0e4e-550a-8208-05375089da8e', 'b19a438c-c30a-562f-adea-604972afc2b9', 'cultuur-theater', 'Theater', 'Toneel spelen, improviseren en op het podium staan.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/cultuur-theater', 12, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('064a0bfa-6e89-52f8-b4c9-b5f0b5d63a1b', '465cc339-0e4e-550a-8208-05375089da8e', 'b19a438c-c30a-562f-adea-604972afc2b9', 'cultuur-beeldend', 'Tekenen en schilderen', 'Tekenen, schilderen, graffiti en andere beeldende kunst.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/cultuur-beeldend', 13, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('84d9c006-6369-5671-8f27-9a779783f833', '465cc339-0e4e-550a-8208-05375089da8e', 'b19a438c-c30a-562f-adea-604972afc2b9', 'cultuur-media', 'Film, foto en media', 'Filmen, fotograferen, vloggen en podcasts maken.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/cultuur-media', 14, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('c50bb4bf-f1ff-5589-a5f1-91ab2ded9934', '465cc339-0e4e-550a-8208-05375089da8e', 'b19a438c-c30a-562f-adea-604972afc2b9', 'cultuur-schrijven', 'Schrijven en spoken word', 'Verhalen, raps en gedichten schrijven en voordragen.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/cultuur-schrijven', 15, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('679ff9f3-6138-5f8f-bf8f-48d2d3b04819', '465cc339-0e4e-550a-8208-05375089da8e', NULL, 'muziek', 'Muziek', 'Muziek leren, maken en samen spelen.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/muziek', 16, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('8cfabdb6-b8d6-583d-aecf-535702eb9ccf', '465cc339-0e4e-550a-8208-05375089da8e', '679ff9f3-6138-5f8f-bf8f-48d2d3b04819', 'muziek-instrument', 'Een instrument leren', 'Les op gitaar, piano, drums of een ander instrument.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/muziek-instrument', 17, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('e0797de9-69b9-507a-acc0-27947e70833e', '465cc339-0e4e-550a-8208-05375089da8e', '679ff9f3-6138-5f8f-bf8f-48d2d3b04819', 'muziek-zang', 'Zingen', 'Zangles, koor en samen zingen.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/muziek-zang', 18, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('0636796c-3409-5c88-9aa6-11b283c802c9', '465cc339-0e4e-550a-8208-05375089da8e', '679ff9f3-6138-5f8f-bf8f-48d2d3b04819', 'muziek-maken', 'Muziek maken en produceren', 'Beats maken, opnemen en produceren in een studio.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/muziek-maken', 19, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('18e1ca48-2c61-57eb-8088-b0303e3f03fe', '465cc339-0e4e-550a-8208-05375089da8e', NULL, 'huiswerk', 'Huiswerk en leren', 'Hulp bij huiswerk, bijles en oefenen.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/huiswerk', 20, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('aab7e988-dba4-5bda-bc78-dd1041f16e6c', '465cc339-0e4e-550a-8208-05375089da8e', '18e1ca48-2c61-57eb-8088-b0303e3f03fe', 'huiswerk-begeleiding', 'Huiswerkbegeleiding', 'Samen huiswerk maken met hulp erbij.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/huiswerk-begeleiding', 21, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('279e6332-b949-5af7-92c1-bb8d373b9c28', '465cc339-0e4e-550a-8208-05375089da8e', '18e1ca48-2c61-57eb-8088-b0303e3f03fe', 'huiswerk-bijles', 'Bijles', 'Extra uitleg over een vak.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/huiswerk-bijles', 22, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('1a766530-3251-5a25-9b26-161f6211dcf2', '465cc339-0e4e-550a-8208-05375089da8e', '18e1ca48-2c61-57eb-8088-b0303e3f03fe', 'huiswerk-taal', 'Taal oefenen', 'Nederlands leren en oefenen met een taalmaatje.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/huiswerk-taal', 23, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('df5b4f05-efd2-5719-84c4-e828d475a4be', '465cc339-0e4e-550a-8208-05375089da8e', NULL, 'jongerenwerk', 'Jongerenwerk', 'Plekken en activiteiten van het jongerenwerk in de wijk.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/jongerenwerk', 24, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('ad26e404-0683-5719-8be0-686a80cf00da', '465cc339-0e4e-550a-8208-05375089da8e', 'df5b4f05-efd2-5719-84c4-e828d475a4be', 'jongerenwerk-inloop', 'Inloop en jongerencentrum', 'Binnenlopen, chillen en meedoen met activiteiten.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/jongerenwerk-inloop', 25, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('20b4083f-5d9c-55b2-b842-7c1554fc16e8', '465cc339-0e4e-550a-8208-05375089da8e', 'df5b4f05-efd2-5719-84c4-e828d475a4be', 'jongerenwerk-meiden', 'Meidenwerk', 'Activiteiten en gesprekken voor meiden.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/jongerenwerk-meiden', 26, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('fb681b0c-2f97-52de-867e-a91edd9e0afe', '465cc339-0e4e-550a-8208-05375089da8e', 'df5b4f05-efd2-5719-84c4-e828d475a4be', 'jongerenwerk-talent', 'Talentontwikkeling', 'Ontdekken waar je goed in bent en dat laten zien.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/jongerenwerk-talent', 27, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('de834eb5-ff2b-57ff-857c-7e2c0714cd66', '465cc339-0e4e-550a-8208-05375089da8e', NULL, 'maatje', 'Buddy en mentor', 'Iemand die met je optrekt, luistert en helpt.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/maatje', 28, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('e25744fc-49e6-5797-91a1-99db65b88383', '465cc339-0e4e-550a-8208-05375089da8e', 'de834eb5-ff2b-57ff-857c-7e2c0714cd66', 'maatje-buddy', 'Buddy', 'Een vrijwilliger die regelmatig iets met je onderneemt.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/maatje-buddy', 29, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('526018e6-076d-5347-8f7c-ed63ba086e32', '465cc339-0e4e-550a-8208-05375089da8e', 'de834eb5-ff2b-57ff-857c-7e2c0714cd66', 'maatje-mentor', 'Mentor', 'Een ervaren volwassene die je helpt met school, werk of plannen.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/maatje-mentor', 30, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('f39042e4-324b-5eeb-8a9e-91a5ad420eae', '465cc339-0e4e-550a-8208-05375089da8e', NULL, 'stage', 'Stage', 'Ervaring opdoen bij een bedrijf of organisatie in de buurt.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/stage', 31, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('e4c9b2c6-abdc-509e-b460-8a3ba3ec2aed', '465cc339-0e4e-550a-8208-05375089da8e', 'f39042e4-324b-5eeb-8a9e-91a5ad420eae', 'stage-snuffel', 'Snuffelstage', 'Een paar dagen meekijken bij een bedrijf.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/stage-snuffel', 32, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('0992e7c6-16de-5fdc-90cd-1a72dd258c1d', '465cc339-0e4e-550a-8208-05375089da8e', 'f39042e4-324b-5eeb-8a9e-91a5ad420eae', 'stage-maatschappelijk', 'Maatschappelijke stage', 'Iets doen voor een ander, als onderdeel van school.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/stage-maatschappelijk', 33, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('17146e02-9853-5d6a-af32-90bcefe5db0b', '465cc339-0e4e-550a-8208-05375089da8e', 'f39042e4-324b-5eeb-8a9e-91a5ad420eae', 'stage-beroep', 'Beroepsstage', 'Stage voor je opleiding.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/stage-beroep', 34, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('f89100c4-1f17-5e7a-be9d-b0ed7f89e3db', '465cc339-0e4e-550a-8208-05375089da8e', NULL, 'bijbaan', 'Bijbaan', 'Geld verdienen naast school.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/bijbaan', 35, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('b3dc6e2f-1ccf-5212-9d1b-67ee68d903bf', '465cc339-0e4e-550a-8208-05375089da8e', 'f89100c4-1f17-5e7a-be9d-b0ed7f89e3db', 'bijbaan-horeca', 'Horeca', 'Werken in een restaurant, cafetaria of lunchroom.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/bijbaan-horeca', 36, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('35ccffb7-c4b5-591f-bcb2-d7bc31946cc3', '465cc339-0e4e-550a-8208-05375089da8e', 'f89100c4-1f17-5e7a-be9d-b0ed7f89e3db', 'bijbaan-winkel', 'Winkel en supermarkt', 'Vakken vullen, kassa en klanten helpen.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/bijbaan-winkel', 37, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('2e616133-8220-5df3-a9ef-3ef49cb5f5f1', '465cc339-0e4e-550a-8208-05375089da8e', 'f89100c4-1f17-5e7a-be9d-b0ed7f89e3db', 'bijbaan-bezorgen', 'Bezorgen', 'Kranten, folders of boodschappen bezorgen.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/bijbaan-bezorgen', 38, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('6f0f6b05-012c-5de7-a2ce-e39b070fb917', '465cc339-0e4e-550a-8208-05375089da8e', NULL, 'vrijwilligerswerk', 'Vrijwilligerswerk', 'Je inzetten voor de buurt, een club of een goed doel.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/vrijwilligerswerk', 39, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('85071ce7-96c5-5991-ad38-019b2b4ba8d9', '465cc339-0e4e-550a-8208-05375089da8e', NULL, 'gezondheid', 'Gezondheid en je goed voelen', 'Gezond leven en steun als het even niet lekker gaat.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/gezondheid', 40, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('1ca8e658-b7a5-5ce7-aa02-77a364d197ce', '465cc339-0e4e-550a-8208-05375089da8e', '85071ce7-96c5-5991-ad38-019b2b4ba8d9', 'gezondheid-praten', 'Praten en steun', 'Praatgroepen en iemand om mee te praten.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/gezondheid-praten', 41, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('41eccc7f-b0ac-54f6-8ffe-f7b30ae2d3f3', '465cc339-0e4e-550a-8208-05375089da8e', '85071ce7-96c5-5991-ad38-019b2b4ba8d9', 'gezondheid-leefstijl', 'Gezond leven', 'Gezond eten, slapen en bewegen.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/gezondheid-leefstijl', 42, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('360ffb94-7eb7-55f7-ae7b-ebd55658268f', '465cc339-0e4e-550a-8208-05375089da8e', NULL, 'buiten', 'Natuur en buiten', 'Buiten zijn, in de natuur en met dieren.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/buiten', 43, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('e7d74968-130d-506b-9ba8-ebe054602f38', '465cc339-0e4e-550a-8208-05375089da8e', '360ffb94-7eb7-55f7-ae7b-ebd55658268f', 'buiten-scouting', 'Scouting', 'Kamperen, bouwen en op avontuur met de scouting.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/buiten-scouting', 44, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('59ad3b44-ab2c-5ef1-9d47-fa3046ecd670', '465cc339-0e4e-550a-8208-05375089da8e', '360ffb94-7eb7-55f7-ae7b-ebd55658268f', 'buiten-natuur', 'Natuur en dieren', 'Kinderboerderij, tuinieren en natuurwerk.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/buiten-natuur', 45, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('2e8d72dd-892c-5d24-b6ef-557bca49d970', '465cc339-0e4e-550a-8208-05375089da8e', NULL, 'techniek', 'Techniek en gamen', 'Bouwen, programmeren en gamen.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/techniek', 46, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('9f87acc9-1b1c-5724-95da-4f36864dd876', '465cc339-0e4e-550a-8208-05375089da8e', '2e8d72dd-892c-5d24-b6ef-557bca49d970', 'techniek-programmeren', 'Programmeren', 'Leren programmeren en apps of games maken.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/techniek-programmeren', 47, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('e8c65986-aff0-59c3-81f1-85f3ed54b144', '465cc339-0e4e-550a-8208-05375089da8e', '2e8d72dd-892c-5d24-b6ef-557bca49d970', 'techniek-gamen', 'Gamen', 'Samen gamen en e-sports.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/techniek-gamen', 48, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
    ('f9cb9765-a3aa-51ad-905c-2290026d3add', '465cc339-0e4e-550a-8208-05375089da8e', '2e8d72dd-892c-5d24-b6ef-557bca49d970', 'techniek-maken', 'Maken en repareren', 'Solderen, 3D-printen en repareren in een makerplaats.', 'nl', 'https://kijkindewijk.nl/taxonomie/jeugd/techniek-maken', 49, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
