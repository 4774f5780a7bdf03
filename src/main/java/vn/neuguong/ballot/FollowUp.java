package vn.neuguong.ballot;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * The ordering committee's follow-up of a closed round: its conclusions, and the remedial measures (biện pháp chỉ
 * đạo khắc phục), each with an owner (an organization or a member) and a due date, tracked to done.
 */
final class FollowUp {

    private FollowUp() {}

    @Schema(name = "BallotFollowUp")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record View(
            long roundId,

            @Schema(description = "True when the caller's scope covers the ordering committee, which records them")
            boolean recordable,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "Missing until recorded")
            Conclusion conclusion,

            List<Measure> measures) {}

    @Schema(name = "BallotConclusion")
    record Conclusion(String conclusions, String recordedBy, LocalDate recordedOn, int version) {}

    @Schema(name = "BallotMeasure")
    record Measure(
            long id,
            int position,
            String measure,
            @Schema(nullable = true) Long ownerOrganizationId,
            @Schema(nullable = true) String ownerOrganizationName,
            @Schema(nullable = true) Long ownerMemberId,
            @Schema(nullable = true) String ownerMemberName,
            LocalDate dueOn,
            @Schema(nullable = true) LocalDate doneOn,
            @Schema(nullable = true) String note,
            boolean overdue,
            int version) {}

    @Schema(name = "BallotConclusionInput")
    record ConclusionInput(
            @NotBlank(message = "validation.required") @Size(max = 20000, message = "validation.tooLong")
            String conclusions) {}

    @Schema(name = "BallotMeasureInput")
    record MeasureInput(
            @NotBlank(message = "validation.required") @Size(max = 2000, message = "validation.tooLong")
            String measure,

            @Schema(nullable = true) Long ownerOrganizationId,
            @Schema(nullable = true) Long ownerMemberId,
            @NotNull(message = "validation.required") LocalDate dueOn,

            @Schema(nullable = true, description = "The day it was done; missing while it is not")
            LocalDate doneOn,

            @Schema(nullable = true) @Size(max = 2000, message = "validation.tooLong")
            String note) {

        List<FieldError> problems() {
            var errors = new ArrayList<FieldError>();
            if (ownerOrganizationId == null && ownerMemberId == null) {
                errors.add(new FieldError("ownerOrganizationId", "ballot.staff.measure.ownerRequired"));
            }
            return errors;
        }
    }
}
