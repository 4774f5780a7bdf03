package vn.neuguong.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * What a notice says, kept as a message key and its arguments so that each reader reads it in their own language,
 * whenever they read it: the title is the message {@code key + ".title"}, the body {@code key + ".body"} (if the
 * bundles have one), both given all the arguments. An argument is plain text, a day (written as the reader writes
 * days) or a message key of its own, such as the name of a kind.
 */
public record NoticeText(String key, List<Argument> arguments) {

    public NoticeText {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A notice text needs a message key");
        }
        arguments = List.copyOf(arguments);
    }

    public static NoticeText of(String key, Argument... arguments) {
        return new NoticeText(key, List.of(arguments));
    }

    /** Text shown as it is: a name, a number. */
    public static Argument text(String value) {
        return new Argument(Argument.TEXT, value == null ? "" : value);
    }

    /** A day, written the reader's way. */
    public static Argument day(LocalDate day) {
        return new Argument(Argument.DAY, day.toString());
    }

    /** A message key, resolved in the reader's language. */
    public static Argument message(String key) {
        return new Argument(Argument.MESSAGE, key);
    }

    /** One argument as stored ({@code notification.message_args} holds a JSON array of them). */
    public record Argument(String type, String value) {

        static final String TEXT = "text";
        static final String DAY = "day";
        static final String MESSAGE = "message";
    }
}
