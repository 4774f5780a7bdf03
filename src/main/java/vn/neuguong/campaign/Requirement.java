package vn.neuguong.campaign;

import java.time.LocalDate;

/** One line of a campaign's obligations template: what organizations of a kind owe, and by when. */
public record Requirement(
        long id,
        long campaignId,
        int position,
        ObligationKind kind,
        AppliesTo appliesTo,
        LocalDate dueOn,
        String label,
        Long parentRequirementId) {}
