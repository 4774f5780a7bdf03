package vn.neuguong.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;

/**
 * A meeting hosted by an organization (or its standing or executive committee): planned, then held or cancelled with
 * a reason. The guards of its lifecycle live here.
 */
public record Meeting(
        long id,
        Kind kind,
        Format format,
        String title,
        long hostId,
        @Schema(nullable = true) HostBody hostBody,
        @Schema(nullable = true) String venue,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @Schema(nullable = true) Long campaignId,
        @Schema(nullable = true) Long requirementId,
        @Schema(nullable = true) Integer capacity,
        Status status,
        @Schema(nullable = true) String cancelReason,
        int version) {

    public enum Kind {
        STUDY_CONFERENCE,
        CELL_REGULAR,
        CELL_THEMATIC,
        SEMINAR,
        FEEDBACK_CONFERENCE,
        INTERIM_REVIEW,
        FINAL_REVIEW,
        COMMENDATION_CEREMONY
    }

    public enum Format {
        IN_PERSON,
        ONLINE,
        HYBRID;

        /** Whether the meeting has remote sites (điểm cầu). */
        public boolean remote() {
            return this != IN_PERSON;
        }
    }

    /** Which body of the host organization acts: "Ban Thường vụ Thành ủy Hà Nội tổ chức". */
    public enum HostBody {
        STANDING_COMMITTEE,
        EXECUTIVE_COMMITTEE
    }

    public enum Status {
        PLANNED,
        HELD,
        CANCELLED
    }

    /** Only a planned meeting is edited, held or cancelled. */
    void requirePlanned() {
        if (status != Status.PLANNED) {
            throw new ConflictException("meeting.notPlanned." + status);
        }
    }

    Meeting held() {
        requirePlanned();
        return with(Status.HELD, null);
    }

    /** Cancelling takes a reason (a field error without one) and a planned meeting. */
    Meeting cancelled(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "validation.required");
        }
        if (reason.length() > 1000) {
            throw new InvalidInputException("reason", "validation.tooLong");
        }
        requirePlanned();
        return with(Status.CANCELLED, reason.strip());
    }

    private Meeting with(Status newStatus, String reason) {
        return new Meeting(
                id,
                kind,
                format,
                title,
                hostId,
                hostBody,
                venue,
                startsAt,
                endsAt,
                campaignId,
                requirementId,
                capacity,
                newStatus,
                reason,
                version + 1);
    }
}
