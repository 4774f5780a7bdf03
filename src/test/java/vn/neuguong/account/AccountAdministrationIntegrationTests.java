package vn.neuguong.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.neuguong.IntegrationTest;
import vn.neuguong.shared.ActorPrincipal;

@IntegrationTest
class AccountAdministrationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long organization(String name) {
        return jdbc.sql("SELECT id FROM organization WHERE name = :name ORDER BY id LIMIT 1")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private long accounts() {
        return jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();
    }

    private long createViaApi(String username, String rolesJson) throws Exception {
        var body = mvc.perform(post("/api/v1/accounts")
                        .with(as("admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","displayName":"Cán bộ thử","password":"Secret12345",%s}""".formatted(username, rolesJson)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Long.parseLong(body.replaceAll(".*?\"id\":(\\d+).*", "$1"));
    }

    @Test
    void administratorCreatesAStaffAccountThatIsAuditedWithoutItsPassword() throws Exception {
        long dongDa = organization("Quận ủy Đống Đa");
        String username = "staff." + System.nanoTime();

        long id = createViaApi(username, "\"roles\":[\"STAFF\"],\"staffOrganizationIds\":[" + dongDa + "]");

        mvc.perform(get("/api/v1/accounts/" + id).with(as("admin")))
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.roles[0].role").value("STAFF"))
                .andExpect(jsonPath("$.roles[0].organizationName").value("Quận ủy Đống Đa"));
        var audit = jdbc.sql("""
                        SELECT actor, action, after_value::text FROM audit_log
                        WHERE entity_type = 'account' AND entity_id = :id
                        """)
                .param("id", String.valueOf(id))
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        assertThat(audit[0]).isEqualTo("admin");
        assertThat(audit[1]).isEqualTo("CREATE");
        assertThat(audit[2]).contains(username).doesNotContain("Secret12345").doesNotContain("{bcrypt}");
        mvc.perform(formLogin().user(username).password("Secret12345")).andExpect(authenticated());
    }

    @Test
    void rejectsTakenUsernameUnknownOrganizationAndStaffWithoutOrganizationNamingEachField() throws Exception {
        long before = accounts();

        mvc.perform(post("/api/v1/accounts")
                        .with(as("admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"dongda.tuyengiao","displayName":"","password":"short",
                                 "roles":["STAFF","SECRETARY"],"secretaryCellIds":[987654321]}"""))
                .andExpect(status().isBadRequest())
                // the annotations' findings and the rules that read the database in one answer
                .andExpect(jsonPath("$.errors[*].field", hasItem("displayName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("username")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("password")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("staffOrganizationIds")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("secretaryCellIds")))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'username')].message").value("đã có người dùng"));

        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void theNewAccountFormNamesAMissingRoleAndATakenUsernameInOneRound() throws Exception {
        long before = accounts();
        mvc.perform(post("/account/admin")
                        .with(as("admin"))
                        .with(csrf())
                        .param("lang", "vi")
                        .param("username", "dongda.tuyengiao")
                        .param("displayName", "Trùng tên")
                        .param("password", "Secret12345"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#username\"")))
                .andExpect(content().string(containsString("đã có người dùng")))
                .andExpect(content().string(containsString("href=\"#roles\"")));
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void aSecretaryMustBeGivenACellNotAWard() throws Exception {
        long ward = organization("Đảng ủy phường Văn Miếu");

        mvc.perform(post("/api/v1/accounts")
                        .with(as("admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("""
                                {"username":"secretary.ward","displayName":"Bí thư","password":"Secret12345",
                                 "roles":["SECRETARY"],"secretaryCellIds":[%d]}""".formatted(ward)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("secretaryCellIds"))
                .andExpect(jsonPath("$.errors[0].rejectedValue").value(ward));
    }

    @Test
    void onlyAdministratorsManageAccounts() throws Exception {
        mvc.perform(get("/api/v1/accounts").with(as("dongda.tuyengiao"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/accounts")
                        .with(as("dongda.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"sneaky.admin\",\"displayName\":\"X\",\"password\":\"Secret12345\","
                                + "\"roles\":[\"ADMIN\"]}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/account/admin").with(as("bithu.vanmieu1"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/accounts").param("q", "dongda").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].username", hasItem("dongda.tuyengiao")));
        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE username = 'sneaky.admin'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void administratorDisablesAndResetsThePasswordOfAnAccountAndBothAreAudited() throws Exception {
        String username = "member." + System.nanoTime();
        long member = jdbc.sql("SELECT id FROM member ORDER BY id LIMIT 1")
                .query(Long.class)
                .optional()
                .orElse(-1L);
        String roles = member > 0 ? "\"roles\":[\"MEMBER\"],\"memberId\":" + member : "\"roles\":[\"ADMIN\"]";
        long id = createViaApi(username, roles);

        mvc.perform(put("/api/v1/accounts/" + id + "/enabled")
                        .with(as("admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":false}"))
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(formLogin().user(username).password("Secret12345")).andExpect(unauthenticated());

        mvc.perform(put("/api/v1/accounts/" + id + "/password")
                        .with(as("admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"weak\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(put("/api/v1/accounts/" + id + "/password")
                        .with(as("admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"Renewed12345\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/account/admin/" + id + "/enabled")
                        .with(as("admin"))
                        .with(csrf())
                        .param("enabled", "true"))
                .andExpect(redirectedUrlPattern("/account/admin/*"));
        mvc.perform(formLogin().user(username).password("Renewed12345")).andExpect(authenticated());

        assertThat(jdbc.sql("""
                                SELECT count(*) FROM audit_log
                                WHERE entity_type = 'account' AND entity_id = :id AND action = 'UPDATE'
                                """)
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void administratorCannotDisableTheirOwnAccount() throws Exception {
        long adminId =
                ((ActorPrincipal) users.loadUserByUsername("admin")).actor().accountId();

        mvc.perform(put("/api/v1/accounts/" + adminId + "/enabled")
                        .with(as("admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":false}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("enabled"));
    }

    @Test
    void adminPageListsAccountsAndShowsFieldErrorsInEitherLanguage() throws Exception {
        mvc.perform(get("/account/admin").param("q", "dongda.tuyengiao").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("dongda.tuyengiao")))
                .andExpect(content().string(containsString("Quận ủy Đống Đa")));

        mvc.perform(post("/account/admin")
                        .with(as("admin"))
                        .with(csrf())
                        .param("username", "page.staff")
                        .param("displayName", "Cán bộ")
                        .param("password", "Secret12345")
                        .param("roles", "STAFF")
                        .param("staffOrganizationIds", "987654321"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("không có tổ chức nào mang mã này: 987654321")));
        mvc.perform(post("/account/admin")
                        .with(as("admin"))
                        .with(csrf())
                        .param("lang", "en")
                        .param("username", "page.staff")
                        .param("displayName", "Cán bộ")
                        .param("password", "Secret12345")
                        .param("roles", "STAFF")
                        .param("staffOrganizationIds", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is not valid: abc")));
        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE username = 'page.staff'")
                        .query(Long.class)
                        .single())
                .isZero();

        long dongDa = organization("Quận ủy Đống Đa");
        mvc.perform(post("/account/admin")
                        .with(as("admin"))
                        .with(csrf())
                        .param("username", "page.staff")
                        .param("displayName", "Cán bộ")
                        .param("password", "Secret12345")
                        .param("roles", "STAFF")
                        .param("staffOrganizationIds", String.valueOf(dongDa)))
                .andExpect(redirectedUrlPattern("/account/admin/*?created"));
    }
}
