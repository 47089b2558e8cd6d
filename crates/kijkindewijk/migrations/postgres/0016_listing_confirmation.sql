-- Social map: the day a keeper (partner or editor) last confirmed a listing is still right, and a
-- fingerprint of what each imported or edited record looked like when it was saved, so importing
-- an unchanged file leaves the records (and their last change) alone.
ALTER TABLE services ADD COLUMN confirmed_on DATE;
ALTER TABLE services ADD COLUMN confirmed_by TEXT REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE services ADD COLUMN fingerprint TEXT;
ALTER TABLE organizations ADD COLUMN fingerprint TEXT;
ALTER TABLE locations ADD COLUMN fingerprint TEXT;
ALTER TABLE taxonomies ADD COLUMN fingerprint TEXT;
ALTER TABLE taxonomy_terms ADD COLUMN fingerprint TEXT;
