-- The members the compliance board counts beside its obligations (MemberSql.countedInCells, the rule of
-- MemberCounting), rolled up as its obligations are (V143): the plain statement counts every member of the
-- subtree's cells per view (six million at the root); the board sums a few rows per child instead.
--
-- A member's count over time is a few dated events per cell (board_member_events): on the roll of the cell of a
-- stay from the day it began (+1), no longer from the day it ended (left_on, -1); expected there likewise, but not
-- while a standing TEMPORARY_ELSEWHERE or EXEMPT_ACTIVITY covers the day (both ends included); while away
-- (TEMPORARY_ELSEWHERE), expected at the host cell unless exempt. Only cells count, and only members ACTIVE today,
-- as the plain statement counts them on any day. The counts on a day A are the sum of the events of day <= A.
--
-- Each member's events as last derived are kept (board_member_event). A change to a member's status, a stay or a
-- standing derives the member's events again in the same transaction (statement-level triggers: an import's
-- thousands of rows in one go) and appends the difference to board_member_delta at the cell's placement
-- (board_placement, V143); BoardTallyFold folds the deltas into board_member_tally: per ancestor of the cell, per
-- grain (Y, M, D) and the first day of the year, month or day, so that a board reads per child the years before its
-- day's year, that year's months before its month and that month's days up to the day: about a hundred rows at most,
-- whatever the number of members. A cell that moves takes its members' counts along (board_members_move).

CREATE TABLE board_member_event (
    member_id bigint NOT NULL,
    cell_id   bigint NOT NULL,
    day       date   NOT NULL,
    on_roll   int    NOT NULL,
    expected  int    NOT NULL
);
CREATE INDEX board_member_event_member ON board_member_event (member_id);
CREATE INDEX board_member_event_cell ON board_member_event (cell_id);

CREATE TABLE board_member_delta (
    path     ltree NOT NULL,
    day      date  NOT NULL,
    on_roll  int   NOT NULL,
    expected int   NOT NULL
);
CREATE INDEX board_member_delta_path ON board_member_delta USING gist (path);

CREATE TABLE board_member_tally (
    node_path   ltree  NOT NULL,
    parent_path ltree  NOT NULL,
    grain       text   NOT NULL CHECK (grain IN ('Y', 'M', 'D')),
    bucket      date   NOT NULL,
    on_roll     bigint NOT NULL,
    expected    bigint NOT NULL,
    CONSTRAINT board_member_tally_key UNIQUE (node_path, grain, bucket)
);
CREATE INDEX board_member_tally_parent ON board_member_tally (parent_path, grain, bucket);

-- The events of the members {ids}: per cell, the change of its counts on each day one of the member's stays or
-- standings begins or ends.
CREATE FUNCTION board_member_events(ids bigint[])
    RETURNS TABLE (member_id bigint, cell_id bigint, day date, on_roll int, expected int)
    LANGUAGE sql STABLE AS $$
    WITH m AS (
        -- the ids as the condition of an index scan (one probe each: an import derives 100,000 members at once),
        -- and no branch for "every member", whose estimate would plan a scan of every stay for a trigger's one
        SELECT m.id FROM member m WHERE m.id = ANY (ids) AND m.status = 'ACTIVE'
    ), stay AS (
        SELECT h.member_id, h.cell_id, h.joined_on, h.left_on
          FROM member_cell_history h
          JOIN m ON m.id = h.member_id
          JOIN organization c ON c.id = h.cell_id AND c.kind = 'CELL'
    ), standing AS (
        SELECT s.member_id, s.kind, s.host_cell_id, s.starts_on, s.ends_on
          FROM member_standing s
          JOIN m ON m.id = s.member_id
         WHERE s.kind IN ('TEMPORARY_ELSEWHERE', 'EXEMPT_ACTIVITY')
    ), breaks AS (
        SELECT stay.member_id, stay.joined_on AS day FROM stay
        UNION SELECT stay.member_id, stay.left_on FROM stay WHERE stay.left_on IS NOT NULL
        UNION SELECT standing.member_id, standing.starts_on FROM standing
        UNION SELECT standing.member_id, standing.ends_on + 1 FROM standing WHERE standing.ends_on IS NOT NULL
    ), flags AS (
        SELECT b.member_id, b.day, bool_or(s.kind = 'TEMPORARY_ELSEWHERE') AS away,
               bool_or(s.kind = 'EXEMPT_ACTIVITY') AS exempt
          FROM breaks b
          JOIN standing s ON s.member_id = b.member_id AND s.starts_on <= b.day
                         AND (s.ends_on IS NULL OR s.ends_on >= b.day)
         GROUP BY 1, 2
    ), state AS (
        -- joins on the member, never a scan of a common table per break
        SELECT x.member_id, x.day, x.cell_id, sum(x.on_roll) AS on_roll, sum(x.expected) AS expected
          FROM (SELECT b.member_id, b.day, st.cell_id, 1 AS on_roll,
                       CASE WHEN f.away OR f.exempt THEN 0 ELSE 1 END AS expected
                  FROM breaks b
                  JOIN stay st ON st.member_id = b.member_id AND st.joined_on <= b.day
                              AND (st.left_on IS NULL OR st.left_on > b.day)
                  LEFT JOIN flags f ON f.member_id = b.member_id AND f.day = b.day
                UNION ALL
                SELECT b.member_id, b.day, s.host_cell_id, 0, CASE WHEN f.exempt THEN 0 ELSE 1 END
                  FROM breaks b
                  JOIN standing s ON s.member_id = b.member_id AND s.kind = 'TEMPORARY_ELSEWHERE'
                                 AND s.starts_on <= b.day AND (s.ends_on IS NULL OR s.ends_on >= b.day)
                  JOIN organization c ON c.id = s.host_cell_id AND c.kind = 'CELL'
                  LEFT JOIN flags f ON f.member_id = b.member_id AND f.day = b.day) x
         GROUP BY 1, 2, 3
    ), grid AS (
        SELECT b.member_id, c.cell_id, b.day, COALESCE(s.on_roll, 0) AS on_roll, COALESCE(s.expected, 0) AS expected
          FROM breaks b
          JOIN (SELECT DISTINCT state.member_id, state.cell_id FROM state) c ON c.member_id = b.member_id
          LEFT JOIN state s ON s.member_id = b.member_id AND s.cell_id = c.cell_id AND s.day = b.day
    )
    SELECT g.member_id, g.cell_id, g.day, g.on_roll, g.expected
      FROM (SELECT grid.member_id, grid.cell_id, grid.day,
                   CAST(grid.on_roll - lag(grid.on_roll, 1, 0::bigint) OVER w AS int) AS on_roll,
                   CAST(grid.expected - lag(grid.expected, 1, 0::bigint) OVER w AS int) AS expected
              FROM grid WINDOW w AS (PARTITION BY grid.member_id, grid.cell_id ORDER BY grid.day)) g
     WHERE g.on_roll <> 0 OR g.expected <> 0
$$;

-- Derives the events of the members {ids} again and appends what changed to the deltas. Planned for the ids given
-- (EXECUTE): a plan made for any number of them estimates a twentieth of every table and scans every event and every
-- placement for a trigger's one member.
CREATE FUNCTION board_members_rederive(ids bigint[]) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
    IF cardinality(ids) IS NULL OR cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    EXECUTE $q$
        WITH old AS (
            DELETE FROM board_member_event e WHERE e.member_id = ANY ($1)
            RETURNING e.cell_id, e.day, -e.on_roll AS on_roll, -e.expected AS expected
        ), fresh AS (
            INSERT INTO board_member_event SELECT * FROM board_member_events($1)
            RETURNING cell_id, day, on_roll, expected
        )
        INSERT INTO board_member_delta (path, day, on_roll, expected)
        SELECT bp.path, x.day, sum(x.on_roll), sum(x.expected)
          FROM (SELECT * FROM old UNION ALL SELECT * FROM fresh) x
          JOIN board_placement bp ON bp.organization_id = x.cell_id
         GROUP BY 1, 2
        HAVING sum(x.on_roll) <> 0 OR sum(x.expected) <> 0
    $q$ USING ids;
END
$f$;

-- Every member's events derived afresh, as deltas for the next fold (the migration; a bench after a bulk load with
-- the triggers off).
CREATE FUNCTION board_members_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE board_member_event, board_member_delta, board_member_tally;
    PERFORM board_members_rederive(ARRAY(SELECT m.id FROM member m));
END
$$;

CREATE FUNCTION board_members_status_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM board_members_rederive(ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                                          WHERE n.status IS DISTINCT FROM o.status));
    RETURN NULL;
END
$$;

-- A stay or a standing written: its member's events again; for a standing only of a kind that counts (the trigger's
-- argument 'standings'), read through to_jsonb since a stay has no kind. A statement names only the transition tables
-- its operation has.
CREATE FUNCTION board_members_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    every_row boolean := TG_ARGV[0] = 'stays';
    counted text[] := ARRAY['TEMPORARY_ELSEWHERE', 'EXEMPT_ACTIVITY'];
    ids bigint[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        ids := ARRAY(SELECT n.member_id FROM new_rows n WHERE every_row OR to_jsonb(n) ->> 'kind' = ANY (counted));
    ELSIF TG_OP = 'DELETE' THEN
        ids := ARRAY(SELECT o.member_id FROM old_rows o WHERE every_row OR to_jsonb(o) ->> 'kind' = ANY (counted));
    ELSE
        ids := ARRAY(SELECT n.member_id FROM new_rows n WHERE every_row OR to_jsonb(n) ->> 'kind' = ANY (counted)
                     UNION SELECT o.member_id FROM old_rows o WHERE every_row OR to_jsonb(o) ->> 'kind' = ANY (counted));
    END IF;
    PERFORM board_members_rederive(ids);
    RETURN NULL;
END
$$;

CREATE TRIGGER board_members_status_changed AFTER UPDATE ON member
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION board_members_status_changed();
CREATE TRIGGER board_members_stays_inserted AFTER INSERT ON member_cell_history
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION board_members_rows_changed('stays');
CREATE TRIGGER board_members_stays_updated AFTER UPDATE ON member_cell_history
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION board_members_rows_changed('stays');
CREATE TRIGGER board_members_stays_deleted AFTER DELETE ON member_cell_history
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION board_members_rows_changed('stays');
CREATE TRIGGER board_members_standings_inserted AFTER INSERT ON member_standing
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION board_members_rows_changed('standings');
CREATE TRIGGER board_members_standings_updated AFTER UPDATE ON member_standing
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION board_members_rows_changed('standings');
CREATE TRIGGER board_members_standings_deleted AFTER DELETE ON member_standing
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION board_members_rows_changed('standings');

-- A cell that moves takes its members' counts along: the events of the stays in it and of the members it hosts,
-- taken from its placement and added at its new one. Its triggers are named to fire before V143's, which move the
-- placement itself (the triggers of one event on a table fire in the order of their names).
CREATE FUNCTION board_members_move(ids bigint[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO board_member_delta (path, day, on_roll, expected)
    SELECT s.path, e.day, sum(s.sign * e.on_roll), sum(s.sign * e.expected)
      FROM board_placement bp
      CROSS JOIN LATERAL (SELECT board_path_of(bp.organization_id) AS path) n
      JOIN board_member_event e ON e.cell_id = bp.organization_id
      CROSS JOIN LATERAL (VALUES (bp.path, -1), (n.path, 1)) s (path, sign)
     WHERE bp.organization_id = ANY (ids) AND n.path IS NOT NULL AND n.path <> bp.path
     GROUP BY 1, 2
    HAVING sum(s.sign * e.on_roll) <> 0 OR sum(s.sign * e.expected) <> 0
$$;

CREATE FUNCTION board_members_tree_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'organization' THEN
        PERFORM board_members_move(ARRAY(SELECT n.id FROM new_rows n));
    ELSE
        PERFORM board_members_move(ARRAY(SELECT DISTINCT n.organization_id FROM new_rows n));
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER board_members_periods_inserted AFTER INSERT ON organization_period
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION board_members_tree_changed();
CREATE TRIGGER board_members_periods_updated AFTER UPDATE ON organization_period
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION board_members_tree_changed();
CREATE TRIGGER board_members_organizations_changed AFTER UPDATE ON organization
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION board_members_tree_changed();

SELECT board_members_rebuild();
