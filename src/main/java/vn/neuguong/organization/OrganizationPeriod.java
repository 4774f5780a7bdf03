package vn.neuguong.organization;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** One state of an organization, valid from {@code validFrom} (inclusive) to {@code validTo} (exclusive). */
public record OrganizationPeriod(
        LocalDate validFrom,
        @Schema(nullable = true) LocalDate validTo,
        String name,
        String code,
        String levelLabel,
        @Schema(nullable = true) Long parentId,
        @Schema(nullable = true) String parentName,
        String path,
        String changeKind) {}
