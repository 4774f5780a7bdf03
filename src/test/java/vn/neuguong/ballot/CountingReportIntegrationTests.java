package vn.neuguong.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/** The paper page a counting officer fills in, and the counting report as PDF and XLSX, to the round's staff only. */
@IntegrationTest
class CountingReportIntegrationTests {

    static final String STAFF = PaperBallotsIntegrationTests.STAFF;

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
    PaperBallots paper;

    @Autowired
    Clock clock;

    @Autowired
    DemoFixtures demo;

    BallotFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new BallotFixtures(jdbc, drafts, slips, rounds, clock);
    }

    /** A round closed with two paper ballots entered through the page, rated Tốt and Khá on every criterion. */
    private long countedRound() throws Exception {
        var round = fixtures.openRound(2);
        paper.record(round.id(), round.version(), new PaperBallots.CountsInput(3, 3, 1), BallotFixtures.ADMIN);
        var q = fixtures.questionnaire(round.id());
        var leader = q.leaders().get(0);
        for (int rating = 1; rating <= 2; rating++) {
            var request = post("/ballot-rounds/{id}/paper/ballots", round.id())
                    .with(demo.signedIn(STAFF))
                    .with(csrf())
                    .param("t-" + leader.id() + "-" + q.questions().get(0).id(), "Gương mẫu");
            for (var criterion : q.criteria()) {
                request.param("r-" + leader.id() + "-" + criterion.id(), String.valueOf(rating));
            }
            mvc.perform(request).andExpect(redirectedUrl("/ballot-rounds/" + round.id() + "/paper#entry"));
        }
        var open = rounds.find(round.id()).orElseThrow();
        closing.close(round.id(), open.version(), BallotFixtures.ADMIN, LocalDate.now(clock));
        return round.id();
    }

    private String leaderName(long roundId) {
        return fixtures.questionnaire(roundId).leaders().get(0).fullName();
    }

    @Test
    void thePaperPageShowsTheCountsAndTheEntryFormAndIsMissingToOthers() throws Exception {
        var round = fixtures.openRound(1);
        paper.record(round.id(), round.version(), new PaperBallots.CountsInput(5, 4, 1), BallotFixtures.ADMIN);
        String page = mvc.perform(get("/ballot-rounds/{id}/paper", round.id()).with(demo.signedIn(STAFF)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Phát ra 5, thu về 4, không hợp lệ 1; đã nhập 0, còn 3")
                .contains("Nhập một phiếu giấy")
                .contains(leaderName(round.id()))
                .contains("Tu dưỡng, rèn luyện đạo đức")
                .doesNotContain("??");
        String english = mvc.perform(get("/ballot-rounds/{id}/paper", round.id())
                        .param("lang", "en")
                        .with(demo.signedIn(STAFF)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english)
                .contains("4 returned, 1 invalid; 0 entered, 3 still to enter")
                .contains("Enter a paper ballot")
                .doesNotContain("??");
        mvc.perform(post("/ballot-rounds/{id}/paper/counts", round.id())
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .param("version", String.valueOf(round.version() + 1))
                        .param("issued", "5")
                        .param("returned", "6")
                        .param("invalid", "0"))
                .andExpect(redirectedUrl("/ballot-rounds/" + round.id() + "/paper#counts"));
        assertThat(paper.counts(rounds.find(round.id()).orElseThrow()).returned())
                .isEqualTo(4);
        mvc.perform(get("/ballot-rounds/{id}/paper", round.id()).with(demo.signedIn("bode.vanphong")))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePdfReportNamesTheOrganizationTheLeaderAndTheFigures() throws Exception {
        long round = countedRound();
        byte[] pdf = mvc.perform(
                        get("/ballot-rounds/{id}/counting-report.pdf", round).with(demo.signedIn(STAFF)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("BIÊN BẢN KIỂM PHIẾU")
                    .contains("Đảng ủy phường Văn Miếu")
                    .contains(leaderName(round))
                    .contains("Phiếu giấy 3 3 1 2 100.0 %")
                    .contains("Tu dưỡng, rèn luyện đạo đức (2 ý kiến)")
                    .contains("Tốt 1 50.0 %")
                    .contains("Kém 0 0.0 %");
        }
        mvc.perform(get("/ballot-rounds/{id}/counting-report.pdf", round).with(demo.signedIn("bode.vanphong")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/ballot-rounds/{id}/counting-report.pdf", round).with(demo.signedIn(STAFF)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
    }

    @Test
    void theWorkbookHoldsTheFiguresAndEachRatingsCountAsNumbers() throws Exception {
        long round = countedRound();
        byte[] xlsx = mvc.perform(get("/api/v1/ballot-rounds/{id}/counting-report.xlsx", round)
                        .with(demo.signedIn(STAFF)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var report = workbook.getSheetAt(0);
            assertThat(report.getRow(0).getCell(0).getStringCellValue()).isEqualTo("BIÊN BẢN KIỂM PHIẾU");
            boolean found = false;
            for (var row : report) {
                if (row.getCell(0) != null && "Phiếu giấy".equals(row.getCell(0).getStringCellValue())) {
                    assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(3);
                    assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1);
                    assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(2);
                    found = true;
                }
            }
            assertThat(found).isTrue();
            var results = workbook.getSheetAt(1);
            assertThat(results.getRow(1).getCell(0).getStringCellValue()).isEqualTo(leaderName(round));
            assertThat(results.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Tốt");
            assertThat(results.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1);
            assertThat(results.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(50.0);
            assertThat(results.getLastRowNum()).isEqualTo(8);
        }
        mvc.perform(get("/api/v1/ballot-rounds/{id}/counting-report.xlsx", round)
                        .with(demo.signedIn("bode.vanphong")))
                .andExpect(status().isNotFound());
    }
}
