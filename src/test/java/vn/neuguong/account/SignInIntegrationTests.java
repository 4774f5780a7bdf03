package vn.neuguong.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.IntegrationTest;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.shared.Role;

@IntegrationTest
class SignInIntegrationTests {

    static final String PASSWORD = "Correct1horse";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountAdministration administration;

    @Autowired
    UserDetailsService users;

    private String newAccount(String prefix) {
        String username = prefix + "." + System.nanoTime();
        administration.create(
                new AccountForm(username, "Thử nghiệm", null, PASSWORD, null, Set.of(Role.ADMIN), null, null));
        return username;
    }

    private Cookie signIn(String username, String password) throws Exception {
        var result = mvc.perform(formLogin().user(username).password(password))
                .andExpect(authenticated())
                .andReturn();
        var cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie;
    }

    @Test
    void loginStoresTheSessionInTheDatabaseWithTheConfiguredTimeout() throws Exception {
        String username = newAccount("session");

        signIn(username, PASSWORD);

        var intervals = jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = :u")
                .param("u", username)
                .query(Integer.class)
                .list();
        assertThat(intervals).containsExactly(30 * 60);
    }

    @Test
    void aSessionIdleLongerThanTheTimeoutNoLongerSignsIn() throws Exception {
        String username = newAccount("expiry");
        var cookie = signIn(username, PASSWORD);
        mvc.perform(get("/account").cookie(cookie)).andExpect(status().isOk());

        jdbc.sql("""
                        UPDATE spring_session SET last_access_time = last_access_time - 31 * 60 * 1000,
                                                  expiry_time = expiry_time - 31 * 60 * 1000
                        WHERE principal_name = :u
                        """).param("u", username).update();

        mvc.perform(get("/account").cookie(cookie).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        String username = newAccount("logout");
        var cookie = signIn(username, PASSWORD);

        mvc.perform(post("/logout").cookie(cookie).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get("/account").cookie(cookie).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aPostWithoutCsrfTokenIsRejectedAndChangesNothing() throws Exception {
        String username = newAccount("csrf");
        var hashBefore = passwordHash(username);
        var admin = user(users.loadUserByUsername(username));

        mvc.perform(post("/account/password")
                        .with(admin)
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "Another1password")
                        .param("repeatPassword", "Another1password"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/accounts")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"csrf.victim","displayName":"X","password":"Another1password",
                                 "roles":["ADMIN"]}"""))
                .andExpect(status().isForbidden());

        assertThat(passwordHash(username)).isEqualTo(hashBefore);
        assertThat(administration.list("csrf.victim", PageRequest.first(10)).items().stream()
                        .map(AccountView::username)
                        .toList())
                .doesNotContain("csrf.victim");
    }

    @Test
    void aBogusBearerHeaderDoesNotExcuseASessionPostFromTheCsrfCheck() throws Exception {
        String username = newAccount("bogusbearer");
        var cookie = signIn(username, PASSWORD);
        var hashBefore = passwordHash(username);

        mvc.perform(post("/account/password")
                        .cookie(cookie)
                        .header("Authorization", "Bearer ng_forged")
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "Another1password")
                        .param("repeatPassword", "Another1password"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens")
                        .cookie(cookie)
                        .header("Authorization", "Bearer ng_forged")
                        .param("name", "planted")
                        .param(
                                "expiresOn",
                                java.time.LocalDate.now().plusDays(30).toString()))
                .andExpect(status().isForbidden());

        assertThat(passwordHash(username)).isEqualTo(hashBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM access_token t JOIN account a ON a.id = t.account_id"
                                + " WHERE a.username = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void afterSignInTheRedirectToTheAskedPageIgnoresAHostileHostHeader() throws Exception {
        String username = newAccount("host");
        var asked = mvc.perform(
                        get("/members?q=an").header("Host", "evil.example").accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"))
                .andReturn()
                .getResponse();
        var session = asked.getCookie("SESSION");

        var response = mvc.perform(post("/login")
                        .cookie(session)
                        .header("Host", "evil.example")
                        .param("username", username)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getRedirectedUrl()).startsWith("/members?q=an").doesNotContain("evil.example");
    }

    @Test
    void withoutTheProxySettingForwardedHeadersAreIgnored() throws Exception {
        String username = newAccount("noproxy");
        var response = mvc.perform(post("/login")
                        .header("X-Forwarded-Proto", "https")
                        .param("username", username)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getHeader("Set-Cookie")).contains("SESSION=").doesNotContain("Secure");
        assertThat(response.getHeader("Strict-Transport-Security")).isNull();
    }

    private String passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM account WHERE username = :u")
                .param("u", username)
                .query(String.class)
                .single();
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        String username = newAccount("disabled");
        long id = administration.list(username, PageRequest.first(10)).items().stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow()
                .id();
        var admin = ((ActorPrincipal) users.loadUserByUsername("admin")).actor();
        administration.enable(id, false, admin);

        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(unauthenticated());
        assertThat(jdbc.sql("SELECT count(*) FROM login_failure WHERE key LIKE :k")
                        .param("k", "%" + username + "%")
                        .query(Long.class)
                        .single())
                .as("a disabled account's sign-in is not a wrong password")
                .isZero();
    }
}
