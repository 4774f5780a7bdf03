package vn.neuguong.web;

/** What a browser may load on the application's pages: its own scripts and styles, data images, no framing. */
public final class PagePolicy {

    /** The Content-Security-Policy of every page, signed-in or the voters'. */
    public static final String CONTENT_SECURITY = "default-src 'self'; img-src 'self' data:; style-src 'self'"
            + " 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";

    private PagePolicy() {}
}
