package vn.neuguong.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.neuguong.shared.InvalidInputException;

/**
 * The rows of a form sent as {@code prefix[i].field} (indicators, exemplars): the rows with something in them, in
 * order, and the way back from an error on the k-th kept row to the i-th row of the form, so the error sits beside
 * the field the person filled in; and the readers of a form's number and choice fields the report pages share.
 */
final class FormRows {

    private final String prefix;
    private final List<Map<String, String>> rows = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();

    FormRows(String prefix, Map<String, String> form, int size, String... fields) {
        this.prefix = prefix;
        for (int i = 0; i < size; i++) {
            var row = new LinkedHashMap<String, String>();
            boolean filled = false;
            for (var field : fields) {
                String value = form.get(prefix + "[" + i + "]." + field);
                String text = value == null || value.isBlank() ? null : value.strip();
                row.put(field, text);
                filled |= text != null && !field.equals("kind");
            }
            if (filled) {
                rows.add(row);
                positions.add(i);
            }
        }
    }

    List<Map<String, String>> rows() {
        return rows;
    }

    /** The form's name of a field of the k-th kept row. */
    String field(int kept, String name) {
        return prefix + "[" + positions.get(kept) + "]." + name;
    }

    /** The errors by the form's field names: {@code prefix[k].x} of the k-th kept row named by its row in the form. */
    Map<String, String> errors(InvalidInputException invalid) {
        var pattern = Pattern.compile(Pattern.quote(prefix) + "\\[(\\d+)\\](.*)");
        var errors = new LinkedHashMap<String, String>();
        for (var error : invalid.errors()) {
            var matcher = pattern.matcher(error.field());
            String field = error.field();
            if (matcher.matches() && Integer.parseInt(matcher.group(1)) < positions.size()) {
                field = prefix + "[" + positions.get(Integer.parseInt(matcher.group(1))) + "]" + matcher.group(2);
            }
            errors.putIfAbsent(field, error.message());
        }
        return errors;
    }

    /** The constant named, or null for none or a name that is no constant (a tampered form). */
    static <E extends Enum<E>> E choice(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equals(text.strip())) {
                return constant;
            }
        }
        return null;
    }

    static Long number(String text, String field, Map<String, String> errors) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            errors.put(field, "report.figure.notANumber");
            return null;
        }
    }
}
