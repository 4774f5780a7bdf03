-- The non-party posts a person holds in a unit (or in a committee, for the staff of its offices), from a day until a
-- day. A post of a person does not overlap itself (same organization and title), and an organization has one head on
-- any day: both are checked in code under an advisory lock per organization, since btree_gist is not among the
-- extensions; the dates' order is the database's own rule too.
CREATE TABLE person_post (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id       bigint NOT NULL REFERENCES person (id),
    organization_id bigint NOT NULL REFERENCES organization (id),
    title           text   NOT NULL CHECK (title IN ('CHAIR', 'VICE_CHAIR', 'SECRETARY', 'DEPUTY_SECRETARY', 'HEAD',
                                                     'DEPUTY_HEAD', 'RESIDENTIAL_GROUP_LEADER', 'CIVIL_SERVANT',
                                                     'OFFICER', 'STAFF')),
    title_text      text   NOT NULL,
    started_on      date   NOT NULL,
    ended_on        date,
    CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX person_post_person ON person_post (person_id, started_on);
CREATE INDEX person_post_organization ON person_post (organization_id, started_on);
