package vn.neuguong.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a reader's post from an address that has used up its sends before anything else is done: no session is
 * read, no token checked, no page rendered, so a flood from one address costs the others almost nothing. It only
 * asks ({@link RateLimits#exhausted}); the send itself is taken where the post is handled. Runs after the proxy's
 * address is read and before the session.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitFilter {

    private static final Pattern POSTS = Pattern.compile("/portal/articles/\\d{1,18}/comments|/portal/opinions");
    private static final Pattern REPORTS = Pattern.compile("/portal/comments/\\d{1,18}/reports");
    /** The refusal, in both languages: a plain page, the same for everyone, nothing of the request in it. */
    static byte[] page(long retryAfterSeconds) {
        long minutes = RateLimitExceeded.minutes(retryAfterSeconds);
        return ("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
                        + " content=\"width=device-width, initial-scale=1\"><title>Gửi quá nhiều</title></head><body>"
                        + "<main><h1>Gửi quá nhiều</h1><p id=\"limit\" role=\"alert\">Có quá nhiều bình luận hoặc ý"
                        + " kiến gửi từ địa chỉ của bạn trong thời gian ngắn. Vui lòng thử lại sau " + minutes
                        + " phút.</p><p lang=\"en\">Too many comments or opinions from your address in a short time."
                        + " Please try again in " + minutes + " minutes.</p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> earlyRateLimit(RateLimits limits) {
        var filter = new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"POST".equals(request.getMethod());
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String path = request.getRequestURI()
                        .substring(request.getContextPath().length());
                RateLimits.Action action = POSTS.matcher(path).matches()
                        ? RateLimits.Action.POST
                        : REPORTS.matcher(path).matches() ? RateLimits.Action.REPORT : null;
                var wait = action == null
                        ? java.util.OptionalLong.empty()
                        : limits.exhausted(action, request.getRemoteAddr());
                if (wait.isEmpty()) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setStatus(429);
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.getAsLong()));
                response.setContentType("text/html;charset=UTF-8");
                byte[] body = page(wait.getAsLong());
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.addUrlPatterns("/portal/*");
        return registration;
    }
}
