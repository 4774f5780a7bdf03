-- An incoming document is visible only to the organization that registered it (and its recipients), so each
-- organization registers its own copy: a printed number is unique per registering organization and year.
DROP INDEX document_number_external;
CREATE UNIQUE INDEX document_number_external ON document (registered_by_id, fold_vi(number_text), year) NULLS NOT DISTINCT
    WHERE issuer_id IS NULL;
