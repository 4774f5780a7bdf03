package vn.neuguong.member;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A move of a member to another cell on a date (chuyển sinh hoạt đảng), with an optional note. */
public record MemberTransfer(
        @NotNull(message = "validation.required") Long toCellId,

        @NotNull(message = "validation.required") @DateTimeFormat(iso = ISO.DATE)
        LocalDate transferredOn,

        @Size(max = 500, message = "validation.tooLong") String note) {}
