-- The tree as of a date is read parent by parent (an expanded node's children, and each node's child count), so
-- periods are looked up by parent as well as by organization.
CREATE INDEX organization_period_parent ON organization_period (parent_id, valid_from);
