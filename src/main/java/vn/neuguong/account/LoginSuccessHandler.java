package vn.neuguong.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * After sign-in, goes back to the page that asked for it, or to the dashboard. The saved page's address is taken as
 * path and query only: the host it was saved with came from the request's {@code Host} header, which anyone can
 * write, so a redirect built from it could send the user to another site.
 */
final class LoginSuccessHandler extends SimpleUrlAuthenticationSuccessHandler {

    static final String HOME = "/dashboard";

    private final RequestCache requests = new HttpSessionRequestCache();

    LoginSuccessHandler() {
        super(HOME);
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        var saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        clearAuthenticationAttributes(request);
        String target = saved == null ? HOME : pathAndQuery(saved.getRedirectUrl());
        getRedirectStrategy().sendRedirect(request, response, target);
    }

    static String pathAndQuery(String url) {
        try {
            var uri = URI.create(url);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return HOME;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return HOME;
        }
    }
}
