-- A recurring line's obligations are opened period by period (issue 21): the launch writes the one-off lines and the
-- periods started by the launch day, a scheduled job each later period on its first day. opened_through: the last
-- day the line's periods were opened on (every period starting on or before it has its obligations); null until the
-- campaign is launched. The campaigns launched before wrote every period at once: opened through their lines' end.
ALTER TABLE campaign_requirement ADD COLUMN opened_through date;
UPDATE campaign_requirement r SET opened_through = GREATEST(r.due_on, c.launched_on)
FROM campaign c WHERE c.id = r.campaign_id AND c.launched_on IS NOT NULL;
