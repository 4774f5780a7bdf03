-- bench/pages, on the bench's copy of the national data set (after members.sql): a realistic volume of what the
-- staff pages list besides members, in bulk. Documents: 2,000 of the centre, 300 per province committee, 60 per
-- district, 25 per ward committee (about 304,000), each sent to the issuer's direct children (about 870,000
-- recipient rows); campaigns: 20 of the centre, 10 per province, 5 per district, each directed by one of its owner's
-- documents and aimed at the owner's children; 500,000 audit entries over the last year, each at a random
-- organization of the tree; 200,000 notifications of 20,000 accounts (the bench's own staff get theirs in
-- PagesHttpBench). Every figure here is the bench's choice, not a count of the real party's paperwork.
\set ON_ERROR_STOP on
SET maintenance_work_mem = '512MB';
SET session_replication_role = replica;
CREATE TEMP TABLE bench_issuer AS
    SELECT id, code, path, CASE nlevel(path) WHEN 1 THEN 2000 WHEN 2 THEN 300 WHEN 3 THEN 60 ELSE 25 END AS documents
    FROM organization WHERE kind <> 'CELL';
INSERT INTO document (type_code, sequence_no, year, issuer_id, issuer_code, number_text, issued_on, summary)
SELECT t.code, s.n, 2025, i.id, i.code, s.n || '-' || t.code || '/' || i.code,
       DATE '2025-01-01' + (hashint4(i.id::int * 977 + s.n) & 1023) % 360,
       t.name_vi || ' về ' || (ARRAY['công tác xây dựng Đảng', 'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
           'kiểm tra, giám sát', 'công tác cán bộ', 'phát triển đảng viên', 'sinh hoạt chi bộ', 'chuyển đổi số',
           'phòng, chống tham nhũng, lãng phí'])[1 + s.n % 8] || ' năm 2025'
FROM bench_issuer i
CROSS JOIN LATERAL generate_series(1, i.documents) s(n)
JOIN LATERAL (SELECT code, name_vi FROM document_type ORDER BY code OFFSET s.n % 13 LIMIT 1) t ON true;
INSERT INTO document_recipient (document_id, organization_id)
SELECT d.id, c.id FROM document d JOIN bench_issuer i ON i.id = d.issuer_id AND nlevel(i.path) < 4
JOIN organization c ON c.parent_id = d.issuer_id;
INSERT INTO campaign (title, directing_document_id, owner_id, starts_on, ends_on, status, launched_on)
SELECT 'Đợt ' || s.n || ': học tập và làm theo gương Bác năm 2025', d.id, i.id, DATE '2025-01-01' + s.n * 15,
       DATE '2025-12-31', 'LAUNCHED', DATE '2025-01-01' + s.n * 15
FROM bench_issuer i
CROSS JOIN LATERAL generate_series(1, CASE nlevel(i.path) WHEN 1 THEN 20 WHEN 2 THEN 10 WHEN 3 THEN 5 ELSE 0 END) s(n)
JOIN LATERAL (SELECT id FROM document WHERE issuer_id = i.id ORDER BY id OFFSET s.n LIMIT 1) d ON true;
INSERT INTO campaign_target (campaign_id, organization_id)
SELECT c.id, o.id FROM campaign c JOIN organization o ON o.parent_id = c.owner_id;
INSERT INTO audit_log (occurred_at, actor, action, entity_type, entity_id, organization_id, organization_path,
                       before_value, after_value)
SELECT now() - (g % 365) * interval '1 day' - (g % 86400) * interval '1 second', 'bench.staff' || (g % 500),
       'UPDATE', 'Member', (1 + abs(hashint4(g)) % 6000000)::text, o.id, o.path,
       jsonb_build_object('phone', '09' || lpad((g % 100000000)::text, 8, '0')),
       jsonb_build_object('phone', '08' || lpad((g % 100000000)::text, 8, '0'))
FROM generate_series(1, 500000) g
JOIN organization o ON o.id = 1 + abs(hashint4(g * 31)) % (SELECT max(id) FROM organization);
INSERT INTO account (username, display_name, password_hash)
SELECT 'bench.filler' || g, 'Cán bộ ' || g, '{noop}-' FROM generate_series(1, 20000) g;
INSERT INTO notification (account_id, kind, title, link, dedup_key, created_at, read_at)
SELECT a.id, 'DOCUMENT_RECEIVED', 'Văn bản mới ' || n, '/documents/' || n, 'bench-' || n,
       now() - n * interval '1 hour', CASE WHEN n % 3 = 0 THEN NULL ELSE now() END
FROM account a CROSS JOIN generate_series(1, 10) n WHERE a.username LIKE 'bench.filler%';
RESET session_replication_role;
VACUUM ANALYZE document;
VACUUM ANALYZE document_recipient;
VACUUM ANALYZE campaign;
VACUUM ANALYZE campaign_target;
VACUUM ANALYZE audit_log;
VACUUM ANALYZE account;
VACUUM ANALYZE notification;
