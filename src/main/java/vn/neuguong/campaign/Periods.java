package vn.neuguong.campaign;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.neuguong.campaign.Recurrence.QuotaUnit;

/**
 * The calendar periods a recurring line falls due in: months, quarters, half years and years, aligned on the
 * calendar whatever day the campaign starts, with their labels ("Tháng 01/2025", "Quý I/2025"). The launch statement
 * takes its periods from {@link #seriesSql}, so Java and SQL count the same periods.
 */
final class Periods {

    private Periods() {}

    /** A period's length in months. */
    enum Span {
        MONTH(1, 31),
        QUARTER(3, 92),
        HALF_YEAR(6, 184),
        YEAR(12, 366);

        final int months;
        /** The days of the longest such period (a leap year's, July to December's). */
        final int longestDays;

        Span(int months, int longestDays) {
            this.months = months;
            this.longestDays = longestDays;
        }

        /** The span a period from {@code startsOn} to {@code endsOn} has, if it is a calendar period. */
        static Span of(LocalDate startsOn, LocalDate endsOn) {
            long months = ChronoUnit.MONTHS.between(startsOn, endsOn.plusDays(1));
            for (var span : values()) {
                if (span.months == months) {
                    return span;
                }
            }
            throw new IllegalArgumentException("not a calendar period: " + startsOn + ".." + endsOn);
        }
    }

    /** One calendar period, first and last day. */
    record Period(LocalDate startsOn, LocalDate endsOn) {}

    /** The period of {@code span} that holds {@code day}. */
    static Period containing(Span span, LocalDate day) {
        int first = (day.getMonthValue() - 1) / span.months * span.months + 1;
        var startsOn = LocalDate.of(day.getYear(), first, 1);
        return new Period(startsOn, startsOn.plusMonths(span.months).minusDays(1));
    }

    /** The periods of {@code span} that meet the days from {@code from} to {@code to}, in order. */
    static List<Period> over(Span span, LocalDate from, LocalDate to) {
        var periods = new ArrayList<Period>();
        for (var p = containing(span, from);
                !p.startsOn().isAfter(to);
                p = containing(span, p.endsOn().plusDays(1))) {
            periods.add(p);
        }
        return periods;
    }

    /** How many units of a quota a whole period holds: the largest quota it allows. */
    static int unitsIn(Span span, QuotaUnit unit) {
        return switch (unit) {
            case DAY -> span.longestDays;
            case MONTH -> span.months;
            case QUARTER -> span.months / 3;
        };
    }

    /** The first day of the unit of a quota that holds {@code day}. */
    static LocalDate unitStart(QuotaUnit unit, LocalDate day) {
        return switch (unit) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> containing(Span.QUARTER, day).startsOn();
        };
    }

    /** The period's label: "Tháng 01/2025", "Quý I/2025", "6 tháng đầu năm 2025", "Năm 2025" (or in English). */
    static String label(LocalDate startsOn, LocalDate endsOn, Locale locale) {
        boolean vi = "vi".equals(locale.getLanguage());
        int year = startsOn.getYear();
        int month = startsOn.getMonthValue();
        return switch (Span.of(startsOn, endsOn)) {
            case MONTH -> vi ? "Tháng %02d/%d".formatted(month, year) : "%02d/%d".formatted(month, year);
            case QUARTER -> {
                int quarter = (month - 1) / 3 + 1;
                yield vi ? "Quý " + ROMAN[quarter - 1] + "/" + year : "Q" + quarter + " " + year;
            }
            case HALF_YEAR ->
                month == 1
                        ? (vi ? "6 tháng đầu năm " : "First half of ") + year
                        : (vi ? "6 tháng cuối năm " : "Second half of ") + year;
            case YEAR -> (vi ? "Năm " : "") + year;
        };
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    /**
     * SQL: the Vietnamese label of the calendar period from {@code startsOn} to {@code endsOn} (SQL dates), the
     * same text as {@link #label} gives in Vietnamese; null when {@code startsOn} is null.
     */
    static String labelSql(String startsOn, String endsOn) {
        String months = "((extract(year FROM " + endsOn + " + 1)::int - extract(year FROM " + startsOn
                + ")::int) * 12 + extract(month FROM " + endsOn + " + 1)::int - extract(month FROM " + startsOn
                + ")::int)";
        String year = "extract(year FROM " + startsOn + ")::int";
        String month = "extract(month FROM " + startsOn + ")::int";
        return "(CASE " + months + " WHEN 1 THEN 'Tháng ' || to_char(" + startsOn + ", 'MM') || '/' || " + year
                + " WHEN 3 THEN 'Quý ' || (ARRAY['I', 'II', 'III', 'IV'])[(" + month + " - 1) / 3 + 1] || '/' || "
                + year + " WHEN 6 THEN CASE WHEN " + month + " = 1 THEN '6 tháng đầu năm ' ELSE '6 tháng cuối năm '"
                + " END || " + year + " WHEN 12 THEN 'Năm ' || " + year + " END)";
    }

    /**
     * SQL: the length in months of the periods of the line {@code r} (a {@code campaign_requirement}), null for a
     * one-off line. The same as {@link Recurrence#span}.
     */
    static String monthsSql(String r) {
        return "CASE " + r + ".recurrence WHEN 'MONTHLY' THEN 1 WHEN 'QUARTERLY' THEN 3 WHEN 'QUOTA' THEN CASE " + r
                + ".quota_period WHEN 'QUARTER' THEN 3 WHEN 'HALF_YEAR' THEN 6 ELSE 12 END END";
    }

    /**
     * SQL: a set of rows {@code (starts_on, ends_on)}, the calendar periods of {@code months} months meeting the days
     * {@code from} to {@code to} (SQL dates), or one row of two nulls when {@code months} is null (a one-off line).
     */
    static String seriesSql(String months, String from, String to) {
        String start = "(date_trunc('year', " + from + ") + ((extract(month FROM " + from + ")::int - 1) / " + months
                + " * " + months + ") * interval '1 month')";
        return "(SELECT s::date AS starts_on, (s + make_interval(months => " + months
                + ") - interval '1 day')::date AS ends_on FROM generate_series(" + start + ", " + to
                + "::timestamp, make_interval(months => " + months + ")) s WHERE " + months + " IS NOT NULL"
                + " UNION ALL SELECT NULL::date, NULL::date WHERE " + months + " IS NULL)";
    }

    /**
     * SQL: how many units {@code unit} (a column holding a {@link QuotaUnit} name) meet the days {@code from} to
     * {@code to}: what a quota can ask of a period that the campaign only partly covers.
     */
    static String unitsSql(String unit, String from, String to) {
        return "(SELECT count(*)::int FROM generate_series(date_trunc(lower(" + unit + "), " + from + "::timestamp), "
                + to + "::timestamp, CASE " + unit + " WHEN 'DAY' THEN interval '1 day' WHEN 'MONTH' THEN "
                + "interval '1 month' ELSE interval '3 months' END))";
    }
}
