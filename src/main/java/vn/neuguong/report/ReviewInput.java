package vn.neuguong.report;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What a committee's staff send about a review: the draft, and its issue. */
final class ReviewInput {

    private ReviewInput() {}

    @Schema(name = "ReviewDraft")
    record Draft(
            @NotNull(message = "validation.required") Long campaignId,
            @NotNull(message = "validation.required") Long organizationId,
            @NotNull(message = "validation.required") Review.Kind kind,

            @NotBlank(message = "validation.required") @Size(max = 500, message = "validation.tooLong")
            String title,

            @NotNull(message = "validation.required") LocalDate periodStartsOn,
            @NotNull(message = "validation.required") LocalDate periodEndsOn,

            @Schema(nullable = true) @Size(max = 50_000, message = "validation.tooLong")
            String conclusions,

            @Schema(nullable = true) @Size(max = 200, message = "validation.tooMany") @Valid
            List<ExemplarInput> exemplars) {}

    @Schema(name = "ReviewExemplarInput")
    record ExemplarInput(
            @NotNull(message = "validation.required") Review.Exemplars kind,

            @NotBlank(message = "validation.required") @Size(max = 300, message = "validation.tooLong")
            String name,

            @Schema(nullable = true) @Size(max = 2_000, message = "validation.tooLong")
            String achievement) {}

    /** Issues the review on a day, signed by a member holding a post of the committee when one is named. */
    @Schema(name = "ReviewIssue")
    record Issue(
            @NotNull(message = "validation.required") LocalDate issuedOn,
            @Schema(nullable = true) Long signerId) {}
}
