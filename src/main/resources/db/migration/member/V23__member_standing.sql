-- Periods in which a member does not count as every other member of the cell does (issue 21): exempt from party
-- activity (miễn sinh hoạt) or from work (miễn công tác) by the cell's decision, in temporary activity at another
-- cell (sinh hoạt tạm thời), or working away (đi làm ăn xa). Who is expected and who owes what is decided by
-- MemberCounting / MemberSql; periods of one kind of one member never overlap (checked in code under the member's
-- row lock: btree_gist is not among the extensions).
CREATE TABLE member_standing (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id       bigint NOT NULL REFERENCES member (id),
    kind            text   NOT NULL
                    CHECK (kind IN ('EXEMPT_ACTIVITY', 'EXEMPT_WORK', 'TEMPORARY_ELSEWHERE', 'WORKING_AWAY')),
    reason          text   CHECK (reason IN ('AGE', 'HEALTH', 'OTHER')),
    host_cell_id    bigint REFERENCES organization (id),
    decision_no     text,
    decision_on     date,
    starts_on       date   NOT NULL,
    ends_on         date,
    note            text,
    CHECK (ends_on IS NULL OR ends_on >= starts_on),
    CHECK ((kind = 'TEMPORARY_ELSEWHERE') = (host_cell_id IS NOT NULL)),
    CHECK (kind NOT IN ('EXEMPT_ACTIVITY', 'EXEMPT_WORK') OR (reason IS NOT NULL AND decision_on IS NOT NULL))
);
CREATE INDEX member_standing_member ON member_standing (member_id, kind, starts_on);
CREATE INDEX member_standing_host ON member_standing (host_cell_id) WHERE host_cell_id IS NOT NULL;
