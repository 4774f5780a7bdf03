package vn.neuguong.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.neuguong.campaign.BoardStatement.RowBuilder;
import vn.neuguong.campaign.CampaignViews.OrganizationRef;
import vn.neuguong.campaign.ComplianceBoard.Row;

/**
 * The rows of a board as its statement (the plain {@link BoardStatement} or the roll-up's {@link BoardTally}) gives
 * them: the node's subtree, its own obligations (null when it owes none itself), and its children, the party's own
 * first, then by name; only those with overdue obligations when {@code overdueOnly}.
 */
record BoardRows(Row subtree, Row own, List<Row> children) {

    static BoardRows read(
            JdbcClient jdbc,
            String sql,
            Map<String, Object> parameters,
            OrganizationRef node,
            long campaignId,
            boolean overdueOnly) {
        Map<Long, RowBuilder> rows = new LinkedHashMap<>();
        RowBuilder subtree = new RowBuilder(node.id(), node.name(), node.kind(), true);
        jdbc.sql(sql).params(parameters).query(rs -> {
            Long child = (Long) rs.getObject("child");
            RowBuilder row = subtree;
            if (child != null) {
                row = rows.get(child);
                if (row == null) {
                    row = child == 0
                            ? new RowBuilder(node.id(), node.name(), node.kind(), false)
                            : RowBuilder.of(rs, child);
                    rows.put(child, row);
                }
            }
            row.add(rs, campaignId);
        });
        RowBuilder own = rows.remove(0L);
        var children = new ArrayList<Row>();
        rows.values().stream()
                .map(RowBuilder::build)
                .filter(row -> !overdueOnly || row.total().overdue() > 0)
                .sorted(Comparator.comparing((Row row) -> !row.party()).thenComparing(Row::name))
                .forEach(children::add);
        return new BoardRows(subtree.build(), own == null ? null : own.build(), List.copyOf(children));
    }
}
