package vn.neuguong.campaign;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.neuguong.shared.InvalidInputException;

/**
 * The version of a campaign or an obligation as HTTP carries it: {@code ETag: "7"} on reading, {@code If-Match: "7"}
 * required on a change through the API (428 without it, 409 when the record changed since).
 */
final class Versions {

    static final String IF_MATCH = "If-Match";

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"?(\\d{1,9})\"?");

    private Versions() {}

    static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names; a missing header answers 428 in the caller's language. */
    static int required(String ifMatch, MessageSource messages, Locale locale) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ResponseStatusException(
                    HttpStatus.PRECONDITION_REQUIRED, messages.getMessage("campaign.version.required", null, locale));
        }
        var tag = TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw new InvalidInputException(IF_MATCH, "campaign.version.invalid");
        }
        return Integer.parseInt(tag.group(1));
    }
}
