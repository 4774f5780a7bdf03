package vn.neuguong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The first filter of every request: a database failure anywhere below it (the session lookup, the access token's,
 * a controller) answers 503 with {@code Retry-After}, as a problem document for the API and as the error page
 * otherwise, instead of a bare 500. Failures the controllers' own handlers answer never reach it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final MessageSource messages;
    private final ObjectProvider<LocaleResolver> locales;

    DatabaseUnavailableFilter(MessageSource messages, ObjectProvider<LocaleResolver> locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        Locale locale = locale(request);
        String detail = messages.getMessage(DatabaseUnavailable.MESSAGE_KEY, null, locale);
        if (!wantsJson(request)) {
            // A page of its own: the layout and the error controller would need the database again.
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding("UTF-8");
            String title = messages.getMessage("error.title", null, locale);
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"" + html(locale.getLanguage()) + "\"><head><meta"
                            + " charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,"
                            + " initial-scale=1\"><title>" + html(title) + "</title></head><body><main><h1>"
                            + html(detail) + "</h1><p><a href=\"" + html(request.getContextPath() + "/")
                            + "\">" + html(messages.getMessage("error.back", null, locale))
                            + "</a></p></main></body></html>");
            return;
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
                        + json(detail) + "\",\"instance\":\"" + json(request.getRequestURI()) + "\"}");
    }

    private Locale locale(HttpServletRequest request) {
        var resolver = locales.getIfAvailable();
        return resolver == null ? Locale.forLanguageTag("vi") : resolver.resolveLocale(request);
    }

    static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/")
                || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }

    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String json(String text) {
        var out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
