-- Periodic reports (báo cáo định kỳ) and their aggregation up the tree (tổng hợp).
--
-- A template is asked for by a committee, for a campaign or on its own, once per period (month, quarter, half-year,
-- year), with its indicators: counts, ratios (a numerator and a denominator, never a percentage) and free-text
-- sections. Each indicator may name the figure the system counts for it (PeriodFigures keys such as
-- meeting.conferencesHeld), which prefills the reports. applies_to narrows a campaign's template to the
-- organizations its report lines of that kind bind (the wards' report, not the Front's); NULL: every line.
CREATE TABLE report_template (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title           text   NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    organization_id bigint NOT NULL REFERENCES organization (id),
    campaign_id     bigint REFERENCES campaign (id),
    period          text   NOT NULL CHECK (period IN ('MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR')),
    applies_to      text   CHECK (applies_to IN ('COMMITTEE', 'GRASSROOTS_COMMITTEE', 'CELL', 'ALL', 'FRONT_AND_MASS',
                                                 'GOVERNMENT', 'POLITICAL_SYSTEM')),
    due_days        int    NOT NULL DEFAULT 10 CHECK (due_days BETWEEN 0 AND 90),
    created_at      timestamptz NOT NULL DEFAULT now(),
    version         int    NOT NULL DEFAULT 0
);
CREATE INDEX report_template_organization ON report_template (organization_id);

CREATE TABLE report_indicator (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    template_id        bigint NOT NULL REFERENCES report_template (id),
    position           int    NOT NULL,
    label              text   NOT NULL CHECK (length(label) BETWEEN 1 AND 300),
    kind               text   NOT NULL CHECK (kind IN ('COUNT', 'RATIO', 'TEXT')),
    source             text,
    denominator_source text,
    UNIQUE (template_id, position),
    CHECK (kind <> 'TEXT' OR (source IS NULL AND denominator_source IS NULL)),
    CHECK (kind = 'RATIO' OR denominator_source IS NULL)
);

-- One organization's report for one period of a template. DRAFT → SUBMITTED (signed off by the head) → ACCEPTED, or
-- RETURNED with the parent's comment and then submitted again. due_on is the matched campaign obligation's due day,
-- or the period's end plus the template's due days; obligation_id is that obligation, fulfilled at submission.
-- number_text: the number and symbol the office registered it under ("12-BC/ĐU"), given at the hand-over.
CREATE TABLE report (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    template_id      bigint NOT NULL REFERENCES report_template (id),
    organization_id  bigint NOT NULL REFERENCES organization (id),
    period_starts_on date   NOT NULL,
    period_ends_on   date   NOT NULL,
    due_on           date   NOT NULL,
    obligation_id    bigint REFERENCES obligation (id),
    status           text   NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    submitted_on     date,
    signed_by        text,
    number_text      text,
    decided_on       date,
    decided_by       text,
    comment          text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    version          int    NOT NULL DEFAULT 0,
    UNIQUE (template_id, organization_id, period_starts_on),
    CHECK (period_ends_on >= period_starts_on),
    CHECK (status = 'DRAFT' OR submitted_on IS NOT NULL),
    CHECK ((submitted_on IS NULL) = (signed_by IS NULL)),
    CHECK (status <> 'RETURNED' OR comment IS NOT NULL)
);
CREATE INDEX report_organization ON report (organization_id);
CREATE INDEX report_template_period ON report (template_id, period_starts_on);

-- The report's figure for each indicator: what the system proposed (prefilled: the subtree's recorded figures, or the
-- children's submitted reports summed when the organization has children reporting to it) and what the report says.
-- A figure that differs from a proposal carries the author's reason; both stay, for the parent to see. A figure not
-- yet entered is NULL (a proposal that breaks the rules, such as more attendees than invitees, is not taken over).
CREATE TABLE report_value (
    report_id             bigint NOT NULL REFERENCES report (id),
    indicator_id          bigint NOT NULL REFERENCES report_indicator (id),
    proposed              bigint,
    proposed_denominator  bigint,
    value                 bigint,
    denominator           bigint,
    text                  text,
    reason                text,
    PRIMARY KEY (report_id, indicator_id),
    CHECK (value IS NULL OR value >= 0),
    CHECK (denominator IS NULL OR denominator >= 0),
    CHECK (value IS NULL OR denominator IS NULL OR value <= denominator),
    CHECK (reason IS NOT NULL OR value IS NULL OR proposed IS NULL
           OR (value IS NOT DISTINCT FROM proposed AND denominator IS NOT DISTINCT FROM proposed_denominator))
);

-- Every version of a report as it was handed over or decided: the figures as JSON, who and when.
CREATE TABLE report_revision (
    report_id  bigint NOT NULL REFERENCES report (id),
    number     int    NOT NULL,
    status     text   NOT NULL,
    at         timestamptz NOT NULL DEFAULT now(),
    by_name    text   NOT NULL,
    comment    text,
    figures    jsonb  NOT NULL,
    PRIMARY KEY (report_id, number)
);
