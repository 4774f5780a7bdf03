package vn.neuguong.organization;

import java.util.regex.Pattern;
import vn.neuguong.shared.InvalidInputException;

/**
 * An organization's version as an HTTP entity tag: GET answers {@code ETag: "<version>"}, and an edit sends it back
 * as {@code If-Match}, so that an edit made from a version someone else has changed since is refused (409) rather
 * than silently undoing theirs. An edit without the header is refused too (428).
 */
final class IfMatch {

    static final String HEADER = "If-Match";

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"?(\\d{1,9})\"?\\s*");

    private IfMatch() {}

    /** The entity tag of the organization as it stands. */
    static String etag(Organization organization) {
        return "\"" + organization.version() + "\"";
    }

    /** The version the header names: missing is {@link Missing} (428), anything but one tag is 400 naming it. */
    static int version(String header) {
        if (header == null || header.isBlank()) {
            throw new Missing();
        }
        var matcher = TAG.matcher(header);
        if (!matcher.matches()) {
            throw new InvalidInputException(HEADER, "organization.ifMatch.invalid");
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** An edit sent without {@code If-Match}: answered 428 Precondition Required. */
    static final class Missing extends RuntimeException {

        static final String MESSAGE = "organization.ifMatch.required";

        Missing() {
            super("If-Match is required");
        }
    }
}
