package vn.neuguong.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.IntegrationTest;
import vn.neuguong.shared.Role;

/** Disabling an account or changing its password ends the browser sessions opened before, on every node. */
@IntegrationTest
class SessionEndingIntegrationTests {

    static final String PASSWORD = "Session1first";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountAdministration administration;

    private String newAccount(String prefix) {
        String username = prefix + "." + System.nanoTime();
        administration.create(
                new AccountForm(username, "Phiên thử", null, PASSWORD, null, Set.of(Role.ADMIN), null, null));
        return username;
    }

    private long idOf(String username) {
        return jdbc.sql("SELECT id FROM account WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    private Cookie signIn(String username, String password) throws Exception {
        return mvc.perform(formLogin().user(username).password(password))
                .andExpect(authenticated())
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
    }

    private Cookie adminSession() throws Exception {
        return signIn("admin", "NeuGuong@2024");
    }

    private void assertSignedIn(Cookie session) throws Exception {
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
    }

    /** The session no longer signs in: no page, and no new token. */
    private void assertEnded(Cookie session) throws Exception {
        mvc.perform(get("/account").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/api/v1/tokens")
                        .cookie(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"after\",\"expiresOn\":\""
                                + LocalDate.now().plusDays(5) + "\"}"))
                .andExpect(status().isUnauthorized());
    }

    private long sessions(String username) {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    @Test
    void disablingAnAccountEndsAllItsSessions() throws Exception {
        String username = newAccount("disable");
        var desk = signIn(username, PASSWORD);
        var phone = signIn(username, PASSWORD);
        assertSignedIn(desk);

        mvc.perform(post("/account/admin/{id}/enabled", idOf(username))
                        .cookie(adminSession())
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(redirectedUrl("/account/admin/" + idOf(username)));

        assertThat(sessions(username)).isZero();
        assertEnded(desk);
        assertEnded(phone);
    }

    @Test
    void anAdministratorsPasswordResetEndsTheAccountsSessionsButNotTheAdministrators() throws Exception {
        String username = newAccount("reset");
        var session = signIn(username, PASSWORD);
        var admin = adminSession();

        mvc.perform(put("/api/v1/accounts/{id}/password", idOf(username))
                        .cookie(admin)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"Session2reset\"}"))
                .andExpect(status().isOk());

        assertEnded(session);
        assertSignedIn(admin);
        assertSignedIn(signIn(username, "Session2reset"));
    }

    @Test
    void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        String username = newAccount("own");
        var here = signIn(username, PASSWORD);
        var elsewhere = signIn(username, PASSWORD);

        mvc.perform(post("/account/password")
                        .cookie(here)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "Session3own")
                        .param("repeatPassword", "Session3own"))
                .andExpect(redirectedUrl("/account?passwordChanged"));

        assertSignedIn(here);
        assertEnded(elsewhere);
        assertThat(sessions(username)).isEqualTo(1);
    }

    @Test
    void aRejectedPasswordChangeEndsNoSession() throws Exception {
        String username = newAccount("rejected");
        var here = signIn(username, PASSWORD);
        var elsewhere = signIn(username, PASSWORD);

        mvc.perform(post("/account/password")
                        .cookie(here)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "short")
                        .param("repeatPassword", "short"))
                .andExpect(status().isBadRequest());

        assertSignedIn(here);
        assertSignedIn(elsewhere);
    }
}
