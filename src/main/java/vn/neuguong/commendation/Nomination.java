package vn.neuguong.commendation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A nomination for an award (đề nghị khen thưởng) in a round: its nominee, the form proposed, the achievement and the
 * evidence, where it stands on its way up (the committee that acts next) and, once awarded, its decision and the
 * verification code its certificate carries.
 *
 * @param nomineeName the collective's name, the member's full name or the person's
 * @param details the member's cell, or what identifies the person outside the party (work place, address)
 * @param story what the honour roll tells of an exemplary model
 * @param exemplary shown on the honour roll as an exemplary model (điển hình tiên tiến, người tốt việc tốt) once
 *     awarded
 * @param nextId the committee that must act next, while pending
 */
@Schema(name = "Nomination")
public record Nomination(
        long id,
        long roundId,
        String roundTitle,
        long nominatedById,
        String nominatedByName,
        NomineeKind nomineeKind,
        @Schema(nullable = true) Long organizationId,
        @Schema(nullable = true) Long memberId,
        String nomineeName,
        @Schema(nullable = true) Integer personBirthYear,
        @Schema(nullable = true) String details,
        String formCode,
        String formName,
        String achievement,
        @Schema(nullable = true) String story,
        boolean exemplary,
        Status status,
        @Schema(nullable = true) Long nextId,
        @Schema(nullable = true) String nextName,
        @Schema(nullable = true) Long decisionId,
        @Schema(nullable = true) String decisionNumber,
        @Schema(nullable = true) String code,
        @Schema(nullable = true) OffsetDateTime revokedAt,
        @Schema(nullable = true) String revokedReason,
        List<Evidence> evidence,
        List<Step> steps,
        int version) {

    /** Who is nominated: a collective (an organization), a party member, or a person outside the party. */
    @Schema(name = "NomineeKind", enumAsRef = true)
    public enum NomineeKind {
        COLLECTIVE,
        MEMBER,
        PERSON
    }

    /** Where a nomination stands. */
    @Schema(name = "NominationStatus", enumAsRef = true)
    public enum Status {
        /** On its way up: {@code nextId} acts next. */
        PENDING,
        /** Sent back to the nominating organization, to be changed and sent again. */
        RETURNED,
        /** Refused by a level on the way: it ends there. */
        CUT,
        /** Approved by the deciding organization, waiting for its decision. */
        APPROVED,
        /** Listed in a decision. */
        AWARDED
    }

    /** What a piece of evidence is in the system. */
    @Schema(name = "EvidenceKind", enumAsRef = true)
    public enum EvidenceKind {
        DOCUMENT,
        MEETING,
        REPORT
    }

    /** A piece of evidence: a document, a meeting or a report of the system, with what it is called there. */
    @Schema(name = "NominationEvidence")
    public record Evidence(
            EvidenceKind kind,
            long id,
            @Schema(nullable = true) String label) {}

    /** One step of the nomination's way, in order. */
    @Schema(name = "NominationStep")
    public record Step(
            Action action,
            long organizationId,
            String organizationName,
            @Schema(nullable = true) String note,
            String actor,
            OffsetDateTime at) {}

    /** What a step did. */
    @Schema(name = "NominationAction", enumAsRef = true)
    public enum Action {
        PROPOSED,
        FORWARDED,
        APPROVED,
        CUT,
        RETURNED,
        RESUBMITTED,
        AWARDED,
        REVOKED
    }

    /** The same nomination with its evidence and steps. */
    Nomination with(List<Evidence> evidence, List<Step> steps) {
        return new Nomination(
                id,
                roundId,
                roundTitle,
                nominatedById,
                nominatedByName,
                nomineeKind,
                organizationId,
                memberId,
                nomineeName,
                personBirthYear,
                details,
                formCode,
                formName,
                achievement,
                story,
                exemplary,
                status,
                nextId,
                nextName,
                decisionId,
                decisionNumber,
                code,
                revokedAt,
                revokedReason,
                evidence,
                steps,
                version);
    }

    /** Whether the nominating organization may still change it: before any level approved it, or once returned. */
    boolean changeable() {
        return status == Status.RETURNED
                || status == Status.PENDING && steps.stream().noneMatch(s -> s.action() == Action.FORWARDED);
    }
}
