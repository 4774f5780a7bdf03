package vn.neuguong.ballot;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import vn.neuguong.web.PagePolicy;
import vn.neuguong.web.SessionlessChains;

/**
 * The voters' side of a round needs no sign-in and must not learn who is voting: the casting page, the
 * questionnaire and the casting endpoint run in a chain of their own that never reads or writes a session (so a
 * signed-in member's session is not touched while he votes), keeps no security context and asks for no CSRF token
 * (a forged request would need the credential, which is all a ballot needs anyway).
 */
@Configuration
class BallotSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain ballotChain(HttpSecurity http) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(
                // the remote voter's page needs the session (who is on the roll); its ballot is cast here
                new AndRequestMatcher(
                        paths.matcher("/ballot/**"), new NegatedRequestMatcher(paths.matcher("/ballot/*/remote"))),
                paths.matcher(HttpMethod.GET, "/api/v1/ballot-rounds/{id}/questionnaire"),
                paths.matcher(HttpMethod.POST, "/api/v1/ballot-rounds/{id}/ballots")));
        SessionlessChains.open(http)
                .headers(headers ->
                        headers.contentSecurityPolicy(csp -> csp.policyDirectives(PagePolicy.CONTENT_SECURITY)));
        return http.build();
    }
}
