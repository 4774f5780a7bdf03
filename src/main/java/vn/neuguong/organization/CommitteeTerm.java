package vn.neuguong.organization;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A term (nhiệm kỳ) of a committee: opened by its congress number {@code ordinal} (Đại hội XXVIII), it runs from the
 * day after that congress closes to the close of the next one; {@code endsOn} is null while no later congress is
 * recorded.
 */
public record CommitteeTerm(
        long id,
        long organizationId,
        int ordinal,
        LocalDate congressOpenedOn,
        LocalDate congressClosedOn,
        LocalDate startsOn,
        @Schema(nullable = true) LocalDate endsOn) {

    private static final int[] VALUES = {100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] NUMERALS = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    /** The congress ordinal as the party writes it: XXVIII. */
    public String roman() {
        return roman(ordinal);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    public static String roman(int number) {
        var text = new StringBuilder();
        int rest = number;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                text.append(NUMERALS[i]);
                rest -= VALUES[i];
            }
        }
        return text.toString();
    }
}
