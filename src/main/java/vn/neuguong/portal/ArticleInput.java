package vn.neuguong.portal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/** What staff send to write an article and to move it on. */
final class ArticleInput {

    private ArticleInput() {}

    /**
     * The text of an article: a new one (with its organization, and what it was started from, if anything) or the
     * same fields to change a draft or an article in review. The body is rich text, sanitized when kept.
     */
    @Schema(name = "ArticleInput")
    record Draft(
            @Schema(nullable = true, description = "Required for a new article; an article keeps its organization")
            Long organizationId,

            @Schema(nullable = true) Long categoryId,
            @Schema(nullable = true, maxLength = 300) String title,

            @Schema(nullable = true, maxLength = 1000, description = "Plain text: the description for search engines")
            String summary,

            @Schema(nullable = true, description = "Rich text (HTML); scripts and unsafe markup are removed")
            String bodyHtml,

            @Schema(nullable = true, maxLength = 200, description = "A person or a body: BAN TUYÊN GIÁO QUẬN ỦY")
            String byline,

            @Schema(nullable = true, maxLength = 20, description = "A short prefix of the body: HNP")
            String sourceTag,

            @Schema(nullable = true, maxLength = 500) String leadCaption,

            @Schema(nullable = true, description = "At most 10 tags of at most 60 characters")
            List<String> tags,

            @Schema(nullable = true, description = "Only for a new article")
            Article.SourceKind sourceKind,

            @Schema(nullable = true, description = "Only for a new article")
            Long sourceId) {

        static Draft empty() {
            return new Draft(null, null, null, null, null, null, null, null, List.of(), null, null);
        }

        static Draft of(Article a) {
            return new Draft(
                    a.organizationId(),
                    a.categoryId(),
                    a.title(),
                    a.summary(),
                    a.bodyHtml(),
                    a.byline(),
                    a.sourceTag(),
                    a.leadCaption(),
                    a.tags(),
                    a.sourceKind(),
                    a.sourceId());
        }
    }

    /** Publishes a reviewed article now (no time, or a time already past) or at a later time. */
    @Schema(name = "ArticlePublish")
    record Publish(
            @Schema(nullable = true, description = "Now when left out")
            OffsetDateTime publishAt) {}
}
