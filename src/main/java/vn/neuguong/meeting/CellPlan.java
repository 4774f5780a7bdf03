package vn.neuguong.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * A cell's plan for one month as it is read: the planned cell meeting it became (its day and time, topic and
 * presenter), when it was posted, by which due day, and whether that was late.
 */
@Schema(name = "MeetingPlan")
public record CellPlan(
        long id,
        long cellId,
        String cellName,

        @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$", example = "2026-01")
        YearMonth month,

        @Schema(description = "CELL_REGULAR or CELL_THEMATIC")
        Meeting.Kind kind,

        long meetingId,
        Meeting.Status meetingStatus,
        OffsetDateTime startsAt,
        String topic,
        @Schema(nullable = true) Long presenterMemberId,

        @Schema(nullable = true, description = "The member's name, or the guest's as written")
        String presenterName,

        @Schema(description = "The due day in force when it was posted")
        LocalDate dueOn,

        OffsetDateTime postedAt,
        boolean late,
        String postedBy,
        int version) {

    /** Whether a cell's plan for a month is in: on time, late, not yet (the due day still to come), or overdue. */
    public enum Status {
        ON_TIME,
        LATE,
        NOT_YET_DUE,
        OVERDUE
    }

    /** The due day of the plans for {@code month}: day {@code dueDay} of the month before. */
    static LocalDate dueOn(YearMonth month, int dueDay) {
        return month.minusMonths(1).atDay(dueDay);
    }

    /** Whether a plan posted at {@code postedAt} (Vietnam's day) is late for the due day: posted after it. */
    static boolean late(OffsetDateTime postedAt, LocalDate dueOn) {
        return postedAt.atZoneSameInstant(vn.neuguong.web.TimeConfiguration.ZONE)
                .toLocalDate()
                .isAfter(dueOn);
    }
}
