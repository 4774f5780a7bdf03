-- Notices are stored as a message key and its arguments and told in each reader's language when read. Rows
-- written before keep their text in title and body, which stay the fallback; a keyed row needs no text.
ALTER TABLE notification ADD COLUMN message_key text, ADD COLUMN message_args jsonb;
ALTER TABLE notification ALTER COLUMN title DROP NOT NULL;
ALTER TABLE notification ADD CONSTRAINT notification_text CHECK (title IS NOT NULL OR message_key IS NOT NULL);
