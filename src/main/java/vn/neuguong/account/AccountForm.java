package vn.neuguong.account;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
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
        @NotBlank(message = "validation.required") @Size(max = 50, message = "validation.tooLong")
        String username,

        @Schema(maxLength = 200)
        @NotBlank(message = "validation.required")
        @Size(max = 200, message = "validation.tooLong")
        String displayName,

        @Size(max = 320, message = "validation.tooLong") String email,
        @NotBlank(message = "validation.required") String password,
        Long memberId,
        @NotEmpty(message = "account.roles.required") Set<Role> roles,
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
