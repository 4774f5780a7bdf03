package vn.neuguong.member;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A move of a member to another cell on a date (chuyển sinh hoạt đảng), with an optional note. */
public record MemberTransfer(
        Long toCellId, @DateTimeFormat(iso = ISO.DATE) LocalDate transferredOn, String note) {}
