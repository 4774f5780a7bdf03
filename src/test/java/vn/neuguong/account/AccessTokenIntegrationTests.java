package vn.neuguong.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.IntegrationTest;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Role;

@IntegrationTest
class AccessTokenIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JsonMapper json;

    @Autowired
    AccountAdministration administration;

    @Autowired
    SecurityProperties properties;

    /** Creates a token through the API as a signed-in browser user; returns id and token text. */
    private Map<?, ?> createToken(String username, String name) throws Exception {
        var body = mvc.perform(post("/api/v1/tokens")
                        .with(user(users.loadUserByUsername(username)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"expiresOn\":\""
                                + LocalDate.now().plusDays(30) + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readValue(body, Map.class);
    }

    private static String bearer(Map<?, ?> token) {
        return "Bearer " + token.get("token");
    }

    @Test
    void aTokenSignsInApiRequestsAsItsAccountAndNotesItsUse() throws Exception {
        var token = createToken("dongda.tuyengiao", "báo cáo quý");
        assertThat((String) token.get("token")).startsWith("ng_").hasSize(3 + 43);

        mvc.perform(get("/api/v1/accounts/me").header("Authorization", bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("dongda.tuyengiao"))
                .andExpect(jsonPath("$.roles[0].organizationName").value("Quận ủy Đống Đa"));
        mvc.perform(get("/api/v1/tokens").header("Authorization", bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.name == 'báo cáo quý')].lastUsedAt")
                        .isNotEmpty());
        mvc.perform(get("/api/v1/accounts").header("Authorization", bearer(token)))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyTheHashAndAPrefixAreStored() throws Exception {
        var token = createToken("vanmieu.vanphong", "hash check");
        String text = (String) token.get("token");

        var row = jdbc.sql("SELECT token_hash, prefix FROM access_token WHERE id = :id")
                .param("id", ((Number) token.get("id")).longValue())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();

        assertThat(row[0]).isEqualTo(AccessTokens.hash(text)).hasSize(64).isNotEqualTo(text);
        assertThat(text).startsWith(row[1]);
        assertThat(row[1]).hasSize(10);
        assertThat(jdbc.sql("SELECT count(*) FROM access_token WHERE token_hash = :t OR prefix = :t")
                        .param("t", text)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE after_value::text LIKE :t")
                        .param("t", "%" + text + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void revokedExpiredAndUnknownTokensGet401() throws Exception {
        var revoked = createToken("dongda.tuyengiao", "to revoke");
        mvc.perform(delete("/api/v1/tokens/" + revoked.get("id")).header("Authorization", bearer(revoked)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/accounts/me").header("Authorization", bearer(revoked)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", "application/problem+json;charset=UTF-8"))
                .andExpect(jsonPath("$.status").value(401));

        var expired = createToken("dongda.tuyengiao", "to expire");
        jdbc.sql("UPDATE access_token SET expires_at = now() - interval '1 minute' WHERE id = :id")
                .param("id", ((Number) expired.get("id")).longValue())
                .update();
        mvc.perform(get("/api/v1/accounts/me").header("Authorization", bearer(expired)))
                .andExpect(status().isUnauthorized());

        mvc.perform(get("/api/v1/accounts/me").header("Authorization", "Bearer ng_madeup"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theTokensOfADisabledAccountStopWorking() throws Exception {
        String username = "tokenowner." + System.nanoTime();
        long id = administration
                .create(new AccountForm(
                        username, "Chủ mã", null, "Owner123456", null, java.util.Set.of(Role.ADMIN), null, null))
                .id();
        var token = createToken(username, "owner's");
        mvc.perform(get("/api/v1/accounts/me").header("Authorization", bearer(token)))
                .andExpect(status().isOk());

        administration.enable(id, false, ((ActorPrincipal) users.loadUserByUsername("admin")).actor());

        mvc.perform(get("/api/v1/accounts/me").header("Authorization", bearer(token)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aPostWithABearerTokenNeedsNoCsrfToken() throws Exception {
        var token = createToken("quoctugiam.vanphong", "script");
        var other = createToken("quoctugiam.vanphong", "old script");

        mvc.perform(delete("/api/v1/tokens/" + other.get("id")).header("Authorization", bearer(token)))
                .andExpect(status().isNoContent())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void aBearerTokenCannotCreateTokens() throws Exception {
        var token = createToken("quoctugiam.vanphong", "cannot mint");
        long before = tokenCount("quoctugiam.vanphong");

        mvc.perform(post("/api/v1/tokens")
                        .header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"made by a script\",\"expiresOn\":\""
                                + LocalDate.now().plusDays(10) + "\"}"))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("mật khẩu")));
        mvc.perform(post("/api/v1/tokens")
                        .header("Authorization", bearer(token))
                        .header("Accept-Language", "en")
                        .param("lang", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"made by a script\",\"expiresOn\":\""
                                + LocalDate.now().plusDays(10) + "\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("password")));

        assertThat(tokenCount("quoctugiam.vanphong")).isEqualTo(before);
    }

    @Test
    void aTokenNeedsAnExpiryNoLaterThanTheLongestLifetime() throws Exception {
        var admin = user(users.loadUserByUsername("admin"));
        long before = tokenCount("admin");
        LocalDate latest = LocalDate.now(AccessTokens.ZONE)
                .plusDays(properties.tokenMaxLifetime().toDays());

        mvc.perform(post("/api/v1/tokens")
                        .with(admin)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"forever\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expiresOn"));
        mvc.perform(post("/api/v1/tokens")
                        .with(admin)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"too long\",\"expiresOn\":\"" + latest.plusDays(1) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expiresOn"))
                .andExpect(
                        jsonPath("$.errors[0].message").value("muộn hơn thời hạn dài nhất cho phép của mã truy cập"));
        assertThat(tokenCount("admin")).isEqualTo(before);

        mvc.perform(post("/api/v1/tokens")
                        .with(admin)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"longest\",\"expiresOn\":\"" + latest + "\"}"))
                .andExpect(status().isCreated());
        assertThat(tokenCount("admin")).isEqualTo(before + 1);
        assertThat(properties.tokenMaxLifetime()).isEqualTo(java.time.Duration.ofDays(365));
    }

    private long tokenCount(String username) {
        return jdbc.sql(
                        "SELECT count(*) FROM access_token t JOIN account a ON a.id = t.account_id WHERE a.username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    @Test
    void nobodyRevokesAnotherAccountsToken() throws Exception {
        var mine = createToken("vanmieu.vanphong", "mine");
        var theirs = createToken("quoctugiam.vanphong", "theirs");

        mvc.perform(delete("/api/v1/tokens/" + theirs.get("id")).header("Authorization", bearer(mine)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/accounts/me").header("Authorization", bearer(theirs)))
                .andExpect(status().isOk());
    }

    @Test
    void invalidTokenRequestsNameTheField() throws Exception {
        mvc.perform(post("/api/v1/tokens")
                        .with(user(users.loadUserByUsername("admin")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"name\":\" \",\"expiresOn\":\"2000-01-01\"}"))
                .andExpect(status().isBadRequest())
                // the annotation on the name and the day's rule on the expiry, in one answer
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("is required"))
                .andExpect(jsonPath("$.errors[1].field").value("expiresOn"));
    }
}
