package vn.neuguong.member;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A period in which a member does not count as every other member of the cell does: exempt from party activity or
 * from work by the cell's decision, in temporary activity at another cell, or working away. How each kind counts is
 * stated once in {@link MemberCounting}.
 */
public record MemberStanding(
        long id,
        long memberId,
        Kind kind,

        @Schema(nullable = true, description = "Why the member is exempt (exemptions only)")
        Reason reason,

        @Schema(nullable = true, description = "The cell hosting the member (TEMPORARY_ELSEWHERE only)")
        Long hostCellId,

        @Schema(nullable = true) String hostCellName,

        @Schema(nullable = true, description = "The number of the cell's decision")
        String decisionNo,

        @Schema(nullable = true, description = "The date of the cell's decision (required for exemptions)")
        LocalDate decisionOn,

        LocalDate startsOn,

        @Schema(nullable = true, description = "The last day of the period; none while it lasts")
        LocalDate endsOn,

        @Schema(nullable = true) String note) {

    public enum Kind {
        /** Miễn sinh hoạt: stays on the roll, is not expected and owes nothing. */
        EXEMPT_ACTIVITY,
        /** Miễn công tác: still expected at meetings and owes study. */
        EXEMPT_WORK,
        /** Sinh hoạt tạm thời at another cell: expected at and owes to the host cell, on the home roll. */
        TEMPORARY_ELSEWHERE,
        /** Đi làm ăn xa: stays expected at home. */
        WORKING_AWAY;

        boolean isExemption() {
            return this == EXEMPT_ACTIVITY || this == EXEMPT_WORK;
        }
    }

    public enum Reason {
        AGE,
        HEALTH,
        OTHER
    }

    /** Whether the period covers the day (both ends included). */
    public boolean covers(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }
}
