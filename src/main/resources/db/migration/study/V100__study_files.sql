-- The campaigns whose audience has been fixed: the members who owe a reflection and a personal action plan, taken
-- once, on the launch day, from the cells that owe the campaign's MEMBER_SUBMISSIONS line.
CREATE TABLE study_round (
    campaign_id bigint PRIMARY KEY REFERENCES campaign (id),
    launched_on date   NOT NULL,
    members     int    NOT NULL,
    fixed_at    timestamptz NOT NULL DEFAULT now()
);

-- One member's study file for one campaign (bài thu hoạch, kế hoạch hành động của bản thân). It belongs to the member:
-- a transfer carries it along; cell_id is the cell it was owed to at launch, the reviewer is the secretary of the
-- member's cell at review time. The working draft lives here (DRAFT: never submitted; a returned file stays RETURNED
-- while it is revised); each submission is a row of study_submission.
CREATE TABLE study_file (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id        bigint NOT NULL REFERENCES study_round (campaign_id),
    member_id          bigint NOT NULL REFERENCES member (id),
    cell_id            bigint NOT NULL REFERENCES organization (id),
    due_on             date   NOT NULL,
    status             text   NOT NULL DEFAULT 'NOT_STARTED'
                       CHECK (status IN ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    reflection_html    text,
    attachment_key     text,
    attachment_name    text,
    attachment_type    text,
    attachment_size    bigint,
    first_submitted_on date,
    submitted_on       date,
    version            int    NOT NULL DEFAULT 0,
    UNIQUE (campaign_id, member_id),
    CHECK ((attachment_key IS NULL) = (attachment_name IS NULL)),
    CHECK ((first_submitted_on IS NULL) = (submitted_on IS NULL)),
    CHECK ((status IN ('NOT_STARTED', 'DRAFT')) = (first_submitted_on IS NULL))
);
CREATE INDEX study_file_member ON study_file (member_id);
CREATE INDEX study_file_cell ON study_file (cell_id, campaign_id);

-- The commitments of the file's action plan, each with a target date; self-assessed later as done or not.
CREATE TABLE study_commitment (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_id         bigint NOT NULL REFERENCES study_file (id),
    position        int    NOT NULL,
    text            text   NOT NULL,
    target_on       date   NOT NULL,
    done            boolean,
    assessment_note text,
    assessed_on     date,
    UNIQUE (file_id, position),
    CHECK ((done IS NULL) = (assessed_on IS NULL))
);

-- Every version the member submitted, kept as submitted (the reflection, the file, the commitments), with the
-- secretary's review of it: accepted, or returned with a comment for revision.
CREATE TABLE study_submission (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_id          bigint NOT NULL REFERENCES study_file (id),
    number           int    NOT NULL,
    reflection_html  text,
    attachment_key   text,
    attachment_name  text,
    attachment_type  text,
    attachment_size  bigint,
    commitments      jsonb  NOT NULL,
    submitted_on     date   NOT NULL,
    submitted_at     timestamptz NOT NULL DEFAULT now(),
    late             boolean NOT NULL,
    outcome          text   CHECK (outcome IN ('ACCEPTED', 'RETURNED')),
    review_comment   text,
    reviewed_by      text,
    reviewed_on      date,
    UNIQUE (file_id, number),
    CHECK ((outcome IS NULL) = (reviewed_on IS NULL)),
    CHECK (outcome IS DISTINCT FROM 'RETURNED' OR review_comment IS NOT NULL)
);
