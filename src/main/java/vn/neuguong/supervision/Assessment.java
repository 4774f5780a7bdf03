package vn.neuguong.supervision;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The quality self-assessment of a cell's regular meeting of one month ({@code month} as {@code yyyy-MM}): each part
 * rated 1–5 with a note, an overall rating, who prepared it, and the overseer's review.
 */
public record Assessment(
        long id,
        long cellId,
        String cellName,
        String month,
        LocalDate heldOn,
        int preparation,
        @Schema(nullable = true) String preparationNote,
        int content,
        @Schema(nullable = true) String contentNote,
        int attendance,
        @Schema(nullable = true) String attendanceNote,
        int discussion,
        @Schema(nullable = true) String discussionNote,
        int conclusions,
        @Schema(nullable = true) String conclusionsNote,
        Rating rating,
        String preparedBy,
        @Schema(nullable = true) Long reviewedBy,
        @Schema(nullable = true) String reviewedByName,
        @Schema(nullable = true) LocalDate reviewedOn,
        @Schema(nullable = true) Rating reviewRating,
        @Schema(nullable = true) String reviewComment,
        int version) {

    /** The rating that counts: the overseer's when reviewed, the cell's own otherwise. */
    @com.fasterxml.jackson.annotation.JsonProperty
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
    public Rating finalRating() {
        return reviewRating == null ? rating : reviewRating;
    }

    /** The assessment as the form and the API send it; a change keeps its cell and month. */
    @Schema(name = "AssessmentInput")
    public record Input(
            @NotNull(message = "validation.required") Long cellId,

            @Schema(pattern = "^[0-9]{4}-[0-9]{2}$", example = "2025-01")
            @NotNull(message = "validation.required")
            @Pattern(regexp = "[0-9]{4}-(0[1-9]|1[0-2])", message = "supervision.month.invalid")
            String month,

            @NotNull(message = "validation.required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate heldOn,

            @Schema(minimum = "1", maximum = "5")
            @NotNull(message = "validation.required")
            @Min(value = 1, message = "supervision.score.range")
            @Max(value = 5, message = "supervision.score.range")
            Integer preparation,

            @Schema(nullable = true, maxLength = 2000) @Size(max = 2000, message = "validation.tooLong")
            String preparationNote,

            @Schema(minimum = "1", maximum = "5")
            @NotNull(message = "validation.required")
            @Min(value = 1, message = "supervision.score.range")
            @Max(value = 5, message = "supervision.score.range")
            Integer content,

            @Schema(nullable = true, maxLength = 2000) @Size(max = 2000, message = "validation.tooLong")
            String contentNote,

            @Schema(minimum = "1", maximum = "5")
            @NotNull(message = "validation.required")
            @Min(value = 1, message = "supervision.score.range")
            @Max(value = 5, message = "supervision.score.range")
            Integer attendance,

            @Schema(nullable = true, maxLength = 2000) @Size(max = 2000, message = "validation.tooLong")
            String attendanceNote,

            @Schema(minimum = "1", maximum = "5")
            @NotNull(message = "validation.required")
            @Min(value = 1, message = "supervision.score.range")
            @Max(value = 5, message = "supervision.score.range")
            Integer discussion,

            @Schema(nullable = true, maxLength = 2000) @Size(max = 2000, message = "validation.tooLong")
            String discussionNote,

            @Schema(minimum = "1", maximum = "5")
            @NotNull(message = "validation.required")
            @Min(value = 1, message = "supervision.score.range")
            @Max(value = 5, message = "supervision.score.range")
            Integer conclusions,

            @Schema(nullable = true, maxLength = 2000) @Size(max = 2000, message = "validation.tooLong")
            String conclusionsNote,

            @NotNull(message = "validation.required") Rating rating,

            @Schema(maxLength = 200)
            @NotBlank(message = "validation.required")
            @Size(max = 200, message = "validation.tooLong")
            String preparedBy) {}

    /** The overseer's review: agrees with the cell's rating, or sets another, with a comment. */
    public record Review(
            @NotNull(message = "validation.required") Boolean agrees,

            @Schema(nullable = true, description = "Required when the overseer does not agree")
            Rating rating,

            @Schema(nullable = true, maxLength = 2000) @Size(max = 2000, message = "validation.tooLong")
            String comment) {}
}
