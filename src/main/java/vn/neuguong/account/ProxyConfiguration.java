package vn.neuguong.account;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ForwardedHeaderFilter;

/**
 * Behind a TLS-terminating proxy ({@code neuguong.security.behind-proxy=true}) the request is read as the proxy saw
 * it: scheme, host and client address from {@code Forwarded} / {@code X-Forwarded-*}, as Spring Boot's
 * {@code server.forward-headers-strategy=framework} does. An https request then gets the {@code Secure} session
 * cookie and HSTS, and the login throttle counts the real client address. Off by default, because without a proxy
 * that overwrites them those headers are whatever the client chose to send.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "neuguong.security.behind-proxy", havingValue = "true")
class ProxyConfiguration {

    @Bean
    FilterRegistrationBean<ForwardedHeaderFilter> forwardedHeaderFilter() {
        var filter = new ForwardedHeaderFilter();
        filter.setRelativeRedirects(true);
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
