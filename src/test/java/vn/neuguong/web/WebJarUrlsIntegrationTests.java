package vn.neuguong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import vn.neuguong.IntegrationTest;

/** The WebJars' links carry their version; every other link of a page is left as the template wrote it. */
@IntegrationTest
class WebJarUrlsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Test
    void onlyTheWebJarsLinksAreRewritten() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/account/admin").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("script[src]").eachAttr("src"))
                .contains("/js/app.js", "/js/htmx.min.js", "/js/pickers.js")
                .anyMatch(src -> src.matches("/webjars/tom-select/\\d[^/]*/dist/js/tom-select\\.complete\\.min\\.js"));
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
                .contains("/css/app.css")
                .anyMatch(href -> href.matches("/webjars/tom-select/\\d[^/]*/dist/css/tom-select\\.min\\.css"));
        assertThat(page.select("a.brand").attr("href")).isEqualTo("/dashboard");
        assertThat(page.select("#mainnav a").eachAttr("href")).contains("/members", "/organizations", "/audit");
    }

    @Test
    void springBootsOwnFilterBacksOff() {
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class).values())
                .singleElement()
                .isInstanceOf(WebJarUrls.class);
    }
}
