-- Users choose per kind and per channel what they get. No row means the default: everything on.
CREATE TABLE notification_preference (
    account_id bigint  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind       text    NOT NULL CHECK (kind IN ('DOCUMENT_RECEIVED', 'OBLIGATION_DUE', 'OBLIGATION_OVERDUE', 'DAILY_DIGEST')),
    in_app     boolean NOT NULL DEFAULT true,
    email      boolean NOT NULL DEFAULT true,
    PRIMARY KEY (account_id, kind)
);

-- A notice whose kind the account switched off in-app but still wants by e-mail is kept only as the e-mail's
-- outbox row: in_app = false hides it from the list and the unread count.
ALTER TABLE notification ADD COLUMN in_app boolean NOT NULL DEFAULT true;
-- Failed sends are retried by the next dispatcher run, a few times at most.
ALTER TABLE notification ADD COLUMN email_failures int NOT NULL DEFAULT 0;

DROP INDEX notification_unread;
CREATE INDEX notification_unread ON notification (account_id, created_at DESC) WHERE read_at IS NULL AND in_app;
CREATE INDEX notification_inbox ON notification (account_id, created_at DESC) WHERE in_app;

-- One daily digest per account and day; inserting the row claims the send, so two nodes never both send it.
CREATE TABLE notification_digest (
    account_id bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    day        date   NOT NULL,
    notices    int    NOT NULL,
    sent_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, day)
);
