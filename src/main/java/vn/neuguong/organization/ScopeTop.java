package vn.neuguong.organization;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A structure change to the top of the actor's scope: 403, with the reason in the caller's language. */
public final class ScopeTop extends ErrorResponseException {

    static final String MESSAGE = "organization.change.scopeTop";

    ScopeTop(Organization organization) {
        super(
                HttpStatus.FORBIDDEN,
                ProblemDetail.forStatusAndDetail(
                        HttpStatus.FORBIDDEN,
                        organization.name() + " is the top of your scope: its structure is changed by the staff"
                                + " above it"),
                null,
                MESSAGE,
                new Object[] {organization.name()});
    }
}
