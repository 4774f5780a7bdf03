package vn.neuguong.commendation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.neuguong.commendation.Nomination.NomineeKind;

/**
 * The nomination form as a page sends it: every nominee field is on the page whatever the kind chosen, so a draft
 * keeps only those of the kind (the others are left as the person typed them, for the form shown again).
 */
record NominationForm(
        @NotNull(message = "validation.required") Long nominatedById,
        @NotNull(message = "validation.required") NomineeKind nomineeKind,
        Long organizationId,
        Long memberId,
        @Size(max = 200, message = "validation.tooLong") String personName,

        @Min(value = 1900, message = "validation.invalid") @Max(value = 2100, message = "validation.invalid")
        Integer personBirthYear,

        @Size(max = 500, message = "validation.tooLong") String personDetails,

        @NotBlank(message = "validation.required") @Size(max = 30, message = "validation.invalid")
        String formCode,

        @NotBlank(message = "validation.required") @Size(max = 2000, message = "validation.tooLong")
        String achievement,

        @Size(max = 10000, message = "validation.tooLong") String story,
        Boolean exemplary,
        @Size(max = 50, message = "validation.tooMany") List<String> evidence) {

    static NominationForm empty() {
        return new NominationForm(
                null, NomineeKind.MEMBER, null, null, null, null, null, null, null, null, false, List.of());
    }

    /** The form of a nomination as it stands, to change it. */
    static NominationForm of(Nomination nomination) {
        boolean person = nomination.nomineeKind() == NomineeKind.PERSON;
        return new NominationForm(
                nomination.nominatedById(),
                nomination.nomineeKind(),
                nomination.organizationId(),
                nomination.memberId(),
                person ? nomination.nomineeName() : null,
                nomination.personBirthYear(),
                person ? nomination.details() : null,
                nomination.formCode(),
                nomination.achievement(),
                nomination.story(),
                nomination.exemplary(),
                nomination.evidence().stream().map(e -> e.kind() + ":" + e.id()).toList());
    }

    /** The evidence chosen, each "DOCUMENT:12", "MEETING:5" or "REPORT:7"; a value of another shape 400 {@code evidence}. */
    List<NominationInput.EvidenceRef> evidenceRefs() {
        if (evidence == null) {
            return List.of();
        }
        return evidence.stream()
                .filter(value -> value != null && !value.isBlank())
                .map(value -> {
                    var parts = value.strip().split(":");
                    try {
                        return new NominationInput.EvidenceRef(
                                Nomination.EvidenceKind.valueOf(parts[0]), Long.valueOf(parts[1]));
                    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                        throw new vn.neuguong.shared.InvalidInputException("evidence", "validation.invalid");
                    }
                })
                .toList();
    }

    /** The draft of the round: the nominee fields of the kind chosen and the evidence chosen. */
    NominationInput.Draft draft(long roundId) {
        var evidence = evidenceRefs();
        boolean person = nomineeKind == NomineeKind.PERSON;
        return new NominationInput.Draft(
                roundId,
                nominatedById,
                nomineeKind,
                nomineeKind == NomineeKind.COLLECTIVE ? organizationId : null,
                nomineeKind == NomineeKind.MEMBER ? memberId : null,
                person ? NominationWork.blankToNull(personName) : null,
                person ? personBirthYear : null,
                person ? NominationWork.blankToNull(personDetails) : null,
                formCode,
                achievement,
                story,
                exemplary,
                evidence);
    }
}
