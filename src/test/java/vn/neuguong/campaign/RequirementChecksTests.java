package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.campaign.Recurrence.QuotaPeriod;
import vn.neuguong.campaign.Recurrence.QuotaUnit;
import vn.neuguong.shared.InvalidInputException.FieldError;

class RequirementChecksTests {

    static final LocalDate STARTS = LocalDate.of(2024, 12, 11);
    static final LocalDate ENDS = LocalDate.of(2025, 12, 31);

    static RequirementForm row(
            Recurrence rule,
            LocalDate dueOn,
            LocalDate windowStartsOn,
            Integer afterLine,
            Integer daysAfter,
            Integer quota,
            QuotaPeriod period,
            QuotaUnit unit) {
        return new RequirementForm(
                ObligationKind.CELL_MEETINGS,
                AppliesTo.CELL,
                dueOn,
                null,
                null,
                rule,
                windowStartsOn,
                afterLine,
                daysAfter,
                quota,
                period,
                unit,
                null);
    }

    static List<String> fields(List<RequirementForm> rows) {
        return RequirementChecks.check(rows, STARTS, ENDS).stream()
                .map(e -> e.field() + (e.row() == null ? "" : "@" + e.row()) + ":" + e.message())
                .toList();
    }

    @Test
    void aWindowEndingBeforeItStartsOrStartingBeforeTheCampaignIsRefused() {
        var backwards = row(
                Recurrence.WINDOW, LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 1), null, null, null, null, null);
        var early = row(
                Recurrence.WINDOW, LocalDate.of(2025, 2, 28), LocalDate.of(2024, 11, 1), null, null, null, null, null);
        var fine = row(
                Recurrence.WINDOW, LocalDate.of(2025, 2, 28), LocalDate.of(2025, 1, 1), null, null, null, null, null);
        assertThat(fields(List.of(backwards, early, fine)))
                .containsExactly(
                        "requirements[0].windowStartsOn:campaign.window.endsBeforeStart",
                        "requirements[1].windowStartsOn:campaign.window.outsideCampaign");
    }

    @Test
    void daysAfterNeedAnEarlierLine() {
        var conference = row(Recurrence.ONCE, LocalDate.of(2024, 12, 31), null, null, 7, null, null, null);
        var own = row(Recurrence.AFTER_EVENT, LocalDate.of(2025, 1, 31), null, 1, 7, null, null, null);
        var later = row(Recurrence.AFTER_EVENT, LocalDate.of(2025, 1, 31), null, 3, 7, null, null, null);
        var none = row(Recurrence.AFTER_EVENT, LocalDate.of(2025, 1, 31), null, null, null, null, null, null);
        var fine = row(Recurrence.AFTER_EVENT, LocalDate.of(2025, 1, 31), null, 0, 7, null, null, null);
        assertThat(fields(List.of(conference, own, later, none, fine)))
                .containsExactly(
                        "requirements[0].daysAfter:campaign.event.missing",
                        "requirements[1].afterLine:campaign.event.notEarlier",
                        "requirements[2].afterLine:campaign.event.notEarlier",
                        "requirements[3].afterLine:campaign.event.missing",
                        "requirements[3].daysAfter:validation.required");
    }

    @Test
    void aQuotaAsksNoMoreThanItsPeriodHolds() {
        var fiveQuarters = row(Recurrence.QUOTA, ENDS, null, null, null, 5, QuotaPeriod.YEAR, QuotaUnit.QUARTER);
        var fourMonths = row(Recurrence.QUOTA, ENDS, null, null, null, 4, QuotaPeriod.QUARTER, QuotaUnit.MONTH);
        var oneQuarter = row(Recurrence.QUOTA, ENDS, null, null, null, 1, QuotaPeriod.YEAR, QuotaUnit.QUARTER);
        var bare = row(Recurrence.QUOTA, ENDS, null, null, null, null, null, null);
        assertThat(fields(List.of(fiveQuarters, fourMonths, oneQuarter, bare)))
                .containsExactly(
                        "requirements[0].quota:campaign.quota.tooLarge",
                        "requirements[1].quota:campaign.quota.tooLarge",
                        "requirements[3].quota:validation.required",
                        "requirements[3].quotaPeriod:validation.required",
                        "requirements[3].quotaUnit:validation.required");
    }

    @Test
    void aMonthlyLineShorterThanAMonthIsFineButNotOneDueBeforeTheStart() {
        var shortMonthly = row(Recurrence.MONTHLY, LocalDate.of(2024, 12, 20), null, null, null, null, null, null);
        var early = row(Recurrence.QUARTERLY, LocalDate.of(2024, 12, 1), null, null, null, null, null, null);
        assertThat(RequirementChecks.check(List.of(shortMonthly, early), STARTS, ENDS))
                .extracting(FieldError::field, FieldError::row, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "requirements[1].dueOn", null, "campaign.dueOn.beforeStart"));
    }
}
