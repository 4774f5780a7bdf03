-- Sign-in looks a name up ignoring case, so names differing only in case must not coexist, and the lookup must use
-- an index rather than scan every account.
ALTER TABLE account DROP CONSTRAINT account_username_key;
CREATE UNIQUE INDEX account_username_lower ON account (lower(username));
