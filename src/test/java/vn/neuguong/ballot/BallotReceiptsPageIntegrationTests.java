package vn.neuguong.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/** The counting officer's receipts checklist and the slips printed from the round page. */
@IntegrationTest
class BallotReceiptsPageIntegrationTests {

    static final String STAFF = "vanmieu.vanphong";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoundDrafts drafts;

    @Autowired
    Slips slips;

    @Autowired
    BallotRounds rounds;

    @Autowired
    Closing closing;

    @Autowired
    Clock clock;

    @Autowired
    DemoFixtures demo;

    BallotFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new BallotFixtures(jdbc, drafts, slips, rounds, clock);
    }

    @Test
    void theCountingOfficerTicksWhoReceivedASlipAndTheStaffPrintSlipsAsOnePdf() throws Exception {
        var round = fixtures.openRound(1);
        long leader = fixtures.memberOf("bithu.vanmieu1");
        var before = page("/ballot-rounds/" + round.id() + "/receipts", STAFF);
        assertThat(before.select("#voter-" + leader + " button").text()).isEqualTo("Đã nhận");
        mvc.perform(post("/ballot-rounds/" + round.id() + "/receipts")
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .param("memberId", "" + leader)
                        .param("received", "true")
                        .param("page", "1"))
                .andExpect(status().is3xxRedirection());
        var after = page("/ballot-rounds/" + round.id() + "/receipts", STAFF);
        assertThat(after.select("#voter-" + leader).hasClass("done")).isTrue();
        assertThat(after.select("#voter-" + leader + " button").text()).isEqualTo("Bỏ đánh dấu");
        assertThat(page("/ballot-rounds/" + round.id(), STAFF)
                        .select("#slips-received")
                        .text())
                .isEqualTo("1");

        var pdf = mvc.perform(post("/ballot-rounds/" + round.id() + "/slips")
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .param("count", "3"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(page("/ballot-rounds/" + round.id(), STAFF)
                        .select("#slips-issued")
                        .text())
                .isEqualTo("3");
        var refused = Jsoup.parse(mvc.perform(post("/ballot-rounds/" + round.id() + "/slips")
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .param("count", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select("#count-error").text()).contains("2000");
        mvc.perform(get("/ballot-rounds/" + round.id() + "/receipts").with(demo.signedIn("dangvien.vanmieu1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyStaffPageResolvesItsTextsInVietnameseAndEnglish() throws Exception {
        var open = fixtures.openRound(1);
        var closed = fixtures.openRound(1);
        String code = fixtures.credentials(closed, 1).get(0);
        mvc.perform(post("/api/v1/ballot-rounds/" + closed.id() + "/ballots")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(fixtures.body(closed.id(), code, 2, "Gần dân")))
                .andExpect(status().isNoContent());
        var now = rounds.get(closed.id(), BallotAccess.everything());
        closing.close(closed.id(), now.version(), BallotFixtures.ADMIN, java.time.LocalDate.now(clock));
        for (String path : java.util.List.of(
                "/ballot-rounds",
                "/ballot-rounds/new?organizationId=" + fixtures.vanMieu(),
                "/ballot-rounds/" + open.id(),
                "/ballot-rounds/" + open.id() + "/edit",
                "/ballot-rounds/" + open.id() + "/receipts",
                "/ballot-rounds/" + closed.id(),
                "/ballot-rounds/" + closed.id() + "/results")) {
            for (String lang : new String[] {"vi", "en"}) {
                String html = mvc.perform(get(path).param("lang", lang).with(demo.signedIn(STAFF)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                assertThat(html).as(path + " in " + lang).doesNotContain("??");
            }
        }
    }

    Document page(String path, String username) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(demo.signedIn(username)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
