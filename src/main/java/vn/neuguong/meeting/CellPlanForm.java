package vn.neuguong.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * A cell's plan for a month as the form and the API send it: the day inside that month (and the hour, 08:00 unless
 * given), the topic, and who presents it, a member of the cell or a guest by name. A change keeps cell and month.
 */
@Schema(name = "MeetingPlanForm")
public record CellPlanForm(
        @Schema(nullable = true, description = "The cell; needed to post, ignored by a change")
        Long cellId,

        @Schema(
                type = "string",
                pattern = "^\\d{4}-\\d{2}$",
                example = "2026-01",
                nullable = true,
                description = "The month planned; needed to post, ignored by a change")
        @DateTimeFormat(pattern = "yyyy-MM")
        YearMonth month,

        @NotNull(message = "validation.required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate meetsOn,

        @Schema(type = "string", format = "time", example = "08:00:00", nullable = true)
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
        LocalTime startsAt,

        @NotNull(message = "validation.required") @Schema(description = "CELL_REGULAR or CELL_THEMATIC")
        Meeting.Kind kind,

        @NotBlank(message = "validation.required") @Size(max = 500, message = "validation.tooLong")
        String topic,

        @Schema(nullable = true) Long presenterMemberId,

        @Schema(nullable = true, description = "A guest presenter's name and title as written")
        @Size(max = 300, message = "validation.tooLong")
        String presenterName,

        @Schema(nullable = true, description = "pages only: the version the form was opened at")
        Integer version) {

    static final LocalTime DEFAULT_TIME = LocalTime.of(8, 0);

    LocalTime time() {
        return startsAt == null ? DEFAULT_TIME : startsAt;
    }

    boolean hasGuest() {
        return presenterName != null && !presenterName.isBlank();
    }

    /** The rules across fields: a cell meeting kind, the day inside the month planned, one presenter. */
    List<FieldError> check(YearMonth planned) {
        var errors = new ArrayList<FieldError>();
        if (kind != null && kind != Meeting.Kind.CELL_REGULAR && kind != Meeting.Kind.CELL_THEMATIC) {
            errors.add(new FieldError("kind", "meeting.plan.kind.notCell"));
        }
        if (planned != null && meetsOn != null && !YearMonth.from(meetsOn).equals(planned)) {
            errors.add(new FieldError("meetsOn", "meeting.plan.meetsOn.outsideMonth", null, meetsOn));
        }
        if (presenterMemberId == null && !hasGuest()) {
            errors.add(new FieldError("presenterMemberId", "meeting.plan.presenter.required"));
        } else if (presenterMemberId != null && hasGuest()) {
            errors.add(new FieldError("presenterName", "meeting.plan.presenter.both"));
        }
        return errors;
    }
}
