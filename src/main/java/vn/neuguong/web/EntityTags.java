package vn.neuguong.web;

import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import vn.neuguong.shared.InvalidInputException;

/**
 * A record's version as HTTP carries it (docs/DESIGN.md, "Concurrent edits"): a GET answers {@code ETag: "<version>"},
 * a change sends it back as {@code If-Match}. A change without the header is refused with 428 (so that no client
 * overwrites an edit it never saw), one whose header names no version with 400 naming {@code If-Match}; the module
 * compares the version and answers 409 when the record changed since.
 */
public final class EntityTags {

    public static final String IF_MATCH = HttpHeaders.IF_MATCH;

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"?(\\d{1,9})\"?\\s*");

    private EntityTags() {}

    /** The entity tag of a record at {@code version}. */
    public static String of(int version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header names.
     *
     * @param requiredKey the message telling what to send, when the header is missing (428); {0} is the header's name
     * @param invalidKey the field message when the header names no version (400)
     */
    public static int required(String ifMatch, String requiredKey, String invalidKey) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new Missing(requiredKey);
        }
        var matcher = TAG.matcher(ifMatch);
        if (!matcher.matches()) {
            throw new InvalidInputException(
                    java.util.List.of(new InvalidInputException.FieldError(IF_MATCH, invalidKey, null, ifMatch)));
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** A change sent without {@code If-Match}: answered 428 Precondition Required, the header named as the field. */
    public static final class Missing extends RuntimeException {

        private final String messageKey;

        Missing(String messageKey) {
            super("If-Match is required");
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
