package vn.neuguong.campaign;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Map;
import vn.neuguong.organization.Scope;

/**
 * Figures another module counts for the compliance board, beside the obligations: the study module's members owing a
 * reflection and action plan, and how many handed it in on time, late, or not at all, at the node and at each child.
 * The campaign module declares it and shows what an implementation gives, so it never depends on that module.
 */
public interface BoardFigures {

    /**
     * The members' submissions of one subtree, as of the board's date: counts summed up the tree, never averages.
     *
     * @param href the list of the cell's members with their files, when the row is one cell
     */
    @Schema(name = "ComplianceSubmissionCounts")
    record Counts(
            long owed,
            long onTime,
            long late,
            long missing,
            @Schema(nullable = true) String href) {}

    /** The node's subtree in total, and each child's subtree by its organization id. */
    @Schema(name = "ComplianceMemberSubmissions")
    record Figures(Counts subtree, Map<Long, Counts> children) {}

    /** The figures of the campaign at a node inside the scope. */
    Figures memberSubmissions(long campaignId, long nodeId, LocalDate asOf, Scope scope);
}
