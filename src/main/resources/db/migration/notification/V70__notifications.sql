-- In-app notifications, one row per account. dedup_key makes sending idempotent: a reminder that two
-- application nodes both try to send is stored once.
CREATE TABLE notification (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id   bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind         text   NOT NULL,
    title        text   NOT NULL,
    body         text,
    link         text,
    dedup_key    text   NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    read_at      timestamptz,
    emailed_at   timestamptz,
    UNIQUE (account_id, dedup_key)
);
CREATE INDEX notification_unread ON notification (account_id, created_at DESC) WHERE read_at IS NULL;
CREATE INDEX notification_unsent ON notification (created_at) WHERE emailed_at IS NULL;
