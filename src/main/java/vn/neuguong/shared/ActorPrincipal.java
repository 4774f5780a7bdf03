package vn.neuguong.shared;

import java.util.Collection;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of an {@link Actor}; the password hash is dropped once the login has been checked. */
public final class ActorPrincipal implements UserDetails, CredentialsContainer {

    private final Actor actor;
    private String passwordHash;
    private final boolean enabled;

    public ActorPrincipal(Actor actor, String passwordHash, boolean enabled) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    public Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.authorities();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
