package vn.neuguong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/** The language links of every page lead to the same page with the same query, in the other language. */
@IntegrationTest
class LanguageSwitchIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoFixtures demo;

    @Test
    void theLanguageLinksKeepThePageAndItsQuery() throws Exception {
        String html = mvc.perform(get("/documents?q={q}&type=KH", "kỷ nguyên")
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .accept(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(html);
        String english = page.select("a[hreflang=en]").attr("href");
        String vietnamese = page.select("a[hreflang=vi]").attr("href");

        assertThat(english)
                .startsWith("/documents?")
                .contains("lang=en")
                .contains("type=KH")
                .contains("q=");
        assertThat(vietnamese).startsWith("/documents?").contains("lang=vi").contains("type=KH");
        assertThat(english).doesNotContain("lang=vi");
    }
}
