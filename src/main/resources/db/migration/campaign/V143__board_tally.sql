-- The compliance board's roll-up (issue 13): counts of obligations the board reads instead of recomputing every
-- obligation of a campaign per view, kept exact for every "as of" day.
--
-- Every obligation is a few dated events: on '-infinity' it counts in total (and in awaiting when it waits for its
-- event); on its fulfilment day it counts as done on time or late (and by hand without evidence nor attachment);
-- on the day after its last day on time, when it was not done on time by then, it counts as due. The board on a
-- day A sums the events of day <= A, and the statuses follow (BoardTally.java): overdue = due - late, awaiting =
-- awaiting - awaiting_on_time - awaiting_due, not yet due = the rest.
--
-- The same transaction that writes an obligation appends its signed events to board_tally_delta (statement-level
-- triggers with transition tables: every write path, bulk launches included, and no row that every fulfilment in
-- the country updates); a scheduled job (BoardTallyFold) folds them into board_tally, one row per ancestor of the
-- obligation's organization; the board reads base + pending deltas in one statement.
--
-- An organization's obligations count where board_placement puts it: the path of its period in force on its last
-- day (the tree the plain statement reads for any day after every change). A new period, or a closing, that moves
-- it re-attributes its obligations in the same transaction. A board of a day before a change of its subtree is
-- computed by the plain statement (TreeSql.changedAfter decides).

CREATE TABLE board_placement (
    organization_id bigint  PRIMARY KEY,
    path            ltree   NOT NULL,
    party           boolean NOT NULL
);

CREATE TABLE board_tally_delta (
    campaign_id      bigint  NOT NULL,
    requirement_id   bigint  NOT NULL,
    path             ltree   NOT NULL,
    party            boolean NOT NULL,
    period_starts_on date,
    period_ends_on   date,
    day              date    NOT NULL,
    total            int     NOT NULL,
    on_time          int     NOT NULL,
    late             int     NOT NULL,
    by_hand          int     NOT NULL,
    due              int     NOT NULL,
    awaiting         int     NOT NULL,
    awaiting_on_time int     NOT NULL,
    awaiting_due     int     NOT NULL
);
CREATE INDEX board_tally_delta_campaign ON board_tally_delta (campaign_id);
CREATE INDEX board_tally_delta_path ON board_tally_delta USING gist (path);

CREATE TABLE board_tally (
    campaign_id      bigint  NOT NULL,
    node_path        ltree   NOT NULL,
    parent_path      ltree   NOT NULL,
    requirement_id   bigint  NOT NULL,
    party            boolean NOT NULL,
    period_starts_on date,
    period_ends_on   date,
    day              date    NOT NULL,
    total            bigint  NOT NULL,
    on_time          bigint  NOT NULL,
    late             bigint  NOT NULL,
    by_hand          bigint  NOT NULL,
    due              bigint  NOT NULL,
    awaiting         bigint  NOT NULL,
    awaiting_on_time bigint  NOT NULL,
    awaiting_due     bigint  NOT NULL,
    CONSTRAINT board_tally_key UNIQUE NULLS NOT DISTINCT
        (campaign_id, node_path, requirement_id, party, period_starts_on, period_ends_on, day)
);
CREATE INDEX board_tally_parent ON board_tally (campaign_id, parent_path);
-- the rows a fold brought back to nothing, which it then deletes
CREATE INDEX board_tally_empty ON board_tally (campaign_id) WHERE total = 0 AND on_time = 0 AND late = 0
    AND by_hand = 0 AND due = 0 AND awaiting = 0 AND awaiting_on_time = 0 AND awaiting_due = 0;

-- The events of one obligation (its columns of the same names), signed.
CREATE FUNCTION board_events(due_on date, due_day_on_time boolean, fulfilled_on date, evidence_document_id bigint,
                             attachment_key text, awaiting_event boolean, sign int)
    RETURNS TABLE (day date, total int, on_time int, late int, by_hand int, due int, awaiting int,
                   awaiting_on_time int, awaiting_due int)
    LANGUAGE sql IMMUTABLE AS $$
    WITH x AS (
        SELECT due_on - CASE WHEN due_day_on_time THEN 0 ELSE 1 END AS last_on_time,
               fulfilled_on IS NOT NULL AND fulfilled_on <= due_on - CASE WHEN due_day_on_time THEN 0 ELSE 1 END
                   AS on_time,
               CASE WHEN awaiting_event THEN sign ELSE 0 END AS aw
    )
    SELECT '-infinity'::date, sign, 0, 0, 0, 0, x.aw, 0, 0 FROM x
    UNION ALL
    SELECT fulfilled_on, 0, CASE WHEN x.on_time THEN sign ELSE 0 END, CASE WHEN x.on_time THEN 0 ELSE sign END,
           CASE WHEN evidence_document_id IS NULL AND attachment_key IS NULL THEN sign ELSE 0 END, 0, 0,
           CASE WHEN x.on_time THEN x.aw ELSE 0 END, 0
      FROM x WHERE fulfilled_on IS NOT NULL
    UNION ALL
    SELECT x.last_on_time + 1, 0, 0, 0, 0, sign, 0, 0, x.aw FROM x WHERE NOT x.on_time
$$;

-- Where the roll-up counts an organization: its period in force on its last day (or its latest one).
CREATE FUNCTION board_path_of(organization_id bigint) RETURNS ltree LANGUAGE sql STABLE AS $$
    SELECT p.path FROM organization_period p JOIN organization o ON o.id = p.organization_id
     WHERE p.organization_id = board_path_of.organization_id
     ORDER BY p.valid_from <= GREATEST(o.established_on, COALESCE(o.closed_on - 1, 'infinity'))
                  AND (p.valid_to IS NULL OR p.valid_to > GREATEST(o.established_on, COALESCE(o.closed_on - 1,
                                                                                          'infinity'))) DESC,
              p.id DESC
     LIMIT 1
$$;

-- Places the organizations not placed yet.
CREATE FUNCTION board_place(ids bigint[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO board_placement (organization_id, path, party)
    SELECT o.id, board_path_of(o.id), o.kind IN ('COMMITTEE', 'GRASSROOTS_COMMITTEE', 'CELL', 'DEPARTMENT')
      FROM organization o
     WHERE o.id = ANY (ids) AND NOT EXISTS (SELECT 1 FROM board_placement bp WHERE bp.organization_id = o.id)
       AND board_path_of(o.id) IS NOT NULL
    ON CONFLICT DO NOTHING
$$;

-- Moves the organizations whose placement changed, their obligations' counts with them.
CREATE FUNCTION board_replace(ids bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM board_place(ids);
    WITH moved AS (
        SELECT bp.organization_id, bp.path AS old_path, n.path AS new_path, bp.party
          FROM board_placement bp
          CROSS JOIN LATERAL (SELECT board_path_of(bp.organization_id) AS path) n
         WHERE bp.organization_id = ANY (ids) AND n.path IS NOT NULL AND n.path <> bp.path
    ), moves AS (
        INSERT INTO board_tally_delta
        SELECT ob.campaign_id, ob.requirement_id, s.path, m.party, ob.period_starts_on, ob.period_ends_on, e.day,
               sum(e.total), sum(e.on_time), sum(e.late), sum(e.by_hand), sum(e.due), sum(e.awaiting),
               sum(e.awaiting_on_time), sum(e.awaiting_due)
          FROM moved m
          JOIN obligation ob ON ob.organization_id = m.organization_id
          CROSS JOIN LATERAL (VALUES (m.old_path, -1), (m.new_path, 1)) s (path, sign)
          CROSS JOIN LATERAL board_events(ob.due_on, ob.due_day_on_time, ob.fulfilled_on, ob.evidence_document_id, ob.attachment_key, ob.awaiting_event, s.sign) e
         GROUP BY 1, 2, 3, 4, 5, 6, 7
    )
    UPDATE board_placement bp SET path = m.new_path FROM moved m WHERE bp.organization_id = m.organization_id;
END
$$;

-- An update: the old rows' events taken away, the new rows' added; an update that changes none of them (a note, a
-- version) nets to nothing and appends nothing.
CREATE FUNCTION board_obligations_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM board_place(ARRAY(SELECT DISTINCT n.organization_id FROM new_rows n));
    INSERT INTO board_tally_delta
    SELECT c.campaign_id, c.requirement_id, bp.path, bp.party, c.period_starts_on, c.period_ends_on, e.day,
           sum(e.total), sum(e.on_time), sum(e.late), sum(e.by_hand), sum(e.due), sum(e.awaiting),
           sum(e.awaiting_on_time), sum(e.awaiting_due)
      FROM (SELECT n.*, 1 AS sign FROM new_rows n UNION ALL SELECT o.*, -1 FROM old_rows o) c
      JOIN board_placement bp ON bp.organization_id = c.organization_id
      CROSS JOIN LATERAL board_events(c.due_on, c.due_day_on_time, c.fulfilled_on, c.evidence_document_id, c.attachment_key, c.awaiting_event, c.sign) e
     GROUP BY 1, 2, 3, 4, 5, 6, 7
    HAVING sum(e.total) <> 0 OR sum(e.on_time) <> 0 OR sum(e.late) <> 0 OR sum(e.by_hand) <> 0 OR sum(e.due) <> 0
        OR sum(e.awaiting) <> 0 OR sum(e.awaiting_on_time) <> 0 OR sum(e.awaiting_due) <> 0;
    RETURN NULL;
END
$$;

CREATE FUNCTION board_periods_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM board_replace(ARRAY(SELECT DISTINCT n.organization_id FROM new_rows n));
    RETURN NULL;
END
$$;

CREATE FUNCTION board_organizations_closed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM board_replace(ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                                 WHERE n.closed_on IS DISTINCT FROM o.closed_on
                                    OR n.established_on <> o.established_on));
    RETURN NULL;
END
$$;

CREATE FUNCTION board_obligations_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM board_place(ARRAY(SELECT DISTINCT n.organization_id FROM new_rows n));
    INSERT INTO board_tally_delta
    SELECT n.campaign_id, n.requirement_id, bp.path, bp.party, n.period_starts_on, n.period_ends_on, e.day,
           sum(e.total), sum(e.on_time), sum(e.late), sum(e.by_hand), sum(e.due), sum(e.awaiting),
           sum(e.awaiting_on_time), sum(e.awaiting_due)
      FROM new_rows n
      JOIN board_placement bp ON bp.organization_id = n.organization_id
      CROSS JOIN LATERAL board_events(n.due_on, n.due_day_on_time, n.fulfilled_on, n.evidence_document_id, n.attachment_key, n.awaiting_event, 1) e
     GROUP BY 1, 2, 3, 4, 5, 6, 7;
    RETURN NULL;
END
$$;

CREATE FUNCTION board_obligations_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO board_tally_delta
    SELECT o.campaign_id, o.requirement_id, bp.path, bp.party, o.period_starts_on, o.period_ends_on, e.day,
           sum(e.total), sum(e.on_time), sum(e.late), sum(e.by_hand), sum(e.due), sum(e.awaiting),
           sum(e.awaiting_on_time), sum(e.awaiting_due)
      FROM old_rows o
      JOIN board_placement bp ON bp.organization_id = o.organization_id
      CROSS JOIN LATERAL board_events(o.due_on, o.due_day_on_time, o.fulfilled_on, o.evidence_document_id, o.attachment_key, o.awaiting_event, -1) e
     GROUP BY 1, 2, 3, 4, 5, 6, 7;
    RETURN NULL;
END
$$;

CREATE TRIGGER board_obligations_inserted AFTER INSERT ON obligation
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION board_obligations_inserted();
CREATE TRIGGER board_obligations_updated AFTER UPDATE ON obligation
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION board_obligations_changed();
CREATE TRIGGER board_obligations_deleted AFTER DELETE ON obligation
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION board_obligations_deleted();
CREATE TRIGGER board_periods_inserted AFTER INSERT ON organization_period
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION board_periods_changed();
CREATE TRIGGER board_periods_updated AFTER UPDATE ON organization_period
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION board_periods_changed();
CREATE TRIGGER board_organizations_closed AFTER UPDATE ON organization
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION board_organizations_closed();

-- The base of the obligations there are: every organization placed, every obligation's events at every ancestor.
INSERT INTO board_placement (organization_id, path, party)
SELECT o.id, board_path_of(o.id), o.kind IN ('COMMITTEE', 'GRASSROOTS_COMMITTEE', 'CELL', 'DEPARTMENT')
  FROM organization o WHERE board_path_of(o.id) IS NOT NULL;

INSERT INTO board_tally
SELECT x.campaign_id, subpath(x.path, 0, a.i), subpath(x.path, 0, a.i - 1), x.requirement_id, x.party,
       x.period_starts_on, x.period_ends_on, x.day, sum(x.total), sum(x.on_time), sum(x.late), sum(x.by_hand),
       sum(x.due), sum(x.awaiting), sum(x.awaiting_on_time), sum(x.awaiting_due)
  FROM (SELECT ob.campaign_id, ob.requirement_id, bp.path, bp.party, ob.period_starts_on, ob.period_ends_on, e.day,
               sum(e.total) AS total, sum(e.on_time) AS on_time, sum(e.late) AS late, sum(e.by_hand) AS by_hand,
               sum(e.due) AS due, sum(e.awaiting) AS awaiting, sum(e.awaiting_on_time) AS awaiting_on_time,
               sum(e.awaiting_due) AS awaiting_due
          FROM obligation ob
          JOIN board_placement bp ON bp.organization_id = ob.organization_id
          CROSS JOIN LATERAL board_events(ob.due_on, ob.due_day_on_time, ob.fulfilled_on, ob.evidence_document_id, ob.attachment_key, ob.awaiting_event, 1) e
         GROUP BY 1, 2, 3, 4, 5, 6, 7) x
  CROSS JOIN LATERAL generate_series(1, nlevel(x.path)) a (i)
 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
