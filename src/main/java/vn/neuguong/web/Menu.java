package vn.neuguong.web;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which entries of the menus the signed-in person can use. A member acts on his own records only: the pages of
 * organizations, members, campaigns and the audit log would be empty for him, so they are not offered.
 * Templates ask {@code ${@menu.canSee('campaigns')}}.
 */
@Component("menu")
public class Menu {

    static final Set<String> SCOPED = Set.of(
            "organizations",
            "members",
            "persons",
            "campaigns",
            "ballot-rounds",
            "reports",
            "commendations",
            "portal-admin",
            "supervision",
            "audit");
    static final Set<String> SCOPED_ROLES = Set.of("ROLE_ADMIN", "ROLE_STAFF", "ROLE_SECRETARY");

    public boolean canSee(String entry) {
        return canSee(entry, SecurityContextHolder.getContext().getAuthentication());
    }

    public boolean canSee(String entry, Authentication who) {
        if (who == null || !who.isAuthenticated()) {
            return false;
        }
        if (!SCOPED.contains(entry)) {
            return true;
        }
        return who.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(SCOPED_ROLES::contains);
    }
}
