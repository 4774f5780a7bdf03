-- A requirement may be owed by the units a committee leads (issue 21): the Front and the socio-political
-- organizations, the government, or the whole political system; ALL stays "every party organization".
ALTER TABLE campaign_requirement DROP CONSTRAINT campaign_requirement_applies_to_check;
ALTER TABLE campaign_requirement ADD CONSTRAINT campaign_requirement_applies_to_check CHECK (applies_to IN (
    'COMMITTEE', 'GRASSROOTS_COMMITTEE', 'CELL', 'ALL', 'FRONT_AND_MASS', 'GOVERNMENT', 'POLITICAL_SYSTEM'));
