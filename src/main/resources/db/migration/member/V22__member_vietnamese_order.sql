-- The member list pages through the whole roster in Vietnamese alphabetical order (the collation comes from V14,
-- numbered before the member table, which V20 creates).
CREATE INDEX member_full_name_vi ON member (full_name COLLATE vi_icu, id);
