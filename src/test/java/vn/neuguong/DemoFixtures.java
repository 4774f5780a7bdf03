package vn.neuguong;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the integration tests read of the demo data (profile {@code seed}): its accounts, signed in on a request,
 * and its organizations by name. One bean of every {@link IntegrationTest} context, so a test needs one field, not
 * the same three in every class.
 */
@TestComponent
public class DemoFixtures {

    private final UserDetailsService users;
    private final JdbcClient jdbc;

    DemoFixtures(UserDetailsService users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    /** The demo account {@code username} as Spring Security knows it. */
    public UserDetails account(String username) {
        return users.loadUserByUsername(username);
    }

    /** A request made by the demo account {@code username}. */
    public RequestPostProcessor signedIn(String username) {
        return user(account(username));
    }

    /** The id of the open organization the demo data names {@code name} ("Quận ủy Đống Đa"). */
    public long organization(String name) {
        return jdbc.sql("SELECT id FROM organization WHERE name = :name AND closed_on IS NULL")
                .param("name", name)
                .query(Long.class)
                .single();
    }
}
