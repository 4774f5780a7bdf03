-- Every access token expires. Tokens made before expiry was required get the default longest lifetime from today.
UPDATE access_token SET expires_at = now() + interval '365 days' WHERE expires_at IS NULL;
ALTER TABLE access_token ALTER COLUMN expires_at SET NOT NULL;
