package vn.neuguong.portal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One item of public opinion (dư luận xã hội) about a campaign in an organization: an opinion, classified, heard
 * through a channel (a reader's comment, the public form, a meeting, the field), or distorted or false information
 * circulating elsewhere, recorded with its source and the answer given and never classified nor tied to a person.
 */
@Schema(name = "PublicOpinion")
record Opinion(
        long id,
        Kind kind,

        @Schema(nullable = true, description = "Null for a distortion")
        Classification classification,

        Channel channel,
        @Schema(nullable = true) Long campaignId,
        @Schema(nullable = true) String campaignTitle,
        long organizationId,
        String organizationName,

        @Schema(nullable = true, description = "The reader's comment it was taken from")
        Long commentId,

        String content,
        @Schema(nullable = true) String sourceText,
        @Schema(nullable = true) String sourceUrl,
        LocalDate heardOn,
        boolean needsAnswer,
        @Schema(nullable = true) String answer,
        @Schema(nullable = true) String answeredBy,
        @Schema(nullable = true) OffsetDateTime answeredAt,
        String recordedBy,
        OffsetDateTime createdAt,
        int version) {

    @Schema(name = "PublicOpinionKind")
    enum Kind {
        OPINION,
        DISTORTION
    }

    /** Ủng hộ, băn khoăn, góp ý (kiến nghị), phàn nàn. */
    @Schema(name = "PublicOpinionClass")
    enum Classification {
        SUPPORT,
        CONCERN,
        SUGGESTION,
        COMPLAINT
    }

    @Schema(name = "PublicOpinionChannel")
    enum Channel {
        COMMENT,
        PUBLIC_FORM,
        MEETING,
        FIELD,
        ELSEWHERE
    }

    boolean open() {
        return needsAnswer && answer == null;
    }
}
