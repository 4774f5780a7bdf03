package vn.neuguong.meeting;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/** What the roll-up of the cells' monthly plans answers: the board at a node, and the list of its cells. */
final class PlanBoardViews {

    private PlanBoardViews() {}

    /**
     * The cells of one subtree (a child of the node, or the node itself when it is a cell): how many are expected to
     * post, posted on time, posted late, and have not posted (of those, past their due day); and how many have a
     * thematic meeting planned in the month's quarter.
     */
    @Schema(name = "MeetingPlanBoardRow")
    public record Row(
            long organizationId,
            String name,
            @Schema(nullable = true) String kind,
            boolean hasChildren,
            long expected,
            long onTime,
            long late,
            long notPosted,

            @Schema(description = "Of those not posted, the ones whose due day has passed")
            long overdue,

            @Schema(description = "Cells with a thematic meeting planned in the month's quarter")
            long thematic) {

        @JsonProperty
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        public long posted() {
            return onTime + late;
        }
    }

    /** The board at a node for a month: the subtree in total, then one row per child subtree holding cells. */
    @Schema(name = "MeetingPlanBoard")
    public record Board(
            long organizationId,
            String name,

            @Schema(nullable = true, description = "The node's parent when the scope covers it, to go up")
            Long parentId,

            @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$", example = "2026-01")
            YearMonth month,

            @Schema(description = "The due day in force at the node (cells below may follow a nearer setting)")
            int dueDay,

            LocalDate dueOn,
            LocalDate today,
            Row total,
            List<Row> rows) {}

    /** One cell of a node and its plan for the month. */
    @Schema(name = "MeetingPlanCellRow")
    public record CellRow(
            long cellId,
            String cellName,
            @Schema(nullable = true) String parentName,
            CellPlan.Status status,
            LocalDate dueOn,
            @Schema(nullable = true) Long planId,
            @Schema(nullable = true) Long meetingId,
            @Schema(nullable = true) OffsetDateTime startsAt,
            @Schema(nullable = true) String topic,
            @Schema(nullable = true) OffsetDateTime postedAt,
            boolean thematicInQuarter) {}
}
