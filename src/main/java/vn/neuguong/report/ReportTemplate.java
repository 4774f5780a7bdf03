package vn.neuguong.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import vn.neuguong.campaign.AppliesTo;

/**
 * What a committee asks its organizations to report each period: the indicators in order, each perhaps prefilled
 * from a figure the system counts ({@link vn.neuguong.shared.PeriodFigures}).
 *
 * @param organizationId the committee that asks for the reports; its subtree reports
 * @param campaignId the campaign whose PERIODIC_REPORT lines the reports answer, when it belongs to one
 * @param appliesTo for a campaign's template, the kind of organizations whose report lines it answers (the wards',
 *     not the Front's); null: every report line of the campaign
 * @param dueDays days after the period's end a report is due, when no campaign line sets the day
 */
@Schema(name = "ReportTemplate")
record ReportTemplate(
        long id,
        String title,
        long organizationId,
        String organizationName,
        @Schema(nullable = true) Long campaignId,
        @Schema(nullable = true) String campaignTitle,
        ReportPeriod period,
        @Schema(nullable = true) AppliesTo appliesTo,
        int dueDays,
        List<Indicator> indicators,
        int version) {

    /** A count, a ratio of two counts, or a free-text section (results, shortcomings, causes, lessons, proposals). */
    enum Kind {
        COUNT,
        RATIO,
        TEXT
    }

    /**
     * @param source the figure that prefills a count or a ratio's numerator; null when the author enters it
     * @param denominatorSource the figure that prefills a ratio's denominator
     */
    @Schema(name = "ReportIndicator")
    record Indicator(
            long id,
            int position,
            String label,
            Kind kind,
            @Schema(nullable = true) String source,
            @Schema(nullable = true) String denominatorSource) {}
}
