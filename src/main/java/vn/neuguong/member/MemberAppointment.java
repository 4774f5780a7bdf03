package vn.neuguong.member;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A post given to a member in an organization from a date, with the committee's own wording in {@code note}. */
public record MemberAppointment(
        Long organizationId,
        MemberPosition.Title title,
        String note,
        @DateTimeFormat(iso = ISO.DATE) LocalDate startedOn) {}
