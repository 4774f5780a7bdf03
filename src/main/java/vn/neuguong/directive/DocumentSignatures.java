package vn.neuguong.directive;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.neuguong.directive.DocumentChecks.Issuer;
import vn.neuguong.directive.Documents.NewDocument;
import vn.neuguong.member.CommitteeBodies;
import vn.neuguong.member.MemberPosition.Title;
import vn.neuguong.organization.CommitteeBody;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * Who issues a document in the party's words and who signs it for whom. A committee issues in its own name or
 * through its standing or executive committee (Ban Thường vụ, Ban Chấp hành), always in its own number series; a
 * cell or a department has no such body. The signer, when named, must sit in that body on the issue date (for the
 * organization itself: hold a post in it that day); the block reads "T/M BAN THƯỜNG VỤ" or "T/M QUẬN ỦY", then
 * the signer's post and name.
 */
@Component
class DocumentSignatures {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final CommitteeBodies bodies;
    private final Organizations organizations;

    DocumentSignatures(CommitteeBodies bodies, Organizations organizations) {
        this.bodies = bodies;
        this.organizations = organizations;
    }

    /**
     * How a document is signed, as it is kept with it.
     *
     * @param signedFor "T/M BAN THƯỜNG VỤ", "T/M QUẬN ỦY"; null for a department, which signs in its head's post
     */
    record Signature(CommitteeBody body, Long signerId, String signerName, Title signerTitle, String signedFor) {

        static final Signature NONE = new Signature(null, null, null, null, null);
    }

    /**
     * The signature of a document to issue, adding to {@code errors} what its body or its signer breaks; {@code dated}
     * tells whether its issue date was found usable.
     */
    Signature check(NewDocument input, boolean dated, Issuer issuer, Scope scope, List<FieldError> errors) {
        if (issuer == null) {
            return Signature.NONE;
        }
        var body = input.issuedByBody();
        boolean byCongress = input.byCongress();
        Long signerId = input.signerId();
        LocalDate issuedOn = dated ? input.issuedOn() : null;
        if (body != null && (!issuer.committee() || byCongress)) {
            errors.add(new FieldError(
                    "issuedByBody", byCongress ? "document.body.congress" : "document.body.notCommittee"));
            return Signature.NONE;
        }
        if (signerId == null || issuedOn == null) {
            return new Signature(body, null, null, null, null);
        }
        var seat = bodies.seat(issuer.id(), body, issuedOn, signerId).orElse(null);
        if (seat == null) {
            errors.add(
                    new FieldError("signerId", body == null ? "document.signer.noPost" : "document.signer.notInBody"));
            return Signature.NONE;
        }
        return new Signature(body, seat.memberId(), seat.fullName(), seat.title(), signedFor(body, issuer, scope));
    }

    private String signedFor(CommitteeBody body, Issuer issuer, Scope scope) {
        if (body != null) {
            return body.onBehalf();
        }
        if (issuer.department()) {
            return null;
        }
        return "T/M " + organizations.get(issuer.id(), scope).levelLabel().toUpperCase(VIETNAMESE);
    }
}
