-- A committee's interim (sơ kết) or final (tổng kết) review of a campaign: the period's figures of its subtree, the
-- exemplary collectives and individuals, its conclusions; drafted, then issued as a numbered report (type BC) through
-- the document registry, citing the campaign's directing document, which fulfils its INTERIM_REVIEW obligation. The
-- figures are kept as issued.
CREATE TABLE report_review (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id      bigint NOT NULL REFERENCES campaign (id),
    organization_id  bigint NOT NULL REFERENCES organization (id),
    kind             text   NOT NULL CHECK (kind IN ('INTERIM', 'FINAL')),
    title            text   NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    period_starts_on date   NOT NULL,
    period_ends_on   date   NOT NULL,
    conclusions      text,
    status           text   NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'ISSUED')),
    document_id      bigint REFERENCES document (id),
    issued_on        date,
    figures          jsonb,
    created_at       timestamptz NOT NULL DEFAULT now(),
    version          int    NOT NULL DEFAULT 0,
    CHECK (period_ends_on >= period_starts_on),
    CHECK ((status = 'ISSUED') = (document_id IS NOT NULL)),
    CHECK ((status = 'ISSUED') = (issued_on IS NOT NULL AND figures IS NOT NULL))
);
CREATE INDEX report_review_organization ON report_review (organization_id);

-- The collectives and individuals the review holds up as examples (tập thể, cá nhân tiêu biểu), in order.
CREATE TABLE report_review_exemplar (
    review_id   bigint NOT NULL REFERENCES report_review (id),
    position    int    NOT NULL,
    kind        text   NOT NULL CHECK (kind IN ('COLLECTIVE', 'INDIVIDUAL')),
    name        text   NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    achievement text,
    PRIMARY KEY (review_id, position)
);
