package vn.neuguong.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import vn.neuguong.shared.InvalidInputException.FieldError;

/** The due day of a month's plans and when a posting is late, on Vietnam's day; the form's own rules. */
class CellPlanTests {

    @Test
    void dueDayIsTheDayOfTheMonthBefore() {
        assertThat(CellPlan.dueOn(YearMonth.of(2026, 1), 20)).isEqualTo(LocalDate.of(2025, 12, 20));
        assertThat(CellPlan.dueOn(YearMonth.of(2026, 3), 28)).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void postingOnTheDueDayIsOnTimeAndTheDayAfterInVietnamIsLate() {
        var due = LocalDate.of(2025, 12, 20);
        var vietnam = ZoneOffset.ofHours(7);
        assertThat(CellPlan.late(OffsetDateTime.of(due, LocalTime.of(23, 59), vietnam), due))
                .isFalse();
        assertThat(CellPlan.late(OffsetDateTime.of(due.plusDays(1), LocalTime.of(0, 1), vietnam), due))
                .isTrue();
        // 17:30 UTC on the 20th is already the 21st in Hà Nội
        assertThat(CellPlan.late(OffsetDateTime.of(due, LocalTime.of(17, 30), ZoneOffset.UTC), due))
                .isTrue();
    }

    @Test
    void aDayOutsideTheMonthAndAMissingPresenterAreFieldErrors() {
        var form = new CellPlanForm(
                1L,
                YearMonth.of(2026, 1),
                LocalDate.of(2026, 2, 3),
                null,
                Meeting.Kind.STUDY_CONFERENCE,
                "Chủ đề",
                null,
                " ",
                null);
        assertThat(form.check(YearMonth.of(2026, 1)))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("kind", "meetsOn", "presenterMemberId");
    }
}
