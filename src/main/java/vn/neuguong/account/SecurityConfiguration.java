package vn.neuguong.account;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.web.servlet.LocaleResolver;
import vn.neuguong.web.ApiProblems;
import vn.neuguong.web.PagePolicy;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    /** Requests that carry an access token; {@link AccessTokenFilter} decides whether the token is good. */
    static final RequestMatcher BEARER = request -> {
        var header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    };

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, AccessTokens tokens, Accounts accounts, MessageSource messages, LocaleResolver locales)
            throws Exception {
        http.addFilterBefore(new AccessTokenFilter(tokens, accounts), CsrfFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/",
                                "/login",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/favicon.ico",
                                "/error",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html",
                                "/actuator/health/**",
                                "/robots.txt",
                                "/portal/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new LoginSuccessHandler())
                        .failureHandler(new LoginFailureHandler(messages, locales))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(AccessTokenFilter::accepted))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                ApiProblems.unauthorized(messages, locales), API)
                        .defaultAccessDeniedHandlerFor(ApiProblems.forbidden(messages, locales), API))
                .headers(headers ->
                        headers.contentSecurityPolicy(csp -> csp.policyDirectives(PagePolicy.CONTENT_SECURITY)));
        return http.build();
    }

    /** Passwords are checked by the accounts, behind the login throttle. */
    @Bean
    AuthenticationProvider authenticationProvider(
            UserDetailsService users, PasswordEncoder encoder, LoginAttempts attempts) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, attempts);
    }

    /**
     * The session cookie: HttpOnly, SameSite=Lax, and Secure whenever the request is https (directly, or behind a
     * proxy as it forwarded it). Spring Session's own default copies the servlet container's cookie settings, whose
     * "secure" is false unless fixed, so the cookie was never Secure.
     */
    @Bean
    CookieSerializer sessionCookie() {
        var cookie = new DefaultCookieSerializer();
        cookie.setCookieName("SESSION");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        return cookie;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
