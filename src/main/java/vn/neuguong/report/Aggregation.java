package vn.neuguong.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A parent's view of one period (tổng hợp): which of the organizations that report to it have handed over, which
 * are missing, and the sum of the handed-over figures, ratios recomputed from the summed numerators and denominators
 * (never an average of percentages).
 *
 * @param expected how many organizations report to the parent for the period
 */
@Schema(name = "ReportAggregation")
record Aggregation(
        long templateId,
        String templateTitle,
        long organizationId,
        String organizationName,
        LocalDate periodStartsOn,
        LocalDate periodEndsOn,
        String periodLabel,
        int expected,
        int handedOver,
        int missing,
        List<Child> children,
        List<Total> totals) {

    /**
     * One organization expected to report, with its report when it has one.
     *
     * @param corrections how many of its figures differ from what the system proposed (each with its reason)
     */
    @Schema(name = "ReportAggregationChild")
    record Child(
            long organizationId,
            String organizationName,
            @Schema(nullable = true) Long reportId,
            @Schema(nullable = true) Report.Status status,
            @Schema(nullable = true) LocalDate submittedOn,
            @Schema(nullable = true) LocalDate dueOn,
            boolean late,
            boolean handedOver,
            int corrections) {}

    /**
     * The handed-over figures of one indicator, summed.
     *
     * @param percent the summed numerator over the summed denominator, in percent; null for a count, a section, or
     *     a zero denominator
     */
    @Schema(name = "ReportAggregationTotal")
    record Total(
            long indicatorId,
            String label,
            ReportTemplate.Kind kind,
            @Schema(nullable = true) Long value,
            @Schema(nullable = true) Long denominator,
            @Schema(nullable = true) Double percent) {}
}
