package vn.neuguong.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.context.NullSecurityContextRepository;

/**
 * Filter chains for what anyone may read or send without signing in and that must not touch a session: a calendar
 * application reading a feed by its token, a voter casting a ballot by its credential. The key travels with the
 * request, so the chain asks for no CSRF token.
 */
public final class SessionlessChains {

    private SessionlessChains() {}

    /**
     * Lets every request of the chain through without reading or writing a session, keeping no security context,
     * saving no request for after a sign-in and asking for no CSRF token; the chain's matcher is the caller's.
     */
    public static HttpSecurity open(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(cache -> cache.disable());
    }
}
