package vn.neuguong.account;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Set;
import vn.neuguong.shared.Role;

/**
 * A new account as the administrator enters it.
 *
 * @param staffOrganizationIds organizations whose subtree the account acts on as staff (needed with STAFF)
 * @param secretaryCellIds cells the account leads as secretary (needed with SECRETARY)
 * @param memberId the party member the account belongs to (needed with MEMBER)
 */
public record AccountForm(
        String username,
        @Schema(maxLength = 200) String displayName,
        String email,
        String password,
        Long memberId,
        Set<Role> roles,
        List<Long> staffOrganizationIds,
        List<Long> secretaryCellIds) {

    public AccountForm {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        staffOrganizationIds = staffOrganizationIds == null ? List.of() : List.copyOf(staffOrganizationIds);
        secretaryCellIds = secretaryCellIds == null ? List.of() : List.copyOf(secretaryCellIds);
    }

    static AccountForm empty() {
        return new AccountForm(null, null, null, null, null, null, null, null);
    }
}
