-- A committee's action programme (chương trình hành động) for a campaign: its goals and measures, drafted, then
-- adopted on a day (which fulfils the committee's ACTION_PROGRAMME obligation) and locked; only the progress of each
-- measure changes afterwards. One programme per committee and campaign.
CREATE TABLE study_programme (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id     bigint NOT NULL REFERENCES campaign (id),
    organization_id bigint NOT NULL REFERENCES organization (id),
    title           text   NOT NULL,
    status          text   NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'ADOPTED')),
    adopted_on      date,
    adopted_by      text,
    document_id     bigint REFERENCES document (id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    version         int    NOT NULL DEFAULT 0,
    UNIQUE (campaign_id, organization_id),
    CHECK ((status = 'ADOPTED') = (adopted_on IS NOT NULL)),
    CHECK ((adopted_on IS NULL) = (adopted_by IS NULL))
);
CREATE INDEX study_programme_organization ON study_programme (organization_id);

-- The programme's goals, in order.
CREATE TABLE study_programme_goal (
    programme_id bigint NOT NULL REFERENCES study_programme (id),
    position     int    NOT NULL,
    text         text   NOT NULL,
    PRIMARY KEY (programme_id, position)
);

-- A measure (giải pháp, nhiệm vụ): what is done, by whom (a member, or a body named in words), from and by when,
-- and how far it has come (the latest update; OVERDUE is read from the due day, never stored).
CREATE TABLE study_programme_measure (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    programme_id    bigint NOT NULL REFERENCES study_programme (id),
    position        int    NOT NULL,
    content         text   NOT NULL,
    owner_member_id bigint REFERENCES member (id),
    owner_text      text,
    starts_on       date,
    due_on          date   NOT NULL,
    status          text   NOT NULL DEFAULT 'NOT_STARTED' CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
    percent         int    NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
    progress_on     date,
    UNIQUE (programme_id, position),
    CHECK (owner_member_id IS NOT NULL OR owner_text IS NOT NULL),
    CHECK (starts_on IS NULL OR starts_on <= due_on)
);

-- Every progress update of a measure, kept: the status and percent reported, a note, the day it speaks of.
CREATE TABLE study_measure_progress (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    measure_id  bigint NOT NULL REFERENCES study_programme_measure (id),
    status      text   NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
    percent     int    NOT NULL CHECK (percent BETWEEN 0 AND 100),
    note        text,
    reported_on date   NOT NULL,
    reported_by text   NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX study_measure_progress_measure ON study_measure_progress (measure_id, reported_on);
