-- A round of secret ballots on an organization's leaders (lấy ý kiến góp ý, lấy phiếu tín nhiệm), ordered by a
-- committee at or above the organization, optionally under a plan document and a campaign. The questionnaire (the
-- scale, the criteria, the free-text questions, the leaders) is frozen once the first ballot is cast. code is the
-- random name of the round in the voters' address (/ballot/{code}); ids are never shown to voters.
CREATE TABLE ballot_round (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code             text   NOT NULL UNIQUE,
    title            text   NOT NULL,
    period_label     text   NOT NULL,
    kind             text   NOT NULL CHECK (kind IN ('FEEDBACK', 'CONFIDENCE')),
    organization_id  bigint NOT NULL REFERENCES organization (id),
    ordered_by_id    bigint NOT NULL REFERENCES organization (id),
    plan_document_id bigint REFERENCES document (id),
    campaign_id      bigint REFERENCES campaign (id),
    scale            text[] NOT NULL CHECK (cardinality(scale) BETWEEN 2 AND 10),
    text_limit       int    NOT NULL DEFAULT 2000 CHECK (text_limit BETWEEN 1 AND 20000),
    opens_at         timestamptz NOT NULL,
    closes_at        timestamptz NOT NULL,
    min_responses    int    NOT NULL DEFAULT 5 CHECK (min_responses >= 1),
    convened         int    CHECK (convened >= 0),
    present          int    CHECK (present >= 0),
    status           text   NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    slips_issued     int    NOT NULL DEFAULT 0,
    responses        int,
    closed_on        date,
    version          int    NOT NULL DEFAULT 0,
    CHECK (closes_at > opens_at),
    CHECK (present IS NULL OR convened IS NULL OR present <= convened),
    CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL)),
    CHECK ((status = 'CLOSED') = (responses IS NOT NULL))
);
CREATE INDEX ballot_round_organization ON ballot_round (organization_id);
CREATE INDEX ballot_round_ordered_by ON ballot_round (ordered_by_id);

-- The leaders assessed: a party member, or a person outside the party holding a post (Chủ tịch UBND), with the post
-- as the round names it. The name is kept as it was at the round.
CREATE TABLE ballot_leader (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id  bigint NOT NULL REFERENCES ballot_round (id),
    position  int    NOT NULL,
    member_id bigint REFERENCES member (id),
    person_id bigint REFERENCES person (id),
    full_name text   NOT NULL,
    post      text   NOT NULL,
    UNIQUE (round_id, position),
    CHECK (num_nonnulls(member_id, person_id) = 1)
);

-- The criteria rated on the round's scale, and the free-text questions (strengths, shortcomings, suggestions), each
-- asked of every leader.
CREATE TABLE ballot_criterion (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id bigint NOT NULL REFERENCES ballot_round (id),
    position int    NOT NULL,
    text     text   NOT NULL,
    required boolean NOT NULL DEFAULT true,
    UNIQUE (round_id, position)
);
CREATE TABLE ballot_question (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id bigint NOT NULL REFERENCES ballot_round (id),
    position int    NOT NULL,
    text     text   NOT NULL,
    UNIQUE (round_id, position)
);

-- Who may vote: the members of an organization's subtree, the holders of a post in an organization, a named member,
-- or guests counted by number (heads of residential groups).
CREATE TABLE ballot_electorate (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id        bigint NOT NULL REFERENCES ballot_round (id),
    kind            text   NOT NULL CHECK (kind IN ('ORGANIZATION', 'POSITION', 'MEMBER', 'GUEST')),
    organization_id bigint REFERENCES organization (id),
    position_title  text,
    member_id       bigint REFERENCES member (id),
    guest_label     text,
    guest_count     int CHECK (guest_count > 0),
    CHECK ((kind IN ('ORGANIZATION', 'POSITION')) = (organization_id IS NOT NULL)),
    CHECK ((kind = 'POSITION') = (position_title IS NOT NULL)),
    CHECK ((kind = 'MEMBER') = (member_id IS NOT NULL)),
    CHECK ((kind = 'GUEST') = (guest_count IS NOT NULL AND guest_label IS NOT NULL))
);

-- The counting officer's ticks: the member received a slip. Never which slip, never when.
CREATE TABLE ballot_voter (
    round_id  bigint NOT NULL REFERENCES ballot_round (id),
    member_id bigint NOT NULL REFERENCES member (id),
    status    text   NOT NULL CHECK (status IN ('SLIP_RECEIVED')),
    PRIMARY KEY (round_id, member_id)
);

-- The slips' one-time credentials: only the SHA-256 of the 128-bit code (in the QR) and of the short code printed
-- beside it. No person, no time, no order: the key is the hash itself.
CREATE TABLE ballot_credential (
    hash       bytea   PRIMARY KEY,
    round_id   bigint  NOT NULL REFERENCES ballot_round (id),
    short_hash bytea   NOT NULL UNIQUE,
    consumed   boolean NOT NULL DEFAULT false
);
CREATE INDEX ballot_credential_round ON ballot_credential (round_id);

-- The credentials spent that are not slips (an unblinded signature, verified by a CredentialVerifier): the hash of
-- the credential, once per round.
CREATE TABLE ballot_spent (
    round_id bigint NOT NULL REFERENCES ballot_round (id),
    hash     bytea  NOT NULL,
    PRIMARY KEY (round_id, hash)
);

-- The ballots cast while the round is open, appended in the casting transaction: a random key, the round and the
-- answers, nothing else. Emptied at closing, when its rows move to ballot_response in a random order.
CREATE TABLE ballot_buffer (
    id       uuid   PRIMARY KEY DEFAULT gen_random_uuid(),
    round_id bigint NOT NULL REFERENCES ballot_round (id),
    answers  jsonb  NOT NULL
);
CREATE INDEX ballot_buffer_round ON ballot_buffer (round_id);

-- The ballots of a closed round, written at closing in a random order with new random keys.
CREATE TABLE ballot_response (
    id       uuid   PRIMARY KEY,
    round_id bigint NOT NULL REFERENCES ballot_round (id),
    answers  jsonb  NOT NULL
);
CREATE INDEX ballot_response_round ON ballot_response (round_id);
