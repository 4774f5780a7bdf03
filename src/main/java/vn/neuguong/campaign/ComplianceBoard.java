package vn.neuguong.campaign;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.CampaignViews.OrganizationRef;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.NotFoundException;

/**
 * The compliance board of a campaign at one node of the tree: the node's subtree in total, the node's own
 * obligations, and one row per child subtree, each per requirement. Rates add up the tree because every figure is
 * a count over a subtree (numerators and denominators summed in SQL), never an average of percentages.
 */
@Component
public class ComplianceBoard {

    /**
     * One statement: the obligations of the node's subtree inside the scope, grouped by the child of the node they
     * lie under (ltree {@code subpath} at the node's depth; 0 for the node itself) and by requirement, with the
     * subtotals of each grouping set. The tree is the one of the board's date or the campaign's end, whichever came
     * first: a campaign of 2024 reads by the structure of its time, with the names its organizations bore then.
     */
    static final String BOARD_SQL = """
            SELECT g.child, g.requirement_id, g.total, g.on_time, g.late, g.overdue, g.not_yet_due,
                   %s AS name, %s AS kind, %s AS has_children
            FROM (
                SELECT x.child, x.requirement_id, count(*) AS total,
                       count(*) FILTER (WHERE x.status = 'DONE_ON_TIME') AS on_time,
                       count(*) FILTER (WHERE x.status = 'DONE_LATE') AS late,
                       count(*) FILTER (WHERE x.status = 'OVERDUE') AS overdue,
                       count(*) FILTER (WHERE x.status = 'NOT_YET_DUE') AS not_yet_due
                FROM (
                    SELECT COALESCE(o.child_id, 0) AS child, ob.requirement_id, %%s AS status
                    FROM obligation ob JOIN %s o ON o.id = ob.organization_id
                    WHERE ob.campaign_id = :campaign AND %%s
                ) x
                GROUP BY GROUPING SETS ((x.child, x.requirement_id), (x.child), (x.requirement_id), ())
            ) g
            """.formatted(
                    TreeSql.nameAsOf("g.child", ":treeDay"),
                    TreeSql.kind("g.child"),
                    TreeSql.hasChildrenAsOf("g.child", ":treeDay"),
                    TreeSql.subtreeAsOf(TreeSql.pathAsOf(":node", ":treeDay"), ":treeDay"));

    private final JdbcClient jdbc;
    private final CampaignOrganizations organizations;

    ComplianceBoard(JdbcClient jdbc, CampaignOrganizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /** Counts of a set of obligations by status on the board's date. */
    public record Tally(long total, long onTime, long late, long overdue, long notYetDue) {

        static final Tally NONE = new Tally(0, 0, 0, 0, 0);

        @JsonProperty
        public long done() {
            return onTime + late;
        }

        /** Done as a share of all, in percent with one decimal; a rate of nothing is 0. */
        @JsonProperty
        public double rate() {
            return total == 0 ? 0 : Math.round(done() * 1000.0 / total) / 10.0;
        }

        /** The status when the tally is one obligation, for showing a single organization's cell. */
        public ObligationStatus single() {
            if (total != 1) {
                return null;
            }
            return onTime == 1
                    ? ObligationStatus.DONE_ON_TIME
                    : late == 1
                            ? ObligationStatus.DONE_LATE
                            : overdue == 1 ? ObligationStatus.OVERDUE : ObligationStatus.NOT_YET_DUE;
        }
    }

    /** One line of the board: an organization's subtree (or its own obligations), in total and per requirement. */
    @Schema(name = "ComplianceRow")
    public record Row(
            long organizationId, String name, String kind, boolean hasChildren, Tally total, Map<Long, Tally> tallies) {

        public Tally of(long requirementId) {
            return tallies.getOrDefault(requirementId, Tally.NONE);
        }
    }

    /** The board at a node. {@code parentId} is the node's parent when the scope covers it, for going back up. */
    public record Board(
            Campaign campaign,
            OrganizationRef node,
            @Schema(nullable = true) Long parentId,
            LocalDate asOf,
            boolean overdueOnly,
            List<Requirement> requirements,
            Row subtree,

            @Schema(description = "The node's own obligations; left out when it owes none itself")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            Row own,

            List<Row> children) {}

    /** The node an actor starts from: the campaign's owner when the scope covers it, else the scope's first root. */
    long defaultNode(Campaign campaign, Scope scope) {
        if (scope.unrestricted() || node(campaign.ownerId(), scope).isPresent()) {
            return campaign.ownerId();
        }
        return organizations
                .firstRootOverlapping(campaign.id(), scope)
                .orElseThrow(() -> new NotFoundException("Campaign", campaign.id()));
    }

    java.util.Optional<OrganizationRef> node(long organizationId, Scope scope) {
        return organizations.find(organizationId, scope);
    }

    /** The board of a campaign (already checked visible) at a node inside the scope. */
    public Board compute(
            Campaign campaign,
            List<Requirement> requirements,
            Long nodeId,
            LocalDate asOf,
            boolean overdueOnly,
            Scope scope) {
        long id = nodeId == null ? defaultNode(campaign, scope) : nodeId;
        var node = node(id, scope).orElseThrow(() -> new NotFoundException("Organization", id));
        var parentId = organizations.parentInScope(id, scope).orElse(null);
        Map<Long, RowBuilder> rows = new LinkedHashMap<>();
        RowBuilder subtree = new RowBuilder(node.id(), node.name(), node.kind(), true);
        jdbc.sql(BOARD_SQL.formatted(ObligationStatus.sql("ob", "asOf"), scope.covers("o.path")))
                .param("campaign", campaign.id())
                .param("node", node.id())
                .param("treeDay", campaign.endsOn().isBefore(asOf) ? campaign.endsOn() : asOf)
                .param("asOf", asOf)
                .params(scope.parameters())
                .query(rs -> {
                    Long child = (Long) rs.getObject("child");
                    Long requirement = (Long) rs.getObject("requirement_id");
                    var tally = new Tally(
                            rs.getLong("total"),
                            rs.getLong("on_time"),
                            rs.getLong("late"),
                            rs.getLong("overdue"),
                            rs.getLong("not_yet_due"));
                    RowBuilder row = child == null
                            ? subtree
                            : rows.computeIfAbsent(
                                    child,
                                    key -> key == 0
                                            ? new RowBuilder(node.id(), node.name(), node.kind(), false)
                                            : uncheckedRow(rs, key));
                    row.add(requirement, tally);
                });
        RowBuilder own = rows.remove(0L);
        var children = new ArrayList<Row>();
        rows.values().stream()
                .map(RowBuilder::build)
                .filter(row -> !overdueOnly || row.total().overdue() > 0)
                .sorted(java.util.Comparator.comparing(Row::name))
                .forEach(children::add);
        return new Board(
                campaign,
                node,
                parentId,
                asOf,
                overdueOnly,
                requirements,
                subtree.build(),
                own == null ? null : own.build(),
                children);
    }

    private static RowBuilder uncheckedRow(java.sql.ResultSet rs, long id) {
        try {
            return new RowBuilder(id, rs.getString("name"), rs.getString("kind"), rs.getBoolean("has_children"));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class RowBuilder {
        private final long id;
        private final String name;
        private final String kind;
        private final boolean hasChildren;
        private Tally total = Tally.NONE;
        private final Map<Long, Tally> tallies = new HashMap<>();

        RowBuilder(long id, String name, String kind, boolean hasChildren) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.hasChildren = hasChildren;
        }

        void add(Long requirement, Tally tally) {
            if (requirement == null) {
                total = tally;
            } else {
                tallies.put(requirement, tally);
            }
        }

        Row build() {
            return new Row(id, name, kind, hasChildren, total, Map.copyOf(tallies));
        }
    }
}
