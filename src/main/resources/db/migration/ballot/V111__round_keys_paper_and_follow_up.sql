-- What a voter received: a printed slip with a one-time code, a remote electronic credential (blind-signed, the
-- server never sees it), or a paper ballot. One row per voter and round: a voter given one cannot receive another.
ALTER TABLE ballot_voter DROP CONSTRAINT ballot_voter_status_check;
ALTER TABLE ballot_voter ADD CONSTRAINT ballot_voter_status_check
    CHECK (status IN ('SLIP_RECEIVED', 'CREDENTIAL_ISSUED', 'PAPER_RECEIVED'));

-- The round's blind-signing key: the public key as SubjectPublicKeyInfo (DER), the private key as PKCS#8 sealed
-- (AES-GCM, nonce first) under the application's ballot key secret. sealed_private is dropped (NULL) when the round
-- stops issuing credentials; the public key stays, so credentials issued can still be verified.
CREATE TABLE ballot_round_key (
    round_id       bigint PRIMARY KEY REFERENCES ballot_round (id),
    public_key     bytea  NOT NULL,
    sealed_private bytea
);

-- Paper ballots (phiếu giấy): the counting officers' counts. Returned never exceeds issued, invalid never exceeds
-- returned; the valid returned papers are entered one by one as responses of channel PAPER.
ALTER TABLE ballot_round
    ADD COLUMN paper_issued   int NOT NULL DEFAULT 0 CHECK (paper_issued >= 0),
    ADD COLUMN paper_returned int NOT NULL DEFAULT 0 CHECK (paper_returned >= 0),
    ADD COLUMN paper_invalid  int NOT NULL DEFAULT 0 CHECK (paper_invalid >= 0),
    ADD CONSTRAINT ballot_round_paper_returned CHECK (paper_returned <= paper_issued),
    ADD CONSTRAINT ballot_round_paper_invalid CHECK (paper_invalid <= paper_returned),
    ADD COLUMN previous_round_id bigint REFERENCES ballot_round (id),
    ADD CONSTRAINT ballot_round_previous_not_self CHECK (previous_round_id <> id);

-- How a response came: cast electronically (slip or remote credential: not told apart), or a paper ballot entered
-- by the counting officers. Nothing finer.
ALTER TABLE ballot_buffer
    ADD COLUMN channel text NOT NULL DEFAULT 'ELECTRONIC' CHECK (channel IN ('ELECTRONIC', 'PAPER'));
ALTER TABLE ballot_response
    ADD COLUMN channel text NOT NULL DEFAULT 'ELECTRONIC' CHECK (channel IN ('ELECTRONIC', 'PAPER'));

-- Follow-up by the committee that ordered the round: its conclusions, and the remedial measures (biện pháp chỉ đạo
-- khắc phục), each with an owner and a date, tracked to done.
CREATE TABLE ballot_conclusion (
    round_id    bigint PRIMARY KEY REFERENCES ballot_round (id),
    conclusions text   NOT NULL,
    recorded_by text   NOT NULL,
    recorded_on date   NOT NULL,
    version     int    NOT NULL DEFAULT 0
);
CREATE TABLE ballot_measure (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id              bigint NOT NULL REFERENCES ballot_round (id),
    position              int    NOT NULL,
    measure               text   NOT NULL,
    owner_organization_id bigint REFERENCES organization (id),
    owner_member_id       bigint REFERENCES member (id),
    due_on                date   NOT NULL,
    done_on               date,
    note                  text,
    version               int    NOT NULL DEFAULT 0,
    UNIQUE (round_id, position),
    CHECK (num_nonnulls(owner_organization_id, owner_member_id) >= 1)
);
CREATE INDEX ballot_measure_round ON ballot_measure (round_id);
