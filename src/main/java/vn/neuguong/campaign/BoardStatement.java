package vn.neuguong.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import vn.neuguong.campaign.CampaignViews.OrganizationRef;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.OrganizationKind;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;

/**
 * The statement of a compliance board and the reading of its rows. One statement answers the whole board: the
 * obligations of the campaign (and of the yearly campaigns of a term theme) in the node's subtree inside the scope,
 * grouped by the child of the node they lie under (0 for the node itself), by line and by campaign (a year of a
 * term theme), with the subtotals of each grouping set, beside the members counted in the same subtrees.
 */
final class BoardStatement {

    private BoardStatement() {}

    /**
     * The day whose tree the board groups by: its date, or the campaign's last day when that came first, so a
     * campaign of 2024 reads by the structure of its time, with the names its organizations bore then.
     */
    static final String TREE_DAY =
            "LEAST(CAST(:asOf AS date), (SELECT tc.ends_on FROM campaign tc WHERE tc.id = :campaign))";

    /** The organizations of the board: the node's subtree on {@link #TREE_DAY}, the only place that names it. */
    static final String SUBTREE = TreeSql.subtreeAsOf(TreeSql.pathAsOf(":node", TREE_DAY), TREE_DAY);

    /** The campaign and the yearly campaigns of which it is the term theme. */
    static final String CAMPAIGNS =
            "(SELECT c.id FROM campaign c WHERE c.id = :campaign OR c.term_campaign_id = :campaign)";

    /**
     * The organizations of the subtree the board counts, in the scope: a common table {@code o}; the party's own
     * only when {@code partyOnly}.
     */
    static String organizations(Scope scope, boolean partyOnly) {
        return "o AS (SELECT s.* FROM " + SUBTREE + " s WHERE " + scope.covers("s.path")
                + (partyOnly ? " AND " + TreeSql.partyKind("s.kind") : "") + ")";
    }

    /**
     * Counts by status of the obligations of the common table {@code x} (columns {@code status}, {@code awaiting},
     * {@code by_hand}): an obligation waiting for its event (awaiting_event, not done nor overdue) is counted apart,
     * not as not yet due; one done by hand with neither evidence nor attachment is counted in {@code by_hand} too.
     */
    static final String COUNTS = """
            count(*) AS total,
            count(*) FILTER (WHERE x.status = 'DONE_ON_TIME') AS on_time,
            count(*) FILTER (WHERE x.status = 'DONE_LATE') AS late,
            count(*) FILTER (WHERE x.status = 'OVERDUE') AS overdue,
            count(*) FILTER (WHERE x.status = 'NOT_YET_DUE' AND NOT x.awaiting) AS not_yet_due,
            count(*) FILTER (WHERE x.awaiting AND x.status NOT IN ('DONE_ON_TIME', 'DONE_LATE', 'OVERDUE'))
                AS awaiting,
            count(*) FILTER (WHERE x.by_hand) AS by_hand""";

    /** The columns of one obligation {@code ob} that {@link #COUNTS} reads, with the board's status on :asOf. */
    static String statusColumns() {
        return ObligationStatus.sql("ob", "asOf") + " AS status, ob.awaiting_event AS awaiting, ob.fulfilled_on <="
                + " :asOf AND ob.evidence_document_id IS NULL AND ob.attachment_key IS NULL AS by_hand";
    }

    /** Only the obligations of one period (:period, its first day) when a period is asked for. */
    static String periodCondition(BoardQuery query) {
        return query.period() == null ? "" : " AND ob.period_starts_on = :period";
    }

    /** The groupings of the board: per child and line, per child and year, per child, per line, per year, all. */
    static final String GROUPINGS = "GROUPING SETS ((x.child, x.requirement_id), (x.child, x.campaign_id), (x.child),"
            + " (x.requirement_id), (x.campaign_id), ())";

    static String sql(Scope scope, BoardQuery query) {
        return "WITH " + organizations(scope, query.partyOnly()) + ", x AS (SELECT COALESCE(o.child_id, 0) AS child,"
                + " ob.requirement_id, ob.campaign_id, " + statusColumns()
                + " FROM obligation ob JOIN o ON o.id = ob.organization_id WHERE ob.campaign_id IN " + CAMPAIGNS
                + periodCondition(query) + "), g AS (SELECT x.child, x.requirement_id, x.campaign_id, " + COUNTS
                + " FROM x GROUP BY " + GROUPINGS + ")" + membersAndRows(TREE_DAY);
    }

    /**
     * The end of a board's statement after its counts {@code g} (per grouping of {@link #GROUPINGS}: child, line,
     * campaign, the counts of {@link #COUNTS}) and its organizations {@code o}: the members counted in the same
     * subtrees ({@link #MEMBERS}) and the rows ({@link #rows}).
     */
    static String membersAndRows(String treeDay) {
        return MEMBERS + rows(treeDay);
    }

    /**
     * The members counted in the cells of the organizations {@code o} on :asOf, per child and in all: a common table
     * {@code m} (child, on_roll, expected), after a comma. Each cell's members are looked up from the cell (an index
     * on the stays' cell): joined to {@code o} instead, whose rows the planner cannot estimate, a province's 180,000
     * members were compared with each of its 9,000 organizations (172 s).
     */
    static final String MEMBERS = ", m AS (SELECT mo.child, count(*) FILTER (WHERE"
            + " mo.on_roll) AS on_roll, count(*) FILTER (WHERE mo.expected) AS expected FROM (SELECT"
            + " COALESCE(o.child_id, 0) AS child, mc.on_roll, mc.expected FROM o CROSS JOIN LATERAL "
            + MemberSql.countedInCells("o.id", "CAST(:asOf AS date)")
            + " mc WHERE o.kind = 'CELL') mo GROUP BY GROUPING SETS ((mo.child), ()))";

    /**
     * The end of a board's statement after its counts {@code g} and its members {@code m}: each row's name, kind and
     * whether it has children on the tree's day {@code treeDay} (once per child, not once per grouping row).
     */
    static String rows(String treeDay) {
        return ", n AS (SELECT c.child, "
                + TreeSql.nameAsOf("c.child", treeDay) + " AS name, " + TreeSql.kind("c.child") + " AS kind, "
                + TreeSql.hasChildrenAsOf("c.child", treeDay) + " AS has_children FROM (SELECT DISTINCT g.child"
                + " FROM g WHERE g.child IS NOT NULL) c)"
                + " SELECT g.*, m.on_roll, m.expected, n.name, n.kind, n.has_children"
                + " FROM g LEFT JOIN m ON g.requirement_id IS NULL AND g.campaign_id IS NULL"
                + " AND m.child IS NOT DISTINCT FROM g.child LEFT JOIN n ON n.child = g.child";
    }

    /** The parameters the board's statements name, but the scope's. */
    static Map<String, Object> parameters(long campaignId, OrganizationRef node, BoardQuery query) {
        var parameters = new HashMap<String, Object>();
        parameters.put("campaign", campaignId);
        parameters.put("node", node.id());
        parameters.put("asOf", query.asOf());
        if (query.period() != null) {
            parameters.put("period", query.period());
        }
        return parameters;
    }

    static ComplianceBoard.Tally tally(ResultSet rs) throws SQLException {
        return new ComplianceBoard.Tally(
                rs.getLong("total"),
                rs.getLong("on_time"),
                rs.getLong("late"),
                rs.getLong("overdue"),
                rs.getLong("not_yet_due"),
                rs.getLong("awaiting"),
                rs.getLong("by_hand"));
    }

    /** The party's own organizations read {@code true}; a unit the party leads {@code false}. */
    static boolean party(String kind) {
        return kind == null || OrganizationKind.valueOf(kind).party();
    }

    /** One row of the board gathered from the statement's groupings. */
    static final class RowBuilder {
        private final long id;
        private final String name;
        private final String kind;
        private final boolean hasChildren;
        private ComplianceBoard.Tally total = ComplianceBoard.Tally.NONE;
        private final Map<Long, ComplianceBoard.Tally> tallies = new HashMap<>();
        private final Map<Long, ComplianceBoard.Tally> years = new HashMap<>();
        private long onRoll;
        private long expected;

        RowBuilder(long id, String name, String kind, boolean hasChildren) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.hasChildren = hasChildren;
        }

        static RowBuilder of(ResultSet rs, long id) throws SQLException {
            return new RowBuilder(id, rs.getString("name"), rs.getString("kind"), rs.getBoolean("has_children"));
        }

        void add(ResultSet rs, long campaignId) throws SQLException {
            var tally = tally(rs);
            Long requirement = (Long) rs.getObject("requirement_id");
            Long campaign = (Long) rs.getObject("campaign_id");
            if (requirement != null) {
                tallies.put(requirement, tally);
            } else if (campaign != null) {
                if (campaign != campaignId) {
                    years.put(campaign, tally);
                }
            } else {
                total = tally;
                onRoll = rs.getLong("on_roll");
                expected = rs.getLong("expected");
            }
        }

        ComplianceBoard.Row build() {
            return new ComplianceBoard.Row(
                    id,
                    name,
                    kind,
                    party(kind),
                    hasChildren,
                    total,
                    Map.copyOf(tallies),
                    Map.copyOf(years),
                    onRoll,
                    expected);
        }
    }
}
