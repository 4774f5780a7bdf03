package vn.neuguong.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.meeting.PlanBoardViews.Board;
import vn.neuguong.meeting.PlanBoardViews.CellRow;
import vn.neuguong.meeting.PlanBoardViews.Row;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/**
 * The roll-up "Kế hoạch sinh hoạt chi bộ tháng MM/YYYY" at a node: one statement counts the open cells of the node's
 * subtree inside the scope, each with the due day its nearest committee sets and its plan for the month, grouped by
 * the child of the node they lie under, with the subtree's total. Counts only, so every figure adds up the tree.
 */
@Component
class PlanBoard {

    /** The cells (common table {@code x}): child of the node, plan, due day, thematic meeting in the quarter. */
    static String cells(Scope scope) {
        return "WITH c AS (SELECT s.id, s.path, COALESCE(s.child_id, 0) AS child, CAST(CAST(:month AS date)"
                + " - interval '1 month' AS date) + (" + PlanRules.dueDay("s.id") + " - 1) AS due_on FROM "
                + TreeSql.subtree("CAST(:nodePath AS ltree)") + " s WHERE s.open AND s.kind = 'CELL' AND "
                + scope.covers("s.path") + "), x AS (SELECT c.*, p.id AS plan_id, p.late, p.meeting_id, p.posted_at,"
                + " CASE WHEN p.id IS NULL THEN CASE WHEN CAST(:today AS date) > c.due_on THEN 'OVERDUE'"
                + " ELSE 'NOT_YET_DUE' END WHEN p.late THEN 'LATE' ELSE 'ON_TIME' END AS status,"
                + " EXISTS (SELECT 1 FROM meeting_plan q WHERE q.cell_id = c.id AND q.kind = 'CELL_THEMATIC'"
                + " AND q.month >= date_trunc('quarter', CAST(:month AS date))"
                + " AND q.month < date_trunc('quarter', CAST(:month AS date)) + interval '3 months') AS thematic"
                + " FROM c LEFT JOIN meeting_plan p ON p.cell_id = c.id AND p.month = :month)";
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    PlanBoard(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Next month, as of the clock's day: the month cells are posting for now. */
    YearMonth nextMonth() {
        return YearMonth.now(clock).plusMonths(1);
    }

    Board board(long nodeId, YearMonth month, Scope scope) {
        var node = node(nodeId, scope);
        var today = LocalDate.now(clock);
        var rows = new ArrayList<Row>();
        Row total = new Row(nodeId, node.name(), node.kind(), true, 0, 0, 0, 0, 0, 0);
        var sql = cells(scope) + " SELECT x.child, count(*) AS expected,"
                + " count(*) FILTER (WHERE x.status = 'ON_TIME') AS on_time,"
                + " count(*) FILTER (WHERE x.status = 'LATE') AS late,"
                + " count(*) FILTER (WHERE x.plan_id IS NULL) AS not_posted,"
                + " count(*) FILTER (WHERE x.status = 'OVERDUE') AS overdue,"
                + " count(*) FILTER (WHERE x.thematic) AS thematic, " + TreeSql.name("x.child") + " AS name, "
                + TreeSql.kind("x.child") + " AS kind, " + TreeSql.hasChildren("x.child") + " AS has_children"
                + " FROM x GROUP BY GROUPING SETS ((x.child), ()) ORDER BY " + TreeSql.path("x.child") + " NULLS FIRST";
        var read = jdbc.sql(sql)
                .params(parameters(node, month, today))
                .query((rs, n) -> {
                    Long child = (Long) rs.getObject("child");
                    boolean own = child != null && child == 0;
                    return new Object[] {
                        child,
                        row(rs, child == null || own ? nodeId : child, own ? node.name() : rs.getString("name"), own)
                    };
                })
                .list();
        for (var r : read) {
            if (r[0] == null) {
                var t = (Row) r[1];
                total = new Row(
                        nodeId,
                        node.name(),
                        node.kind(),
                        true,
                        t.expected(),
                        t.onTime(),
                        t.late(),
                        t.notPosted(),
                        t.overdue(),
                        t.thematic());
            } else {
                rows.add((Row) r[1]);
            }
        }
        int dueDay = jdbc.sql("SELECT " + PlanRules.dueDay(":node"))
                .param("node", nodeId)
                .query(Integer.class)
                .single();
        return new Board(
                nodeId, node.name(), node.parentId(), month, dueDay, CellPlan.dueOn(month, dueDay), today, total, rows);
    }

    /** The cells of the node's subtree with their plan's status, in the tree's order; of one status when given. */
    Page<CellRow> cells(long nodeId, YearMonth month, CellPlan.Status status, Scope scope, PageRequest request) {
        var parameters = parameters(node(nodeId, scope), month, LocalDate.now(clock));
        parameters.put("status", status == null ? null : status.name());
        var rows = jdbc.sql(cells(scope) + " SELECT x.id, " + TreeSql.name("x.id") + " AS cell_name, "
                        + TreeSql.name(
                                "(SELECT " + "pp.parent_id FROM " + TreeSql.organizations() + " pp WHERE pp.id = x.id)")
                        + " AS parent_name, x.status, x.due_on, x.plan_id,"
                        + " x.meeting_id, (SELECT m.starts_at FROM meeting m WHERE m.id = x.meeting_id) AS starts_at,"
                        + " (SELECT m.title FROM meeting m WHERE m.id = x.meeting_id) AS topic, x.posted_at,"
                        + " x.thematic, count(*) OVER () AS total FROM x"
                        + " WHERE CAST(:status AS text) IS NULL OR x.status = :status ORDER BY x.path"
                        + request.limitOffset())
                .params(parameters)
                .query((rs, n) -> new Object[] {
                    new CellRow(
                            rs.getLong("id"),
                            rs.getString("cell_name"),
                            rs.getString("parent_name"),
                            CellPlan.Status.valueOf(rs.getString("status")),
                            rs.getObject("due_on", LocalDate.class),
                            (Long) rs.getObject("plan_id"),
                            (Long) rs.getObject("meeting_id"),
                            rs.getObject("starts_at", OffsetDateTime.class),
                            rs.getString("topic"),
                            rs.getObject("posted_at", OffsetDateTime.class),
                            rs.getBoolean("thematic")),
                    rs.getLong("total")
                })
                .list();
        long total = rows.isEmpty() ? countCells(parameters, scope) : (long) rows.get(0)[1];
        return Page.of(rows.stream().map(r -> (CellRow) r[0]).toList(), request, total);
    }

    private long countCells(Map<String, Object> parameters, Scope scope) {
        return jdbc.sql(cells(scope)
                        + " SELECT count(*) FROM x WHERE CAST(:status AS text) IS NULL OR x.status = :status")
                .params(parameters)
                .query(Long.class)
                .single();
    }

    /** The node; its ltree path is bound as a value, so the planner sees how big the subtree is. */
    record Node(long id, String name, String kind, Long parentId, String path) {}

    /** The node, 404 outside the scope; its parent kept only when the scope covers it too. */
    Node node(long nodeId, Scope scope) {
        return jdbc.sql("SELECT o.id, o.name, o.kind, CASE WHEN " + scope.coversOrganization("o.parent_id")
                        + " THEN o.parent_id END AS parent_id, CAST(o.path AS text) AS path FROM "
                        + TreeSql.organizations() + " o WHERE o.id = :node"
                        + " AND " + TreeSql.partyKind("o.kind") + " AND " + scope.covers("o.path"))
                .param("node", nodeId)
                .query(Node.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Organization", nodeId));
    }

    private static Map<String, Object> parameters(Node node, YearMonth month, LocalDate today) {
        var parameters = new HashMap<String, Object>();
        parameters.put("nodePath", node.path());
        parameters.put("month", month.atDay(1));
        parameters.put("today", today);
        return parameters;
    }

    private static Row row(ResultSet rs, long id, String name, boolean own) throws SQLException {
        return new Row(
                id,
                name,
                rs.getString("kind"),
                !own && rs.getBoolean("has_children"),
                rs.getLong("expected"),
                rs.getLong("on_time"),
                rs.getLong("late"),
                rs.getLong("not_posted"),
                rs.getLong("overdue"),
                rs.getLong("thematic"));
    }
}
