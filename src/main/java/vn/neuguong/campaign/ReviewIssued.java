package vn.neuguong.campaign;

import java.time.LocalDate;

/**
 * A committee issued its interim review of a campaign as a numbered document: published by the report module (which
 * depends on campaign, never the reverse), heard by {@link RecordFulfilments} in the publisher's transaction; it
 * fulfils the committee's INTERIM_REVIEW lines with the document as the evidence.
 */
public record ReviewIssued(
        long reviewId,
        String title,
        LocalDate issuedOn,
        long organizationId,
        long campaignId,
        long documentId,
        String issuedBy) {}
