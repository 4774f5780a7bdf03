package vn.neuguong.supervision;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** An inspection or supervision visit, who took part, what it found and what it recommends. */
public record Visit(
        long id,
        long committeeId,
        String committeeName,
        boolean byCommission,
        long organizationId,
        String organizationName,
        VisitKind kind,
        LocalDate visitedOn,
        String subject,
        String findings,
        List<Participant> members,
        List<Recommendation> recommendations) {

    public record Participant(long memberId, String fullName) {}

    /** What the owner must do by {@code dueOn}; {@code status} on the day it is read. */
    public record Recommendation(
            long id,
            long visitId,
            int position,
            String text,
            long ownerId,
            String ownerName,
            LocalDate dueOn,
            @Schema(nullable = true) LocalDate doneOn,
            @Schema(nullable = true) String doneNote,
            RecommendationStatus status,
            int version) {}

    public enum RecommendationStatus {
        OPEN,
        DONE_ON_TIME,
        DONE_LATE,
        OVERDUE
    }

    /** A visit as the form and the API send it; a form's blank recommendation rows are left out. */
    @Schema(name = "VisitInput")
    public record Input(
            @NotNull(message = "validation.required") Long committeeId,

            @Schema(nullable = true, description = "By the committee's inspection commission; false when left out")
            Boolean byCommission,

            @NotNull(message = "validation.required") Long organizationId,
            @NotNull(message = "validation.required") VisitKind kind,

            @NotNull(message = "validation.required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate visitedOn,

            @Schema(maxLength = 500)
            @NotBlank(message = "validation.required")
            @Size(max = 500, message = "validation.tooLong")
            String subject,

            @Schema(maxLength = 10000)
            @NotBlank(message = "validation.required")
            @Size(max = 10000, message = "validation.tooLong")
            String findings,

            @Schema(nullable = true) List<Long> memberIds,
            @Schema(nullable = true) @Valid List<RecommendationInput> recommendations) {

        public Input {
            byCommission = Boolean.TRUE.equals(byCommission);
            memberIds = memberIds == null ? new ArrayList<>() : new ArrayList<>(memberIds);
            recommendations = recommendations == null ? new ArrayList<>() : new ArrayList<>(recommendations);
        }
    }

    public record RecommendationInput(
            @Schema(nullable = true, maxLength = 2000) @Size(max = 2000, message = "validation.tooLong")
            String text,

            @Schema(nullable = true) Long ownerId,

            @Schema(nullable = true) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate dueOn) {

        boolean blank() {
            return (text == null || text.isBlank()) && ownerId == null && dueOn == null;
        }
    }

    /** A recommendation followed to done: the day and what was done. */
    public record Done(
            @NotNull(message = "validation.required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate doneOn,

            @Schema(maxLength = 2000)
            @NotBlank(message = "validation.required")
            @Size(max = 2000, message = "validation.tooLong")
            String note) {}
}
