-- A person's calendar feed (iCalendar) is read without signing in, at an address holding a random token. One feed per
-- account; only the SHA-256 of the token is kept, so the address is handed out once and a new one replaces it.
CREATE TABLE meeting_calendar_feed (
    account_id      bigint PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    token_hash      text   NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    created_on      date   NOT NULL
);
