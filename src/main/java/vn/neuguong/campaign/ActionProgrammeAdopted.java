package vn.neuguong.campaign;

import java.time.LocalDate;

/**
 * A committee adopted its action programme for a campaign: published by the study module (which depends on
 * campaign, never the reverse), heard by {@link RecordFulfilments} in the publisher's transaction.
 *
 * @param adoptedOn the adoption day, which dates the act
 * @param organizationId the committee whose own ACTION_PROGRAMME obligation it fulfils
 * @param documentId the document that carries the programme, kept as the evidence; null when none is registered
 * @param adoptedBy who recorded the adoption
 */
public record ActionProgrammeAdopted(
        long programmeId,
        String title,
        LocalDate adoptedOn,
        long organizationId,
        long campaignId,
        Long documentId,
        String adoptedBy) {}
