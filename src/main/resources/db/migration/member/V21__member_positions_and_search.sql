-- Leaders of the seed articles hold titles the first list lacked (Chủ tịch HĐND, Trưởng ban), and a position
-- may carry the wording the committee uses for it ("Trưởng ban Tuyên giáo Quận ủy").
ALTER TABLE member_position DROP CONSTRAINT member_position_title_check;
ALTER TABLE member_position ADD CONSTRAINT member_position_title_check
    CHECK (title IN ('SECRETARY', 'DEPUTY_SECRETARY', 'STANDING_DEPUTY_SECRETARY', 'STANDING_COMMITTEE_MEMBER',
                     'COMMITTEE_MEMBER', 'CHAIR_PEOPLES_COMMITTEE', 'CHAIR_PEOPLES_COUNCIL', 'HEAD_OF_DEPARTMENT'));
ALTER TABLE member_position ADD COLUMN note text;
CREATE UNIQUE INDEX member_position_open ON member_position (member_id, organization_id, title) WHERE ended_on IS NULL;

CREATE INDEX member_cell_history_member ON member_cell_history (member_id, joined_on);
CREATE INDEX member_status ON member (status);
-- Lists are ordered by the folded name, so "Đặng" sorts beside "Dương" as a Vietnamese reader expects. Stored, so
-- that sorting the matches of a search does not fold every name again.
ALTER TABLE member ADD COLUMN sort_name text GENERATED ALWAYS AS (fold_vi(full_name)) STORED;
CREATE INDEX member_sort_name ON member (sort_name, id);
