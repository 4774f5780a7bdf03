package vn.neuguong.study;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.NotFoundException;

/**
 * How many members owe a study file for a campaign, and how many handed it in on time, late, or not at all, at any
 * node of the tree: each member counts at the cell that owed the campaign's members' submissions at launch (where a
 * member in temporary activity is expected), so the figures answer that cell's obligation. One statement answers
 * every child of a node, for the compliance board.
 */
@Component
public class StudyCounts {

    /**
     * The figures of one organization's subtree, as of a day.
     *
     * @param owed members owing a file
     * @param onTime first handed in by the day, on or before the due day
     * @param late first handed in by the day, after the due day
     * @param missing not handed in by the day, the due day past
     * @param pending not handed in by the day, the due day still to come
     * @param accepted accepted by the secretary (as things stand now)
     */
    @Schema(name = "StudyCounts")
    public record Counts(
            long organizationId,
            String organizationName,
            long owed,
            long onTime,
            long late,
            long missing,
            long pending,
            long accepted) {

        /** Members done: handed in, on time or late. */
        public long done() {
            return onTime + late;
        }
    }

    /** The figures of the files {@code alias}, as of {@code :asOf}, for a {@code GROUP BY}. */
    static String figures(String alias) {
        String notIn = "(" + alias + ".first_submitted_on IS NULL OR " + alias + ".first_submitted_on > :asOf)";
        String inBy = alias + ".first_submitted_on <= :asOf";
        return "count(" + alias + ".id) AS owed, count(" + alias + ".id) FILTER (WHERE " + inBy + " AND " + alias
                + ".first_submitted_on <= " + alias + ".due_on) AS on_time, count(" + alias + ".id) FILTER (WHERE "
                + inBy + " AND " + alias + ".first_submitted_on > " + alias + ".due_on) AS late, count(" + alias
                + ".id) FILTER (WHERE " + notIn + " AND " + alias + ".due_on < :asOf) AS missing, count(" + alias
                + ".id) FILTER (WHERE " + notIn + " AND " + alias + ".due_on >= :asOf) AS pending, count(" + alias
                + ".id) FILTER (WHERE " + alias + ".status = 'ACCEPTED') AS accepted";
    }

    /** The files of the campaign owed by the cells under the node, with the child of the node each lies under. */
    static final String FILES_UNDER_NODE = "SELECT f.*, s.child_id FROM study_file f JOIN "
            + TreeSql.subtree(TreeSql.path(":node")) + " s ON s.id = f.cell_id WHERE f.campaign_id = :campaign";

    static final String BY_CHILD = "SELECT k.id AS organization_id, k.name AS organization_name, "
            + figures("x") + " FROM " + TreeSql.subtree(TreeSql.path(":node"))
            + " k LEFT JOIN (" + FILES_UNDER_NODE + ") x ON x.child_id = k.id"
            + " WHERE k.depth = 1 AND (k.open OR x.id IS NOT NULL) GROUP BY k.id, k.name, k.path ORDER BY k.path";

    static final String TOTAL = "SELECT CAST(:node AS bigint) AS organization_id, " + TreeSql.name(":node")
            + " AS organization_name, " + figures("f") + " FROM (" + FILES_UNDER_NODE + ") f";

    private final JdbcClient jdbc;

    StudyCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of every child of the node (a cell of a ward, a ward of a district), in the tree's order. */
    public List<Counts> bySubtree(long campaignId, long nodeId, LocalDate asOf, Scope scope) {
        requireCovered(nodeId, scope);
        return jdbc.sql(BY_CHILD)
                .param("campaign", campaignId)
                .param("node", nodeId)
                .param("asOf", asOf)
                .query(Counts.class)
                .list();
    }

    /** The figures of the node's whole subtree (a cell's own, when the node is a cell). */
    public Counts total(long campaignId, long nodeId, LocalDate asOf, Scope scope) {
        requireCovered(nodeId, scope);
        return jdbc.sql(TOTAL)
                .param("campaign", campaignId)
                .param("node", nodeId)
                .param("asOf", asOf)
                .query(Counts.class)
                .single();
    }

    private void requireCovered(long nodeId, Scope scope) {
        boolean covered = jdbc.sql("SELECT " + scope.coversOrganization(":node"))
                .param("node", nodeId)
                .params(scope.parameters())
                .query(Boolean.class)
                .single();
        if (!covered) {
            throw new NotFoundException("Organization", nodeId);
        }
    }
}
