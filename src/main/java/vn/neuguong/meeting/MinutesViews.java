package vn.neuguong.meeting;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The minutes of a meeting as they are read: every revision, the newest first, each with its tasks. */
final class MinutesViews {

    private MinutesViews() {}

    enum Status {
        DRAFT,
        APPROVED
    }

    /** One revision of the minutes; an approved one is locked. */
    @Schema(name = "MinutesRevision")
    record Revision(
            long id,
            long meetingId,
            int revision,
            Status status,
            long chairMemberId,
            @Schema(nullable = true) String chairName,
            String body,
            @Schema(nullable = true) String conclusions,
            String draftedBy,
            @Schema(nullable = true) String approvedBy,
            @Schema(nullable = true) OffsetDateTime approvedAt,
            int version,
            List<Task> tasks) {

        Revision withTasks(List<Task> rows) {
            return new Revision(
                    id,
                    meetingId,
                    revision,
                    status,
                    chairMemberId,
                    chairName,
                    body,
                    conclusions,
                    draftedBy,
                    approvedBy,
                    approvedAt,
                    version,
                    rows);
        }
    }

    @Schema(name = "MinutesTask")
    record Task(
            long id,
            int position,
            String task,
            @Schema(nullable = true) Long ownerOrganizationId,
            @Schema(nullable = true) String ownerOrganizationName,
            @Schema(nullable = true) Long ownerMemberId,
            @Schema(nullable = true) String ownerMemberName,
            @Schema(nullable = true) LocalDate dueOn,
            boolean done) {}

    /** The minutes of one meeting: the revisions, the open draft if any, the latest approved one if any. */
    @Schema(name = "MeetingMinutes")
    record Minutes(
            long meetingId,
            List<Revision> revisions,

            @Schema(description = "The open draft; left out when there is none")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            Revision draft,

            @Schema(description = "The latest approved revision; left out when there is none")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            Revision approved) {

        static Minutes of(long meetingId, List<Revision> revisions) {
            return new Minutes(
                    meetingId, revisions, latest(revisions, Status.DRAFT), latest(revisions, Status.APPROVED));
        }

        private static Revision latest(List<Revision> revisions, Status status) {
            return revisions.stream()
                    .filter(r -> r.status() == status)
                    .findFirst()
                    .orElse(null);
        }
    }
}
