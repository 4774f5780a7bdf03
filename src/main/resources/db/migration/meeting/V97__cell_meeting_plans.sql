-- The day of the month before by which the cells of a committee's subtree post next month's meeting plan (Hà Nội:
-- the 20th). The nearest committee up the tree with a row sets it for a cell; without one the default (20) holds.
CREATE TABLE meeting_plan_rule (
    organization_id bigint PRIMARY KEY REFERENCES organization (id),
    due_day         int    NOT NULL CHECK (due_day BETWEEN 1 AND 28),
    set_by          text   NOT NULL,
    set_at          timestamptz NOT NULL DEFAULT now(),
    version         int    NOT NULL DEFAULT 0
);

-- A cell's plan for one month: the planned cell meeting it became (date, topic and presenter live on the meeting and
-- its agenda), posted at posted_at, late when that day came after due_on (the due day in force when it was posted).
CREATE TABLE meeting_plan (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cell_id         bigint NOT NULL REFERENCES organization (id),
    month           date   NOT NULL CHECK (extract(day FROM month) = 1),
    kind            text   NOT NULL CHECK (kind IN ('CELL_REGULAR', 'CELL_THEMATIC')),
    meeting_id      bigint NOT NULL UNIQUE REFERENCES meeting (id),
    due_on          date   NOT NULL,
    posted_at       timestamptz NOT NULL,
    late            boolean NOT NULL,
    posted_by       text   NOT NULL,
    version         int    NOT NULL DEFAULT 0,
    UNIQUE (cell_id, month)
);
CREATE INDEX meeting_plan_month ON meeting_plan (month, cell_id);
CREATE INDEX meeting_plan_thematic ON meeting_plan (cell_id, month) WHERE kind = 'CELL_THEMATIC';

-- A member of the host cell assigned to prepare content for a thematic meeting, by a due day; what the member hands
-- in is a text, an uploaded file, or both; submitted_at is the first hand-in, late when after the due day.
CREATE TABLE meeting_preparation (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id      bigint NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    member_id       bigint NOT NULL REFERENCES member (id),
    title           text   NOT NULL,
    due_on          date   NOT NULL,
    content_text    text,
    file_key        text,
    file_name       text,
    file_type       text,
    file_size       bigint,
    submitted_at    timestamptz,
    late            boolean,
    assigned_by     text   NOT NULL,
    version         int    NOT NULL DEFAULT 0,
    CHECK ((submitted_at IS NULL) = (late IS NULL)),
    CHECK ((file_key IS NULL) = (file_name IS NULL))
);
CREATE INDEX meeting_preparation_meeting ON meeting_preparation (meeting_id);
CREATE INDEX meeting_preparation_member ON meeting_preparation (member_id, due_on);
