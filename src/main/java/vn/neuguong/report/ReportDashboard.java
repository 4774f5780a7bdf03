package vn.neuguong.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * How the organizations expected to report to a node have handed over a template's reports, over the periods that
 * have begun (the last eight, oldest first): per child, per period, and the reports overdue. A report counts as
 * handed over when submitted or accepted, on time when submitted by its due day; one not handed over is missing once
 * its due day has passed and "not due yet" before. A returned report is back with its organization, so not handed
 * over.
 *
 * @param asOf the day the figures are read on: what is overdue depends on it
 */
@Schema(name = "ReportDashboard")
record ReportDashboard(
        long templateId,
        String templateTitle,
        long organizationId,
        String organizationName,
        LocalDate asOf,
        List<Period> periods,
        List<Child> children,
        List<Overdue> overdue) {

    /**
     * One child's hand-overs over the periods it was expected in.
     *
     * @param expected the periods in which it was expected to report to the node
     */
    @Schema(name = "ReportDashboardChild")
    record Child(
            long organizationId,
            String organizationName,
            int expected,
            int onTime,
            int late,
            int missing,
            int notYetDue) {}

    /**
     * One period: how many children were expected and how they handed over, and each ratio indicator recomputed from
     * the handed-over reports.
     *
     * @param handedOverPercent handed over (on time or late) of expected, in percent; null when none was expected
     */
    @Schema(name = "ReportDashboardPeriod")
    record Period(
            LocalDate startsOn,
            LocalDate endsOn,
            String label,
            int expected,
            int onTime,
            int late,
            int missing,
            int notYetDue,
            @Schema(nullable = true) Double handedOverPercent,
            List<Ratio> ratios) {}

    /**
     * A ratio indicator over the period's handed-over reports: the summed numerators over the summed denominators,
     * never an average of the children's percentages.
     *
     * @param percent null when nothing was handed over or the denominators add up to zero
     */
    @Schema(name = "ReportDashboardRatio")
    record Ratio(
            long indicatorId,
            String label,
            @Schema(nullable = true) Long numerator,
            @Schema(nullable = true) Long denominator,
            @Schema(nullable = true) Double percent) {}

    /**
     * A child's report of a period whose due day has passed without its hand-over.
     *
     * @param reportId its report when one was opened (a draft, or returned to it)
     */
    @Schema(name = "ReportDashboardOverdue")
    record Overdue(
            long organizationId,
            String organizationName,
            LocalDate periodStartsOn,
            String periodLabel,
            LocalDate dueOn,
            int daysOverdue,
            @Schema(nullable = true) Long reportId,
            @Schema(nullable = true) Report.Status status) {}
}
