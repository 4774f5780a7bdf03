package vn.neuguong.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The day of the month before by which the cells below a committee post next month's meeting plan, as it holds
 * there: the committee's own setting, or the one of the nearest committee above it that has one, or the default.
 */
@Schema(name = "MeetingPlanRule")
public record PlanRule(
        long organizationId,
        String organizationName,

        @Schema(description = "The due day in force here, 1 to 28")
        int dueDay,

        @Schema(nullable = true, description = "The committee's own setting; null when it follows the one above")
        Integer ownDueDay,

        @Schema(nullable = true, description = "The committee whose setting holds; null for the default")
        Long setById,

        @Schema(nullable = true) String setByName,

        @Schema(description = "The version of the own setting, 0 before there is one")
        int version) {

    /** The due day where no committee up the tree has set one: Hà Nội's rule. */
    public static final int DEFAULT_DAY = 20;

    /** A committee's due day as a form or the API sends it. */
    @Schema(name = "MeetingPlanRuleForm")
    public record Form(
            @NotNull(message = "validation.required")
            @Min(value = 1, message = "meeting.planRule.dueDay.range")
            @Max(value = 28, message = "meeting.planRule.dueDay.range")
            Integer dueDay,

            @Schema(nullable = true, description = "pages only: the version the form was opened at")
            Integer version) {}
}
