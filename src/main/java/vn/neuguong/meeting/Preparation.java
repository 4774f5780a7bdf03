package vn.neuguong.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A member of the host cell assigned to prepare content for a thematic meeting (phân công đảng viên chuẩn bị nội
 * dung), with what the member has handed in: a text, a file, or both.
 */
@Schema(name = "MeetingPreparation")
public record Preparation(
        long id,
        long meetingId,
        String meetingTitle,
        OffsetDateTime meetingStartsAt,
        long cellId,
        long memberId,
        String memberName,
        String title,
        LocalDate dueOn,
        Status status,
        @Schema(nullable = true) String contentText,
        @Schema(nullable = true) String fileName,
        @Schema(nullable = true) String fileType,
        @Schema(nullable = true) Long fileSize,

        @Schema(nullable = true, description = "The first hand-in")
        OffsetDateTime submittedAt,

        int version) {

    /** In on time, in after the due day, not in with the due day to come, not in with the due day passed. */
    public enum Status {
        SUBMITTED,
        SUBMITTED_LATE,
        PENDING,
        MISSING
    }

    /** SQL: the status of the preparation {@code p} on {@code :today}. */
    static String status(String p) {
        return "CASE WHEN " + p + ".submitted_at IS NOT NULL THEN CASE WHEN " + p + ".late THEN 'SUBMITTED_LATE'"
                + " ELSE 'SUBMITTED' END WHEN CAST(:today AS date) > " + p
                + ".due_on THEN 'MISSING' ELSE 'PENDING' END";
    }

    /** An assignment as the secretary sends it: who prepares what, by when. */
    @Schema(name = "MeetingPreparationForm")
    public record Form(
            @NotNull(message = "validation.required") Long memberId,

            @NotBlank(message = "validation.required") @Size(max = 500, message = "validation.tooLong")
            String title,

            @NotNull(message = "validation.required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate dueOn) {}
}
