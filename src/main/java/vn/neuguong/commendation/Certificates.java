package vn.neuguong.commendation;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.organization.Scope;
import vn.neuguong.report.PartyHeading;
import vn.neuguong.shared.InvalidInputException;

/**
 * The certificates of a decision as one PDF, or of one award: what each prints comes from the nomination, the
 * decision and the heading of the deciding committee; a revoked award prints none.
 */
@Component
@Transactional(readOnly = true)
class Certificates {

    /** Where a certificate's QR code leads, below the application's address. */
    static final String VERIFY_PATH = "/portal/commendations/verify/";

    private final Decisions decisions;
    private final Nominations nominations;
    private final Rounds rounds;
    private final PartyHeading headings;
    private final CertificateSheet sheet;
    private final AwardForms forms;

    Certificates(
            Decisions decisions,
            Nominations nominations,
            Rounds rounds,
            PartyHeading headings,
            CertificateSheet sheet,
            AwardForms forms) {
        this.forms = forms;
        this.decisions = decisions;
        this.nominations = nominations;
        this.rounds = rounds;
        this.headings = headings;
        this.sheet = sheet;
    }

    /** Every certificate of the decision still standing, in the decision's order. */
    byte[] ofDecision(long decisionId, Scope scope, String baseUrl) {
        var decision = decisions.get(decisionId, scope);
        var awards = nominations.ofDecision(decisionId).stream()
                .filter(n -> n.revokedAt() == null)
                .toList();
        if (awards.isEmpty()) {
            throw new InvalidInputException("status", "commendation.award.allRevoked");
        }
        return sheet.pdf(certificates(decision, awards, baseUrl));
    }

    /** The certificate of one award. */
    byte[] ofAward(long nominationId, Scope scope, String baseUrl) {
        var nomination = nominations.get(nominationId, scope);
        if (nomination.decisionId() == null) {
            throw new InvalidInputException("status", "commendation.award.notAwarded");
        }
        if (nomination.revokedAt() != null) {
            throw new InvalidInputException("status", "commendation.award.revoked");
        }
        var decision = decisions.get(nomination.decisionId(), Scope.everything());
        return sheet.pdf(certificates(decision, List.of(nomination), baseUrl));
    }

    List<Certificate> certificates(Decision decision, List<Nomination> awards, String baseUrl) {
        var round = rounds.get(decision.roundId(), Scope.everything());
        var heading = headings.of(round.organizationId());
        return awards.stream()
                .map(n -> new Certificate(
                        heading.superior(),
                        round.organizationName(),
                        forms.find(n.formCode())
                                .map(AwardForms.AwardForm::title)
                                .orElse(n.formName()),
                        n.nomineeKind() == Nomination.NomineeKind.MEMBER
                                ? "Đồng chí " + n.nomineeName()
                                : n.nomineeName(),
                        n.details(),
                        n.achievement(),
                        decision.number(),
                        decision.issuedOn(),
                        heading.place(),
                        decision.signedFor() != null ? decision.signedFor() : heading.onBehalf(),
                        decision.signerPost() != null ? decision.signerPost() : "BÍ THƯ",
                        decision.signerName(),
                        n.code(),
                        baseUrl + VERIFY_PATH + n.code()))
                .toList();
    }
}
