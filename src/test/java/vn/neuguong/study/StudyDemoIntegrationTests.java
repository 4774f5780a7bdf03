package vn.neuguong.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.member.MemberCounting;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;

/** The demo's December 2024 round in the Văn Miếu cells, read back through the counts, the pages and the exports. */
@IntegrationTest
class StudyDemoIntegrationTests {

    static final LocalDate LAUNCHED = LocalDate.of(2024, 12, 11);
    static final LocalDate AFTER = LocalDate.of(2025, 3, 10);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    StudyCounts counts;

    @Autowired
    MemberCounting counting;

    long round;
    long vanMieu;
    long cell1;
    List<Long> cells;

    @BeforeEach
    void setUp() {
        var fixtures = new StudyFixtures(jdbc);
        round = fixtures.demoRound();
        vanMieu = demo.organization("Đảng ủy phường Văn Miếu");
        cell1 = fixtures.cellOf(fixtures.memberOf("dangvien.vanmieu1"));
        cells = jdbc.sql("SELECT id FROM organization WHERE parent_id = :w AND kind = 'CELL' AND closed_on IS NULL"
                        + " ORDER BY path")
                .param("w", vanMieu)
                .query(Long.class)
                .list();
    }

    @Test
    void theAudienceIsTheMembersExpectedOnTheLaunchDay() {
        for (long cell : cells) {
            long files = jdbc.sql("SELECT count(*) FROM study_file WHERE campaign_id = :c AND cell_id = :cell")
                    .param("c", round)
                    .param("cell", cell)
                    .query(Long.class)
                    .single();
            assertThat(files).as("cell %d", cell).isEqualTo(expectedOfTheDemo(cell));
        }
    }

    @Test
    void theCountsOfEachCellFollowTheDemoPattern() {
        var byCell = counts.bySubtree(round, vanMieu, AFTER, Scope.everything());
        assertThat(byCell).extracting(StudyCounts.Counts::organizationId).containsExactlyElementsOf(cells);
        for (var c : byCell) {
            long n = c.owed();
            assertThat(n).isEqualTo(expectedOfTheDemo(c.organizationId()));
            // by the members' order: on time, draft, returned, accepted, late, missing, and again
            assertThat(c.onTime()).isEqualTo(count(n, 0) + count(n, 2) + count(n, 3));
            assertThat(c.late()).isEqualTo(count(n, 4));
            assertThat(c.missing()).isEqualTo(count(n, 1) + count(n, 5));
            assertThat(c.accepted()).isEqualTo(count(n, 3));
            assertThat(c.pending()).isZero();
        }
        var ward = counts.total(round, vanMieu, AFTER, Scope.everything());
        assertThat(ward.owed())
                .isEqualTo(byCell.stream().mapToLong(StudyCounts.Counts::owed).sum());
        assertThat(ward.done())
                .isEqualTo(byCell.stream().mapToLong(StudyCounts.Counts::done).sum());
        var beforeDue = counts.total(round, cell1, LocalDate.of(2025, 2, 1), Scope.everything());
        assertThat(beforeDue.missing()).isZero();
        assertThat(beforeDue.pending()).isEqualTo(beforeDue.owed());
        var district = counts.bySubtree(
                round, demo.organization("Quận ủy Đống Đa"), AFTER, Scope.below(demo.organization("Quận ủy Đống Đa")));
        assertThat(district)
                .filteredOn(c -> c.organizationId() == vanMieu)
                .singleElement()
                .extracting(StudyCounts.Counts::late)
                .isEqualTo(ward.late());
    }

    /** How many of the members 0..n-1 have the rank {@code rank} in the pattern of six. */
    private static long count(long n, int rank) {
        return n / 6 + (n % 6 > rank ? 1 : 0);
    }

    @Test
    void theCountsAreAnsweredOnlyInsideTheScope() throws Exception {
        mvc.perform(get("/api/v1/study/counts")
                        .param("campaignId", "" + round)
                        .param("organizationId", "" + vanMieu)
                        .param("asOf", AFTER.toString())
                        .with(demo.signedIn("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(cells.size()));
        mvc.perform(get("/api/v1/study/counts")
                        .param("campaignId", "" + round)
                        .param("organizationId", "" + vanMieu)
                        .with(demo.signedIn("quoctugiam.vanphong")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSecretarysPageShowsEveryState() throws Exception {
        var html = mvc.perform(get("/study/cells/" + cell1)
                        .param("campaignId", "" + round)
                        .with(demo.signedIn("bithu.vanmieu1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var page = Jsoup.parse(html);
        var states = page.select("#cell-files tbody tr td:nth-child(2)").eachText();
        assertThat(states)
                .contains("Đã nộp", "Bản nháp", "Trả lại để sửa", "Đã duyệt", "Nộp muộn", "Chưa nộp, quá hạn")
                // the members owing the cell, and a member of the cell owing a host cell in temporary activity
                .hasSizeGreaterThanOrEqualTo((int) counting.expected(cell1, LAUNCHED));
        assertThat(page.select("#cell-files").text()).contains("Nguyễn Văn An");
        assertThat(page.getElementById("export-pdf").attr("href")).contains("format=pdf");
        var mine = Jsoup.parse(mvc.perform(get("/study").with(demo.signedIn("dangvien.vanmieu1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(mine.getElementById("campaign-" + round).text()).contains("Bản nháp", "28/02/2025");
    }

    @Test
    void theCellsReflectionsExportAsDocxAndPdfInVietnamese() throws Exception {
        byte[] docx = mvc.perform(get("/study/cells/" + cell1 + "/export")
                        .param("campaignId", "" + round)
                        .param("format", "docx")
                        .with(demo.signedIn("bithu.vanmieu1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText())
                    .contains("Nguyễn", "Chi bộ Tổ dân phố số 1", "Đảng ủy phường Văn Miếu", "kỷ nguyên vươn mình");
        }
        byte[] pdf = mvc.perform(get("/api/v1/study/cells/" + cell1 + "/export")
                        .param("campaignId", "" + round)
                        .param("format", "pdf")
                        .with(demo.signedIn("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Nguyễn", "Chi bộ Tổ dân phố số 1", "Đảng ủy phường Văn Miếu", "Chưa nộp bài thu hoạch");
        }
        mvc.perform(get("/study/cells/" + cell1 + "/export")
                        .param("campaignId", "" + round)
                        .param("format", "pdf")
                        .with(demo.signedIn("quoctugiam.vanphong")))
                .andExpect(status().isNotFound());
    }

    /**
     * The members of the demo expected at the cell on the launch day, by the counting rule: other tests of the shared
     * database add members (with old join dates) and standings to the demo's cells after the audience was fixed, so
     * only members that existed then (ids up to the last one of the round) are counted.
     */
    private long expectedOfTheDemo(long cell) {
        return jdbc.sql("SELECT count(*) FROM (" + MemberSql.expectedIn("CAST(:cell AS bigint)", "CAST(:day AS date)")
                        + ") e WHERE e.id <= (SELECT max(f.member_id) FROM study_file f WHERE f.campaign_id = :c)")
                .param("cell", cell)
                .param("day", LAUNCHED)
                .param("c", round)
                .query(Long.class)
                .single();
    }
}
