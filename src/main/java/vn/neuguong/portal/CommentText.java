package vn.neuguong.portal;

import java.util.regex.Pattern;
import vn.neuguong.shared.FieldErrors;

/**
 * The rules of the readers' text: plain text only. Markup (a tag such as {@code <a} or {@code </p>}, a comment or a
 * declaration) and script addresses ({@code javascript:}) are refused naming the field, never stripped, so what is
 * kept is exactly what was typed; pages print it with {@code th:text}, escaped and never turned into links. A phone is a
 * Vietnamese number: ten digits from 0, typed with spaces, dots or dashes if one likes, kept as the digits.
 */
final class CommentText {

    private static final Pattern MARKUP = Pattern.compile("</?[\\p{L}!?]");
    private static final Pattern SCRIPT =
            Pattern.compile("(java|vb)script\\s*:|data\\s*:\\s*text/html", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("0[0-9]{9}");

    private CommentText() {}

    /** Adds an error for {@code field} when {@code value} carries markup or script. */
    static void requirePlain(FieldErrors errors, String field, String value) {
        if (value != null
                && !errors.has(field)
                && (MARKUP.matcher(value).find() || SCRIPT.matcher(value).find())) {
            errors.add(field, "portal.text.markup");
        }
    }

    /** A text that must be there, at most {@code maxLength} long, plain. */
    static void require(FieldErrors errors, String field, String value, int maxLength) {
        errors.requireText(field, value, maxLength);
        requirePlain(errors, field, value);
    }

    /** A text that may be empty, at most {@code maxLength} long, plain. */
    static void optional(FieldErrors errors, String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            errors.add(field, "validation.tooLong");
        }
        requirePlain(errors, field, value);
    }

    /** The ten digits of a phone typed with spaces, dots or dashes; null when empty or not a Vietnamese number. */
    static String phone(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = typed.strip().replaceAll("[\\s.\\-]", "");
        return PHONE.matcher(digits).matches() ? digits : null;
    }

    /** Adds an error for {@code field} when a phone was typed that is not a number. */
    static void requirePhone(FieldErrors errors, String field, String typed) {
        if (typed != null && !typed.isBlank() && phone(typed) == null) {
            errors.add(field, "portal.comment.phone.invalid");
        }
    }

    /** Text as kept: trimmed, line ends made one kind; null when empty. */
    static String kept(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip().replace("\r\n", "\n");
    }
}
