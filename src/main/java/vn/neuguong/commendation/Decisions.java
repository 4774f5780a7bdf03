package vn.neuguong.commendation;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import vn.neuguong.campaign.CampaignSql;
import vn.neuguong.commendation.Nomination.Action;
import vn.neuguong.commendation.Nomination.Status;
import vn.neuguong.commendation.NominationInput.Decide;
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.directive.Documents;
import vn.neuguong.organization.CommitteeBody;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.FieldErrors;
import vn.neuguong.shared.NotFoundException;

/**
 * Decides a round: the deciding organization's staff issue a numbered decision (QĐ) of its standing committee (a
 * cell or grassroots committee without one: of itself), citing the campaign's directing document and listing every
 * nomination it awards with its form; each listed nomination must be approved in the round and its form still one
 * the level may give. Issuing closes them (AWARDED) and gives each certificate its verification code. An award can
 * later be revoked, which its public page then says.
 */
@Component
@Transactional
class Decisions {

    private static final char[] CODE_LETTERS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Rounds rounds;
    private final Nominations nominations;
    private final NominationWork work;
    private final NominationChecks checks;
    private final AwardForms forms;
    private final Organizations organizations;
    private final Documents documents;
    private final AuditLog audit;

    Decisions(
            JdbcClient jdbc,
            Rounds rounds,
            Nominations nominations,
            NominationWork work,
            NominationChecks checks,
            AwardForms forms,
            Organizations organizations,
            Documents documents,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.nominations = nominations;
        this.work = work;
        this.checks = checks;
        this.forms = forms;
        this.organizations = organizations;
        this.documents = documents;
        this.audit = audit;
    }

    Decision get(long id, Scope scope) {
        return jdbc.sql("SELECT d.*, " + DocumentSql.numberText("d.document_id") + " AS number,"
                        + " r.organization_id FROM commendation_decision d JOIN commendation_round r ON r.id = d.round_id"
                        + " WHERE d.id = :id AND " + scope.coversOrAbove("r.organization_id"))
                .param("id", id)
                .query((rs, n) -> new Decision(
                        rs.getLong("id"),
                        rs.getLong("round_id"),
                        rs.getLong("document_id"),
                        rs.getString("number"),
                        rs.getObject("issued_on", java.time.LocalDate.class),
                        rs.getString("signed_for"),
                        rs.getString("signer_post"),
                        rs.getString("signer_name"),
                        List.of()))
                .optional()
                .map(d -> new Decision(
                        d.id(),
                        d.roundId(),
                        d.documentId(),
                        d.number(),
                        d.issuedOn(),
                        d.signedFor(),
                        d.signerPost(),
                        d.signerName(),
                        jdbc.sql("SELECT id FROM commendation_nomination WHERE decision_id = :d ORDER BY position")
                                .param("d", d.id())
                                .query(Long.class)
                                .list()))
                .orElseThrow(() -> new NotFoundException("CommendationDecision", id));
    }

    /** The decisions of a round, oldest first. */
    @Transactional(readOnly = true)
    List<Decision> ofRound(long roundId, Scope scope) {
        return jdbc
                .sql("SELECT id FROM commendation_decision WHERE round_id = :r ORDER BY issued_on, id")
                .param("r", roundId)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> get(id, scope))
                .toList();
    }

    Decision decide(long roundId, int version, Decide input, Actor actor) {
        var scope = Scope.of(actor);
        var round = rounds.get(roundId, scope);
        if (round.version() != version) {
            throw new ConflictException("commendation.version.stale");
        }
        var errors = new FieldErrors();
        if (!checks.covers(scope, round.organizationId())) {
            errors.add("roundId", "commendation.organization.outside");
        }
        var listed = new ArrayList<Nomination>();
        var seen = new HashSet<Long>();
        for (int i = 0; i < input.nominationIds().size(); i++) {
            long id = input.nominationIds().get(i);
            var nomination = nominations
                    .find(id, Scope.everything())
                    .filter(n -> n.roundId() == roundId)
                    .orElse(null);
            String field = "nominationIds[" + i + "]";
            if (!seen.add(id)) {
                errors.add(field, "commendation.decision.listedTwice");
            } else if (nomination == null) {
                errors.add(field, "commendation.decision.notInRound");
            } else if (nomination.status() != Status.APPROVED) {
                errors.add(field, "commendation.decision.notApproved");
            } else if (round.level() == null || !forms.allowed(nomination.formCode(), round.level())) {
                errors.add(field, "commendation.form.notAllowed");
            } else {
                listed.add(nomination);
            }
        }
        errors.throwIfAny();
        var committee = organizations.get(round.organizationId(), Scope.everything());
        boolean body = CommitteeBody.heldBy(committee.kind());
        Long basis = jdbc.sql("SELECT " + CampaignSql.directingDocument(":c"))
                .param("c", round.campaignId())
                .query(Long.class)
                .single();
        var document = documents.issue(
                new Documents.NewDocument(
                        "QĐ",
                        round.organizationId(),
                        input.issuedOn(),
                        "Quyết định khen thưởng: " + round.title(),
                        html(round, listed),
                        basis == null ? List.of() : List.of(basis),
                        List.of(),
                        false,
                        body ? CommitteeBody.STANDING_COMMITTEE : null,
                        input.signerId()),
                scope);
        long id = jdbc.sql("""
                        INSERT INTO commendation_decision (round_id, document_id, issued_on, signed_for, signer_post,
                                                           signer_name)
                        VALUES (:round, :document, :on, :for, :post, :name) RETURNING id
                        """)
                .param("round", roundId)
                .param("document", document.id())
                .param("on", input.issuedOn())
                .param(
                        "for",
                        document.signedFor() != null
                                ? document.signedFor()
                                : document.issuedByBody() == null
                                        ? null
                                        : document.issuedByBody().onBehalf())
                .param("post", document.signerTitle() == null ? null : post(document.signerTitle()))
                .param("name", document.signerName())
                .query(Long.class)
                .single();
        for (int i = 0; i < listed.size(); i++) {
            var nomination = listed.get(i);
            jdbc.sql("""
                            UPDATE commendation_nomination SET status = 'AWARDED', decision_id = :decision,
                                   position = :position, code = :code, version = version + 1
                            WHERE id = :id
                            """)
                    .param("decision", id)
                    .param("position", i + 1)
                    .param("code", code())
                    .param("id", nomination.id())
                    .update();
            work.step(nomination.id(), round.organizationId(), Action.AWARDED, document.number(), actor);
        }
        jdbc.sql("UPDATE commendation_round SET version = version + 1 WHERE id = :id")
                .param("id", roundId)
                .update();
        var decision = get(id, Scope.everything());
        audit.created("CommendationDecision", id, round.organizationId(), decision);
        return decision;
    }

    /** Revokes an award: its certificate's public page says so from then on. */
    Nomination revoke(long nominationId, int version, String reason, Actor actor) {
        var scope = Scope.of(actor);
        var nomination = nominations.get(nominationId, scope);
        if (nomination.version() != version) {
            throw new ConflictException("commendation.version.stale");
        }
        var round = rounds.get(nomination.roundId(), Scope.everything());
        var errors = new FieldErrors();
        if (nomination.status() != Status.AWARDED || nomination.revokedAt() != null) {
            errors.add("status", "commendation.award.notRevocable");
        } else if (!checks.covers(scope, round.organizationId())) {
            errors.add("status", "commendation.organization.outside");
        }
        errors.throwIfAny();
        jdbc.sql("UPDATE commendation_nomination SET revoked_at = now(), revoked_reason = :reason,"
                        + " version = version + 1 WHERE id = :id")
                .param("reason", reason.strip())
                .param("id", nominationId)
                .update();
        work.step(nominationId, round.organizationId(), Action.REVOKED, reason.strip(), actor);
        var after = nominations.get(nominationId, Scope.everything());
        audit.updated(
                "Nomination",
                nominationId,
                nomination.nominatedById(),
                Map.of("revoked", false),
                Map.of("revoked", true, "reason", reason.strip()));
        return after;
    }

    /** The decision's body: one article awarding the list, with its form per entry. */
    private static String html(Round round, List<Nomination> listed) {
        var html = new StringBuilder("<p><strong>Điều 1.</strong> Khen thưởng "
                + listed.size() + " tập thể, cá nhân đã có thành tích tiêu biểu trong "
                + HtmlUtils.htmlEscape(round.campaignTitle()) + ":</p><table><thead><tr><th>TT</th>"
                + "<th>Tập thể, cá nhân</th><th>Hình thức</th><th>Thành tích</th></tr></thead><tbody>");
        for (int i = 0; i < listed.size(); i++) {
            var n = listed.get(i);
            html.append("<tr><td>")
                    .append(i + 1)
                    .append("</td><td>")
                    .append(HtmlUtils.htmlEscape(n.nomineeName()))
                    .append(n.details() == null ? "" : "<br>" + HtmlUtils.htmlEscape(n.details()))
                    .append("</td><td>")
                    .append(HtmlUtils.htmlEscape(n.formName()))
                    .append("</td><td>")
                    .append(HtmlUtils.htmlEscape(n.achievement()))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table><p><strong>Điều 2.</strong> Các tập thể, cá nhân có tên tại Điều 1"
                        + " và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này.</p>")
                .toString();
    }

    /** The signer's post as a certificate prints it: "BÍ THƯ", "PHÓ BÍ THƯ". */
    private static String post(vn.neuguong.member.MemberPosition.Title title) {
        String words = switch (title) {
            case SECRETARY -> "Bí thư";
            case DEPUTY_SECRETARY, STANDING_DEPUTY_SECRETARY -> "Phó Bí thư";
            case STANDING_COMMITTEE_MEMBER -> "Ủy viên Ban Thường vụ";
            case COMMITTEE_MEMBER -> "Ủy viên Ban Chấp hành";
            default -> "Bí thư";
        };
        return words.toUpperCase(Locale.forLanguageTag("vi"));
    }

    private static String code() {
        var code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_LETTERS[RANDOM.nextInt(CODE_LETTERS.length)]);
        }
        return code.toString();
    }
}
