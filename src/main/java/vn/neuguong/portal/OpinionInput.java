package vn.neuguong.portal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** What staff send to record public opinion, and to answer it. */
final class OpinionInput {

    private OpinionInput() {}

    /**
     * An opinion (a class, a channel) or a distortion (no class, channel ELSEWHERE, a source); from a reader's
     * comment when {@code commentId} names one, which gives the channel COMMENT and, when none is sent, the article's
     * organization.
     */
    @Schema(name = "PublicOpinionInput")
    record New(
            @Schema(nullable = true, description = "OPINION when left out")
            Opinion.Kind kind,

            @Schema(nullable = true, description = "Required for an opinion, refused for a distortion")
            Opinion.Classification classification,

            @Schema(nullable = true, description = "COMMENT with a commentId; ELSEWHERE for a distortion")
            Opinion.Channel channel,

            @Schema(nullable = true) Long campaignId,

            @Schema(nullable = true, description = "The article's organization when taken from a comment")
            Long organizationId,

            @Schema(nullable = true) Long commentId,
            @Schema(nullable = true, maxLength = 4000) String content,
            @Schema(nullable = true, maxLength = 1000) String sourceText,
            @Schema(nullable = true, maxLength = 1000) String sourceUrl,

            @Schema(nullable = true, description = "Today when left out")
            @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
            LocalDate heardOn,

            @Schema(nullable = true) Boolean needsAnswer,

            @Schema(nullable = true, maxLength = 4000, description = "The answer given, if given already")
            String answer) {

        static New empty() {
            return new New(null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    /** The answer given to an item, with who gave it and when recorded from the caller and the clock. */
    @Schema(name = "PublicOpinionAnswer")
    record Answer(@Schema(maxLength = 4000) String answer) {}

    /** What a resident sends through the public form. */
    record Public(Long organizationId, Opinion.Classification classification, String content, String altcha) {

        static Public empty() {
            return new Public(null, null, null, null);
        }
    }
}
