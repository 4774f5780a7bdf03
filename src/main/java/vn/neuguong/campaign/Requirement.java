package vn.neuguong.campaign;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** One line of a campaign's obligations template: what organizations of a kind owe, and by when. */
public record Requirement(
        long id,
        long campaignId,
        int position,
        ObligationKind kind,
        AppliesTo appliesTo,
        LocalDate dueOn,
        @Schema(nullable = true) String label,
        @Schema(nullable = true) Long parentRequirementId) {}
