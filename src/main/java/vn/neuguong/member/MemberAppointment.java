package vn.neuguong.member;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A post given to a member in an organization from a date, with the committee's own wording in {@code note}; a post
 * held in the past also names the day it ended ({@code endedOn}, not included).
 */
public record MemberAppointment(
        @NotNull(message = "validation.required") Long organizationId,
        @NotNull(message = "validation.required") MemberPosition.Title title,
        @Size(max = 200, message = "validation.tooLong") String note,

        @NotNull(message = "validation.required") @DateTimeFormat(iso = ISO.DATE)
        LocalDate startedOn,

        @Schema(nullable = true) @DateTimeFormat(iso = ISO.DATE)
        LocalDate endedOn) {

    public MemberAppointment(Long organizationId, MemberPosition.Title title, String note, LocalDate startedOn) {
        this(organizationId, title, note, startedOn, null);
    }
}
