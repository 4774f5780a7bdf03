-- A leader's self-cultivation plan (kế hoạch tu dưỡng, rèn luyện đạo đức): the head of an organization (Bí thư, Chủ
-- tịch UBND, ...) writes it, the members of the organization comment on it during a window, the leader publishes it
-- and it is posted publicly (niêm yết công khai) with its date. The working draft lives here; each publication is a
-- row of self_cultivation_version, kept for good. The leader's name and post are kept as written on the plan's day,
-- as a posted document carries them; leader_member_id is the member whose account writes it (NULL for a person
-- outside the party, whose plan the office records).
CREATE TABLE self_cultivation_plan (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id  bigint NOT NULL REFERENCES organization (id),
    leader_member_id bigint REFERENCES member (id),
    leader_name      text   NOT NULL,
    leader_post      text   NOT NULL,
    year             int    NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    period           text   NOT NULL,
    content_html     text,
    status           text   NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'OPEN', 'PUBLISHED')),
    draft_number     int    NOT NULL DEFAULT 1,
    comments_open_on  date,
    comments_close_on date,
    created_on       date   NOT NULL,
    version          int    NOT NULL DEFAULT 0,
    CHECK (comments_close_on IS NULL OR comments_close_on >= comments_open_on)
);
CREATE INDEX self_cultivation_plan_organization ON self_cultivation_plan (organization_id, year);
CREATE INDEX self_cultivation_plan_leader ON self_cultivation_plan (leader_member_id);

-- Every published version, numbered from 1; the public page shows the latest and lists the older with their dates.
CREATE TABLE self_cultivation_version (
    plan_id      bigint NOT NULL REFERENCES self_cultivation_plan (id),
    number       int    NOT NULL,
    period       text   NOT NULL,
    leader_name  text   NOT NULL,
    leader_post  text   NOT NULL,
    content_html text   NOT NULL,
    published_on date   NOT NULL,
    PRIMARY KEY (plan_id, number)
);

-- The members' comments on a draft (draft_number: the version it was written for), read inside the organization only.
CREATE TABLE self_cultivation_comment (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id      bigint NOT NULL REFERENCES self_cultivation_plan (id),
    draft_number int    NOT NULL,
    member_id    bigint NOT NULL REFERENCES member (id),
    body         text   NOT NULL,
    written_on   date   NOT NULL,
    written_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX self_cultivation_comment_plan ON self_cultivation_comment (plan_id, id);
