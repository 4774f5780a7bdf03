package vn.neuguong.campaign;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import vn.neuguong.shared.ConflictException;

/**
 * What one organization owes in a campaign. It is done once {@code fulfilledOn} is set, by a document recorded in
 * the system ({@code evidenceDocumentId}) or by hand with a note.
 *
 * @param refinesObligationId the parent campaign's obligation of the same organization that this cascade's line
 *     tightens; one act fulfils both
 */
public record Obligation(
        long id,
        long campaignId,
        long requirementId,
        long organizationId,
        ObligationKind kind,
        LocalDate dueOn,
        @Schema(nullable = true) LocalDate fulfilledOn,
        @Schema(nullable = true) Long evidenceDocumentId,
        @Schema(nullable = true) String note,
        @Schema(nullable = true) String attachmentKey,
        @Schema(nullable = true) String attachmentName,
        @Schema(nullable = true) String fulfilledBy,
        @Schema(nullable = true) Long refinesObligationId,
        int version) {

    public boolean isDone() {
        return fulfilledOn != null;
    }

    /** Marked done by hand; an obligation is done once, and the date cannot lie ahead of today. */
    Obligation markDone(
            LocalDate on, LocalDate today, String note, String attachmentKey, String attachmentName, String by) {
        if (isDone()) {
            throw new ConflictException("campaign.obligation.alreadyDone");
        }
        if (on.isAfter(today)) {
            throw new vn.neuguong.shared.InvalidInputException("fulfilledOn", "campaign.fulfilledOn.future");
        }
        return new Obligation(
                id,
                campaignId,
                requirementId,
                organizationId,
                kind,
                dueOn,
                on,
                null,
                note,
                attachmentKey,
                attachmentName,
                by,
                refinesObligationId,
                version + 1);
    }

    public ObligationStatus status(LocalDate asOf) {
        return ObligationStatus.of(dueOn, fulfilledOn, asOf);
    }
}
