package vn.neuguong.commendation;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.commendation.Nomination.NomineeKind;
import vn.neuguong.commendation.NominationInput.Draft;
import vn.neuguong.directive.Documents;
import vn.neuguong.meeting.MeetingSql;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.report.ReportLinks;
import vn.neuguong.shared.FieldErrors;

/**
 * What a nomination must satisfy, every broken rule named by its field: a round the nominator may see and still
 * open; a nominating organization of the party in the caller's scope and in the round's subtree; a nominee in the
 * nominating organization's subtree (a member: of a cell in it), named once in the round; a form the deciding level
 * may give; evidence the caller may read.
 */
@Component
class NominationChecks {

    private final JdbcClient jdbc;
    private final Rounds rounds;
    private final AwardForms forms;
    private final Documents documents;
    private final Clock clock;

    NominationChecks(JdbcClient jdbc, Rounds rounds, AwardForms forms, Documents documents, Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.forms = forms;
        this.documents = documents;
        this.clock = clock;
    }

    /** Checks the draft (of nomination {@code self} when it changes one) and answers its round. */
    Round check(Draft draft, Long self, Scope scope) {
        var errors = new FieldErrors();
        var round = rounds.find(draft.roundId(), scope).orElse(null);
        if (round == null) {
            errors.add("roundId", "commendation.round.unknown");
        } else if (round.closesOn().isBefore(LocalDate.now(clock)) && self == null) {
            errors.add("roundId", "commendation.round.closed");
        }
        boolean nominator = covers(scope, draft.nominatedById())
                && jdbc.sql("SELECT coalesce(" + TreeSql.kind(":id")
                                + " IN ('COMMITTEE', 'GRASSROOTS_COMMITTEE', 'CELL'), false)")
                        .param("id", draft.nominatedById())
                        .query(Boolean.class)
                        .optional()
                        .orElse(false);
        if (!nominator) {
            errors.add("nominatedById", "commendation.organization.outside");
        } else if (round != null && !within(draft.nominatedById(), round.organizationId())) {
            errors.add("nominatedById", "commendation.nominator.outsideRound");
        }
        nominee(draft, nominator, errors);
        if (forms.find(draft.formCode().strip()).isEmpty()) {
            errors.add("formCode", "commendation.form.unknown");
        } else if (round != null
                && (round.level() == null || !forms.allowed(draft.formCode().strip(), round.level()))) {
            errors.add("formCode", "commendation.form.notAllowed");
        }
        if (round != null && !errors.has(nomineeField(draft)) && duplicate(draft, self)) {
            errors.add(nomineeField(draft), "commendation.nominee.duplicate");
        }
        for (int i = 0; i < draft.evidence().size(); i++) {
            var ref = draft.evidence().get(i);
            if (!readable(ref, scope)) {
                errors.add("evidence[" + i + "].id", "commendation.evidence.unknown");
            }
        }
        errors.throwIfAny();
        return round;
    }

    /** Writes the evidence of a checked draft, each piece once. */
    void evidence(long nominationId, Draft draft) {
        for (var ref : draft.evidence().stream().distinct().toList()) {
            jdbc.sql("INSERT INTO commendation_evidence (nomination_id, kind, ref_id) VALUES (:n, :kind, :ref)")
                    .param("n", nominationId)
                    .param("kind", ref.kind().name())
                    .param("ref", ref.id())
                    .update();
        }
    }

    /** Whether the scope covers the organization. */
    boolean covers(Scope scope, Long organizationId) {
        if (organizationId == null) {
            return false;
        }
        return jdbc.sql("SELECT " + scope.coversOrganization("CAST(:id AS bigint)"))
                .param("id", organizationId)
                .query(Boolean.class)
                .single();
    }

    /** The field that names the nominee of the draft's kind. */
    static String nomineeField(Draft draft) {
        return switch (draft.nomineeKind()) {
            case COLLECTIVE -> "organizationId";
            case MEMBER -> "memberId";
            case PERSON -> "personName";
        };
    }

    private void nominee(Draft draft, boolean nominator, FieldErrors errors) {
        var kind = draft.nomineeKind();
        if (kind != NomineeKind.COLLECTIVE && draft.organizationId() != null) {
            errors.add("organizationId", "commendation.nominee.notForKind");
        }
        if (kind != NomineeKind.MEMBER && draft.memberId() != null) {
            errors.add("memberId", "commendation.nominee.notForKind");
        }
        if (kind != NomineeKind.PERSON && (draft.personName() != null || draft.personBirthYear() != null)) {
            errors.add("personName", "commendation.nominee.notForKind");
        }
        switch (kind) {
            case COLLECTIVE -> {
                if (draft.organizationId() == null) {
                    errors.add("organizationId", "validation.required");
                } else if (nominator && !within(draft.organizationId(), draft.nominatedById())) {
                    errors.add("organizationId", "commendation.nominee.outside");
                }
            }
            case MEMBER -> {
                if (draft.memberId() == null) {
                    errors.add("memberId", "validation.required");
                } else if (nominator
                        && !jdbc.sql("SELECT " + MemberSql.exists(":m") + " AND "
                                        + TreeSql.within(MemberSql.cellOf(":m"), ":by"))
                                .param("m", draft.memberId())
                                .param("by", draft.nominatedById())
                                .query(Boolean.class)
                                .single()) {
                    errors.add("memberId", "commendation.nominee.outside");
                }
            }
            case PERSON -> errors.requireText("personName", draft.personName(), 200);
        }
    }

    private boolean within(long organizationId, long rootId) {
        return jdbc.sql("SELECT " + TreeSql.within(":id", ":root"))
                .param("id", organizationId)
                .param("root", rootId)
                .query(Boolean.class)
                .single();
    }

    private boolean duplicate(Draft draft, Long self) {
        String same = switch (draft.nomineeKind()) {
            case COLLECTIVE -> "n.organization_id = :organization";
            case MEMBER -> "n.member_id = :member";
            case PERSON ->
                "n.nominated_by_id = :by AND lower(n.person_name) = lower(:name)"
                        + " AND coalesce(n.person_birth_year, 0) = coalesce(:year, 0)";
        };
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM commendation_nomination n WHERE n.round_id = :round"
                        + " AND n.nominee_kind = :kind AND n.status <> 'CUT' AND n.id <> coalesce(:self, 0) AND " + same
                        + ")")
                .param("round", draft.roundId())
                .param("kind", draft.nomineeKind().name())
                .param("organization", draft.organizationId())
                .param("member", draft.memberId())
                .param("by", draft.nominatedById())
                .param(
                        "name",
                        draft.personName() == null ? "" : draft.personName().strip())
                .param("year", draft.personBirthYear())
                .param("self", self)
                .query(Boolean.class)
                .single();
    }

    private boolean readable(NominationInput.EvidenceRef ref, Scope scope) {
        return switch (ref.kind()) {
            case DOCUMENT -> documents.find(ref.id(), scope).isPresent();
            case MEETING -> covers(scope, owner(MeetingSql.hostOf(":id"), ref.id()));
            case REPORT -> covers(scope, owner(ReportLinks.organizationOf(":id"), ref.id()));
        };
    }

    private Long owner(String expression, long id) {
        return jdbc.sql("SELECT " + expression)
                .param("id", id)
                .query(Long.class)
                .optional()
                .orElse(null);
    }
}
