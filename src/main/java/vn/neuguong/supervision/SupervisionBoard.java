package vn.neuguong.supervision;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/**
 * The supervision board of a subtree for a period: the visits made to it and the recommendations it owes (open,
 * done on time, done late, overdue on the day), for the subtree and per child subtree, counted in one statement.
 */
@Component
public class SupervisionBoard {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    static final String SQL = """
            SELECT g.child, g.visits, g.recommendations, g.open, g.on_time, g.late, g.overdue,
                   %1$s AS name, %2$s AS has_children
            FROM (
                SELECT x.child, count(*) FILTER (WHERE x.status IS NULL) AS visits,
                       count(x.status) AS recommendations,
                       count(*) FILTER (WHERE x.status = 'OPEN') AS open,
                       count(*) FILTER (WHERE x.status = 'DONE_ON_TIME') AS on_time,
                       count(*) FILTER (WHERE x.status = 'DONE_LATE') AS late,
                       count(*) FILTER (WHERE x.status = 'OVERDUE') AS overdue
                FROM (
                    SELECT COALESCE(s.child_id, 0) AS child, NULL AS status FROM supervision_visit v
                    JOIN %3$s s ON s.id = v.organization_id
                    WHERE v.visited_on BETWEEN :from AND :to AND %%1$s
                    UNION ALL
                    SELECT COALESCE(s.child_id, 0), %4$s FROM supervision_recommendation r
                    JOIN supervision_visit v ON v.id = r.visit_id JOIN %3$s s ON s.id = r.owner_id
                    WHERE v.visited_on BETWEEN :from AND :to AND %%1$s
                ) x
                GROUP BY GROUPING SETS ((x.child), ())
            ) g
            """.formatted(
                    TreeSql.name("g.child"),
                    TreeSql.hasChildren("g.child"),
                    TreeSql.subtree("CAST(:nodePath AS ltree)"),
                    Visits.STATUS);

    @Schema(name = "SupervisionRow")
    public record Row(
            long organizationId,
            String name,
            boolean hasChildren,
            long visits,
            long recommendations,
            long open,
            long doneOnTime,
            long doneLate,
            long overdue) {}

    /** A visit as a list shows it. */
    public record VisitRow(
            long id,
            VisitKind kind,
            LocalDate visitedOn,
            String subject,
            long organizationId,
            String organizationName,
            String committeeName,
            long recommendations) {}

    /** An overdue recommendation, with the visit it came from. */
    @Schema(name = "OverdueRecommendation")
    public record Overdue(
            long id, long visitId, String subject, String text, long ownerId, String ownerName, LocalDate dueOn) {}

    @Schema(name = "SupervisionBoard")
    public record Board(
            long organizationId,
            String name,
            @Schema(nullable = true) Long parentId,
            LocalDate from,
            LocalDate to,
            LocalDate asOf,
            Row subtree,

            @Schema(nullable = true, description = "Visits to the node itself and what it owes itself")
            Row own,

            List<Row> children,
            List<Overdue> overdue) {}

    private final JdbcClient jdbc;
    private final Organizations organizations;

    SupervisionBoard(JdbcClient jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    public Board compute(long nodeId, LocalDate from, LocalDate to, LocalDate today, Scope scope) {
        var node = organizations.get(nodeId, scope);
        var children = new ArrayList<Row>();
        var totals = new Row[] {empty(node.id(), node.name(), true), null};
        jdbc.sql(SQL.formatted(scope.covers("s.path")))
                .param("nodePath", node.path())
                .param("from", from)
                .param("to", to)
                .param("today", today)
                .query(rs -> {
                    Long child = (Long) rs.getObject("child");
                    boolean mine = child == null || child == 0;
                    var row = new Row(
                            mine ? node.id() : child,
                            mine ? node.name() : rs.getString("name"),
                            !mine && rs.getBoolean("has_children"),
                            rs.getLong("visits"),
                            rs.getLong("recommendations"),
                            rs.getLong("open"),
                            rs.getLong("on_time"),
                            rs.getLong("late"),
                            rs.getLong("overdue"));
                    if (child == null) {
                        totals[0] = row;
                    } else if (child == 0) {
                        totals[1] = row;
                    } else {
                        children.add(row);
                    }
                });
        children.sort(java.util.Comparator.comparing(Row::name));
        var overdue = jdbc.sql("SELECT r.id, r.visit_id, v.subject, r.text, r.owner_id, " + TreeSql.name("r.owner_id")
                        + " AS owner_name, r.due_on FROM supervision_recommendation r JOIN supervision_visit v ON"
                        + " v.id = r.visit_id WHERE r.done_on IS NULL AND r.due_on < :today AND v.visited_on BETWEEN"
                        + " :from AND :to AND " + TreeSql.within("r.owner_id", ":node") + " AND "
                        + scope.coversOrganization("r.owner_id") + " ORDER BY r.due_on, r.id")
                .param("today", today)
                .param("from", from)
                .param("to", to)
                .param("node", node.id())
                .query(Overdue.class)
                .list();
        var parent = node.parentId() == null
                ? null
                : organizations.find(node.parentId(), scope).map(p -> p.id()).orElse(null);
        return new Board(node.id(), node.name(), parent, from, to, today, totals[0], totals[1], children, overdue);
    }

    /** The visits to the node's subtree in the period that the scope sees, newest first. */
    public Page<VisitRow> visits(long nodeId, LocalDate from, LocalDate to, PageRequest request, Scope scope) {
        organizations.get(nodeId, scope);
        String where = " FROM supervision_visit v WHERE v.visited_on BETWEEN :from AND :to AND "
                + TreeSql.within("v.organization_id", ":node") + " AND " + Visits.visible(scope);
        long total = jdbc.sql("SELECT count(*)" + where)
                .param("from", from)
                .param("to", to)
                .param("node", nodeId)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT v.id, v.kind, v.visited_on, v.subject, v.organization_id, "
                        + TreeSql.name("v.organization_id") + " AS organization_name, " + TreeSql.name("v.committee_id")
                        + " AS committee_name, (SELECT count(*) FROM supervision_recommendation r WHERE r.visit_id ="
                        + " v.id) AS recommendations" + where + " ORDER BY v.visited_on DESC, v.id DESC "
                        + request.limitOffset())
                .param("from", from)
                .param("to", to)
                .param("node", nodeId)
                .query(VisitRow.class)
                .list();
        return Page.of(items, request, total);
    }

    private static Row empty(long id, String name, boolean hasChildren) {
        return new Row(id, name, hasChildren, 0, 0, 0, 0, 0, 0);
    }
}
