package vn.neuguong.report;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.neuguong.campaign.AppliesTo;

/** What staff send about reports: a template, the opening of a report, its figures, its hand-over, the decision. */
final class ReportInput {

    static final int TEXT_LIMIT = 20_000;
    static final int REASON_LIMIT = 1_000;

    private ReportInput() {}

    @Schema(name = "ReportTemplateInput")
    record Template(
            @NotBlank(message = "validation.required") @Size(max = 300, message = "validation.tooLong")
            String title,

            @NotNull(message = "validation.required") Long organizationId,
            @Schema(nullable = true) Long campaignId,
            @NotNull(message = "validation.required") ReportPeriod period,
            @Schema(nullable = true) AppliesTo appliesTo,

            @Schema(nullable = true, minimum = "0", maximum = "90")
            Integer dueDays,

            @NotEmpty(message = "report.template.indicators.required") @Valid
            List<IndicatorInput> indicators) {}

    @Schema(name = "ReportIndicatorInput")
    record IndicatorInput(
            @NotBlank(message = "validation.required") @Size(max = 300, message = "validation.tooLong")
            String label,

            @NotNull(message = "validation.required") ReportTemplate.Kind kind,
            @Schema(nullable = true) String source,
            @Schema(nullable = true) String denominatorSource) {}

    /** Opens the organization's report for the period starting on the day (the first day of a month, a quarter…). */
    @Schema(name = "ReportOpening")
    record Opening(
            @NotNull(message = "validation.required") Long templateId,
            @NotNull(message = "validation.required") Long organizationId,
            @NotNull(message = "validation.required") LocalDate periodStartsOn) {}

    /** The figures as the author means them; an indicator not sent keeps what it had. */
    @Schema(name = "ReportFiguresInput")
    record Figures(
            @NotNull(message = "validation.required") @Valid List<FigureInput> figures) {}

    /**
     * A count in {@code value}; a ratio's numerator in {@code value} and denominator in {@code denominator}; a
     * section's words in {@code text}. A figure other than the proposed one needs its {@code reason}.
     */
    @Schema(name = "ReportFigureInput")
    record FigureInput(
            @NotNull(message = "validation.required") Long indicatorId,
            @Schema(nullable = true) Long value,
            @Schema(nullable = true) Long denominator,

            @Schema(nullable = true) @Size(max = TEXT_LIMIT, message = "validation.tooLong")
            String text,

            @Schema(nullable = true) @Size(max = REASON_LIMIT, message = "validation.tooLong")
            String reason) {}

    /**
     * The hand-over, with the name of the head who signed it off and, when the office registered it, its number
     * and symbol ("12-BC/ĐU").
     */
    @Schema(name = "ReportSubmission")
    record Submission(
            @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.tooLong")
            String signedBy,

            @Schema(nullable = true) @Size(max = 40, message = "validation.tooLong")
            String number) {}

    /** The parent's decision: a comment, required when the report is returned. */
    @Schema(name = "ReportDecision")
    record Decision(
            @Schema(nullable = true) @Size(max = 2_000, message = "validation.tooLong")
            String comment) {}
}
