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

    /** A code in document numbers (QU, ĐU, BTGQU): 1 to 20 letters or digits, spaces around it ignored. */
    public static final String CODE = "\\s*[\\p{L}\\p{N}]{1,20}\\s*";

    /** The same, or nothing: where leaving the code out keeps the present one. */
    public static final String CODE_OR_BLANK = "\\s*(?:[\\p{L}\\p{N}]{1,20})?\\s*";

    public boolean isOpen() {
        return closedOn == null;
    }

    public int depth() {
        return path.split("\\.").length - 1;
    }
}
