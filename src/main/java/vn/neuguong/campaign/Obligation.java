package vn.neuguong.campaign;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * What one organization owes in a campaign. It is done once {@code fulfilledOn} is set, by a document recorded in
 * the system ({@code evidenceDocumentId}) or by hand with a note.
 *
 * @param refinesObligationId the parent campaign's obligation of the same organization that this cascade's line
 *     tightens; one act fulfils both
 * @param periodStartsOn the calendar period (a month, a quarter, a year) this obligation of a recurring line is for;
 *     null with {@code periodEndsOn} for a one-off line
 * @param opensOn the first day an act counts (a window's first day, a period's), if any
 * @param awaitingEvent a line due some days after an event that has not happened: {@code dueOn} is its latest day
 * @param actsOwed acts a quota asks in the period (1 for every other line); done when {@code actsDone} reaches it
 * @param dueDayOnTime whether an act on {@code dueOn} itself is on time
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
        int version,
        @Schema(nullable = true) LocalDate periodStartsOn,
        @Schema(nullable = true) LocalDate periodEndsOn,
        @Schema(nullable = true) LocalDate opensOn,
        boolean awaitingEvent,
        int actsOwed,
        int actsDone,
        boolean dueDayOnTime) {

    public boolean isDone() {
        return fulfilledOn != null;
    }

    /**
     * Marked done by hand; an obligation is done once, the date cannot lie ahead of today nor before the day the
     * obligation opens (a window's or a period's first day).
     */
    Obligation markDone(
            LocalDate on, LocalDate today, String note, String attachmentKey, String attachmentName, String by) {
        if (isDone()) {
            throw new ConflictException("campaign.obligation.alreadyDone");
        }
        if (on.isAfter(today)) {
            throw new InvalidInputException("fulfilledOn", "campaign.fulfilledOn.future");
        }
        if (opensOn != null && on.isBefore(opensOn)) {
            throw new InvalidInputException(
                    List.of(new FieldError("fulfilledOn", "campaign.fulfilledOn.beforeOpens", null, opensOn)));
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
                version + 1,
                periodStartsOn,
                periodEndsOn,
                opensOn,
                awaitingEvent,
                actsOwed,
                actsOwed,
                dueDayOnTime);
    }

    public ObligationStatus status(LocalDate asOf) {
        return ObligationStatus.of(dueOn, fulfilledOn, asOf, dueDayOnTime);
    }
}
