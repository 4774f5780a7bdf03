-- The current tree: one row per organization, its present parent and materialized path of ids.
CREATE TABLE organization (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          text   NOT NULL CHECK (kind IN ('COMMITTEE', 'GRASSROOTS_COMMITTEE', 'CELL', 'DEPARTMENT')),
    level_label   text   NOT NULL,
    name          text   NOT NULL,
    code          text   NOT NULL,
    address       text,
    parent_id     bigint REFERENCES organization (id),
    path          ltree  NOT NULL,
    established_on date  NOT NULL,
    closed_on     date,
    successor_id  bigint REFERENCES organization (id),
    search_text   text GENERATED ALWAYS AS (fold_vi(name || ' ' || code)) STORED,
    version       int    NOT NULL DEFAULT 0,
    CHECK (closed_on IS NULL OR closed_on >= established_on)
);
CREATE INDEX organization_path_gist ON organization USING gist (path);
CREATE INDEX organization_parent ON organization (parent_id);
CREATE INDEX organization_search ON organization USING gin (search_text gin_trgm_ops);

-- Effective-dated history: every state an organization has had. valid_to is exclusive; NULL means current.
-- The tree as it stood on a date D is the set of periods with valid_from <= D < coalesce(valid_to, infinity).
CREATE TABLE organization_period (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organization (id),
    parent_id       bigint REFERENCES organization (id),
    path            ltree  NOT NULL,
    name            text   NOT NULL,
    code            text   NOT NULL,
    level_label     text   NOT NULL,
    valid_from      date   NOT NULL,
    valid_to        date,
    change_kind     text   NOT NULL,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX organization_period_current ON organization_period (organization_id) WHERE valid_to IS NULL;
CREATE INDEX organization_period_org ON organization_period (organization_id, valid_from);
CREATE INDEX organization_period_path ON organization_period USING gist (path);
