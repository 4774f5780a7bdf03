package vn.neuguong.account;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import vn.neuguong.shared.ActorPrincipal;

/**
 * A request signed in by an access token rather than by a password: code that must tell the two apart (a token
 * may not create tokens) checks for this type.
 */
final class TokenAuthentication extends AbstractAuthenticationToken {

    private final ActorPrincipal principal;

    TokenAuthentication(ActorPrincipal principal) {
        super(principal.getAuthorities());
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public ActorPrincipal getPrincipal() {
        return principal;
    }
}
