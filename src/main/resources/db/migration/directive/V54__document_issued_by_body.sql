-- A committee's body (Ban Thường vụ, Ban Chấp hành) issues in its committee's own number series: the number stays
-- the committee's (104-KH/QU), and the document says which body issued it. A document may name who signed it and for
-- whom ("T/M BAN THƯỜNG VỤ", "T/M QUẬN ỦY"): the signer's name and post are kept as signed on the issue date.
ALTER TABLE document ADD COLUMN issued_by_body text
    CHECK (issued_by_body IN ('STANDING_COMMITTEE', 'EXECUTIVE_COMMITTEE'));
ALTER TABLE document ADD CONSTRAINT document_body_has_issuer CHECK (issued_by_body IS NULL OR issuer_id IS NOT NULL);
ALTER TABLE document ADD COLUMN signer_id bigint REFERENCES member (id);
ALTER TABLE document ADD COLUMN signer_name text;
ALTER TABLE document ADD COLUMN signer_title text;
ALTER TABLE document ADD COLUMN signed_for text;
ALTER TABLE document ADD CONSTRAINT document_signer_whole
    CHECK ((signer_id IS NULL) = (signer_name IS NULL) AND (signer_id IS NULL) = (signer_title IS NULL));
