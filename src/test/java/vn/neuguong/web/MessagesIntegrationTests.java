package vn.neuguong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/** Every main page, in both languages, resolves all of its texts: a missing key shows as ??key_vi?? otherwise. */
@IntegrationTest
class MessagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoFixtures demo;

    @ParameterizedTest
    @CsvSource({
        "/dashboard",
        "/organizations",
        "/organizations/{dongDa}",
        "/members",
        "/members/import",
        "/documents",
        "/documents/new",
        "/ballot-rounds",
        "/campaigns",
        "/campaigns/new",
        "/notifications",
        "/notifications/preferences",
        "/audit",
        "/account",
        "/account/admin"
    })
    void pagesResolveEveryTextInVietnameseAndEnglish(String page) throws Exception {
        long dongDa = demo.organization("Quận ủy Đống Đa");
        String path = page.replace("{dongDa}", Long.toString(dongDa));
        for (String lang : new String[] {"vi", "en"}) {
            var response = mvc.perform(get(path).param("lang", lang).with(demo.signedIn("admin")))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(path + " in " + lang).isEqualTo(200);
            assertThat(response.getContentAsString()).as(path + " in " + lang).doesNotContain("??");
        }
    }
}
