package vn.neuguong.account;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import vn.neuguong.shared.Role;

/** An account as pages, the API and the audit log show it: never its password hash. */
public record AccountView(
        long id,
        String username,
        String displayName,
        @Schema(nullable = true) String email,
        @Schema(nullable = true) Long memberId,
        boolean enabled,
        @Schema(nullable = true) Instant passwordChangedAt,

        @Schema(
                description = "The language the account's e-mails are written in",
                allowableValues = {"vi", "en"})
        String language,

        List<RoleView> roles) {

    /** A role, with the organization it is held for (id and name) when it is a staff or secretary role. */
    public record RoleView(
            Role role,
            @Schema(nullable = true) Long organizationId,
            @Schema(nullable = true) String organizationName) {}
}
