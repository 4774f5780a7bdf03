package vn.neuguong.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/** Article 001's round as the demo loads it: 202 paper ballots issued and returned, counted, closed, followed up. */
@IntegrationTest
class BallotDemoIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    private long round() {
        return jdbc.sql("SELECT id FROM ballot_round WHERE title = :t AND period_label = :p")
                .param("t", BallotDemoData.TITLE)
                .param("p", BallotDemoData.PERIOD)
                .query(Long.class)
                .single();
    }

    @Test
    void theBoDeRoundReads202PapersIssuedAnd202ReturnedOnItsPageAndInTheApi() throws Exception {
        long round = round();
        String page = mvc.perform(get("/ballot-rounds/{id}/paper", round).with(demo.signedIn("bode.vanphong")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Phát ra 202, thu về 202, không hợp lệ 0; đã nhập 202, còn 0");

        mvc.perform(get("/api/v1/ballot-rounds/{id}/results", round).with(demo.signedIn("hanoi.tuyengiao")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.responses").value(202))
                .andExpect(jsonPath("$.turnout.paperIssued").value(202))
                .andExpect(jsonPath("$.turnout.paperReturned").value(202))
                .andExpect(jsonPath("$.turnout.totalPercent").value(100.0))
                .andExpect(jsonPath("$.leaders.length()").value(2))
                .andExpect(jsonPath("$.leaders[1].post").value("Chủ tịch UBND phường"))
                .andExpect(jsonPath("$.leaders[0].criteria[0].answered").value(202))
                .andExpect(jsonPath("$.leaders[0].criteria[0].shares[3].count").value(0))
                .andExpect(jsonPath("$.leaders[0].texts[0].answers", Matchers.not(Matchers.empty())));
        mvc.perform(get("/api/v1/ballot-rounds/{id}/paper", round).with(demo.signedIn("dongda.tuyengiao")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theRoundIsOrderedByTheDistrictUnder104AndFulfilsBoDesLineOfThe2022Campaign() throws Exception {
        long round = round();
        byte[] pdf = mvc.perform(
                        get("/ballot-rounds/{id}/counting-report.pdf", round).with(demo.signedIn("hanoi.tuyengiao")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("QUẬN ỦY LONG BIÊN")
                    .contains("Đảng ủy phường Bồ Đề")
                    .contains("104-KH/QU")
                    .contains("Phiếu giấy 202 202 0 202 100.0 %")
                    .contains("Chủ tịch UBND phường");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM ballot_measure WHERE round_id = :r AND done_on IS NOT NULL")
                        .param("r", round)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT recorded_by FROM ballot_conclusion WHERE round_id = :r")
                        .param("r", round)
                        .query(String.class)
                        .single())
                .isEqualTo("Ban Thường vụ Quận ủy Long Biên");
        var campaign = jdbc.sql("SELECT campaign_id FROM ballot_round WHERE id = :r")
                .param("r", round)
                .query(Long.class)
                .single();
        mvc.perform(get("/api/v1/campaigns/{id}", campaign).with(demo.signedIn("hanoi.tuyengiao")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requirements[0].kind").value("BALLOT_ROUND"));
        record Line(long organizationId, java.time.LocalDate fulfilledOn) {}
        var lines = jdbc.sql("SELECT organization_id, fulfilled_on FROM obligation WHERE campaign_id = :c")
                .param("c", campaign)
                .query(Line.class)
                .list();
        long ward = jdbc.sql("SELECT organization_id FROM ballot_round WHERE id = :r")
                .param("r", round)
                .query(Long.class)
                .single();
        assertThat(lines)
                .filteredOn(l -> l.organizationId() == ward)
                .extracting(Line::fulfilledOn)
                .containsExactly(BallotDemoData.DAY);
        assertThat(lines).filteredOn(l -> l.fulfilledOn() == null).isNotEmpty();
    }
}
