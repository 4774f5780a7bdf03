-- A campaign line may ask each organization to run a ballot round on its leaders (BALLOT_ROUND), fulfilled when the
-- round closes with results.
ALTER TABLE campaign_requirement DROP CONSTRAINT campaign_requirement_kind_check;
ALTER TABLE campaign_requirement ADD CONSTRAINT campaign_requirement_kind_check CHECK (kind IN ('ISSUE_PLAN',
    'HOLD_CONFERENCE', 'CELL_MEETINGS', 'MEMBER_SUBMISSIONS', 'ACTION_PROGRAMME', 'PERIODIC_REPORT', 'INTERIM_REVIEW',
    'BALLOT_ROUND'));
