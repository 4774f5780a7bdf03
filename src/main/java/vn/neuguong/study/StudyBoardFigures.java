package vn.neuguong.study;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.BoardFigures;
import vn.neuguong.organization.Scope;

/**
 * The study files on the compliance board: {@link StudyCounts} at the node and at each child, a row of one cell
 * linking to the secretary's list of the cell's members.
 */
@Component
class StudyBoardFigures implements BoardFigures {

    private final StudyCounts counts;
    private final StudyAudience audience;

    StudyBoardFigures(StudyCounts counts, StudyAudience audience) {
        this.counts = counts;
        this.audience = audience;
    }

    @Override
    public Figures memberSubmissions(long campaignId, long nodeId, LocalDate asOf, Scope scope) {
        audience.fixPending();
        var node = counts.atNode(campaignId, nodeId, asOf, scope);
        var byChild = new LinkedHashMap<Long, Counts>();
        for (var c : node.children()) {
            boolean cell = node.cells().contains(c.organizationId()) && c.owed() > 0;
            byChild.put(
                    c.organizationId(),
                    of(c, cell ? "/study/cells/" + c.organizationId() + "?campaignId=" + campaignId : null));
        }
        return new Figures(of(node.subtree(), null), byChild);
    }

    private static Counts of(StudyCounts.Counts c, String href) {
        return new Counts(c.owed(), c.onTime(), c.late(), c.missing(), href);
    }
}
