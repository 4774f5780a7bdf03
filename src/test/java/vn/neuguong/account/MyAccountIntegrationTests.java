package vn.neuguong.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.IntegrationTest;
import vn.neuguong.shared.Role;
import vn.neuguong.web.FormPages;

@IntegrationTest
class MyAccountIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountAdministration administration;

    @Test
    void accountPageShowsRolesWithOrganizationNamesInVietnameseAndEnglish() throws Exception {
        var staff = user(users.loadUserByUsername("dongda.tuyengiao"));

        mvc.perform(get("/account").with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tài khoản của tôi")))
                .andExpect(content().string(containsString("Đổi mật khẩu")))
                .andExpect(content().string(containsString("Cán bộ")))
                .andExpect(content().string(containsString("Quận ủy Đống Đa")))
                .andExpect(content().string(containsString("dongda.tuyengiao")));
        mvc.perform(get("/account").param("lang", "en").with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("My account")))
                .andExpect(content().string(containsString("Change password")))
                .andExpect(content().string(containsString("API access tokens")))
                .andExpect(content().string(containsString("Staff")))
                .andExpect(content().string(not(containsString("Tài khoản của tôi"))));
    }

    @Test
    void changingThePasswordChecksTheCurrentOneThePolicyAndTheRepeat() throws Exception {
        String username = "own." + System.nanoTime();
        administration.create(
                new AccountForm(username, "Tự đổi", null, "First12345", null, Set.of(Role.ADMIN), null, null));
        var me = user(users.loadUserByUsername(username));
        String hash = passwordHash(username);

        mvc.perform(post("/account/password")
                        .with(me)
                        .with(csrf())
                        .param("currentPassword", "not-mine")
                        .param("newPassword", "onlyletters")
                        .param("repeatPassword", "different"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("không đúng mật khẩu hiện tại")))
                .andExpect(content().string(containsString("phải có ít nhất 10 ký tự, gồm cả chữ và số")))
                .andExpect(content().string(containsString("không khớp với mật khẩu mới")));
        mvc.perform(post("/account/password")
                        .with(me)
                        .with(csrf())
                        .param("lang", "en")
                        .param("currentPassword", "First12345")
                        .param("newPassword", "short1")
                        .param("repeatPassword", "short1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must have at least 10 characters")));
        assertThat(passwordHash(username)).isEqualTo(hash);

        mvc.perform(post("/account/password")
                        .with(me)
                        .with(csrf())
                        .param("currentPassword", "First12345")
                        .param("newPassword", "Second12345")
                        .param("repeatPassword", "Second12345"))
                .andExpect(redirectedUrl("/account?passwordChanged"));

        mvc.perform(formLogin().user(username).password("Second12345")).andExpect(authenticated());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'account' AND actor = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void passwordErrorsAreTiedToTheirFieldsAndSummarisedOnTop() throws Exception {
        String username = "aria." + System.nanoTime();
        administration.create(
                new AccountForm(username, "Lỗi gắn trường", null, "First12345", null, Set.of(Role.ADMIN), null, null));

        var html = mvc.perform(post("/account/password")
                        .with(user(users.loadUserByUsername(username)))
                        .with(csrf())
                        .param("lang", "en")
                        .param("currentPassword", "not-mine")
                        .param("newPassword", "First12345")
                        .param("repeatPassword", "different"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(html);

        FormPages.assertFieldError(page, "currentPassword", "is not your current password");
        FormPages.assertFieldError(page, "repeatPassword", "does not match the new password");
        FormPages.assertSummaryLinks(
                page, "Current password is not your current password", "currentPassword", "repeatPassword");
        FormPages.assertEveryLabelNamesItsControl(page);
        assertThat(page.getElementById("newPassword").attr("aria-describedby")).isEqualTo("newPassword-hint");
        assertThat(page.select("#tokens [aria-invalid]")).isEmpty();
    }

    @Test
    void aNewTokenIsShownOnceOnThePage() throws Exception {
        var session = mvc.perform(formLogin().user("vanmieu.vanphong").password("NeuGuong@2024"))
                .andExpect(authenticated())
                .andReturn()
                .getResponse()
                .getCookie("SESSION");

        var token = (String) mvc.perform(post("/account/tokens")
                        .cookie(session)
                        .with(csrf())
                        .param("name", "Bảng tính báo cáo")
                        .param(
                                "expiresOn",
                                java.time.LocalDate.now().plusDays(90).toString()))
                .andExpect(redirectedUrl("/account#tokens"))
                .andReturn()
                .getFlashMap()
                .get("newToken");
        assertThat(token).startsWith("ng_");

        mvc.perform(get("/account").cookie(session)).andExpect(content().string(containsString(token)));
        mvc.perform(get("/account").cookie(session))
                .andExpect(content().string(containsString("Bảng tính báo cáo")))
                .andExpect(content().string(containsString(token.substring(0, 10))))
                .andExpect(content().string(not(containsString(token))));

        long id = jdbc.sql("SELECT id FROM access_token WHERE token_hash = :hash")
                .param("hash", AccessTokens.hash(token))
                .query(Long.class)
                .single();
        mvc.perform(post("/account/tokens/" + id + "/revoke").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/account?revoked#tokens"));
        assertThat(jdbc.sql("SELECT revoked_at IS NOT NULL FROM access_token WHERE id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        mvc.perform(post("/account/tokens")
                        .cookie(session)
                        .with(csrf())
                        .param("name", "")
                        .param("expiresOn", "2001-01-01"))
                .andExpect(status().isBadRequest())
                // both problems in one round: the blank name and the day in the past
                .andExpect(content().string(containsString("là bắt buộc")))
                .andExpect(content().string(containsString("phải là một ngày sau hôm nay")));
        mvc.perform(post("/account/tokens")
                        .cookie(session)
                        .with(csrf())
                        .param("name", "Quá khứ")
                        .param("expiresOn", "2001-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("phải là một ngày sau hôm nay")));
        mvc.perform(post("/account/tokens")
                        .cookie(session)
                        .with(csrf())
                        .param("name", "Không hạn")
                        .param("expiresOn", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("là bắt buộc")));
    }

    @Test
    void theLanguageOfMyEmailsIsMyChoiceAndOnlyViOrEn() throws Exception {
        var me = user(users.loadUserByUsername("dangvien.vanmieu1"));
        mvc.perform(post("/account/language").with(me).with(csrf()).param("language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("phải là vi hoặc en")));
        mvc.perform(post("/account/language").with(me).with(csrf()).param("language", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("là bắt buộc")));
        try {
            mvc.perform(post("/account/language").with(me).with(csrf()).param("language", "en"))
                    .andExpect(redirectedUrl("/account?languageChanged"));
            assertThat(jdbc.sql("SELECT locale FROM account WHERE username = 'dangvien.vanmieu1'")
                            .query(String.class)
                            .single())
                    .isEqualTo("en");
            mvc.perform(get("/account").with(me))
                    .andExpect(content().string(containsString("<option value=\"en\" selected=\"selected\"")));
        } finally {
            jdbc.sql("UPDATE account SET locale = 'vi' WHERE username = 'dangvien.vanmieu1'")
                    .update();
        }
    }

    private String passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM account WHERE username = :u")
                .param("u", username)
                .query(String.class)
                .single();
    }
}
