package vn.neuguong.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One expected member's attendance as the secretary enters it: present, late, or absent with a reason. */
public record AttendanceForm(
        @NotNull(message = "validation.required") Long memberId,
        @NotNull(message = "validation.required") Status status,

        @Schema(nullable = true, description = "required when absent")
        Reason absenceReason,

        @Schema(nullable = true) @Size(max = 500, message = "validation.tooLong")
        String note) {

    public enum Status {
        PRESENT,
        LATE,
        ABSENT
    }

    public enum Reason {
        SICK,
        ON_DUTY,
        WORK,
        FAMILY,
        OTHER
    }
}
