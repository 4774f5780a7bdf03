package vn.neuguong.campaign;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.neuguong.web.Formats;

/**
 * One period of a campaign's recurring lines, as the board's selector names it: "Tháng 03/2025", "Quý I/2025",
 * "6 tháng đầu năm 2025", "Năm 2025", or its two dates when it is none of these.
 */
@Schema(name = "CompliancePeriod")
public record BoardPeriod(LocalDate startsOn, LocalDate endsOn) {

    /** How the period is named: a calendar month, quarter, half or year, or a span of dates. */
    public enum Kind {
        MONTH,
        QUARTER,
        FIRST_HALF,
        SECOND_HALF,
        YEAR,
        SPAN
    }

    @JsonProperty
    public Kind kind() {
        boolean calendar = startsOn.getDayOfMonth() == 1
                && endsOn.equals(startsOn.plusMonths(months()).minusDays(1))
                && (startsOn.getMonthValue() - 1) % Math.max(1, months()) == 0;
        if (!calendar) {
            return Kind.SPAN;
        }
        return switch ((int) months()) {
            case 1 -> Kind.MONTH;
            case 3 -> Kind.QUARTER;
            case 6 -> startsOn.getMonthValue() == 1 ? Kind.FIRST_HALF : Kind.SECOND_HALF;
            case 12 -> Kind.YEAR;
            default -> Kind.SPAN;
        };
    }

    private long months() {
        return ChronoUnit.MONTHS.between(startsOn, endsOn.plusDays(1));
    }

    /** The period's name in the reader's language. */
    @JsonIgnore
    public String label(MessageSource messages, Locale locale) {
        var kind = kind();
        String ordinal = switch (kind) {
            case MONTH -> "%02d".formatted(startsOn.getMonthValue());
            case QUARTER -> new String[] {"I", "II", "III", "IV"}[(startsOn.getMonthValue() - 1) / 3];
            case SPAN -> Formats.DATE.format(startsOn) + " – " + Formats.DATE.format(endsOn);
            default -> "";
        };
        return messages.getMessage(
                "campaign.period." + kind, new Object[] {ordinal, String.valueOf(startsOn.getYear())}, locale);
    }
}
