package vn.neuguong.account;

import java.time.Instant;
import java.util.List;

/** An account as pages, the API and the audit log show it: never its password hash. */
public record AccountView(
        long id,
        String username,
        String displayName,
        String email,
        Long memberId,
        boolean enabled,
        Instant passwordChangedAt,
        List<RoleView> roles) {

    /** A role, with the organization it is held for (id and name) when it is a staff or secretary role. */
    public record RoleView(Role role, Long organizationId, String organizationName) {}
}
