package vn.neuguong.web;

import jakarta.servlet.http.HttpServletRequest;

/** A page and its htmx partial share one template; controllers answer the fragment when htmx asks. */
public final class Htmx {

    private Htmx() {}

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** {@code template} for a full page load, {@code template :: fragment} for an htmx request. */
    public static String view(HttpServletRequest request, String template, String fragment) {
        return isHtmx(request) ? template + " :: " + fragment : template;
    }
}
