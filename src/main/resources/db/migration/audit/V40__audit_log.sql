CREATE TABLE audit_log (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at   timestamptz NOT NULL DEFAULT now(),
    actor         text   NOT NULL,
    action        text   NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
    entity_type   text   NOT NULL,
    entity_id     text   NOT NULL,
    organization_id bigint,
    organization_path ltree,
    before_value  jsonb,
    after_value   jsonb
);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_path ON audit_log USING gist (organization_path);
CREATE INDEX audit_log_time ON audit_log (occurred_at DESC);

-- The log is append-only: the database refuses any change, whoever asks.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
