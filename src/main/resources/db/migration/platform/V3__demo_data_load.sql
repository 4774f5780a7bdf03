-- One row once the demo data (profile seed) starts loading: who started it and when, and when it finished. A row
-- without finished_at is a load that died halfway; later starts report it and load nothing.
CREATE TABLE demo_data_load (
    id          boolean     PRIMARY KEY DEFAULT true CHECK (id),
    started_at  timestamptz NOT NULL,
    started_by  text        NOT NULL,
    finished_at timestamptz
);
