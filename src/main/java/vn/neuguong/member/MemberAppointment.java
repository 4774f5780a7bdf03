package vn.neuguong.member;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A post given to a member in an organization from a date, with the committee's own wording in {@code note}. */
public record MemberAppointment(
        @NotNull(message = "validation.required") Long organizationId,
        @NotNull(message = "validation.required") MemberPosition.Title title,
        @Size(max = 200, message = "validation.tooLong") String note,

        @NotNull(message = "validation.required") @DateTimeFormat(iso = ISO.DATE)
        LocalDate startedOn) {}
