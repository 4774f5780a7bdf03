package vn.neuguong.commendation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision of a round (Quyết định khen thưởng): its registry document and number, its signature, and the
 * nominations it awards in the order it lists them.
 */
@Schema(name = "CommendationDecision")
public record Decision(
        long id,
        long roundId,
        long documentId,
        String number,
        LocalDate issuedOn,
        @Schema(nullable = true) String signedFor,
        @Schema(nullable = true) String signerPost,
        @Schema(nullable = true) String signerName,
        List<Long> nominationIds) {}
