-- Documents are numbered per issuer and type within the term (nhiệm kỳ) of the issuing committee, not per year
-- (Hướng dẫn 36-HD/VPTW, II.1.3.1); the documents of a congress share one sequence across all types for that congress.
-- term_id is the term the number belongs to: for a congress document, the term that congress opens.
ALTER TABLE document ADD COLUMN term_id bigint REFERENCES organization_term (id);
ALTER TABLE document ADD COLUMN congress boolean NOT NULL DEFAULT false;
ALTER TABLE document ADD CONSTRAINT document_congress_has_term
    CHECK (NOT congress OR (issuer_id IS NOT NULL AND term_id IS NOT NULL));
CREATE INDEX document_term ON document (term_id);

-- Documents numbered per year before terms were recorded keep their numbers, unique as they were.
DROP INDEX document_number_internal;
CREATE UNIQUE INDEX document_number_by_year ON document (issuer_id, type_code, year, sequence_no)
    WHERE issuer_id IS NOT NULL AND term_id IS NULL;
CREATE UNIQUE INDEX document_number_by_term ON document (issuer_id, type_code, term_id, sequence_no)
    WHERE term_id IS NOT NULL AND NOT congress;
CREATE UNIQUE INDEX document_number_by_congress ON document (issuer_id, term_id, sequence_no) WHERE congress;

-- The counters now key on issuer, term and series (a type code, or 'ĐH' for a congress's shared sequence). The
-- per-year counters cannot be mapped: no term exists when this runs. Instead the first number of a series in a
-- term is taken after the highest number the issuer gave that type on the term's days (see Documents.nextNumber),
-- so a term that is recorded later continues after the documents already numbered in it.
DROP TABLE document_counter;
CREATE TABLE document_counter (
    issuer_id bigint NOT NULL REFERENCES organization (id),
    term_id   bigint NOT NULL REFERENCES organization_term (id),
    series    text   NOT NULL,
    last_no   int    NOT NULL CHECK (last_no > 0),
    PRIMARY KEY (issuer_id, term_id, series)
);
