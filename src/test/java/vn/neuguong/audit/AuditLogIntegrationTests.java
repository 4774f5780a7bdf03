package vn.neuguong.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.neuguong.IntegrationTest;
import vn.neuguong.shared.AuditLog;

@IntegrationTest
class AuditLogIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    UserDetailsService users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    String type;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long organization(String name) {
        return jdbc.sql("SELECT id FROM organization WHERE name = :name ORDER BY id LIMIT 1")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    /** One row for phường Văn Miếu, one for phường Quốc Tử Giám, one for no organization, under a fresh type. */
    @BeforeEach
    void writeRows() {
        type = "test_" + System.nanoTime();
        long vanMieu = organization("Đảng ủy phường Văn Miếu");
        long quocTuGiam = organization("Đảng ủy phường Quốc Tử Giám");
        transaction.executeWithoutResult(status -> {
            audit.created(type, 1, vanMieu, Map.of("name", "Văn Miếu row"));
            audit.updated(type, 2, quocTuGiam, Map.of("name", "old"), Map.of("name", "Quốc Tử Giám row"));
            audit.deleted(type, 3, null, Map.of("name", "row of no organization"));
        });
    }

    private long rows() {
        return jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAuditRows() {
        long before = rows();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET actor = 'forger' WHERE entity_type = :t")
                        .param("t", type)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE entity_type = :t")
                        .param("t", type)
                        .update())
                .isInstanceOf(DataAccessException.class);

        assertThat(rows()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE actor = 'forger'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void noEndpointChangesTheAuditLog() throws Exception {
        var auditHandlers = mappings.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getValue().getBeanType().getPackageName().equals("vn.neuguong.audit")
                        || entry.getKey().getPatternValues().stream().anyMatch(p -> p.contains("audit")))
                .toList();
        assertThat(auditHandlers).hasSize(2);
        auditHandlers.forEach(entry ->
                assertThat(entry.getKey().getMethodsCondition().getMethods()).containsExactly(RequestMethod.GET));

        long before = rows();
        mvc.perform(post("/api/v1/audit").with(as("admin")).with(csrf())).andExpect(status().isMethodNotAllowed());
        mvc.perform(put("/api/v1/audit").with(as("admin")).with(csrf())).andExpect(status().isMethodNotAllowed());
        mvc.perform(delete("/api/v1/audit").with(as("admin")).with(csrf())).andExpect(status().isMethodNotAllowed());
        mvc.perform(patch("/api/v1/audit").with(as("admin")).with(csrf())).andExpect(status().isMethodNotAllowed());
        mvc.perform(post("/audit").with(as("admin")).with(csrf())).andExpect(status().isMethodNotAllowed());
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void wardStaffSeeOnlyTheirOwnWardsRows() throws Exception {
        mvc.perform(get("/api/v1/audit").param("entityType", type).with(as("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].after.name").value("Văn Miếu row"))
                .andExpect(jsonPath("$.items[0].organizationName").value("Đảng ủy phường Văn Miếu"));
        mvc.perform(get("/api/v1/audit").param("entityType", type).with(as("quoctugiam.vanphong")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].before.name").value("old"));
        mvc.perform(get("/api/v1/audit").param("entityType", type).with(as("bode.vanphong")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/audit").param("entityType", type).with(as("dongda.tuyengiao")))
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/audit").param("entityType", type).with(as("admin")))
                .andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void filtersByActorAndDateRange() throws Exception {
        mvc.perform(get("/api/v1/audit")
                        .param("entityType", type)
                        .param("actor", "system")
                        .param("from", java.time.LocalDate.now().minusDays(1).toString())
                        .param("to", java.time.LocalDate.now().plusDays(1).toString())
                        .with(as("admin")))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/v1/audit")
                        .param("entityType", type)
                        .param("actor", "admin")
                        .with(as("admin")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/audit")
                        .param("entityType", type)
                        .param("to", "2020-01-01")
                        .with(as("admin")))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void pageShowsBeforeAndAfterInVietnameseAndEnglishWithinScope() throws Exception {
        mvc.perform(get("/audit").param("entityType", type).with(as("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhật ký thay đổi")))
                .andExpect(content().string(containsString("Văn Miếu row")))
                .andExpect(content().string(not(containsString("Quốc Tử Giám row"))))
                .andExpect(content().string(not(containsString("row of no organization"))));
        mvc.perform(get("/audit").param("entityType", type).param("lang", "en").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Audit log")))
                .andExpect(content().string(containsString("Deleted")))
                .andExpect(content().string(containsString("row of no organization")));
        mvc.perform(get("/audit")
                        .param("entityType", type)
                        .header("HX-Request", "true")
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }
}
