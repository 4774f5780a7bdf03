package vn.neuguong.commendation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.neuguong.commendation.Nomination.EvidenceKind;
import vn.neuguong.commendation.Nomination.NomineeKind;

/** What staff send to nominate, to act on a nomination, to decide a round and to revoke an award. */
final class NominationInput {

    private NominationInput() {}

    /**
     * A nomination: {@code organizationId} for a collective, {@code memberId} for a member, {@code personName} (with
     * a year of birth and details) for a person outside the party; the others left out.
     */
    @Schema(name = "NominationInput")
    record Draft(
            @NotNull(message = "validation.required") Long roundId,
            @NotNull(message = "validation.required") Long nominatedById,
            @NotNull(message = "validation.required") NomineeKind nomineeKind,
            @Schema(nullable = true) Long organizationId,
            @Schema(nullable = true) Long memberId,

            @Size(max = 200, message = "validation.tooLong") @Schema(nullable = true, maxLength = 200)
            String personName,

            @Min(value = 1900, message = "validation.invalid")
            @Max(value = 2100, message = "validation.invalid")
            @Schema(nullable = true)
            Integer personBirthYear,

            @Size(max = 500, message = "validation.tooLong") @Schema(nullable = true, maxLength = 500)
            String personDetails,

            @NotBlank(message = "validation.required") @Size(max = 30, message = "validation.invalid")
            String formCode,

            @NotBlank(message = "validation.required")
            @Size(max = 2000, message = "validation.tooLong")
            @Schema(maxLength = 2000)
            String achievement,

            @Size(max = 10000, message = "validation.tooLong") @Schema(nullable = true, maxLength = 10000)
            String story,

            @Schema(nullable = true) Boolean exemplary,

            @Size(max = 50, message = "validation.tooMany") @Schema(nullable = true)
            List<@NotNull(message = "validation.required") @Valid EvidenceRef> evidence) {

        Draft {
            evidence = evidence == null ? List.of() : evidence;
            exemplary = Boolean.TRUE.equals(exemplary);
        }
    }

    /** A document, meeting or report of the system offered as evidence. */
    @Schema(name = "NominationEvidenceInput")
    record EvidenceRef(
            @NotNull(message = "validation.required") EvidenceKind kind,
            @NotNull(message = "validation.required") Long id) {}

    /** What a level does with a nomination that waits for it. */
    @Schema(name = "NominationDecisionStep", enumAsRef = true)
    enum Verdict {
        /** Approves it: up to the next level, or approved for the decision at the deciding organization. */
        APPROVE,
        /** Refuses it: it ends here. */
        CUT,
        /** Sends it back to the nominating organization. */
        RETURN
    }

    /**
     * A level's step: {@code organizationId} is the level acting, which must be the one next in line; a cut or a
     * return says why.
     */
    @Schema(name = "NominationStepInput")
    record Act(
            @NotNull(message = "validation.required") Long organizationId,
            @NotNull(message = "validation.required") Verdict verdict,

            @Size(max = 1000, message = "validation.tooLong") @Schema(nullable = true, maxLength = 1000)
            String note) {}

    /**
     * A decision of the round, listing approved nominations in the order it prints them; signed by a member of the
     * deciding committee's standing committee on the issue date ("T/M BAN THƯỜNG VỤ").
     */
    @Schema(name = "CommendationDecisionInput")
    record Decide(
            @NotNull(message = "validation.required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate issuedOn,

            @Schema(nullable = true) Long signerId,

            @NotEmpty(message = "validation.required") @Size(max = 500, message = "validation.tooMany")
            List<@NotNull(message = "validation.required") Long> nominationIds) {}

    /** Why an award is revoked. */
    @Schema(name = "AwardRevocationInput")
    record Revoke(
            @NotBlank(message = "validation.required")
            @Size(max = 1000, message = "validation.tooLong")
            @Schema(maxLength = 1000)
            String reason) {}
}
