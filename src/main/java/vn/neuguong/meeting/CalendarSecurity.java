package vn.neuguong.meeting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import vn.neuguong.web.SessionlessChains;

/**
 * Calendar applications read a feed without signing in: its token is the only key. The feed runs in a chain of its
 * own that never reads or writes a session and keeps no security context ({@link SessionlessChains}); it only
 * answers GET.
 */
@Configuration
class CalendarSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain calendarChain(HttpSecurity http) throws Exception {
        return SessionlessChains.open(http.securityMatcher(
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/calendar/**")))
                .build();
    }
}
