package vn.neuguong.organization;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** An organization as it stands now. {@code path} is the ltree path of ids from the root, e.g. {@code 1.4.27}. */
public record Organization(
        long id,
        OrganizationKind kind,
        String levelLabel,
        String name,
        String code,
        @Schema(nullable = true) String address,
        @Schema(nullable = true) Long parentId,
        String path,
        LocalDate establishedOn,
        @Schema(nullable = true) LocalDate closedOn,
        int version) {

    public boolean isOpen() {
        return closedOn == null;
    }

    public int depth() {
        return path.split("\\.").length - 1;
    }
}
