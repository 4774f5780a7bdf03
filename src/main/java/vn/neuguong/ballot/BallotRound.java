package vn.neuguong.ballot;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A ballot round as stored. Casting is possible while it is {@link Status#OPEN} and the clock lies between its
 * opening and closing time; closing moves the ballots into the round's results.
 */
@Schema(name = "BallotRound")
record BallotRound(
        long id,
        String code,
        String title,
        String periodLabel,
        Kind kind,
        long organizationId,
        long orderedById,
        @Schema(nullable = true) Long planDocumentId,
        @Schema(nullable = true) Long campaignId,
        List<String> scale,
        int textLimit,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        int minResponses,
        @Schema(nullable = true) Integer convened,
        @Schema(nullable = true) Integer present,
        Status status,
        int slipsIssued,

        @Schema(nullable = true, description = "The ballots returned, known once the round is closed")
        Integer responses,

        @Schema(nullable = true) LocalDate closedOn,
        int version) {

    static final String COLUMNS = "r.id, r.code, r.title, r.period_label, r.kind, r.organization_id,"
            + " r.ordered_by_id, r.plan_document_id, r.campaign_id, r.scale, r.text_limit, r.opens_at, r.closes_at,"
            + " r.min_responses, r.convened, r.present, r.status, r.slips_issued, r.responses,"
            + " r.closed_on, r.version";

    /** Lấy ý kiến góp ý (article 001) or lấy phiếu tín nhiệm (Quy định 96-QĐ/TW). */
    enum Kind {
        FEEDBACK,
        CONFIDENCE
    }

    enum Status {
        DRAFT,
        OPEN,
        CLOSED
    }

    /** Whether a ballot cast at {@code now} counts. */
    boolean acceptsAt(Instant now) {
        return status == Status.OPEN && !now.isBefore(opensAt.toInstant()) && now.isBefore(closesAt.toInstant());
    }

    /**
     * The quorum of a confidence vote: at least two thirds of those convened present. Quy định 96-QĐ/TW of the
     * Politburo (02/02/2023), in its provisions on the conference that holds the vote: "Hội nghị lấy phiếu tín nhiệm
     * chỉ được tiến hành khi có ít nhất 2/3 số người được triệu tập có mặt". A feedback round has none.
     */
    boolean quorate() {
        if (kind != Kind.CONFIDENCE) {
            return true;
        }
        return convened != null && present != null && convened > 0 && 3L * present >= 2L * convened;
    }
}
