package vn.neuguong.member;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A post a person holds or held in an organization, from {@code startedOn} until {@code endedOn} (open: null). */
public record PersonPost(
        long id,
        long personId,
        long organizationId,
        String organizationName,
        PostTitle title,
        String titleText,
        LocalDate startedOn,
        @Schema(nullable = true) LocalDate endedOn) {}
