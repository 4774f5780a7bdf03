package vn.neuguong.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * A draft of the minutes: the chair who approves them, the rich text (sanitized when kept), the conclusions and the
 * follow-up tasks (rows without a task are ignored).
 */
@Schema(name = "MinutesForm")
record MinutesForm(
        @NotNull(message = "validation.required") Long chairMemberId,

        @NotBlank(message = "validation.required") @Size(max = 100_000, message = "validation.tooLong")
        String body,

        @Schema(nullable = true) @Size(max = 4000, message = "validation.tooLong")
        String conclusions,

        @Schema(nullable = true) @Valid List<TaskRow> tasks) {

    @Schema(name = "MinutesTaskRow")
    record TaskRow(
            @Schema(nullable = true) @Size(max = 1000, message = "validation.tooLong")
            String task,

            @Schema(nullable = true) Long ownerOrganizationId,
            @Schema(nullable = true) Long ownerMemberId,
            @Schema(nullable = true) LocalDate dueOn) {

        boolean filled() {
            return task != null && !task.isBlank();
        }
    }

    List<TaskRow> filledTasks() {
        return tasks == null
                ? List.of()
                : tasks.stream().filter(t -> t != null && t.filled()).toList();
    }

    /** The rules beside the annotations: a task names an owner. */
    List<FieldError> check() {
        var errors = new ArrayList<FieldError>();
        var rows = tasks == null ? List.<TaskRow>of() : tasks;
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (row != null && row.filled() && row.ownerOrganizationId() == null && row.ownerMemberId() == null) {
                errors.add(new FieldError("tasks[" + i + "].ownerOrganizationId", "meeting.minutes.task.owner"));
            }
        }
        return errors;
    }
}
