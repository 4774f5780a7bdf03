package vn.neuguong.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.neuguong.IntegrationTest;
import vn.neuguong.shared.Role;

/** The account list and the token list come a page at a time, as every list does. */
@IntegrationTest
class AccountListPagingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** Two accounts whose display names share a word made for this test; returns that word. */
    private String twoAccounts() {
        String marker = "tk" + System.nanoTime();
        for (String which : List.of("a", "b")) {
            accounts.create(
                    new Accounts.NewAccount(
                            marker + "." + which,
                            "Trần Thị Hương " + marker,
                            null,
                            null,
                            List.of(new Accounts.Grant(Role.ADMIN, null))),
                    "{noop}unused");
        }
        return marker;
    }

    private String firstUsername(String q, int page) throws Exception {
        return mvc.perform(get("/api/v1/accounts")
                        .param("q", q)
                        .param("page", String.valueOf(page))
                        .param("size", "1")
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.page").value(page))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("(?s).*?\"username\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void theAccountApiAnswersPagesInUsernameOrder() throws Exception {
        String marker = twoAccounts();

        assertThat(firstUsername(marker, 1)).isEqualTo(marker + ".a");
        assertThat(firstUsername(marker, 2)).isEqualTo(marker + ".b");
    }

    @Test
    void searchFindsAnAccountByPartOfItsDisplayNameIgnoringDiacriticsAndCase() throws Exception {
        String marker = twoAccounts();

        mvc.perform(get("/api/v1/accounts").param("q", "THI HUONG " + marker).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].displayName").value("Trần Thị Hương " + marker))
                .andExpect(jsonPath("$.items[0].roles[0].role").value("ADMIN"));
        mvc.perform(get("/api/v1/accounts").param("q", marker + ".b").with(as("admin")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].username").value(marker + ".b"));
        mvc.perform(get("/api/v1/accounts").param("q", "nobody " + marker).with(as("admin")))
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void aPageOrSizeOutsideTheRangeAnswers400NamingTheField() throws Exception {
        for (String path : List.of("/api/v1/accounts", "/api/v1/tokens")) {
            mvc.perform(get(path).param("page", "0").with(as("admin")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("page"));
            mvc.perform(get(path).param("size", "500").with(as("admin")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("size"));
        }
        mvc.perform(get("/api/v1/accounts").param("size", "200").with(as("admin")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/tokens").param("size", "101").with(as("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/account/admin").param("page", "0").with(as("admin"))).andExpect(status().isBadRequest());
    }

    private Document adminPage(String q, int page) throws Exception {
        return Jsoup.parse(mvc.perform(get("/account/admin")
                        .param("lang", "en")
                        .param("q", q)
                        .param("page", String.valueOf(page))
                        .param("size", "1")
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theAdminPageShowsWhichAccountsOfHowManyAndLinksToTheOtherPagesKeepingTheSearch() throws Exception {
        String marker = twoAccounts();

        var first = adminPage(marker, 1);
        assertThat(first.select("#account-list .range").text()).isEqualTo("1–1 of 2");
        assertThat(first.select("#accounts tbody tr").text())
                .contains(marker + ".a")
                .doesNotContain(marker + ".b");
        assertThat(first.select(".pager a[rel=prev]")).isEmpty();
        assertThat(first.select(".pager a[rel=next]").attr("href"))
                .contains("q=" + marker)
                .contains("page=2");
        assertThat(first.select(".pager").text()).contains("Page 1 of 2");

        var second = adminPage(marker, 2);
        assertThat(second.select("#account-list .range").text()).isEqualTo("2–2 of 2");
        assertThat(second.select("#accounts tbody tr").text()).contains(marker + ".b");
        assertThat(second.select(".pager a[rel=next]")).isEmpty();
        assertThat(second.select(".pager a[rel=prev]").attr("href"))
                .contains("q=" + marker)
                .contains("page=1");

        var none = adminPage("nobody " + marker, 1);
        assertThat(none.select("#account-list").text()).contains("No account matches.");
        assertThat(none.select(".pager")).isEmpty();
    }

    private void createToken(String username, String name) throws Exception {
        mvc.perform(post("/api/v1/tokens")
                        .with(as(username))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"expiresOn\":\""
                                + LocalDate.now().plusDays(30) + "\"}"))
                .andExpect(status().isCreated());
    }

    private String tokenName(String username, int page) throws Exception {
        return mvc.perform(get("/api/v1/tokens")
                        .param("page", String.valueOf(page))
                        .param("size", "1")
                        .with(as(username)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("(?s).*?\"name\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void theTokenApiAnswersPagesNewestFirstAndMyAccountPagesItsTokens() throws Exception {
        String owner = twoAccounts() + ".a";
        createToken(owner, "older");
        createToken(owner, "newer");

        assertThat(tokenName(owner, 1)).isEqualTo("newer");
        assertThat(tokenName(owner, 2)).isEqualTo("older");
        mvc.perform(get("/api/v1/tokens").with(as(owner)))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains("newer", "older")));

        var page = Jsoup.parse(mvc.perform(get("/account").param("lang", "en").with(as(owner)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#tokens .range").text()).isEqualTo("1–2 of 2");
        assertThat(page.select("#token-list tbody tr")).hasSize(2);
        assertThat(page.select("#tokens .pager")).isEmpty();
    }

    @Test
    void theApiDocumentNamesBothPagesAndTheirLimits() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                                "$.paths['/api/v1/accounts'].get.responses['200'].content['application/json'].schema.$ref")
                        .value("#/components/schemas/PageAccountView"))
                .andExpect(jsonPath(
                                "$.paths['/api/v1/tokens'].get.responses['200'].content['application/json'].schema.$ref")
                        .value("#/components/schemas/PageTokenView"))
                .andExpect(jsonPath("$.paths['/api/v1/accounts'].get.parameters[?(@.name == 'size')].schema.maximum")
                        .value(org.hamcrest.Matchers.contains(200)))
                .andExpect(jsonPath("$.paths['/api/v1/tokens'].get.parameters[?(@.name == 'size')].schema.maximum")
                        .value(org.hamcrest.Matchers.contains(100)))
                .andExpect(jsonPath("$.components.schemas.PageAccountView.properties.items.items.$ref")
                        .value("#/components/schemas/AccountView"));
    }
}
