package vn.neuguong.notification;

/**
 * The SQL that writes a notice's arguments inside a caller's own statement ({@link NoticeRows}): the same JSON that
 * {@link NoticeText} stores, so a notice built in SQL reads exactly as one built in Java. Each method takes SQL
 * expressions and returns one.
 */
public final class NoticeSql {

    private NoticeSql() {}

    /** The {@code message_args} column: a JSON array of the arguments, in order (each from a method below). */
    public static String arguments(String... arguments) {
        return "jsonb_build_array(" + String.join(", ", arguments) + ")";
    }

    /** Text shown as it is, as {@link NoticeText#text}: a null expression is the empty text. */
    public static String text(String expression) {
        return argument(NoticeText.Argument.TEXT, "coalesce(CAST(" + expression + " AS text), '')");
    }

    /** A day (a {@code date} expression), written the reader's way, as {@link NoticeText#day}. */
    public static String day(String expression) {
        return argument(NoticeText.Argument.DAY, "to_char(" + expression + ", 'YYYY-MM-DD')");
    }

    /** A message key (a text expression), resolved in the reader's language, as {@link NoticeText#message}. */
    public static String message(String expression) {
        return argument(NoticeText.Argument.MESSAGE, expression);
    }

    private static String argument(String type, String value) {
        return "jsonb_build_object('type', '" + type + "', 'value', " + value + ")";
    }
}
