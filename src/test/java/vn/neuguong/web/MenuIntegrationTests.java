package vn.neuguong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/** The main menu offers each person the pages they can use, and only those. */
@IntegrationTest
class MenuIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoFixtures demo;

    @Test
    void aMemberIsNotOfferedThePagesOfStaffWhileStaffAre() throws Exception {
        assertThat(menu("dangvien.vanmieu1"))
                .containsExactly("/documents", "/meetings", "/study", "/notifications", "/account")
                .doesNotContain(
                        "/organizations",
                        "/members",
                        "/persons",
                        "/campaigns",
                        "/ballot-rounds",
                        "/supervision",
                        "/audit");
        assertThat(menu("vanmieu.vanphong"))
                .contains(
                        "/organizations",
                        "/members",
                        "/persons",
                        "/documents",
                        "/campaigns",
                        "/meetings",
                        "/ballot-rounds",
                        "/supervision",
                        "/audit",
                        "/account");
    }

    private List<String> menu(String username) throws Exception {
        String html = mvc.perform(
                        get("/documents").with(demo.signedIn(username)).accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html).select("#mainnav a").eachAttr("href");
    }
}
