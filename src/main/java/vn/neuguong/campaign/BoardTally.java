package vn.neuguong.campaign;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.CampaignViews.OrganizationRef;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;

/**
 * The compliance board's roll-up (V143__board_tally.sql): counts of obligations per campaign, line, ancestor node,
 * period and day of their events, which the board sums at a node (its own row and its children's) instead of
 * recomputing every obligation below it. Base rows ({@code board_tally}) plus the deltas not folded yet ({@code
 * board_tally_delta}), read in one statement. The roll-up counts by today's tree; {@link #reach} says when the tree
 * of the board's day is the same there, else the plain {@link BoardStatement} answers.
 */
@Component
class BoardTally {

    /** The node's path on the board's tree day, bound as {@code :nodePath} in the roll-up's statements. */
    static final String NODE_PATH = "CAST(:nodePath AS ltree)";

    private final JdbcClient jdbc;

    BoardTally(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The node's path on the board's tree day ({@link BoardStatement#TREE_DAY}) when the roll-up answers the board
     * exactly: the scope covers it, and no organization that lies or lay below it changed after that day. Empty when
     * the plain statement must answer. The day is bound as a value, so the planner sees how few periods began after
     * it (an expression it cannot estimate made it plan, and JIT-compile, a scan of every period).
     */
    Optional<Reach> reach(Campaign campaign, OrganizationRef node, BoardQuery query, Scope scope) {
        var treeDay = query.asOf().isBefore(campaign.endsOn()) ? query.asOf() : campaign.endsOn();
        return jdbc.sql("SELECT CAST(p.path AS text) AS path, ARRAY" + BoardStatement.CAMPAIGNS
                        + " AS campaigns FROM (SELECT " + TreeSql.pathAsOf(":node", ":treeDay") + " AS path) p"
                        + " WHERE p.path IS NOT NULL AND " + scope.covers("p.path") + " AND NOT "
                        + TreeSql.changedAfter("p.path", ":treeDay"))
                .param("node", node.id())
                .param("treeDay", treeDay)
                .param("campaign", campaign.id())
                .query((rs, n) -> new Reach(rs.getString("path"), treeDay, List.of((Long[])
                        rs.getArray("campaigns").getArray())))
                .optional();
    }

    /**
     * Where the roll-up answers: the node's path, the tree's day and the campaigns counted ({@link
     * BoardStatement#CAMPAIGNS}, read in the same statement), bound by the roll-up's statements as values (fewer
     * subqueries to plan).
     */
    record Reach(String nodePath, LocalDate treeDay, List<Long> campaignIds) {

        Map<String, Object> bind(Map<String, Object> parameters) {
            var asOf = (LocalDate) parameters.get("asOf");
            parameters.put("memberYear", asOf.withDayOfYear(1));
            parameters.put("memberMonth", asOf.withDayOfMonth(1));
            parameters.put("nodePath", nodePath);
            parameters.put("treeDay", treeDay);
            parameters.put("campaignIds", campaignIds);
            return parameters;
        }
    }

    /** The conditions of the board on a row {@code alias} of the base or of the deltas: its day, units, period. */
    private static String filters(String alias, BoardQuery query) {
        return " AND " + alias + ".campaign_id IN (:campaignIds) AND " + alias + ".day <= :asOf"
                + (query.partyOnly() ? " AND " + alias + ".party" : "")
                + (query.period() == null ? "" : " AND " + alias + ".period_starts_on = :period");
    }

    private static String measures(String alias, String sign) {
        return String.join(
                ", ",
                Arrays.stream(new String[] {
                            "total", "on_time", "late", "by_hand", "due", "awaiting", "awaiting_on_time", "awaiting_due"
                        })
                        .map(m -> sign + alias + "." + m + " AS " + m)
                        .toList());
    }

    /**
     * The counts of {@link BoardStatement#COUNTS} over the common table {@code x} of signed events: on the board's
     * day, done on time and late are the fulfilments by then, overdue the obligations whose last day on time passed
     * without being done on time, less the late ones done by then; awaiting the waiting ones neither done on time nor
     * due; not yet due the rest.
     */
    static final String COUNTS = """
            sum(x.total) AS total, sum(x.on_time) AS on_time, sum(x.late) AS late,
            sum(x.due) - sum(x.late) AS overdue,
            sum(x.total) - sum(x.on_time) - sum(x.due) - sum(x.awaiting) + sum(x.awaiting_on_time)
                + sum(x.awaiting_due) AS not_yet_due,
            sum(x.awaiting) - sum(x.awaiting_on_time) - sum(x.awaiting_due) AS awaiting,
            sum(x.by_hand) AS by_hand""";

    /**
     * A child's base row {@code t} twice, as {@code c (child, sign)}: counted to the child, and taken from the node's
     * own (the node's row counts its whole subtree).
     */
    private static final String SIGNED_CHILD = " CROSS JOIN LATERAL (VALUES (CAST(subpath(t.node_path,"
            + " nlevel(t.parent_path), 1)::text AS bigint), 1), (CAST(0 AS bigint), -1)) c (child, sign)";

    /**
     * The signed events of the node's subtree as a common table {@code x}, per child ({@code 0} for the node's own):
     * the node's base rows, its children's when {@code children} (each to its child, and taken from the node's own),
     * and the pending deltas below it. Without the children, every row is the subtree's, counted as the node's own.
     */
    private static String events(BoardQuery query, boolean children) {
        String columns = "t.requirement_id, t.campaign_id, t.period_starts_on, t.period_ends_on, ";
        String nodeRows = "SELECT CAST(0 AS bigint) AS child, " + columns + measures("t", "")
                + " FROM board_tally t WHERE t.node_path = " + NODE_PATH + filters("t", query);
        String childRows = " UNION ALL SELECT c.child, " + columns + measures("t", "c.sign * ") + " FROM board_tally t"
                + SIGNED_CHILD + " WHERE t.parent_path = " + NODE_PATH + filters("t", query);
        String deltaChild = children ? childOf("d.path") : "CAST(0 AS bigint)";
        String deltaRows = " UNION ALL SELECT " + deltaChild + ", " + columns.replace("t.", "d.") + measures("d", "")
                + " FROM board_tally_delta d WHERE d.path <@ " + NODE_PATH + filters("d", query);
        return "x AS (" + nodeRows + (children ? childRows : "") + deltaRows + ")";
    }

    /** The child of the node a path {@code path} below or at it lies under; 0 for the node's own. */
    private static String childOf(String path) {
        return "CASE WHEN " + path + " <@ " + NODE_PATH + " AND nlevel(" + path + ") > nlevel(" + NODE_PATH
                + ") THEN CAST(subpath(" + path + ", nlevel(" + NODE_PATH + "), 1)::text AS bigint) ELSE 0 END";
    }

    /** The members' base rows (V146) of the years before :asOf's, the months of its year before its month, its days. */
    private static final String MEMBER_BUCKETS = " AND ((t.grain = 'Y' AND t.bucket < :memberYear) OR (t.grain = 'M'"
            + " AND t.bucket >= :memberYear AND t.bucket < :memberMonth) OR (t.grain = 'D' AND t.bucket >= :memberMonth"
            + " AND t.bucket <= :asOf))";

    /**
     * The members counted on :asOf at the node and per child, as {@link BoardStatement#MEMBERS} counts them: the
     * members' roll-up (V146__board_members.sql), its base rows at the node and its children's, and the pending
     * deltas below it, as the obligations' are read ({@link #events}).
     */
    static final String MEMBERS = ", m AS (SELECT x.child, sum(x.on_roll) AS on_roll, sum(x.expected) AS expected"
            + " FROM (SELECT CAST(0 AS bigint) AS child, t.on_roll, t.expected FROM board_member_tally t"
            + " WHERE t.node_path = " + NODE_PATH + MEMBER_BUCKETS
            + " UNION ALL SELECT c.child, c.sign * t.on_roll, c.sign * t.expected FROM board_member_tally t"
            + SIGNED_CHILD + " WHERE t.parent_path = " + NODE_PATH + MEMBER_BUCKETS
            + " UNION ALL SELECT " + childOf("d.path") + ", d.on_roll, d.expected FROM board_member_delta d"
            + " WHERE d.path <@ " + NODE_PATH + " AND d.day <= :asOf) x GROUP BY GROUPING SETS ((x.child), ()))";

    /**
     * The board's statement over the roll-up: the same rows as {@link BoardStatement#sql}, members alike, the names
     * read on the tree's day {@link #reach} found, every count at the node's path it found.
     */
    static String sql(BoardQuery query) {
        return "WITH " + events(query, true)
                + ", g AS (SELECT x.child, x.requirement_id, x.campaign_id, " + COUNTS + " FROM x GROUP BY "
                + BoardStatement.GROUPINGS + " HAVING sum(x.total) > 0"
                + " OR GROUPING(x.child, x.requirement_id, x.campaign_id) = 7)"
                + MEMBERS + BoardStatement.rows(":treeDay");
    }

    /** The node's table of periods over the roll-up: the same rows as {@link BoardPeriods#table}'s statement. */
    static String periodTable(BoardQuery query) {
        var whole = new BoardQuery(query.asOf(), query.overdueOnly(), null, query.units(), query.locale());
        return "WITH " + events(whole, false) + " SELECT x.requirement_id, x.period_starts_on, x.period_ends_on, "
                + COUNTS
                + " FROM x WHERE x.period_starts_on IS NOT NULL GROUP BY 1, 2, 3"
                + " HAVING sum(x.total) > 0 ORDER BY (SELECT r.position FROM campaign_requirement r"
                + " WHERE r.id = x.requirement_id), 1, 2, 3";
    }

    /**
     * Every period the campaign's obligations fall in, from the rows of the tree's tops (each obligation counts in
     * one) and the pending deltas.
     */
    static final String PERIODS = "SELECT x.period_starts_on, x.period_ends_on FROM (SELECT t.period_starts_on,"
            + " t.period_ends_on, t.total FROM board_tally t WHERE t.campaign_id IN " + BoardStatement.CAMPAIGNS
            + " AND t.parent_path = '' AND t.period_starts_on IS NOT NULL UNION ALL SELECT d.period_starts_on,"
            + " d.period_ends_on, d.total FROM board_tally_delta d WHERE d.campaign_id IN " + BoardStatement.CAMPAIGNS
            + " AND d.period_starts_on IS NOT NULL) x GROUP BY 1, 2 HAVING sum(x.total) > 0 ORDER BY 1, 2";
}
