package vn.neuguong.member;

import io.swagger.v3.oas.annotations.media.Schema;

/** A person kept for the posts they hold: not a party member there, though {@code memberId} names one if they are. */
public record Person(
        long id,
        String fullName,
        @Schema(nullable = true) MemberGender gender,
        @Schema(nullable = true) Integer birthYear,
        @Schema(nullable = true) String phone,
        @Schema(nullable = true) String email,
        @Schema(nullable = true) Long memberId,
        int version) {}
