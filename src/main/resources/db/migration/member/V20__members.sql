CREATE TABLE member (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    full_name        text   NOT NULL,
    birth_date       date,
    gender           text   CHECK (gender IN ('MALE', 'FEMALE', 'OTHER')),
    party_card_no    text   NOT NULL UNIQUE,
    admitted_on      date,
    official_on      date,
    cell_id          bigint NOT NULL REFERENCES organization (id),
    phone            text,
    email            text,
    status           text   NOT NULL DEFAULT 'ACTIVE'
                     CHECK (status IN ('ACTIVE', 'TRANSFERRED_OUT', 'DECEASED', 'REMOVED')),
    search_text      text GENERATED ALWAYS AS (fold_vi(full_name || ' ' || party_card_no)) STORED,
    version          int    NOT NULL DEFAULT 0,
    CHECK (official_on IS NULL OR admitted_on IS NULL OR official_on >= admitted_on)
);
CREATE INDEX member_cell ON member (cell_id);
CREATE INDEX member_search ON member USING gin (search_text gin_trgm_ops);

-- A member belongs to one cell at a time; each stay is a row, the open one has left_on NULL.
CREATE TABLE member_cell_history (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id  bigint NOT NULL REFERENCES member (id),
    cell_id    bigint NOT NULL REFERENCES organization (id),
    joined_on  date   NOT NULL,
    left_on    date,
    note       text
);
CREATE UNIQUE INDEX member_cell_history_open ON member_cell_history (member_id) WHERE left_on IS NULL;

CREATE TABLE member_position (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id       bigint NOT NULL REFERENCES member (id),
    organization_id bigint NOT NULL REFERENCES organization (id),
    title           text   NOT NULL CHECK (title IN ('SECRETARY', 'DEPUTY_SECRETARY', 'STANDING_DEPUTY_SECRETARY',
                                                       'STANDING_COMMITTEE_MEMBER', 'COMMITTEE_MEMBER', 'CHAIR_PEOPLES_COMMITTEE')),
    started_on      date   NOT NULL,
    ended_on        date
);
CREATE INDEX member_position_org ON member_position (organization_id) WHERE ended_on IS NULL;
CREATE INDEX member_position_member ON member_position (member_id);
