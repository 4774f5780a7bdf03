package vn.neuguong.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problem documents of the API for what the security filters refuse before any controller runs: 401 when the
 * caller is not signed in, 403 when a signed-in caller may not (a missing CSRF token, say). Without them the API
 * would answer those with an empty body or the framework's own error document.
 */
public final class ApiProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblems() {}

    public static AuthenticationEntryPoint unauthorized(MessageSource messages, LocaleResolver locales) {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(request, response, HttpStatus.UNAUTHORIZED, messages, locales, "error.unauthorized");
        };
    }

    public static AccessDeniedHandler forbidden(MessageSource messages, LocaleResolver locales) {
        return (request, response, e) ->
                write(request, response, HttpStatus.FORBIDDEN, messages, locales, "error.forbidden");
    }

    private static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            MessageSource messages,
            LocaleResolver locales,
            String detail)
            throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage(detail, null, locales.resolveLocale(request)));
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
