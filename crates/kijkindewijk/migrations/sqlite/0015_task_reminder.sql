-- A task past its date reminds its assignee once: the moment is kept so a job that runs again, or
-- on another instance, sends nothing twice.
ALTER TABLE team_tasks ADD COLUMN reminded_at TIMESTAMPTZ;
