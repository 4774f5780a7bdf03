package vn.neuguong.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Writes the version into the links of the WebJars ({@code /webjars/chart.js/dist/chart.umd.js} becomes
 * {@code /webjars/chart.js/4.x/dist/chart.umd.js}) and leaves every other link as written. Spring Boot's own
 * {@link ResourceUrlEncodingFilter}, which this one replaces, sent every link of a page ({@code /members/42}, each menu
 * item) through the resource chain of {@code /**}, which looks for a file of that name in every jar of the class path
 * and caches only what it finds: 10–26 ms of a staff page at national scale (bench/pages). No other chain
 * rewrites a link (no version strategy is configured), so the pages' links are the same as before.
 */
final class WebJarUrls extends ResourceUrlEncodingFilter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse plain)) {
            chain.doFilter(request, response);
            return;
        }
        String webjars = http.getContextPath() + "/webjars/";
        super.doFilter(
                request,
                response,
                (encodingRequest, encodingResponse) -> chain.doFilter(
                        encodingRequest, new Selective((HttpServletResponse) encodingResponse, plain, webjars)));
    }

    /** The resource chain's answer for the WebJars' links, the container's for all others. */
    private static final class Selective extends HttpServletResponseWrapper {

        private final HttpServletResponse plain;
        private final String webjars;

        Selective(HttpServletResponse resolving, HttpServletResponse plain, String webjars) {
            super(resolving);
            this.plain = plain;
            this.webjars = webjars;
        }

        @Override
        public String encodeURL(String url) {
            return url.startsWith(webjars) ? super.encodeURL(url) : plain.encodeURL(url);
        }
    }
}
