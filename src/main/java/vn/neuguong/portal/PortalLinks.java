package vn.neuguong.portal;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The absolute addresses the portal's pages print: canonical links, Open Graph, the feed and the sitemap. */
@Component("portalLinks")
public class PortalLinks {

    /** The scheme, host and port the reader asked for, with the context path: {@code https://host}. */
    public String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
