package vn.neuguong.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers a failed sign-in: the login form again with its message, or for a throttled attempt the form saying how
 * long to wait ({@code /login?wait=N}); a caller that asks for JSON gets 429 with {@code Retry-After} instead.
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

    private final AuthenticationFailureHandler wrongPassword =
            new SimpleUrlAuthenticationFailureHandler("/login?error");
    private final MessageSource messages;
    private final LocaleResolver locales;

    LoginFailureHandler(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, jakarta.servlet.ServletException {
        if (!(exception instanceof LoginThrottledException throttled)) {
            wrongPassword.onAuthenticationFailure(request, response, exception);
            return;
        }
        long seconds = throttled.retryAfterSeconds();
        response.setHeader("Retry-After", Long.toString(seconds));
        if (!wantsJson(request)) {
            response.sendRedirect(request.getContextPath() + "/login?wait=" + seconds);
            return;
        }
        String detail = messages.getMessage("login.throttled", new Object[] {seconds}, locales.resolveLocale(request));
        response.setStatus(429);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\""
                        + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"retryAfter\":" + seconds + "}");
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }
}
