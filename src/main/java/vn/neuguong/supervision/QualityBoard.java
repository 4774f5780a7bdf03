package vn.neuguong.supervision;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;

/**
 * The month's meeting quality at a node: its open cells assessed, not assessed and reviewed, and counted by the
 * rating that stands (the overseer's when reviewed), for the node's subtree and per child subtree. Counts, summed up
 * the tree in one statement, never averages.
 */
@Component
public class QualityBoard {

    static final String SQL = """
            SELECT g.child, g.cells, g.assessed, g.reviewed, g.tot, g.kha, g.trung_binh, g.kem, g.assessment_id,
                   %s AS name, %s AS kind, %s AS has_children
            FROM (
                SELECT x.child, count(*) AS cells, count(a.id) AS assessed, count(a.reviewed_by) AS reviewed,
                       count(*) FILTER (WHERE COALESCE(a.review_rating, a.rating) = 'TOT') AS tot,
                       count(*) FILTER (WHERE COALESCE(a.review_rating, a.rating) = 'KHA') AS kha,
                       count(*) FILTER (WHERE COALESCE(a.review_rating, a.rating) = 'TRUNG_BINH') AS trung_binh,
                       count(*) FILTER (WHERE COALESCE(a.review_rating, a.rating) = 'KEM') AS kem,
                       max(a.id) AS assessment_id
                FROM (SELECT COALESCE(s.child_id, s.id) AS child, s.id FROM %s s
                      WHERE s.kind = 'CELL' AND s.open AND %%s) x
                LEFT JOIN meeting_assessment a ON a.cell_id = x.id AND a.month = :month
                GROUP BY GROUPING SETS ((x.child), ())
            ) g
            """.formatted(
                    TreeSql.name("g.child"),
                    TreeSql.kind("g.child"),
                    TreeSql.hasChildren("g.child"),
                    TreeSql.subtree("CAST(:nodePath AS ltree)"));

    /** The figures of a subtree; {@code assessmentId} names the assessment when the row is one cell. */
    @Schema(name = "QualityRow")
    public record Row(
            long organizationId,
            String name,
            String kind,
            boolean hasChildren,
            long cells,
            long assessed,
            long reviewed,
            long tot,
            long kha,
            long trungBinh,
            long kem,
            @Schema(nullable = true) Long assessmentId) {

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        public long notAssessed() {
            return cells - assessed;
        }
    }

    @Schema(name = "QualityBoard")
    public record Board(
            long organizationId,
            String name,
            @Schema(nullable = true) Long parentId,
            String month,
            Row subtree,
            List<Row> children) {}

    private final JdbcClient jdbc;
    private final Organizations organizations;

    QualityBoard(JdbcClient jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    public Board compute(long nodeId, YearMonth month, Scope scope) {
        var node = organizations.get(nodeId, scope);
        var children = new ArrayList<Row>();
        var total = new Row[] {new Row(node.id(), node.name(), node.kind().name(), true, 0, 0, 0, 0, 0, 0, 0, null)};
        jdbc.sql(SQL.formatted(scope.covers("s.path")))
                .param("nodePath", node.path())
                .param("month", month.atDay(1))
                .query(rs -> {
                    Long child = (Long) rs.getObject("child");
                    var row = new Row(
                            child == null ? node.id() : child,
                            child == null ? node.name() : rs.getString("name"),
                            child == null ? node.kind().name() : rs.getString("kind"),
                            child == null || rs.getBoolean("has_children"),
                            rs.getLong("cells"),
                            rs.getLong("assessed"),
                            rs.getLong("reviewed"),
                            rs.getLong("tot"),
                            rs.getLong("kha"),
                            rs.getLong("trung_binh"),
                            rs.getLong("kem"),
                            rs.getLong("cells") == 1 ? (Long) rs.getObject("assessment_id") : null);
                    if (child == null) {
                        total[0] = row;
                    } else {
                        children.add(row);
                    }
                });
        children.sort(java.util.Comparator.comparing(Row::name));
        var parent = node.parentId() == null
                ? null
                : organizations.find(node.parentId(), scope).map(p -> p.id()).orElse(null);
        return new Board(node.id(), node.name(), parent, month.toString(), total[0], List.copyOf(children));
    }
}
