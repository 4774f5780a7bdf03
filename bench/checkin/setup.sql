-- Bench-only set-up of bench/checkin/run.sh, on the bench's own database after the demo data: :count members of one
-- cell of phường Quốc Tử Giám (on its roll since 2020), each with a member account signing in with the password of
-- the demo account 'admin' (its hash copied), and a cell meeting of that cell starting in ten minutes (its check-in
-- window is open). Prints the meeting's id.
\set ON_ERROR_STOP on
CREATE TEMP TABLE bench_cell AS
    SELECT c.id FROM organization c JOIN organization w ON w.id = c.parent_id
    WHERE w.name = 'Đảng ủy phường Quốc Tử Giám' AND c.kind = 'CELL' AND c.closed_on IS NULL ORDER BY c.id LIMIT 1;
INSERT INTO member (full_name, party_card_no, cell_id, gender, birth_date, admitted_on, official_on)
    SELECT 'Đảng viên thử tải ' || g, 'BENCH-' || lpad(g::text, 4, '0'), (SELECT id FROM bench_cell),
           CASE WHEN g % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END, date '1980-01-01' + g, date '2005-05-19', date '2006-05-19'
    FROM generate_series(1, :count) g;
INSERT INTO member_cell_history (member_id, cell_id, joined_on)
    SELECT id, cell_id, date '2020-01-01' FROM member WHERE party_card_no LIKE 'BENCH-%';
INSERT INTO account (username, display_name, password_hash, member_id)
    SELECT :'prefix' || right(m.party_card_no, 4), m.full_name, (SELECT password_hash FROM account WHERE username = 'admin'), m.id
    FROM member m WHERE m.party_card_no LIKE 'BENCH-%';
INSERT INTO account_role (account_id, role)
    SELECT a.id, 'MEMBER' FROM account a WHERE a.username LIKE :'prefix' || '%';
INSERT INTO meeting (kind, format, title, host_id, venue, starts_at, ends_at)
    SELECT 'CELL_REGULAR', 'IN_PERSON', 'Sinh hoạt chi bộ thử tải điểm danh', id, 'Nhà văn hóa tổ dân phố',
           date_trunc('minute', now()) + interval '10 minutes', date_trunc('minute', now()) + interval '190 minutes'
    FROM bench_cell RETURNING id;
