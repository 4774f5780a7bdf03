package vn.neuguong.member.roster;

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

    static <T> T choice(
            RosterRow row, RosterColumn column, Map<String, T> choices, String problem, List<FieldError> errors) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        T value = choices.get(RosterColumn.fold(text));
        if (value == null) {
            value = choices.get(RosterColumn.fold(text.replace('_', ' ')));
        }
        if (value == null) {
            errors.add(error(row, column, problem, text));
        }
        return value;
    }

    static FieldError error(RosterRow row, RosterColumn column, String message, String value) {
        return new FieldError(row.header(column), message, row.row(), value);
    }
}
