-- The members on a cell's roll on a day (MemberSql.countedInCells: meetings' invitees, the study file, the
-- compliance board) are found from the cell's stays: without an index on the stays' cell, every count scanned all of
-- them (six million at national scale). The member, the day it left: what a count reads, from the index alone.
CREATE INDEX member_cell_history_cell ON member_cell_history (cell_id, joined_on) INCLUDE (member_id, left_on);
