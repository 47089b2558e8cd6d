-- The access log in a form that does not grow without bound (NEN 7513 keeps it five years):
-- one row per view, `also` holding the further parts the view showed ("part:action:ground:flag",
-- comma-separated; flag r = refused, e = emergency), and one audited way to remove rows past the
-- period: a purge is recorded in access_log_purges, and the delete trigger lets a row go only
-- while a recorded purge whose cutoff lies past it is running (in the purge's own transaction).

ALTER TABLE access_log ADD COLUMN also TEXT;

CREATE TABLE access_log_purges (
    id           TEXT PRIMARY KEY,
    started_at   TIMESTAMPTZ NOT NULL,
    cutoff       TIMESTAMPTZ NOT NULL,
    removed      BIGINT,
    finished_at  TIMESTAMPTZ
);

CREATE FUNCTION access_log_purge_rules() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.cutoff > now() - interval '5 years' THEN
            RAISE EXCEPTION 'access_log lines are kept five years';
        END IF;
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' THEN
        IF OLD.finished_at IS NOT NULL OR NEW.id <> OLD.id OR NEW.cutoff <> OLD.cutoff
           OR NEW.started_at <> OLD.started_at THEN
            RAISE EXCEPTION 'a finished purge cannot change';
        END IF;
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'access_log_purges is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER access_log_purges_rules BEFORE INSERT OR UPDATE OR DELETE ON access_log_purges
    FOR EACH ROW EXECUTE FUNCTION access_log_purge_rules();

CREATE OR REPLACE FUNCTION access_log_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND EXISTS (
        SELECT 1 FROM access_log_purges p WHERE p.finished_at IS NULL AND OLD.at < p.cutoff
    ) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'access_log is append-only';
END;
$$ LANGUAGE plpgsql;
