package vn.neuguong.portal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article of an organization's portal as its staff see it: drafted, sent for review, scheduled or published. The
 * body is sanitized rich text; the byline a person or a body; the source tag a short prefix ("HNP").
 *
 * @param publishAt when a reviewed article is to be published by itself; null when none is set
 * @param source what it was started from (a meeting, a ballot round or a commendation decision), if anything
 */
@Schema(name = "Article")
public record Article(
        long id,
        long organizationId,
        String organizationName,
        long categoryId,
        String categoryName,
        String slug,
        String title,
        @Schema(nullable = true) String summary,
        String bodyHtml,
        @Schema(nullable = true) String byline,
        @Schema(nullable = true) String sourceTag,
        @Schema(nullable = true) Long leadImageId,
        @Schema(nullable = true) String leadCaption,
        Status status,
        @Schema(nullable = true) OffsetDateTime publishAt,
        @Schema(nullable = true) OffsetDateTime publishedAt,
        @Schema(nullable = true) SourceKind sourceKind,
        @Schema(nullable = true) Long sourceId,
        long viewCount,
        List<String> tags,
        String createdBy,
        OffsetDateTime createdAt,
        int version) {

    @Schema(name = "ArticleStatus", enumAsRef = true)
    public enum Status {
        DRAFT,
        REVIEW,
        PUBLISHED
    }

    @Schema(name = "ArticleSourceKind", enumAsRef = true)
    public enum SourceKind {
        MEETING,
        BALLOT_ROUND,
        COMMENDATION_DECISION
    }

    /** Reviewed and waiting for its publishing time. */
    public boolean scheduled() {
        return status == Status.REVIEW && publishAt != null;
    }

    Article withTags(List<String> value) {
        return new Article(
                id,
                organizationId,
                organizationName,
                categoryId,
                categoryName,
                slug,
                title,
                summary,
                bodyHtml,
                byline,
                sourceTag,
                leadImageId,
                leadCaption,
                status,
                publishAt,
                publishedAt,
                sourceKind,
                sourceId,
                viewCount,
                value,
                createdBy,
                createdAt,
                version);
    }
}
