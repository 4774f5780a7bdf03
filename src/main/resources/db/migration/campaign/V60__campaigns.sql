-- A campaign (chuyên đề, đợt sinh hoạt chính trị): directed by a document, owned by an organization, aimed at
-- subtrees. A cascade is a campaign of a lower committee whose parent_id is the campaign it implements.
CREATE TABLE campaign (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title                  text   NOT NULL,
    theme                  text,
    directing_document_id  bigint NOT NULL REFERENCES document (id),
    owner_id               bigint NOT NULL REFERENCES organization (id),
    parent_id              bigint REFERENCES campaign (id),
    starts_on              date   NOT NULL,
    ends_on                date   NOT NULL,
    status                 text   NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'LAUNCHED')),
    launched_on            date,
    created_at             timestamptz NOT NULL DEFAULT now(),
    version                int    NOT NULL DEFAULT 0,
    CHECK (ends_on >= starts_on),
    CHECK ((status = 'LAUNCHED') = (launched_on IS NOT NULL))
);
CREATE INDEX campaign_owner ON campaign (owner_id);
CREATE INDEX campaign_parent ON campaign (parent_id);
CREATE INDEX campaign_directing ON campaign (directing_document_id);

-- The subtrees a campaign is aimed at.
CREATE TABLE campaign_target (
    campaign_id     bigint NOT NULL REFERENCES campaign (id),
    organization_id bigint NOT NULL REFERENCES organization (id),
    PRIMARY KEY (campaign_id, organization_id)
);
CREATE INDEX campaign_target_org ON campaign_target (organization_id);

-- What the campaign asks of the organizations of one kind (or all): the template launching copies into obligations.
-- A cascade's requirement may point at the parent's requirement it tightens (never a later due date).
CREATE TABLE campaign_requirement (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id    bigint NOT NULL REFERENCES campaign (id),
    position       int    NOT NULL,
    kind           text   NOT NULL CHECK (kind IN ('ISSUE_PLAN', 'HOLD_CONFERENCE', 'CELL_MEETINGS', 'MEMBER_SUBMISSIONS',
                                                   'ACTION_PROGRAMME', 'PERIODIC_REPORT', 'INTERIM_REVIEW')),
    applies_to     text   NOT NULL CHECK (applies_to IN ('COMMITTEE', 'GRASSROOTS_COMMITTEE', 'CELL', 'ALL')),
    due_on         date   NOT NULL,
    label          text,
    parent_requirement_id bigint REFERENCES campaign_requirement (id),
    UNIQUE (campaign_id, position)
);

-- What one organization owes for one requirement. Done when fulfilled_on is set: by evidence in the system (a
-- document) or by hand, with a note and optionally an attached file.
CREATE TABLE obligation (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id           bigint NOT NULL REFERENCES campaign (id),
    requirement_id        bigint NOT NULL REFERENCES campaign_requirement (id),
    organization_id       bigint NOT NULL REFERENCES organization (id),
    kind                  text   NOT NULL,
    due_on                date   NOT NULL,
    fulfilled_on          date,
    evidence_document_id  bigint REFERENCES document (id),
    note                  text,
    attachment_key        text,
    attachment_name       text,
    fulfilled_by          text,
    version               int    NOT NULL DEFAULT 0,
    UNIQUE (requirement_id, organization_id),
    CHECK (fulfilled_on IS NOT NULL OR (evidence_document_id IS NULL AND note IS NULL AND attachment_key IS NULL)),
    CHECK (fulfilled_on IS NULL OR evidence_document_id IS NOT NULL OR note IS NOT NULL)
);
CREATE INDEX obligation_campaign_org ON obligation (campaign_id, organization_id);
CREATE INDEX obligation_org ON obligation (organization_id);
CREATE INDEX obligation_open_due ON obligation (due_on) WHERE fulfilled_on IS NULL;

-- A lower committee cascades a campaign once.
CREATE UNIQUE INDEX campaign_cascade_once ON campaign (parent_id, owner_id) WHERE parent_id IS NOT NULL;
