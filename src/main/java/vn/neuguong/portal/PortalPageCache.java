package vn.neuguong.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public pages of the portal (home, articles, categories, tags, organizations' pages, RSS, sitemap) as anonymous
 * readers get them, kept rendered in memory for a minute and cleared when a change readers see is committed
 * ({@link PortalChanged}): an article that spreads is served from memory. A reader with a session (staff, or one
 * who just posted a comment) or asking to switch language gets the page rendered. An article's view is counted here,
 * from memory or not ({@link ViewCounter}). Another node's copy lags by at most a minute.
 */
@Component
class PortalPageCache {

    static final Duration KEPT = Duration.ofSeconds(60);
    static final int MAX_PAGES = 5_000;
    static final String HEADER = "X-Portal-Cache";

    private static final Pattern CACHED = Pattern.compile(
            "/portal/?|/portal/(articles|organizations)/(\\d{1,18})|/portal/categories/[^/]+|/portal/tags|/portal/archive"
                    + "|/portal/rss\\.xml|/portal/sitemap\\.xml");
    private static final Pattern ARTICLE = Pattern.compile("/portal/articles/(\\d{1,18})");

    private record Kept(byte[] body, String contentType, long at) {}

    private final Map<String, Kept> pages = new ConcurrentHashMap<>();
    private final LocaleResolver locales;
    private final ViewCounter views;

    PortalPageCache(LocaleResolver locales, ViewCounter views) {
        this.locales = locales;
        this.views = views;
    }

    /** The filter that serves and keeps the pages, registered after the security filters. */
    @org.springframework.context.annotation.Bean
    static org.springframework.boot.web.servlet.FilterRegistrationBean<OncePerRequestFilter> portalPageFilter(
            PortalPageCache cache) {
        var filter = new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return cache.skips(request);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                cache.serve(request, response, chain);
            }
        };
        var registration =
                new org.springframework.boot.web.servlet.FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10);
        registration.addUrlPatterns("/portal", "/portal/*");
        return registration;
    }

    boolean skips(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !CACHED.matcher(path(request)).matches();
    }

    void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!anonymous(request)) {
            chain.doFilter(request, response);
            countView(request, response.getStatus());
            return;
        }
        String key = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + path(request) + "?" + (request.getQueryString() == null ? "" : request.getQueryString()) + "|"
                + locales.resolveLocale(request).toLanguageTag();
        long now = System.currentTimeMillis();
        var kept = pages.get(key);
        if (kept != null && now - kept.at() < KEPT.toMillis()) {
            response.setHeader(HEADER, "HIT");
            response.setContentType(kept.contentType());
            response.setContentLength(kept.body().length);
            response.getOutputStream().write(kept.body());
            countView(request, HttpServletResponse.SC_OK);
            return;
        }
        var wrapper = new ContentCachingResponseWrapper(response);
        wrapper.setHeader(HEADER, "MISS");
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && request.getSession(false) == null) {
            if (pages.size() >= MAX_PAGES) {
                pages.clear();
            }
            pages.put(key, new Kept(wrapper.getContentAsByteArray(), wrapper.getContentType(), now));
        }
        countView(request, wrapper.getStatus());
        wrapper.copyBodyToResponse();
    }

    /** A change readers see was committed: every page is rendered again. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(PortalChanged changed) {
        clear();
    }

    void clear() {
        pages.clear();
    }

    private void countView(HttpServletRequest request, int status) {
        Matcher article = ARTICLE.matcher(path(request));
        if (status == HttpServletResponse.SC_OK && article.matches()) {
            views.view(
                    Long.parseLong(article.group(1)),
                    request.getRemoteAddr(),
                    request.getHeader("User-Agent"),
                    System.currentTimeMillis());
        }
    }

    private static boolean anonymous(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null || request.getParameter("lang") != null) {
            return false;
        }
        var cookies = request.getCookies();
        if (cookies != null) {
            for (var cookie : cookies) {
                if ("SESSION".equals(cookie.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
