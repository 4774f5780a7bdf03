package vn.neuguong.campaign;

import java.time.LocalDate;

/**
 * A ballot round on an organization's leaders closed with results (at least its minimum of responses): published by
 * the ballot module (which depends on campaign, never the reverse), heard by {@link RecordFulfilments} in the
 * publisher's transaction.
 *
 * @param closedOn the closing day, which dates the act
 * @param organizationId the organization whose leaders were assessed, whose own obligation it fulfils
 * @param campaignId the campaign whose {@link ObligationKind#BALLOT_ROUND} lines the round answers
 * @param closedBy who closed it
 */
public record BallotRoundClosed(
        long roundId, String title, LocalDate closedOn, long organizationId, long campaignId, String closedBy) {}
