-- Wijkmonitor: figures per municipality, area (a wijk id, '' for the whole municipality, '-' for
-- young people without a wijk), month and indicator, kept by the monitor's refresh job so that a
-- page never reads personal data. n is the count (or the size of the group a figure is over),
-- value the figure (counts as they are, medians, means and T-scores times ten). These are the
-- true counts; the small-count rule is applied before anything is shown.
CREATE TABLE monitor_cells (
    municipality_id  TEXT NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    area             TEXT NOT NULL,
    period           TEXT NOT NULL,
    indicator        TEXT NOT NULL,
    n                BIGINT NOT NULL,
    value            BIGINT NOT NULL,
    PRIMARY KEY (municipality_id, area, period, indicator)
);

-- When each municipality's figures were last computed.
CREATE TABLE monitor_refreshes (
    municipality_id  TEXT PRIMARY KEY REFERENCES municipalities (id) ON DELETE CASCADE,
    refreshed_at     TIMESTAMPTZ NOT NULL,
    young_people     BIGINT NOT NULL
);
