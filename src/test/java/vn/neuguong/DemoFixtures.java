package vn.neuguong;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the integration tests read of the demo data (profile {@code seed}): its accounts, signed in on a request,
 * and its organizations by name; a transaction rolled back around a test's body, and a JSON request with If-Match as
 * the API tests send it. One bean of every {@link IntegrationTest} context, so a test needs one field, not
 * the same three in every class.
 */
@TestComponent
public class DemoFixtures {

    /** A test's body, run inside {@link #rolledBack}. */
    public interface Body {
        void run() throws Exception;
    }

    private final UserDetailsService users;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoFixtures(UserDetailsService users, JdbcClient jdbc, TransactionTemplate transaction) {
        this.users = users;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Runs the body in one transaction (of at most five minutes) that is rolled back at its end. */
    public void rolledBack(Body body) {
        var whole = new TransactionTemplate(transaction.getTransactionManager(), transaction);
        whole.setTimeout(300);
        whole.executeWithoutResult(status -> {
            status.setRollbackOnly();
            try {
                body.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A JSON request of the demo account {@code username}, with CSRF and, when given, If-Match naming a version. */
    public ResultActions send(
            MockMvc mvc, MockHttpServletRequestBuilder request, String username, Integer ifMatch, String json)
            throws Exception {
        var built = request.with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf())
                .with(signedIn(username))
                .contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            built.header("If-Match", "\"" + ifMatch + "\"");
        }
        return mvc.perform(json == null ? built : built.content(json));
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
