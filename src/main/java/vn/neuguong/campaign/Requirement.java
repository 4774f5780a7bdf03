package vn.neuguong.campaign;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import vn.neuguong.campaign.Recurrence.QuotaPeriod;
import vn.neuguong.campaign.Recurrence.QuotaUnit;

/**
 * One line of a campaign's obligations template: what organizations of a kind owe, and by when.
 *
 * @param dueOn the due day of a one-off line, the end of a window, the latest day of a line due after an event, the
 *     last day a recurring line runs to
 * @param windowStartsOn the window's first day (WINDOW): an act before it does not count
 * @param afterRequirementId the line whose act starts the days (AFTER_EVENT)
 * @param quota acts owed in each {@code quotaPeriod}, at most one per {@code quotaUnit} (QUOTA)
 * @param dueDayOnTime whether an act on the due day itself is on time ("chậm nhất ngày") or late ("trước ngày")
 */
public record Requirement(
        long id,
        long campaignId,
        int position,
        ObligationKind kind,
        AppliesTo appliesTo,
        LocalDate dueOn,
        @Schema(nullable = true) String label,
        @Schema(nullable = true) Long parentRequirementId,
        Recurrence recurrence,
        @Schema(nullable = true) LocalDate windowStartsOn,
        @Schema(nullable = true) Long afterRequirementId,
        @Schema(nullable = true) Integer daysAfter,
        @Schema(nullable = true) Integer quota,
        @Schema(nullable = true) QuotaPeriod quotaPeriod,
        @Schema(nullable = true) QuotaUnit quotaUnit,
        boolean dueDayOnTime) {

    static final String COLUMNS = "id, campaign_id, position, kind, applies_to, due_on, label, parent_requirement_id, "
            + "recurrence, window_starts_on, after_requirement_id, days_after, quota, quota_period, quota_unit, "
            + "due_day_on_time";
}
