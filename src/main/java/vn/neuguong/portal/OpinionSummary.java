package vn.neuguong.portal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign's public opinion over one ISO week (Monday to Sunday) in the caller's scope: the opinions heard by class,
 * the distortions recorded, the items still waiting for an answer (heard that week or before), and the items
 * answered that week with who answered and when.
 */
@Schema(name = "PublicOpinionSummary")
record OpinionSummary(
        long campaignId,
        String campaignTitle,
        @Schema(example = "2024-W50") String week,
        LocalDate startsOn,
        LocalDate endsOn,
        long opinions,
        List<ClassCount> byClass,
        long distortions,
        List<Opinion> distortionItems,
        List<Opinion> toAnswer,
        List<Opinion> answered) {

    @Schema(name = "PublicOpinionClassCount")
    record ClassCount(Opinion.Classification classification, long count) {}

    long count(Opinion.Classification classification) {
        return byClass.stream()
                .filter(c -> c.classification() == classification)
                .mapToLong(ClassCount::count)
                .sum();
    }
}
