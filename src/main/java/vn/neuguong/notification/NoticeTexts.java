package vn.neuguong.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.web.Formats;
import vn.neuguong.web.Messages;

/**
 * Tells stored notices in a reader's language. A notice stored as a message key ({@link NoticeText}) is rendered
 * from the bundles; one stored as text before keys existed shows its text, its title resolved if it is a key.
 */
@Component
class NoticeTexts {

    private static final TypeReference<List<NoticeText.Argument>> ARGUMENTS = new TypeReference<>() {};

    /** A notice's words as stored: the key and its arguments as JSON, or the text of an older row. */
    record Stored(String messageKey, String messageArgs, String title, String body) {}

    /** A notice's title and body (null when it has none) in one language. */
    record Told(String title, String body) {}

    private final MessageSource messages;
    private final JsonMapper json;
    private final Formats formats;

    NoticeTexts(MessageSource messages, JsonMapper json, Formats formats) {
        this.messages = messages;
        this.json = json;
        this.formats = formats;
    }

    Told tell(Stored stored, Locale locale) {
        if (stored.messageKey() == null) {
            return new Told(Messages.resolve(messages, stored.title(), locale), stored.body());
        }
        Object[] arguments = arguments(stored.messageArgs(), locale);
        String key = stored.messageKey();
        return new Told(
                messages.getMessage(key + ".title", arguments, key, locale),
                messages.getMessage(key + ".body", arguments, null, locale));
    }

    /** The arguments as the database column holds them. */
    String store(List<NoticeText.Argument> arguments) {
        return json.writeValueAsString(arguments);
    }

    private Object[] arguments(String stored, Locale locale) {
        List<NoticeText.Argument> arguments = stored == null ? List.of() : json.readValue(stored, ARGUMENTS);
        return arguments.stream().map(argument -> argument(argument, locale)).toArray();
    }

    private String argument(NoticeText.Argument argument, Locale locale) {
        return switch (argument.type()) {
            case NoticeText.Argument.DAY -> formats.date(LocalDate.parse(argument.value()));
            case NoticeText.Argument.MESSAGE -> messages.getMessage(argument.value(), null, argument.value(), locale);
            default -> argument.value();
        };
    }
}
