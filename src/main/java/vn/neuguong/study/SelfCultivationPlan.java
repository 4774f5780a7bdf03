package vn.neuguong.study;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A leader's self-cultivation plan (kế hoạch tu dưỡng, rèn luyện đạo đức) as the organization reads it: the draft in
 * work, its comment window, the versions published. The leader and staff see it whole; the public page shows the
 * published versions only ({@link PublicPlan}).
 *
 * @param draftNumber the number the draft will have when published: one more than the versions published
 * @param commentsOpen whether the members may comment today
 * @param mine whether the signed-in account is the leader who writes it
 */
@Schema(name = "SelfCultivationPlan")
public record SelfCultivationPlan(
        long id,
        long organizationId,
        String organizationName,
        String leaderName,
        String leaderPost,
        int year,
        String period,
        @Schema(nullable = true) String contentHtml,
        Status status,
        int draftNumber,
        @Schema(nullable = true) LocalDate commentsOpenOn,
        @Schema(nullable = true) LocalDate commentsCloseOn,
        boolean commentsOpen,
        boolean mine,
        LocalDate createdOn,
        List<Version> versions,
        int version) {

    /** Drafted; open for the members' comments; published (until the leader edits it again: a new draft). */
    public enum Status {
        DRAFT,
        OPEN,
        PUBLISHED
    }

    /** A version published, as posted. */
    @Schema(name = "SelfCultivationVersion")
    public record Version(
            int number,
            String period,
            String leaderName,
            String leaderPost,
            String contentHtml,
            LocalDate publishedOn) {}

    /** A plan in a list. */
    @Schema(name = "SelfCultivationPlanRow")
    public record Row(
            long id,
            long organizationId,
            String organizationName,
            String leaderName,
            String leaderPost,
            int year,
            String period,
            Status status,
            @Schema(nullable = true) LocalDate commentsOpenOn,
            @Schema(nullable = true) LocalDate commentsCloseOn,
            @Schema(nullable = true) LocalDate lastPublishedOn,
            long comments) {}

    /** A member's comment on a draft. */
    @Schema(name = "SelfCultivationComment")
    public record Comment(long id, int draftNumber, String authorName, String body, LocalDate writtenOn) {}

    /** A plan as the public page shows it: the versions published, the latest first; nothing internal. */
    public record PublicPlan(
            String organizationName, String leaderName, String leaderPost, int year, List<Version> versions) {

        public Version latest() {
            return versions.get(0);
        }

        public List<Version> older() {
            return versions.subList(1, versions.size());
        }
    }
}
