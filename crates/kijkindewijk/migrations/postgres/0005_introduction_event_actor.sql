-- Whether the young person took a step themselves (not a parent acting for them), so that a
-- partner can be shown the young person's first name for their own steps and no name at all for
-- anyone else on the young person's side.
ALTER TABLE introduction_events ADD COLUMN by_young_person BOOLEAN NOT NULL DEFAULT FALSE;

-- Steps recorded before this column: a young-side step of an introduction the young person
-- proposed themselves is taken to be theirs.
UPDATE introduction_events SET by_young_person = TRUE
WHERE by_side = 'young'
  AND introduction_id IN (SELECT id FROM introductions WHERE proposed_by_role = 'jongere');

-- At most one open introduction of a young person to the same opportunity, also when a form is
-- sent twice at the same moment.
CREATE UNIQUE INDEX ux_introductions_open ON introductions (young_person_id, service_id)
WHERE status NOT IN ('declined', 'ended');
