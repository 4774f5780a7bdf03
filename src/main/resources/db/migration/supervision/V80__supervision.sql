-- The committee member assigned to oversee a cell (cấp ủy viên phụ trách chi bộ), from a day to a day (the last
-- one, inclusive; open when null). One overseer per cell at a time: Overseers checks it under an advisory lock.
CREATE TABLE cell_overseer (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    committee_id bigint NOT NULL REFERENCES organization (id),
    cell_id      bigint NOT NULL REFERENCES organization (id),
    member_id    bigint NOT NULL REFERENCES member (id),
    starts_on    date   NOT NULL,
    ends_on      date,
    version      int    NOT NULL DEFAULT 0,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX cell_overseer_cell ON cell_overseer (cell_id, starts_on);
CREATE INDEX cell_overseer_member ON cell_overseer (member_id);

-- The quality self-assessment of a cell's regular meeting of one month (month: its first day), and the overseer's
-- review of it.
CREATE TABLE meeting_assessment (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cell_id           bigint   NOT NULL REFERENCES organization (id),
    month             date     NOT NULL CHECK (extract(day FROM month) = 1),
    held_on           date     NOT NULL,
    preparation       smallint NOT NULL CHECK (preparation BETWEEN 1 AND 5),
    preparation_note  text,
    content           smallint NOT NULL CHECK (content BETWEEN 1 AND 5),
    content_note      text,
    attendance        smallint NOT NULL CHECK (attendance BETWEEN 1 AND 5),
    attendance_note   text,
    discussion        smallint NOT NULL CHECK (discussion BETWEEN 1 AND 5),
    discussion_note   text,
    conclusions       smallint NOT NULL CHECK (conclusions BETWEEN 1 AND 5),
    conclusions_note  text,
    rating            text     NOT NULL CHECK (rating IN ('TOT', 'KHA', 'TRUNG_BINH', 'KEM')),
    prepared_by       text     NOT NULL,
    reviewed_by       bigint REFERENCES member (id),
    reviewed_on       date,
    review_rating     text CHECK (review_rating IN ('TOT', 'KHA', 'TRUNG_BINH', 'KEM')),
    review_comment    text,
    version           int      NOT NULL DEFAULT 0,
    UNIQUE (cell_id, month),
    CHECK (date_trunc('month', held_on) = month),
    CHECK ((reviewed_by IS NULL) = (review_rating IS NULL) AND (reviewed_by IS NULL) = (reviewed_on IS NULL))
);
CREATE INDEX meeting_assessment_month ON meeting_assessment (month);

-- An inspection (kiểm tra) or supervision (giám sát) visit by a committee, or by its inspection commission, to an
-- organization of its subtree.
CREATE TABLE supervision_visit (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    committee_id    bigint  NOT NULL REFERENCES organization (id),
    by_commission   boolean NOT NULL DEFAULT false,
    organization_id bigint  NOT NULL REFERENCES organization (id),
    kind            text    NOT NULL CHECK (kind IN ('KIEM_TRA', 'GIAM_SAT')),
    visited_on      date    NOT NULL,
    subject         text    NOT NULL,
    findings        text    NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX supervision_visit_organization ON supervision_visit (organization_id, visited_on);

CREATE TABLE supervision_visit_member (
    visit_id  bigint NOT NULL REFERENCES supervision_visit (id),
    member_id bigint NOT NULL REFERENCES member (id),
    PRIMARY KEY (visit_id, member_id)
);

-- What a visit asks an organization of the visited subtree (the owner) to do by a deadline, followed to done.
CREATE TABLE supervision_recommendation (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    visit_id  bigint NOT NULL REFERENCES supervision_visit (id),
    position  int    NOT NULL,
    text      text   NOT NULL,
    owner_id  bigint NOT NULL REFERENCES organization (id),
    due_on    date   NOT NULL,
    done_on   date,
    done_note text,
    version   int    NOT NULL DEFAULT 0,
    UNIQUE (visit_id, position),
    CHECK ((done_on IS NULL) = (done_note IS NULL))
);
CREATE INDEX supervision_recommendation_owner ON supervision_recommendation (owner_id, due_on);
