-- The next number of each issuer, type and year. Issuing takes the row with INSERT ... ON CONFLICT DO UPDATE in its
-- own transaction: the row lock serializes concurrent issuers, and a rolled-back issue rolls the counter back too,
-- so numbers have no gap and no duplicate.
CREATE TABLE document_counter (
    issuer_id bigint NOT NULL REFERENCES organization (id),
    type_code text   NOT NULL REFERENCES document_type (code),
    year      int    NOT NULL,
    last_no   int    NOT NULL CHECK (last_no > 0),
    PRIMARY KEY (issuer_id, type_code, year)
);

-- Search over the number, type name, issuer name, summary and the body's text, folded (no diacritics, lower case).
-- search_extra is filled by the application (the type and issuer names live in other tables).
ALTER TABLE document ADD COLUMN search_extra text NOT NULL DEFAULT '';
ALTER TABLE document DROP COLUMN search_text;
ALTER TABLE document ADD COLUMN search_text text
    GENERATED ALWAYS AS (fold_vi(number_text || ' ' || summary || ' ' || search_extra)) STORED;
CREATE INDEX document_search ON document USING gin (search_text gin_trgm_ops);
CREATE INDEX document_issued_on ON document (issued_on);

-- Files attached to a document; the content lives in the file storage under storage_key.
CREATE TABLE document_attachment (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id  bigint NOT NULL REFERENCES document (id),
    filename     text   NOT NULL,
    content_type text   NOT NULL,
    size_bytes   bigint NOT NULL CHECK (size_bytes >= 0),
    storage_key  text   NOT NULL UNIQUE,
    uploaded_by  text   NOT NULL,
    uploaded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX document_attachment_document ON document_attachment (document_id);

-- Who has opened a document (read_at, first time) and who has marked it studied (studied_at).
CREATE TABLE document_read (
    document_id bigint NOT NULL REFERENCES document (id),
    member_id   bigint NOT NULL REFERENCES member (id),
    read_at     timestamptz NOT NULL DEFAULT now(),
    studied_at  timestamptz,
    PRIMARY KEY (document_id, member_id)
);
CREATE INDEX document_read_member ON document_read (member_id);
