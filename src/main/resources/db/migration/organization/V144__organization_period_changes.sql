-- The periods that began on a day, for TreeSql.changedAfter: whether the tree of a past day differs from today's
-- in a subtree (the compliance board's roll-up counts by the tree of today, and falls back when it does).
CREATE INDEX organization_period_from ON organization_period (valid_from);
