-- Failed sign-ins per address, per account and per account from one address; the login throttle waits on them
-- instead of locking accounts.
CREATE TABLE login_failure (
    key             text        PRIMARY KEY,
    failures        int         NOT NULL,
    last_failure_at timestamptz NOT NULL,
    wait_until      timestamptz
);
CREATE INDEX login_failure_last_failure ON login_failure (last_failure_at);

ALTER TABLE account DROP COLUMN failed_logins, DROP COLUMN locked_until;

-- Sessions hold the signed-in principal, whose shape changes with the lock's removal: everyone signs in again.
DELETE FROM spring_session;
