-- A scope covers the organizations merged into its roots (Scope.covers walks successor_id from the roots down to
-- their predecessors), so every scoped statement looks predecessors up by successor.
CREATE INDEX organization_successor ON organization (successor_id) WHERE successor_id IS NOT NULL;
