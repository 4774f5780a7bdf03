CREATE TABLE document_type (
    code     text PRIMARY KEY,
    name_vi  text NOT NULL,
    name_en  text NOT NULL
);
INSERT INTO document_type (code, name_vi, name_en) VALUES
    ('NQ', 'Nghị quyết', 'Resolution'),
    ('CT', 'Chỉ thị', 'Directive'),
    ('KL', 'Kết luận', 'Conclusion'),
    ('QĐ', 'Quyết định', 'Decision'),
    ('QĐi', 'Quy định', 'Regulation'),
    ('HD', 'Hướng dẫn', 'Guidance'),
    ('KH', 'Kế hoạch', 'Plan'),
    ('CTr', 'Chương trình', 'Programme'),
    ('BC', 'Báo cáo', 'Report'),
    ('TB', 'Thông báo', 'Notice'),
    ('TTr', 'Tờ trình', 'Submission'),
    ('CV', 'Công văn', 'Official letter'),
    ('BB', 'Biên bản', 'Minutes');

-- A document issued in the system (issuer_id set, number from the per-issuer sequence) or registered from outside
-- (external_issuer_code set, number as printed). number_text is the full number, e.g. 347-KH/QU.
CREATE TABLE document (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type_code            text   NOT NULL REFERENCES document_type (code),
    sequence_no          int    NOT NULL CHECK (sequence_no > 0),
    year                 int    NOT NULL,
    issuer_id            bigint REFERENCES organization (id),
    issuer_code          text   NOT NULL,
    external_issuer_name text,
    number_text          text   NOT NULL,
    issued_on            date   NOT NULL,
    summary              text   NOT NULL,
    body_html            text,
    registered_by_id     bigint REFERENCES organization (id),
    created_at           timestamptz NOT NULL DEFAULT now(),
    search_text          text GENERATED ALWAYS AS (fold_vi(number_text || ' ' || summary)) STORED,
    CHECK (issuer_id IS NOT NULL OR external_issuer_name IS NOT NULL)
);
CREATE UNIQUE INDEX document_number_internal ON document (issuer_id, type_code, year, sequence_no) WHERE issuer_id IS NOT NULL;
CREATE UNIQUE INDEX document_number_external ON document (fold_vi(number_text), year) WHERE issuer_id IS NULL;
CREATE INDEX document_issuer ON document (issuer_id);

-- Căn cứ / thực hiện: document_id was issued on the basis of (implements) basis_id.
CREATE TABLE document_basis (
    document_id bigint NOT NULL REFERENCES document (id),
    basis_id    bigint NOT NULL REFERENCES document (id),
    PRIMARY KEY (document_id, basis_id),
    CHECK (document_id <> basis_id)
);
CREATE INDEX document_basis_reverse ON document_basis (basis_id);

-- Nơi nhận: the organizations a document is sent to; each has it in its inbox.
CREATE TABLE document_recipient (
    document_id     bigint NOT NULL REFERENCES document (id),
    organization_id bigint NOT NULL REFERENCES organization (id),
    received_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (document_id, organization_id)
);
CREATE INDEX document_recipient_org ON document_recipient (organization_id);
