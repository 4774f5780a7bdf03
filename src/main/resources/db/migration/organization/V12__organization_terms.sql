-- Nhiệm kỳ cấp ủy: the term of a committee runs from the day after one of its congresses closes to the close of the
-- next one. A row records one congress (its ordinal, e.g. 28 for Đại hội XXVIII, and the days it sat); the term it
-- opens is read through organization_term_span. Departments (ban, văn phòng) have no terms: they serve their
-- committee's.
CREATE TABLE organization_term (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id    bigint NOT NULL REFERENCES organization (id),
    ordinal            int    NOT NULL CHECK (ordinal BETWEEN 1 AND 100),
    congress_opened_on date   NOT NULL,
    congress_closed_on date   NOT NULL,
    CHECK (congress_closed_on >= congress_opened_on),
    UNIQUE (organization_id, ordinal),
    UNIQUE (organization_id, congress_closed_on)
);

-- Each term with its first and last day; ends_on is NULL while the next congress is not recorded.
CREATE VIEW organization_term_span AS
SELECT t.id, t.organization_id, t.ordinal, t.congress_opened_on, t.congress_closed_on,
       t.congress_closed_on + 1 AS starts_on,
       lead(t.congress_closed_on) OVER (PARTITION BY t.organization_id ORDER BY t.congress_closed_on) AS ends_on
  FROM organization_term t;
