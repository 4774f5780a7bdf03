package vn.neuguong.report;

import java.time.LocalDate;
import java.util.Locale;

/** How often a template's report falls due, and the period each report covers. */
enum ReportPeriod {
    MONTH(1),
    QUARTER(3),
    HALF_YEAR(6),
    YEAR(12);

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private final int months;

    ReportPeriod(int months) {
        this.months = months;
    }

    /** True when a period of this kind starts on the day: the first of its first month. */
    boolean startsOn(LocalDate day) {
        return day.getDayOfMonth() == 1 && (day.getMonthValue() - 1) % months == 0;
    }

    LocalDate endOf(LocalDate start) {
        return start.plusMonths(months).minusDays(1);
    }

    /** "Quý I/2023", "Tháng 04/2023", "6 tháng đầu năm 2023", "Năm 2023" (or in English). */
    String label(LocalDate start, Locale locale) {
        boolean vi = !"en".equals(locale.getLanguage());
        int year = start.getYear();
        int index = (start.getMonthValue() - 1) / months;
        return switch (this) {
            case MONTH -> (vi ? "Tháng %02d/%d" : "%02d/%d").formatted(start.getMonthValue(), year);
            case QUARTER -> (vi ? "Quý %s/%d" : "Q%s %d").formatted(vi ? ROMAN[index] : "" + (index + 1), year);
            case HALF_YEAR ->
                vi
                        ? (index == 0 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year
                        : (index == 0 ? "First half of " : "Second half of ") + year;
            case YEAR -> (vi ? "Năm " : "Year ") + year;
        };
    }
}
