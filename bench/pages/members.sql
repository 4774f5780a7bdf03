-- bench/pages, on the bench's copy of the national data set: its members again, with Vietnamese names instead of
-- "Đảng viên 123" (the shared set's), so that searching them means something. Same count, ids, cells and order as
-- the shared set (member g in cell first_cell + g % cells: a cell's members scattered over the whole table, the
-- worst case for reading a scope's members). Family names in about their national shares (Nguyễn 38%, Trần 11%,
-- Lê 9.5%, ...; ten rare ones 0.1% each), a middle name and a given name by gender, a 9-digit card number. The
-- secondary indexes are dropped for the load and built again, the trigram search index included (the application
-- has it; the shared set's loader drops it).
\set ON_ERROR_STOP on
SET maintenance_work_mem = '512MB';
SELECT count(*) AS members FROM member \gset
SELECT min(id) AS first_cell, count(*) AS cells FROM organization WHERE kind = 'CELL' \gset
TRUNCATE member RESTART IDENTITY CASCADE;
DROP INDEX IF EXISTS member_search;
DROP INDEX member_cell_search, member_status, member_full_name_vi;
CREATE TEMP TABLE bench_name (part text, gender text, name text, weight int);
INSERT INTO bench_name VALUES
    ('family', NULL, 'Nguyễn', 380), ('family', NULL, 'Trần', 110), ('family', NULL, 'Lê', 95),
    ('family', NULL, 'Phạm', 70), ('family', NULL, 'Hoàng', 31), ('family', NULL, 'Huỳnh', 20),
    ('family', NULL, 'Phan', 45), ('family', NULL, 'Vũ', 20), ('family', NULL, 'Võ', 19), ('family', NULL, 'Đặng', 21),
    ('family', NULL, 'Bùi', 20), ('family', NULL, 'Đỗ', 14), ('family', NULL, 'Hồ', 13), ('family', NULL, 'Ngô', 13),
    ('family', NULL, 'Dương', 10), ('family', NULL, 'Lý', 5), ('family', NULL, 'Đinh', 12), ('family', NULL, 'Trịnh', 10),
    ('family', NULL, 'Lương', 8), ('family', NULL, 'Mai', 7), ('family', NULL, 'Đoàn', 9), ('family', NULL, 'Cao', 6),
    ('family', NULL, 'Lưu', 6), ('family', NULL, 'Hà', 7), ('family', NULL, 'Trương', 8), ('family', NULL, 'Tạ', 4),
    ('family', NULL, 'Khổng', 1), ('family', NULL, 'Ông', 1), ('family', NULL, 'Lục', 1), ('family', NULL, 'Quách', 1),
    ('family', NULL, 'Mạc', 1), ('family', NULL, 'Thân', 1), ('family', NULL, 'Âu', 1), ('family', NULL, 'Cù', 1),
    ('family', NULL, 'Nghiêm', 1), ('family', NULL, 'Tôn', 1),
    ('middle', 'MALE', 'Văn', 35), ('middle', 'MALE', 'Đức', 10), ('middle', 'MALE', 'Minh', 10),
    ('middle', 'MALE', 'Quang', 8), ('middle', 'MALE', 'Hữu', 8), ('middle', 'MALE', 'Công', 6),
    ('middle', 'MALE', 'Thanh', 6), ('middle', 'MALE', 'Xuân', 5), ('middle', 'MALE', 'Ngọc', 4),
    ('middle', 'MALE', 'Anh', 4), ('middle', 'MALE', 'Duy', 4),
    ('middle', 'FEMALE', 'Thị', 50), ('middle', 'FEMALE', 'Thu', 8), ('middle', 'FEMALE', 'Ngọc', 8),
    ('middle', 'FEMALE', 'Thanh', 7), ('middle', 'FEMALE', 'Hồng', 7), ('middle', 'FEMALE', 'Minh', 5),
    ('middle', 'FEMALE', 'Kim', 5), ('middle', 'FEMALE', 'Phương', 5), ('middle', 'FEMALE', 'Thùy', 5);
INSERT INTO bench_name SELECT 'given', 'MALE', n, 4 FROM unnest(ARRAY['Hùng', 'Dũng', 'Tuấn', 'Nam', 'Long', 'Hải',
    'Sơn', 'Thắng', 'Trung', 'Hiếu', 'Cường', 'Phong', 'Quân', 'Huy', 'Bình', 'An', 'Tùng', 'Khoa', 'Đạt', 'Thành',
    'Hoàng', 'Minh', 'Kiên', 'Lâm', 'Vinh']) n;
INSERT INTO bench_name SELECT 'given', 'FEMALE', n, 4 FROM unnest(ARRAY['Hoa', 'Lan', 'Hương', 'Mai', 'Linh',
    'Trang', 'Thảo', 'Hà', 'Ngọc', 'Huyền', 'Nga', 'Thủy', 'Yến', 'Hằng', 'Nhung', 'Dung', 'Loan', 'Vân', 'Phương',
    'Oanh', 'Hạnh', 'Liên', 'Tâm', 'Nhàn', 'Quyên']) n;
-- each part as an array in which a name recurs as often as its weight: a hash of the member's number picks one
CREATE TEMP TABLE bench_pick AS
    SELECT part, gender, array_agg(name ORDER BY name, w) AS names
    FROM bench_name, generate_series(1, weight) w GROUP BY part, gender;
SET session_replication_role = replica;
INSERT INTO member (full_name, party_card_no, cell_id, gender, birth_date, admitted_on, status)
SELECT f.names[1 + abs(hashint4(g)) % cardinality(f.names)] || ' '
           || m.names[1 + abs(hashint4(g + 1000000007)) % cardinality(m.names)] || ' '
           || n.names[1 + abs(hashint4(g * 3 + 17)) % cardinality(n.names)],
       lpad(g::text, 9, '0'), :first_cell + (g % :cells), s.gender,
       DATE '1950-01-01' + abs(hashint4(g * 7)) % 20000, DATE '2000-01-01' + (g % 8000), 'ACTIVE'
FROM generate_series(1, :members) g
CROSS JOIN LATERAL (SELECT CASE WHEN g % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END AS gender) s
JOIN bench_pick f ON f.part = 'family'
JOIN bench_pick m ON m.part = 'middle' AND m.gender = s.gender
JOIN bench_pick n ON n.part = 'given' AND n.gender = s.gender;
-- each member's stay in its cell from its admission (the truncation took the set's away)
INSERT INTO member_cell_history (member_id, cell_id, joined_on) SELECT id, cell_id, admitted_on FROM member;
RESET session_replication_role;
-- the compliance board's members' roll-up from these stays (V146; when the copy has it already: else it is built
-- when the application migrates the copy)
DO $$ BEGIN
    IF to_regproc('board_members_rebuild') IS NOT NULL THEN
        PERFORM board_members_rebuild();
    END IF;
END $$;
CREATE INDEX member_cell_search ON member (cell_id) INCLUDE (search_text, full_name, id);
CREATE INDEX member_status ON member (status);
CREATE INDEX member_full_name_vi ON member (full_name COLLATE vi_icu, id);
CREATE INDEX member_search ON member USING gin (search_text gin_trgm_ops);
VACUUM ANALYZE member;
VACUUM ANALYZE member_cell_history;
