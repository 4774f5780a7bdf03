-- Every roster import writes each index of a member row. Two of them serve nothing: member_cell (cell_id), since
-- V26's member_cell_search leads with the same column and serves every lookup by cell; and sort_name with its
-- index, the roster's order until V22 ordered it by the Vietnamese collation (member_full_name_vi), read by no
-- statement since. Dropping the generated column also spares the import one fold_vi per row.
DROP INDEX member_cell;
DROP INDEX member_sort_name;
ALTER TABLE member DROP COLUMN sort_name;
