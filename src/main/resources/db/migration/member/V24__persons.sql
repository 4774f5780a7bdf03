-- People who are not counted as party members where they work (issue 21): the heads and staff of the units a
-- committee leads (Chủ tịch Ủy ban MTTQ, Bí thư Đoàn, Chủ tịch Hội, Chủ tịch UBND), heads of residential groups,
-- civil servants. Kept with the posts they hold (person_post, V25) so that invitations, ballots and reports can name
-- them. A person who is also a party member points at the member; that member's party posts stay in member_position.
CREATE TABLE person (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    full_name   text   NOT NULL,
    gender      text   CHECK (gender IN ('MALE', 'FEMALE', 'OTHER')),
    birth_year  int    CHECK (birth_year BETWEEN 1900 AND 2100),
    phone       text,
    email       text,
    member_id   bigint UNIQUE REFERENCES member (id),
    search_text text GENERATED ALWAYS AS (fold_vi(full_name)) STORED,
    version     int    NOT NULL DEFAULT 0
);
CREATE INDEX person_search ON person USING gin (search_text gin_trgm_ops);
CREATE INDEX person_full_name_vi ON person (full_name COLLATE vi_icu, id);
