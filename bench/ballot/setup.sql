-- Bench-only set-up of bench/ballot/run.sh, on the bench's own database after the demo data: an access token for
-- the demo account 'admin' (only its hash stored, as the application keeps it; the token itself is :'token'), and
-- the ids the round needs: the ward committee of phường Quốc Tử Giám that runs it, its parent that orders it, and
-- two members of its cells as the leaders assessed. Prints them on one line: organization, ordered by, leaders.
\set ON_ERROR_STOP on
INSERT INTO access_token (account_id, name, token_hash, prefix, expires_at)
    SELECT id, 'bench ballot', encode(sha256(convert_to(:'token', 'UTF8')), 'hex'), left(:'token', 8),
           now() + interval '1 day'
    FROM account WHERE username = 'admin';
SELECT w.id, w.parent_id,
       (SELECT string_agg(id::text, ' ') FROM (SELECT m.id FROM member m JOIN organization c ON c.id = m.cell_id
        WHERE c.parent_id = w.id ORDER BY m.id LIMIT 2) l)
FROM organization w WHERE w.name = 'Đảng ủy phường Quốc Tử Giám';
