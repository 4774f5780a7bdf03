package vn.neuguong.member;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** One stay of a member in a cell; the current one has no {@code leftOn}. */
public record MemberCellStay(
        long cellId,
        String cellName,
        LocalDate joinedOn,
        @Schema(nullable = true) LocalDate leftOn,
        @Schema(nullable = true) String note) {}
