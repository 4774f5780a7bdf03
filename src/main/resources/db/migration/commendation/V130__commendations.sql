-- The forms of award (hình thức khen thưởng) of the party: biểu dương, Giấy khen, Bằng khen, Cờ thi đua. The title is
-- what a certificate prints in large letters.
CREATE TABLE commendation_form (
    code     text PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,30}$'),
    name     text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    title    text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
    position int  NOT NULL
);

INSERT INTO commendation_form (code, name, title, position) VALUES
    ('PRAISE', 'Biểu dương', 'BIỂU DƯƠNG', 1),
    ('CERTIFICATE_OF_MERIT', 'Giấy khen', 'GIẤY KHEN', 2),
    ('DIPLOMA_OF_MERIT', 'Bằng khen', 'BẰNG KHEN', 3),
    ('EMULATION_FLAG', 'Cờ thi đua', 'CỜ THI ĐUA', 4);

-- Which level of the party may award which form (thẩm quyền khen thưởng): an administrator changes it, a nomination
-- and a decision are checked against it. The levels, from the kind of the deciding organization and its place in the
-- tree: CELL (a cell under a grassroots committee), GRASSROOTS_CELL (chi bộ cơ sở: a cell directly under a district
-- or province committee), GRASSROOTS_COMMITTEE (đảng ủy cơ sở), DISTRICT (a committee under another: huyện ủy,
-- quận ủy and their equivalents), PROVINCE (a committee at the top: tỉnh ủy, thành ủy and their equivalents).
-- The rows as Quy định 29-QĐ/TW (2016, point 27.2) sets them.
CREATE TABLE commendation_authority (
    level     text NOT NULL CHECK (level IN ('CELL', 'GRASSROOTS_CELL', 'GRASSROOTS_COMMITTEE', 'DISTRICT', 'PROVINCE')),
    form_code text NOT NULL REFERENCES commendation_form (code),
    PRIMARY KEY (level, form_code)
);

INSERT INTO commendation_authority (level, form_code) VALUES
    ('CELL', 'PRAISE'),
    ('GRASSROOTS_CELL', 'PRAISE'),
    ('GRASSROOTS_CELL', 'CERTIFICATE_OF_MERIT'),
    ('GRASSROOTS_COMMITTEE', 'PRAISE'),
    ('GRASSROOTS_COMMITTEE', 'CERTIFICATE_OF_MERIT'),
    ('DISTRICT', 'PRAISE'),
    ('DISTRICT', 'CERTIFICATE_OF_MERIT'),
    ('PROVINCE', 'PRAISE'),
    ('PROVINCE', 'DIPLOMA_OF_MERIT'),
    ('PROVINCE', 'EMULATION_FLAG');

-- A round of commendation (đợt khen thưởng) that one organization decides, tied to a campaign: nominations come up to
-- it from its subtree until the closing day.
CREATE TABLE commendation_round (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id     bigint NOT NULL REFERENCES campaign (id),
    organization_id bigint NOT NULL REFERENCES organization (id),
    title           text   NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    closes_on       date   NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    version         int    NOT NULL DEFAULT 0
);
CREATE INDEX commendation_round_organization ON commendation_round (organization_id);
CREATE INDEX commendation_round_campaign ON commendation_round (campaign_id);

-- A decision of the round (Quyết định khen thưởng): a registry document of type QĐ, with its signature as signed
-- ("T/M BAN THƯỜNG VỤ", "BÍ THƯ", the name) for the certificates.
CREATE TABLE commendation_decision (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id    bigint NOT NULL REFERENCES commendation_round (id),
    document_id bigint NOT NULL UNIQUE REFERENCES document (id),
    issued_on   date   NOT NULL,
    signed_for  text,
    signer_post text,
    signer_name text,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX commendation_decision_round ON commendation_decision (round_id);

-- A nomination (đề nghị khen thưởng) of a collective (an organization), a member, or a person outside the party, by
-- an organization of the round's subtree. It goes up one committee at a time (next_id: who acts next) to the round's
-- organization; a decision awards it and gives its certificate a verification code.
CREATE TABLE commendation_nomination (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id         bigint NOT NULL REFERENCES commendation_round (id),
    nominated_by_id  bigint NOT NULL REFERENCES organization (id),
    nominee_kind     text   NOT NULL CHECK (nominee_kind IN ('COLLECTIVE', 'MEMBER', 'PERSON')),
    organization_id  bigint REFERENCES organization (id),
    member_id        bigint REFERENCES member (id),
    person_name      text   CHECK (length(person_name) BETWEEN 1 AND 200),
    person_birth_year int   CHECK (person_birth_year BETWEEN 1900 AND 2100),
    person_details   text   CHECK (length(person_details) <= 500),
    form_code        text   NOT NULL REFERENCES commendation_form (code),
    achievement      text   NOT NULL CHECK (length(achievement) BETWEEN 1 AND 2000),
    story            text   CHECK (length(story) <= 10000),
    exemplary        boolean NOT NULL DEFAULT false,
    status           text   NOT NULL DEFAULT 'PENDING'
                            CHECK (status IN ('PENDING', 'RETURNED', 'CUT', 'APPROVED', 'AWARDED')),
    next_id          bigint REFERENCES organization (id),
    decision_id      bigint REFERENCES commendation_decision (id),
    position         int,
    code             text   UNIQUE CHECK (code ~ '^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$'),
    revoked_at       timestamptz,
    revoked_reason   text   CHECK (length(revoked_reason) BETWEEN 1 AND 1000),
    created_at       timestamptz NOT NULL DEFAULT now(),
    version          int    NOT NULL DEFAULT 0,
    CHECK ((nominee_kind = 'COLLECTIVE') = (organization_id IS NOT NULL)),
    CHECK ((nominee_kind = 'MEMBER') = (member_id IS NOT NULL)),
    CHECK ((nominee_kind = 'PERSON') = (person_name IS NOT NULL)),
    CHECK ((status = 'PENDING') = (next_id IS NOT NULL)),
    CHECK ((status = 'AWARDED') = (decision_id IS NOT NULL AND code IS NOT NULL AND position IS NOT NULL)),
    CHECK (revoked_at IS NULL OR status = 'AWARDED'),
    CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
);
CREATE INDEX commendation_nomination_round ON commendation_nomination (round_id, status);
CREATE INDEX commendation_nomination_next ON commendation_nomination (next_id) WHERE next_id IS NOT NULL;
CREATE INDEX commendation_nomination_decision ON commendation_nomination (decision_id, position);
CREATE INDEX commendation_nomination_collective ON commendation_nomination (organization_id)
    WHERE organization_id IS NOT NULL;
-- One nomination of the same nominee in a round, unless it was cut.
CREATE UNIQUE INDEX commendation_nomination_once_collective ON commendation_nomination (round_id, organization_id)
    WHERE nominee_kind = 'COLLECTIVE' AND status <> 'CUT';
CREATE UNIQUE INDEX commendation_nomination_once_member ON commendation_nomination (round_id, member_id)
    WHERE nominee_kind = 'MEMBER' AND status <> 'CUT';
CREATE UNIQUE INDEX commendation_nomination_once_person
    ON commendation_nomination (round_id, nominated_by_id, lower(person_name), coalesce(person_birth_year, 0))
    WHERE nominee_kind = 'PERSON' AND status <> 'CUT';

-- The evidence of a nomination: documents, meetings and reports of the system.
CREATE TABLE commendation_evidence (
    nomination_id bigint NOT NULL REFERENCES commendation_nomination (id),
    kind          text   NOT NULL CHECK (kind IN ('DOCUMENT', 'MEETING', 'REPORT')),
    ref_id        bigint NOT NULL,
    PRIMARY KEY (nomination_id, kind, ref_id)
);

-- Every step of a nomination, in order: proposed, forwarded (approved by a level below the decider), approved by
-- the decider, cut, returned, resubmitted, awarded, revoked.
CREATE TABLE commendation_step (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nomination_id   bigint NOT NULL REFERENCES commendation_nomination (id),
    organization_id bigint NOT NULL REFERENCES organization (id),
    action          text   NOT NULL CHECK (action IN ('PROPOSED', 'FORWARDED', 'APPROVED', 'CUT', 'RETURNED',
                                                      'RESUBMITTED', 'AWARDED', 'REVOKED')),
    note            text   CHECK (length(note) <= 1000),
    actor           text   NOT NULL,
    at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX commendation_step_nomination ON commendation_step (nomination_id, id);
