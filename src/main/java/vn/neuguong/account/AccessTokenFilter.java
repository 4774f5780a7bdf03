package vn.neuguong.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.neuguong.shared.ActorPrincipal;

/**
 * Signs in API requests that carry {@code Authorization: Bearer ng_...} as the token's account, for that request
 * only (nothing goes into a session). A token that is unknown, revoked or expired, or whose account is disabled,
 * gets 401 at once. It runs before the CSRF check, which it lets through only a request whose token it accepted
 * ({@link #accepted}): the header alone proves nothing.
 */
class AccessTokenFilter extends OncePerRequestFilter {

    private static final String ACCEPTED = AccessTokenFilter.class.getName() + ".accepted";

    /** Whether this filter signed the request in with its access token. */
    static boolean accepted(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(ACCEPTED));
    }

    private final AccessTokens tokens;
    private final Accounts accounts;

    AccessTokenFilter(AccessTokens tokens, Accounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SecurityConfiguration.API.matches(request) || !SecurityConfiguration.BEARER.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader("Authorization").substring(7).trim();
        var account = tokens.use(token).flatMap(accounts::findById).filter(Accounts.Row::enabled);
        if (account.isEmpty()) {
            reject(response);
            return;
        }
        var principal = new ActorPrincipal(accounts.actorOf(account.get()), null, true);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(principal));
        SecurityContextHolder.setContext(context);
        request.setAttribute(ACCEPTED, true);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void reject(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("""
                {"type":"about:blank","title":"Unauthorized","status":401,\
                "detail":"The access token is unknown, revoked or expired"}""");
    }
}
