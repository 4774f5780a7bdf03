package vn.neuguong.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/**
 * The demo's reports as the district reads them: the 2023 theme's first quarter with the wards whose report line is
 * done handed over (on those days, so the late ones late), one ward with no report, the others' drafts not counted,
 * Văn Miếu's corrected figure with its reason, a returned second-quarter report, the Quận ủy's own report adding
 * its wards up; and Thanh Xuân's interim review issued as its numbered report, fulfilling its INTERIM_REVIEW line.
 */
@IntegrationTest
class ReportDemoIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Test
    void theDistrictSeesItsWardsFirstQuarterAsTheCampaignRecordsIt() throws Exception {
        long template = jdbc.sql("SELECT id FROM report_template WHERE title = :t")
                .param("t", ReportDemoData.TITLE)
                .query(Long.class)
                .single();
        long district = demo.organization("Quận ủy Đống Đa");
        var page = Jsoup.parse(mvc.perform(get("/reports/aggregation")
                        .param("templateId", "" + template)
                        .param("organizationId", "" + district)
                        .param("periodStartsOn", "2023-01-01")
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        long done = count("""
                SELECT count(*) FROM obligation ob JOIN campaign_requirement r ON r.id = ob.requirement_id
                JOIN organization o ON o.id = ob.organization_id
                WHERE r.label = 'Quý 1/2023' AND o.parent_id = :d AND ob.fulfilled_on IS NOT NULL
                  AND ob.refines_obligation_id IS NULL AND o.closed_on IS NULL
                """, district);
        long late = count("""
                SELECT count(*) FROM report r WHERE r.template_id = :t AND r.period_starts_on = '2023-01-01'
                  AND r.status <> 'DRAFT' AND r.submitted_on > r.due_on AND r.organization_id <> :d
                """.replace(":t", "" + template), district);
        assertThat(done).isPositive();
        assertThat(late).as("some wards handed over late").isPositive();
        assertThat(page.getElementById("summary").text())
                .isEqualTo("21 đơn vị phải báo cáo · %d đã gửi · %d chưa gửi".formatted(done, 21 - done));
        List<String> missing =
                page.select("#children tr.missing td:first-child").eachText();
        assertThat(missing).hasSize((int) (21 - done));
        assertThat(page.select("#children tr.missing").stream()
                        .filter(r -> r.select("a").isEmpty()))
                .as("exactly one ward has no report at all; the others have a draft")
                .hasSize(1);
        assertThat(page.select("#children tr .late")).hasSize((int) late);
        var row = page.getElementById("child-" + demo.organization("Đảng ủy phường Văn Miếu"));
        assertThat(row.select("td").last().text()).isEqualTo("1");

        long summed = count("""
                SELECT coalesce(sum(v.value), 0) FROM report r JOIN report_value v ON v.report_id = r.id
                JOIN report_indicator i ON i.id = v.indicator_id
                WHERE r.period_starts_on = '2023-01-01' AND r.status IN ('SUBMITTED', 'ACCEPTED') AND i.position = 3
                  AND r.organization_id <> :d
                """, district);
        assertThat(page.select("#totals tbody tr").get(2).select("td").first().text())
                .isEqualTo(String.format(java.util.Locale.forLanguageTag("vi"), "%,d", summed)
                        .replace(',', '.'));

        assertThat(jdbc.sql(
                                "SELECT reason FROM report_value v JOIN report r ON r.id = v.report_id"
                                        + " WHERE r.organization_id = :o AND r.period_starts_on = '2023-01-01' AND v.reason IS NOT NULL")
                        .param("o", demo.organization("Đảng ủy phường Văn Miếu"))
                        .query(String.class)
                        .single())
                .contains("Hội nghị trực tuyến");
        assertThat(count("SELECT count(*) FROM report WHERE status = 'RETURNED' AND organization_id <> :d", district))
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT status FROM report WHERE organization_id = :d AND period_starts_on = '2023-01-01'")
                        .param("d", district)
                        .query(String.class)
                        .single())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void thanhXuansInterimReviewIsItsNumberedReportAndFulfilsTheLine() {
        var issued = jdbc.sql("""
                        SELECT v.status, d.number_text, d.type_code, v.issued_on::text, ob.fulfilled_on::text,
                               ob.evidence_document_id = v.document_id AS evidence
                        FROM report_review v JOIN document d ON d.id = v.document_id
                        JOIN obligation ob ON ob.campaign_id = v.campaign_id AND ob.kind = 'INTERIM_REVIEW'
                                          AND ob.organization_id = v.organization_id
                        WHERE v.title = :t
                        """)
                .param("t", ReviewDemoData.TITLE)
                .query((rs, n) -> List.of(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .single();
        assertThat(issued.get(0)).isEqualTo("ISSUED");
        assertThat(issued.get(1)).matches("\\d+-BC/QU");
        assertThat(issued.get(2)).isEqualTo("BC");
        assertThat(issued.get(3)).isEqualTo("2024-05-14");
        assertThat(issued.get(4)).isEqualTo("2024-05-14");
        assertThat(issued.get(5)).isEqualTo("t");
    }

    @Test
    void theAuditLogNamesReportsTemplatesAndReviews() throws Exception {
        for (var type : List.of("Report", "ReportTemplate", "Review")) {
            var page = Jsoup.parse(mvc.perform(get("/audit")
                            .param("entityType", type)
                            .with(demo.signedIn("admin"))
                            .cookie(new jakarta.servlet.http.Cookie("NG_LANG", "vi"))
                            .accept(MediaType.TEXT_HTML))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
            String text = page.select("main").text();
            assertThat(text).as(type).doesNotContainPattern("'#\\d+'");
            switch (type) {
                case "Report" ->
                    assertThat(text).contains("Quận ủy Đống Đa — " + ReportDemoData.TITLE + " — 01/01/2023–31/03/2023");
                case "ReportTemplate" -> assertThat(text).contains("Quận ủy Đống Đa — " + ReportDemoData.TITLE);
                default -> assertThat(text).contains("Quận ủy Thanh Xuân — " + ReviewDemoData.TITLE);
            }
        }
    }

    private long count(String sql, long district) {
        return jdbc.sql(sql).param("d", district).query(Long.class).single();
    }
}
