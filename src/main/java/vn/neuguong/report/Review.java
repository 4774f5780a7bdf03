package vn.neuguong.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A committee's interim or final review of a campaign. While a draft, its figures are what the subtree recorded in
 * the period so far; once issued, they are kept as issued, with the document's number.
 */
@Schema(name = "CampaignReview")
record Review(
        long id,
        long campaignId,
        String campaignTitle,
        long organizationId,
        String organizationName,
        Kind kind,
        String title,
        LocalDate periodStartsOn,
        LocalDate periodEndsOn,
        @Schema(nullable = true) String conclusions,
        Status status,
        @Schema(nullable = true) Long documentId,
        @Schema(nullable = true) String documentNumber,
        @Schema(nullable = true) LocalDate issuedOn,
        List<Figure> figures,
        List<Exemplar> exemplars,
        int version) {

    /** Sơ kết (interim) or tổng kết (final). */
    enum Kind {
        INTERIM,
        FINAL
    }

    enum Status {
        DRAFT,
        ISSUED
    }

    /** One figure of the subtree over the period, with its label. */
    @Schema(name = "CampaignReviewFigure")
    record Figure(String key, String label, long value) {}

    /** An exemplary collective or individual and what they achieved. */
    @Schema(name = "CampaignReviewExemplar")
    record Exemplar(
            Exemplars kind,
            String name,
            @Schema(nullable = true) String achievement) {}

    enum Exemplars {
        COLLECTIVE,
        INDIVIDUAL
    }
}
