package vn.neuguong.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting serving a campaign was held and its minutes approved: published by the meetings module (which depends
 * on campaign, never the reverse), heard by {@link RecordFulfilments} in the publisher's transaction.
 *
 * @param heldOn the meeting day, which dates the act
 * @param hostId the organization that held it, whose own obligation it fulfils
 * @param bridgePointIds the organizations of its bridge points (điểm cầu), each attending for its own obligation
 * @param requirementId the line it serves; null to match the campaign's lines of {@code kind}
 * @param kind what the meeting counts as (a conference, a cell meeting, a review); null when it counts as nothing
 *     without a line
 * @param approvedBy who approved the minutes
 */
public record MeetingHeld(
        long meetingId,
        String title,
        LocalDate heldOn,
        long hostId,
        List<Long> bridgePointIds,
        long campaignId,
        Long requirementId,
        ObligationKind kind,
        String approvedBy) {}
