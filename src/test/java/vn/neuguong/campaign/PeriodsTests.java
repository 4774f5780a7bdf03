package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.neuguong.campaign.Periods.Period;
import vn.neuguong.campaign.Periods.Span;
import vn.neuguong.campaign.Recurrence.QuotaUnit;

class PeriodsTests {

    static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void monthsOfACampaignStartingMidMonthAreCalendarMonthsAcrossTheYearEnd() {
        var months = Periods.over(Span.MONTH, LocalDate.of(2024, 12, 11), LocalDate.of(2025, 3, 31));
        assertThat(months)
                .containsExactly(
                        new Period(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31)),
                        new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)),
                        new Period(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)),
                        new Period(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)));
    }

    @Test
    void quartersHalfYearsAndYears() {
        assertThat(Periods.over(Span.QUARTER, LocalDate.of(2024, 5, 20), LocalDate.of(2025, 1, 5)))
                .extracting(Period::startsOn)
                .containsExactly(
                        LocalDate.of(2024, 4, 1),
                        LocalDate.of(2024, 7, 1),
                        LocalDate.of(2024, 10, 1),
                        LocalDate.of(2025, 1, 1));
        assertThat(Periods.over(Span.HALF_YEAR, LocalDate.of(2024, 8, 1), LocalDate.of(2025, 12, 31)))
                .containsExactly(
                        new Period(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31)),
                        new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)),
                        new Period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)));
        assertThat(Periods.over(Span.YEAR, LocalDate.of(2024, 6, 1), LocalDate.of(2025, 12, 31)))
                .extracting(Period::endsOn)
                .containsExactly(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31));
        assertThat(Periods.over(Span.MONTH, LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 20)))
                .hasSize(1);
    }

    @Test
    void labelsInVietnameseAndEnglish() {
        assertThat(Periods.label(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), VI))
                .isEqualTo("Tháng 01/2025");
        assertThat(Periods.label(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), VI))
                .isEqualTo("Quý I/2025");
        assertThat(Periods.label(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31), VI))
                .isEqualTo("Quý IV/2025");
        assertThat(Periods.label(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), VI))
                .isEqualTo("6 tháng cuối năm 2025");
        assertThat(Periods.label(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), VI))
                .isEqualTo("Năm 2025");
        assertThat(Periods.label(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), Locale.ENGLISH))
                .isEqualTo("01/2025");
        assertThat(Periods.label(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30), Locale.ENGLISH))
                .isEqualTo("Q2 2025");
        assertThat(Periods.label(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), Locale.ENGLISH))
                .isEqualTo("First half of 2025");
        assertThat(Periods.label(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Locale.ENGLISH))
                .isEqualTo("2025");
    }

    @Test
    void aPeriodHoldsSoManyUnitsOfAQuota() {
        assertThat(Periods.unitsIn(Span.YEAR, QuotaUnit.QUARTER)).isEqualTo(4);
        assertThat(Periods.unitsIn(Span.QUARTER, QuotaUnit.MONTH)).isEqualTo(3);
        assertThat(Periods.unitsIn(Span.HALF_YEAR, QuotaUnit.DAY)).isEqualTo(184);
        assertThat(Periods.unitStart(QuotaUnit.QUARTER, LocalDate.of(2025, 5, 17)))
                .isEqualTo(LocalDate.of(2025, 4, 1));
    }
}
