package vn.neuguong.study;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What people send about a self-cultivation plan: the leader's draft and comment window, a member's comment. */
final class SelfCultivationInput {

    private SelfCultivationInput() {}

    /** A new plan: the organization the signed-in leader heads, the year and period, the text. */
    @Schema(name = "SelfCultivationPlanInput")
    record NewPlan(
            @NotNull(message = "validation.required") Long organizationId,

            @NotNull(message = "validation.required")
            @Min(value = 2000, message = "cultivation.year.range")
            @Max(value = 2100, message = "cultivation.year.range")
            Integer year,

            @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.tooLong")
            String period,

            @Schema(nullable = true) @Size(max = 100_000, message = "validation.tooLong")
            String contentHtml) {}

    /** The leader's changes to the draft; a plan published becomes a new draft. */
    @Schema(name = "SelfCultivationDraft")
    record Draft(
            @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.tooLong")
            String period,

            @Schema(nullable = true) @Size(max = 100_000, message = "validation.tooLong")
            String contentHtml) {}

    /** The days the members may comment, both included. */
    @Schema(name = "SelfCultivationWindow")
    record Window(
            @NotNull(message = "validation.required") LocalDate opensOn,
            @NotNull(message = "validation.required") LocalDate closesOn) {}

    /** A member's comment. */
    @Schema(name = "SelfCultivationCommentInput")
    record CommentInput(
            @NotBlank(message = "validation.required") @Size(max = 4000, message = "validation.tooLong")
            String body) {}
}
