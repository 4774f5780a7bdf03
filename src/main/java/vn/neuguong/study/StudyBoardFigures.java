package vn.neuguong.study;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.BoardFigures;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;

/**
 * The study files on the compliance board: {@link StudyCounts} at the node and at each child, a row of one cell
 * linking to the secretary's list of the cell's members.
 */
@Component
class StudyBoardFigures implements BoardFigures {

    private final StudyCounts counts;
    private final StudyAudience audience;
    private final JdbcClient jdbc;

    StudyBoardFigures(StudyCounts counts, StudyAudience audience, JdbcClient jdbc) {
        this.counts = counts;
        this.audience = audience;
        this.jdbc = jdbc;
    }

    @Override
    public Figures memberSubmissions(long campaignId, long nodeId, LocalDate asOf, Scope scope) {
        audience.fixPending();
        var children = counts.bySubtree(campaignId, nodeId, asOf, scope);
        List<Long> cells = children.isEmpty()
                ? List.of()
                : jdbc.sql("SELECT x FROM unnest(ARRAY[:ids]::bigint[]) AS x WHERE " + TreeSql.kind("x") + " = 'CELL'")
                        .param(
                                "ids",
                                children.stream()
                                        .map(StudyCounts.Counts::organizationId)
                                        .toList())
                        .query(Long.class)
                        .list();
        var byChild = new LinkedHashMap<Long, Counts>();
        for (var c : children) {
            boolean cell = cells.contains(c.organizationId()) && c.owed() > 0;
            byChild.put(
                    c.organizationId(),
                    of(c, cell ? "/study/cells/" + c.organizationId() + "?campaignId=" + campaignId : null));
        }
        return new Figures(of(counts.total(campaignId, nodeId, asOf, scope), null), byChild);
    }

    private static Counts of(StudyCounts.Counts c, String href) {
        return new Counts(c.owed(), c.onTime(), c.late(), c.missing(), href);
    }
}
