package vn.neuguong.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** With {@code neuguong.security.behind-proxy=true}, an https request forwarded by the proxy is treated as https. */
@SpringBootTest(properties = "neuguong.security.behind-proxy=true")
@AutoConfigureMockMvc
@ActiveProfiles({"test", "seed"})
class BehindProxyIntegrationTests {

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse signIn(String forwardedProto) throws Exception {
        var request = post("/login")
                .param("username", "vanmieu.vanphong")
                .param("password", "NeuGuong@2024")
                .with(csrf());
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void anHttpsRequestFromTheProxyGetsASecureSessionCookieAndHsts() throws Exception {
        var response = signIn("https");

        assertThat(response.getHeader("Set-Cookie"))
                .contains("SESSION=")
                .contains("Secure")
                .contains("HttpOnly")
                .contains("SameSite=Lax");
        assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=");
        assertThat(response.getRedirectedUrl()).isEqualTo("/dashboard");
    }

    @Test
    void aPlainHttpRequestGetsNeitherSecureNorHsts() throws Exception {
        var response = signIn(null);

        assertThat(response.getHeader("Set-Cookie")).contains("SESSION=").doesNotContain("Secure");
        assertThat(response.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void redirectsDoNotCarryAForwardedOrHostileHost() throws Exception {
        var response = mvc.perform(get("/members")
                        .header("Host", "evil.example")
                        .header("X-Forwarded-Host", "evil.example")
                        .header("X-Forwarded-Proto", "https")
                        .accept("text/html"))
                .andReturn()
                .getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/login");
    }
}
