package vn.neuguong.member;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import vn.neuguong.shared.InvalidInputException;

/**
 * The member's version on the wire: a GET answers it as {@code ETag: "<version>"}, a change sends it back as
 * {@code If-Match}. Without it a change answers 428, so that no client overwrites an edit it never saw.
 */
final class MemberVersions {

    private static final Pattern ENTITY_TAG = Pattern.compile("\\s*(?:W/)?\"?(\\d{1,9})\"?\\s*");

    private MemberVersions() {}

    static String etag(Member member) {
        return "\"" + member.version() + "\"";
    }

    /** The version an {@code If-Match} header names; 428 when there is none, 400 when it names no version. */
    static int required(String ifMatch, MessageSource messages, Locale locale) {
        if (ifMatch == null || ifMatch.isBlank()) {
            var problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.PRECONDITION_REQUIRED,
                    messages.getMessage("member.version.required", new Object[] {HttpHeaders.IF_MATCH}, locale));
            problem.setTitle("Precondition Required");
            throw new ErrorResponseException(HttpStatus.PRECONDITION_REQUIRED, problem, null);
        }
        var matcher = ENTITY_TAG.matcher(ifMatch);
        if (!matcher.matches()) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError(
                    HttpHeaders.IF_MATCH, "member.version.invalid", null, ifMatch)));
        }
        return Integer.parseInt(matcher.group(1));
    }
}
