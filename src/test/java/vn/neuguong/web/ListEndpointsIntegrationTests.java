package vn.neuguong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.neuguong.IntegrationTest;

/**
 * Every GET page and API operation the application maps, called 50 times in a row by a plain member: none may
 * fail with a server error, and none may keep a database connection after it answered, so the pool (10
 * connections) never runs dry and the application still answers at the end.
 */
@IntegrationTest
class ListEndpointsIntegrationTests {

    static final int CALLS = 50;
    static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    HikariDataSource pool;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyGetEndpointCalledFiftyTimesByAMemberLeavesNoConnectionOutAndTheApplicationStillAnswers()
            throws Exception {
        UserDetails member = users.loadUserByUsername("dangvien.vanmieu1");
        List<String> paths = paths(ids());
        assertThat(paths)
                .as("the sweep covers the list endpoints")
                .contains(
                        "/api/v1/notifications",
                        "/notifications",
                        "/api/v1/organizations",
                        "/api/v1/members",
                        "/api/v1/documents",
                        "/api/v1/campaigns",
                        "/api/v1/meetings",
                        "/api/v1/audit",
                        "/api/v1/tokens")
                .anyMatch(path -> path.matches("/api/v1/campaigns/\\d+/obligations"));
        int before = pool.getHikariPoolMXBean().getActiveConnections();
        List<String> failures = new ArrayList<>();
        for (String path : paths) {
            for (int call = 0; call < CALLS; call++) {
                int status = mvc.perform(get(path).with(user(member)))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                if (status >= 500) {
                    failures.add(path + " answered " + status);
                    break;
                }
                if (!connectionsBack(before, Duration.ofSeconds(5))) {
                    failures.add(path + " kept a database connection after call " + (call + 1));
                    break;
                }
            }
        }
        assertThat(failures).isEmpty();
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/accounts/me").with(user(member))).andExpect(status().isOk());
    }

    /** Ids to put in the path variables: the member's own cell, member and account, and demo records. */
    private Map<String, String> ids() {
        long memberId = jdbc.sql("SELECT member_id FROM account WHERE username = 'dangvien.vanmieu1'")
                .query(Long.class)
                .single();
        long cellId = jdbc.sql("SELECT cell_id FROM member WHERE id = :id")
                .param("id", memberId)
                .query(Long.class)
                .single();
        long campaignId =
                jdbc.sql("SELECT min(id) FROM campaign").query(Long.class).single();
        long documentId =
                jdbc.sql("SELECT min(id) FROM document").query(Long.class).single();
        long meetingId =
                jdbc.sql("SELECT min(id) FROM meeting").query(Long.class).single();
        return Map.of(
                "organizations", String.valueOf(cellId),
                "inbox", String.valueOf(cellId),
                "members", String.valueOf(memberId),
                "campaigns", String.valueOf(campaignId),
                "documents", String.valueOf(documentId),
                "meetings", String.valueOf(meetingId));
    }

    private List<String> paths(Map<String, String> ids) {
        var paths = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                String path = fill(pattern, ids);
                if (path != null && !path.startsWith("/error")) {
                    paths.add(path);
                }
            }
        });
        return List.copyOf(paths);
    }

    /** The pattern with its variables filled from the segment before each, or null when one has no known id. */
    private static String fill(String pattern, Map<String, String> ids) {
        Matcher variable = VARIABLE.matcher(pattern);
        var path = new StringBuilder();
        while (variable.find()) {
            String before = pattern.substring(0, variable.start());
            String[] segments = before.split("/");
            String owner = segments.length == 0 ? "" : segments[segments.length - 1];
            String name = variable.group(1);
            String id = name.equals("id") || name.equals("organizationId") ? ids.get(owner) : null;
            if (id == null) {
                return null;
            }
            variable.appendReplacement(path, id);
        }
        variable.appendTail(path);
        return path.toString();
    }

    /** Whether the pool is back to {@code before} checked-out connections within {@code grace}. */
    private boolean connectionsBack(int before, Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        while (pool.getHikariPoolMXBean().getActiveConnections() > before) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }
}
