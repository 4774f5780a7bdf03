-- Requirements that recur (issue 21). A line is due once by a date (ONCE, as before); within a window (WINDOW: an
-- act before window_starts_on does not count, due_on ends the window); a number of days after an event
-- (AFTER_EVENT: days_after the act the same organization records for after_requirement_id, a line of the same
-- campaign; due_on is the latest day it may fall on, the due day until the event happens); every month or quarter
-- of the campaign (MONTHLY, QUARTERLY: one obligation per period, due on the period's last day, never after
-- due_on); or as a quota per period (QUOTA: quota acts in every quota_period, at most one act counted per
-- quota_unit, so a quota can never exceed the units its period holds).
-- due_day_on_time says whether an act on the due day itself is on time ("chậm nhất ngày 30/5": true) or late
-- ("xong trước ngày 30/5": false).
ALTER TABLE campaign_requirement
    ADD COLUMN recurrence           text    NOT NULL DEFAULT 'ONCE'
        CHECK (recurrence IN ('ONCE', 'WINDOW', 'AFTER_EVENT', 'MONTHLY', 'QUARTERLY', 'QUOTA')),
    ADD COLUMN window_starts_on     date,
    ADD COLUMN after_requirement_id bigint REFERENCES campaign_requirement (id),
    ADD COLUMN days_after           int     CHECK (days_after BETWEEN 0 AND 366),
    ADD COLUMN quota                int     CHECK (quota BETWEEN 1 AND 366),
    ADD COLUMN quota_period         text    CHECK (quota_period IN ('QUARTER', 'HALF_YEAR', 'YEAR')),
    ADD COLUMN quota_unit           text    CHECK (quota_unit IN ('DAY', 'MONTH', 'QUARTER')),
    ADD COLUMN due_day_on_time      boolean NOT NULL DEFAULT true,
    ADD CONSTRAINT requirement_window CHECK ((recurrence = 'WINDOW') = (window_starts_on IS NOT NULL)
        AND (window_starts_on IS NULL OR window_starts_on <= due_on)),
    ADD CONSTRAINT requirement_event CHECK ((recurrence = 'AFTER_EVENT')
        = (after_requirement_id IS NOT NULL AND days_after IS NOT NULL)),
    ADD CONSTRAINT requirement_quota CHECK ((recurrence = 'QUOTA')
        = (quota IS NOT NULL AND quota_period IS NOT NULL AND quota_unit IS NOT NULL));

-- A yearly theme may sit inside a whole-term theme (003: "gắn với Chuyên đề toàn khóa"): the term theme's board adds
-- up its years. Not a cascade: parent_id stays the campaign a lower committee implements.
ALTER TABLE campaign ADD COLUMN term_campaign_id bigint REFERENCES campaign (id);
CREATE INDEX campaign_term ON campaign (term_campaign_id) WHERE term_campaign_id IS NOT NULL;

-- What one organization owes for one period of a line. A one-off line has no period (both NULL). opens_on: an act
-- before it does not count (a window's first day). awaiting_event: an AFTER_EVENT line whose event has not happened
-- (due_on is then the line's latest day). acts_owed / acts_done: a quota's count; every other line owes one act.
ALTER TABLE obligation
    ADD COLUMN period_starts_on date,
    ADD COLUMN period_ends_on   date,
    ADD COLUMN opens_on         date,
    ADD COLUMN awaiting_event   boolean NOT NULL DEFAULT false,
    ADD COLUMN acts_owed        int     NOT NULL DEFAULT 1 CHECK (acts_owed >= 1),
    ADD COLUMN acts_done        int     NOT NULL DEFAULT 0 CHECK (acts_done >= 0),
    ADD COLUMN due_day_on_time  boolean NOT NULL DEFAULT true,
    ADD CONSTRAINT obligation_period CHECK ((period_starts_on IS NULL) = (period_ends_on IS NULL)
        AND (period_starts_on IS NULL OR period_starts_on <= period_ends_on));
ALTER TABLE obligation DROP CONSTRAINT obligation_requirement_id_organization_id_key;
ALTER TABLE obligation ADD CONSTRAINT obligation_once_per_period
    UNIQUE NULLS NOT DISTINCT (requirement_id, organization_id, period_starts_on);

-- One act counted toward a quota: at most one per unit (a month, a quarter) of the obligation's period.
CREATE TABLE obligation_act (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    obligation_id        bigint NOT NULL REFERENCES obligation (id),
    unit_starts_on       date   NOT NULL,
    done_on              date   NOT NULL,
    evidence_document_id bigint REFERENCES document (id),
    note                 text,
    recorded_by          text   NOT NULL,
    recorded_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (obligation_id, unit_starts_on),
    CHECK (evidence_document_id IS NOT NULL OR note IS NOT NULL)
);
