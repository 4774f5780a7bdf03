package vn.neuguong.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.IntegrationTest;

@IntegrationTest
class ApplicationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void healthReportsTheDatabaseToAnAdministrator() throws Exception {
        mvc.perform(get("/actuator/health").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details.database").value("PostgreSQL"));
    }

    @Test
    void loginPageSpeaksVietnameseByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đăng nhập")))
                .andExpect(content().string(Matchers.containsString("Mật khẩu")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sign in")))
                .andExpect(content().string(Matchers.containsString("Password")));
    }

    @Test
    void demoAccountsCanSignInAndWrongPasswordsCannot() throws Exception {
        mvc.perform(formLogin().user("dongda.tuyengiao").password("NeuGuong@2024"))
                .andExpect(authenticated());
        mvc.perform(formLogin().user("dongda.tuyengiao").password("wrong")).andExpect(unauthenticated());
    }

    @Test
    void pagesNeedASignedInUserAndTheApiAnswers401() throws Exception {
        mvc.perform(get("/dashboard").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/organizations")).andExpect(status().isUnauthorized());
    }

    @Test
    void openApiDocumentIsPublic() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists());
    }
}
