-- A meeting (hội nghị, sinh hoạt chi bộ, tọa đàm, sơ kết, tổng kết, ...) hosted by an organization, or by its
-- standing or executive committee (host_body: "Ban Thường vụ Thành ủy Hà Nội tổ chức"). Planned, then held or
-- cancelled with a reason; its minutes will live in a table of their own.
CREATE TABLE meeting (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            text   NOT NULL CHECK (kind IN ('STUDY_CONFERENCE', 'CELL_REGULAR', 'CELL_THEMATIC', 'SEMINAR',
                                                    'FEEDBACK_CONFERENCE', 'INTERIM_REVIEW', 'FINAL_REVIEW',
                                                    'COMMENDATION_CEREMONY')),
    format          text   NOT NULL CHECK (format IN ('IN_PERSON', 'ONLINE', 'HYBRID')),
    title           text   NOT NULL,
    host_id         bigint NOT NULL REFERENCES organization (id),
    host_body       text   CHECK (host_body IN ('STANDING_COMMITTEE', 'EXECUTIVE_COMMITTEE')),
    venue           text,
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    campaign_id     bigint REFERENCES campaign (id),
    requirement_id  bigint REFERENCES campaign_requirement (id),
    capacity        int    CHECK (capacity > 0),
    status          text   NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
    cancel_reason   text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    version         int    NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at),
    CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL)),
    CHECK (requirement_id IS NULL OR campaign_id IS NOT NULL)
);
CREATE INDEX meeting_host_time ON meeting (host_id, starts_at);
CREATE INDEX meeting_starts ON meeting (starts_at DESC);

-- Organizations that host together with the host (article 001: the Ban Tuyên giáo with the ward committee).
CREATE TABLE meeting_cohost (
    meeting_id      bigint NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    organization_id bigint NOT NULL REFERENCES organization (id),
    PRIMARY KEY (meeting_id, organization_id)
);
CREATE INDEX meeting_cohost_org ON meeting_cohost (organization_id);

-- Documents of the registry handed out as materials.
CREATE TABLE meeting_material (
    meeting_id      bigint NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    document_id     bigint NOT NULL REFERENCES document (id),
    PRIMARY KEY (meeting_id, document_id)
);

-- The agenda: a topic and who presents it, a member or a guest with the title as written ("GS.TS ...").
CREATE TABLE meeting_agenda_item (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id          bigint NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position            int    NOT NULL,
    topic               text   NOT NULL,
    presenter_member_id bigint REFERENCES member (id),
    presenter_name      text,
    presenter_title     text,
    UNIQUE (meeting_id, position)
);

-- A remote site of an online or hybrid meeting (điểm cầu); parent_id for a point under another point (a district's
-- point with ward points under it).
CREATE TABLE meeting_bridge_point (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id      bigint NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    parent_id       bigint REFERENCES meeting_bridge_point (id) ON DELETE CASCADE,
    organization_id bigint NOT NULL REFERENCES organization (id),
    site            text,
    host_member_id  bigint REFERENCES member (id),
    host_name       text,
    capacity        int    CHECK (capacity > 0),
    connection      text   NOT NULL DEFAULT 'PENDING' CHECK (connection IN ('PENDING', 'TESTED', 'CONNECTED', 'LOST')),
    version         int    NOT NULL DEFAULT 0,
    UNIQUE (meeting_id, organization_id)
);
CREATE INDEX meeting_bridge_point_org ON meeting_bridge_point (organization_id);

-- Headcounts per group of attendees, at the hall (bridge_point_id NULL) or at a bridge point; the actual figure may
-- be approximate, as reported: khoảng (ABOUT), gần (NEARLY), hơn (OVER).
CREATE TABLE meeting_headcount (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id      bigint NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    bridge_point_id bigint REFERENCES meeting_bridge_point (id) ON DELETE CASCADE,
    position        int    NOT NULL,
    label           text   NOT NULL,
    expected        int    CHECK (expected >= 0),
    actual          int    CHECK (actual >= 0),
    approximation   text   NOT NULL DEFAULT 'EXACT' CHECK (approximation IN ('EXACT', 'ABOUT', 'NEARLY', 'OVER'))
);
CREATE UNIQUE INDEX meeting_headcount_place ON meeting_headcount (meeting_id, COALESCE(bridge_point_id, 0), position);

-- Who is invited: an organization, the holders of a position in an organization, a named member, or a guest (name
-- and title as text). role DIRECTING for the superiors who attend and direct (dự và chỉ đạo); bridge_point_id where
-- the invitee sits when not in the hall.
CREATE TABLE meeting_invitee (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id      bigint NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    kind            text   NOT NULL CHECK (kind IN ('ORGANIZATION', 'POSITION', 'MEMBER', 'GUEST')),
    organization_id bigint REFERENCES organization (id),
    position_title  text,
    member_id       bigint REFERENCES member (id),
    guest_name      text,
    guest_title     text,
    role            text   NOT NULL DEFAULT 'ATTENDEE' CHECK (role IN ('ATTENDEE', 'DIRECTING')),
    bridge_point_id bigint REFERENCES meeting_bridge_point (id) ON DELETE SET NULL,
    CHECK (kind <> 'ORGANIZATION' OR organization_id IS NOT NULL),
    CHECK (kind <> 'POSITION' OR (organization_id IS NOT NULL AND position_title IS NOT NULL)),
    CHECK (kind <> 'MEMBER' OR member_id IS NOT NULL),
    CHECK (kind <> 'GUEST' OR guest_name IS NOT NULL)
);
CREATE INDEX meeting_invitee_meeting ON meeting_invitee (meeting_id);
CREATE INDEX meeting_invitee_member ON meeting_invitee (member_id);
CREATE INDEX meeting_invitee_org ON meeting_invitee (organization_id);

-- Attendance of one expected member: present, late, or absent with a reason; entered by the secretary or by the
-- member checking in (source).
CREATE TABLE meeting_attendance (
    meeting_id      bigint NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    member_id       bigint NOT NULL REFERENCES member (id),
    status          text   NOT NULL CHECK (status IN ('PRESENT', 'LATE', 'ABSENT')),
    absence_reason  text   CHECK (absence_reason IN ('SICK', 'ON_DUTY', 'WORK', 'FAMILY', 'OTHER')),
    note            text,
    source          text   NOT NULL CHECK (source IN ('SECRETARY', 'SELF')),
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (meeting_id, member_id),
    CHECK ((status = 'ABSENT') = (absence_reason IS NOT NULL))
);
