package vn.neuguong.shared;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in account as the rest of the application sees it. Kept in the session, so it holds ids only.
 *
 * @param staffOrganizationIds organizations whose whole subtree this account acts on as staff
 * @param secretaryCellIds cells this account leads as secretary
 * @param memberId the party member this account belongs to, if any
 */
public record Actor(
        long accountId,
        String username,
        String displayName,
        Set<Role> roles,
        List<Long> staffOrganizationIds,
        List<Long> secretaryCellIds,
        Long memberId)
        implements Serializable {

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The organizations at the top of what this account may see and change, besides its own member record. */
    public List<Long> scopeRoots() {
        var roots = new java.util.ArrayList<Long>(staffOrganizationIds);
        roots.addAll(secretaryCellIds);
        return List.copyOf(roots);
    }

    public Collection<? extends GrantedAuthority> authorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }
}
