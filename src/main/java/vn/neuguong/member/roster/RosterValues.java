package vn.neuguong.member.roster;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import vn.neuguong.member.MemberGender;
import vn.neuguong.member.MemberStatus;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * Reads the values of a roster row as people write them: dates in the usual Vietnamese and ISO forms, genders and
 * statuses in Vietnamese or English, without diacritics too. A value that cannot be read is an error of its cell.
 */
final class RosterValues {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    static final Map<String, MemberGender> GENDERS = Map.of(
            "nam", MemberGender.MALE,
            "male", MemberGender.MALE,
            "nu", MemberGender.FEMALE,
            "female", MemberGender.FEMALE,
            "khac", MemberGender.OTHER,
            "other", MemberGender.OTHER);

    static final Map<String, MemberStatus> STATUSES = Map.ofEntries(
            Map.entry("dang sinh hoat", MemberStatus.ACTIVE),
            Map.entry("active", MemberStatus.ACTIVE),
            Map.entry("da chuyen di", MemberStatus.TRANSFERRED_OUT),
            Map.entry("chuyen di", MemberStatus.TRANSFERRED_OUT),
            Map.entry("transferred out", MemberStatus.TRANSFERRED_OUT),
            Map.entry("da tu tran", MemberStatus.DECEASED),
            Map.entry("tu tran", MemberStatus.DECEASED),
            Map.entry("deceased", MemberStatus.DECEASED),
            Map.entry("da xoa ten", MemberStatus.REMOVED),
            Map.entry("xoa ten", MemberStatus.REMOVED),
            Map.entry("removed", MemberStatus.REMOVED));

    private RosterValues() {}

    static LocalDate date(RosterRow row, RosterColumn column, List<FieldError> errors) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        LocalDate date = usualDate(text);
        if (date != null) {
            return date;
        }
        for (var format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next accepted format
            }
        }
        errors.add(error(row, column, "roster.date.invalid", text));
        return null;
    }

    /**
     * The two forms nearly every roster uses, d/M/yyyy and yyyy-M-d, read without a formatter: the same dates the
     * formatters give, many times faster on a big file. Anything else (or an impossible date) is left to them.
     */
    private static LocalDate usualDate(String text) {
        int n = text.length();
        if (n < 8 || n > 10) {
            return null;
        }
        int first = text.indexOf('/') > 0 ? text.indexOf('/') : text.indexOf('-');
        if (first <= 0) {
            return null;
        }
        char separator = text.charAt(first);
        int second = text.indexOf(separator, first + 1);
        if (second < 0 || text.indexOf(separator, second + 1) >= 0) {
            return null;
        }
        int a = digits(text, 0, first);
        int b = digits(text, first + 1, second);
        int c = digits(text, second + 1, n);
        boolean dayFirst = separator == '/' && first <= 2 && second - first - 1 <= 2 && n - second - 1 == 4;
        boolean yearFirst = separator == '-' && first == 4 && second - first - 1 <= 2 && n - second - 1 <= 2;
        if (a < 0 || b < 0 || c < 0 || !(dayFirst || yearFirst)) {
            return null;
        }
        try {
            return dayFirst ? LocalDate.of(c, b, a) : LocalDate.of(a, b, c);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        if (from >= to) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The choice a text names, ignoring case, diacritics and underscores; null when it names none. */
    static <T> T choice(String text, Map<String, T> choices) {
        T value = choices.get(RosterColumn.fold(text));
        return value != null ? value : choices.get(RosterColumn.fold(text.replace('_', ' ')));
    }

    static FieldError error(RosterRow row, RosterColumn column, String message, String value) {
        return new FieldError(row.header(column), message, row.row(), value);
    }
}
