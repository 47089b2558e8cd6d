-- Whether the young person took a step themselves (not a parent acting for them), so that a
-- partner can be shown the young person's first name for their own steps and no name at all for
-- anyone else on the young person's side.
ALTER TABLE introduction_events ADD COLUMN by_young_person BOOLEAN NOT NULL DEFAULT FALSE;
