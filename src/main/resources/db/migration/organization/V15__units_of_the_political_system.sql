-- The units a committee leads at its level, which are not party organizations (issue 21): the Fatherland Front,
-- the socio-political organizations, the People's Committee and Council, and the government's departments, units
-- and schools. They sit in the tree under the committee that leads them, owe obligations and have staff accounts,
-- but have people, not members.
ALTER TABLE organization DROP CONSTRAINT organization_kind_check;
ALTER TABLE organization ADD CONSTRAINT organization_kind_check CHECK (kind IN (
    'COMMITTEE', 'GRASSROOTS_COMMITTEE', 'CELL', 'DEPARTMENT',
    'FRONT', 'MASS_ORGANIZATION', 'PEOPLES_COMMITTEE', 'PEOPLES_COUNCIL', 'GOVERNMENT_UNIT'));
