package vn.neuguong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/** The layout every page shares: a skip link, a menu that collapses on a phone and marks where the page is. */
@IntegrationTest
class LayoutIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoFixtures demo;

    @Test
    void skipLinkLeadsToTheMainContent() throws Exception {
        var page = page("/members");

        var skip = page.body().child(0);
        assertThat(skip.hasClass("skip-link")).isTrue();
        assertThat(skip.attr("href")).isEqualTo("#content");
        assertThat(skip.text()).isEqualTo("Bỏ qua, đến nội dung chính");
        assertThat(page.getElementById("content").selectFirst("main")).isNotNull();
    }

    @Test
    void menuItemOfThePageIsMarkedAsTheCurrentPage() throws Exception {
        var page = page("/members");

        assertThat(page.select("#mainnav a[aria-current]")).hasSize(1);
        assertThat(page.select("#mainnav a[href=/members]").attr("aria-current"))
                .isEqualTo("page");
    }

    @Test
    void menuItemOfTheSectionIsMarkedOnThePagesBelowIt() throws Exception {
        long id = demo.organization("Quận ủy Đống Đa");
        var page = page("/organizations/" + id);

        assertThat(page.select("#mainnav a[href=/organizations]").attr("aria-current"))
                .isEqualTo("true");
        assertThat(page.select("[aria-current=page]")).isEmpty();
    }

    @Test
    void menuToggleControlsTheMenuAndStartsClosed() throws Exception {
        var page = page("/dashboard");

        var toggle = page.selectFirst("button.menu-toggle");
        assertThat(toggle).isNotNull();
        assertThat(toggle.attr("aria-controls")).isEqualTo("mainnav");
        assertThat(toggle.attr("aria-expanded")).isEqualTo("false");
        assertThat(page.getElementById("mainnav").tagName()).isEqualTo("nav");
    }

    private Document page(String path) throws Exception {
        var html = mvc.perform(get(path).with(demo.signedIn("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }
}
