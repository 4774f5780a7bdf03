package vn.neuguong.web;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** Resolves a text that is either a message key or already plain text. */
public final class Messages {

    private Messages() {}

    public static String resolve(MessageSource messages, String keyOrText, Locale locale, Object... args) {
        if (keyOrText == null) {
            return null;
        }
        return messages.getMessage(keyOrText, args, keyOrText, locale);
    }
}
