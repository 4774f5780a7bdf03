package vn.neuguong.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.neuguong.report.ReportFixtures.WARD;

import org.junit.jupiter.api.Test;
import vn.neuguong.IntegrationTest;

/**
 * Quận ủy Thanh Xuân's interim review of 01-KL/TW through the API: drafted with its exemplars and conclusions, its
 * figures those of its subtree over the period; issued as the committee's next numbered report of its term (type BC,
 * citing 01-KL/TW), which fulfils its INTERIM_REVIEW line dated by the issue and keeps the figures as issued; then
 * final. A ward does not see it, and bad input names its field with nothing saved.
 */
@IntegrationTest
class ReviewIntegrationTests extends ReportTestSupport {

    static final String REVIEWS = "/api/v1/reviews";
    static final String CITY = "hanoi.tuyengiao";

    @Test
    void theInterimReviewIsIssuedAsTheCommitteesNextReportAndFulfilsItsLine() {
        fixtures.rolledBack(() -> {
            long district = fixtures.organization("Quận ủy Thanh Xuân");
            long campaign = jdbc.sql("SELECT id FROM campaign WHERE title = :t")
                    .param("t", ReviewDemoData.CAMPAIGN)
                    .query(Long.class)
                    .single();
            long line = jdbc.sql("SELECT id FROM obligation WHERE campaign_id = :c AND organization_id = :o"
                            + " AND kind = 'INTERIM_REVIEW'")
                    .param("c", campaign)
                    .param("o", district)
                    .query(Long.class)
                    .single();
            jdbc.sql("UPDATE obligation SET fulfilled_on = NULL, evidence_document_id = NULL, note = NULL,"
                            + " fulfilled_by = NULL WHERE id = :id")
                    .param("id", line)
                    .update();
            int before = jdbc.sql("SELECT count(*) FROM document WHERE issuer_id = :o AND type_code = 'BC'")
                    .param("o", district)
                    .query(Integer.class)
                    .single();
            String draft = """
                    {"campaignId": %d, "organizationId": %d, "kind": "INTERIM",
                     "title": "Báo cáo sơ kết việc thực hiện Kết luận 01-KL/TW năm 2024",
                     "periodStartsOn": "2021-06-01", "periodEndsOn": "2024-06-30",
                     "conclusions": "Đã trở thành đợt sinh hoạt chính trị sâu rộng.",
                     "exemplars": [{"kind": "COLLECTIVE", "name": "Đảng ủy phường Nhân Chính",
                                    "achievement": "Sân khấu hóa Chuyên đề"},
                                   {"kind": "INDIVIDUAL", "name": "Nguyễn Thị Hà"}]}
                    """.formatted(campaign, district);
            var created = fixtures.send(post(REVIEWS), CITY, null, draft)
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.status").value("DRAFT"))
                    .andExpect(jsonPath("$.exemplars.length()").value(2))
                    .andExpect(jsonPath("$.exemplars[1].kind").value("INDIVIDUAL"))
                    .andExpect(jsonPath("$.figures[?(@.key == 'campaign.obligationsDue')]")
                            .exists());
            long id = ReportFixtures.id(created);
            fixtures.send(get(REVIEWS + "/" + id), WARD, null, null).andExpect(status().isNotFound());
            // a list does not count a draft's subtree: its figures come with the draft itself, or once issued
            var listed =
                    fixtures.send(get(REVIEWS + "?size=200"), CITY, null, null).andExpect(status().isOk());
            java.util.List<Object> draftFigures =
                    ReportFixtures.read(listed, "$.items[?(@.id == %d)].figures[*]".formatted(id));
            java.util.List<Object> issuedFigures =
                    ReportFixtures.read(listed, "$.items[?(@.status == 'ISSUED')].figures[*]");
            assertThat(draftFigures).isEmpty();
            assertThat(issuedFigures).isNotEmpty();

            fixtures.send(post(REVIEWS + "/" + id + "/issue"), CITY, 0, "{\"issuedOn\": \"2024-06-28\"}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("ISSUED"))
                    .andExpect(jsonPath("$.issuedOn").value("2024-06-28"))
                    .andExpect(jsonPath("$.documentNumber").value("%02d-BC/QU".formatted(before + 1)));
            var evidence = jdbc.sql("SELECT fulfilled_on::text || ' ' || (evidence_document_id = (SELECT document_id"
                            + " FROM report_review WHERE id = :r)) FROM obligation WHERE id = :id")
                    .param("r", id)
                    .param("id", line)
                    .query(String.class)
                    .single();
            assertThat(evidence).isEqualTo("2024-06-28 true");
            assertThat(jdbc.sql("SELECT d.summary || ' | ' || d.body_html FROM document d JOIN report_review v"
                                    + " ON v.document_id = d.id WHERE v.id = :r")
                            .param("r", id)
                            .query(String.class)
                            .single())
                    .contains("Báo cáo sơ kết việc thực hiện Kết luận 01-KL/TW năm 2024")
                    .contains("Đảng ủy phường Nhân Chính")
                    .contains("Đã trở thành đợt sinh hoạt chính trị sâu rộng.");

            fixtures.send(post(REVIEWS + "/" + id + "/issue"), CITY, 1, "{\"issuedOn\": \"2024-06-29\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("status"));
            fixtures.send(put(REVIEWS + "/" + id), CITY, 1, draft)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("status"));
        });
    }

    @Test
    void badInputIsNamedAndNothingIsSaved() {
        fixtures.rolledBack(() -> {
            long district = fixtures.organization("Quận ủy Thanh Xuân");
            long campaign = jdbc.sql("SELECT id FROM campaign WHERE title = :t")
                    .param("t", ReviewDemoData.CAMPAIGN)
                    .query(Long.class)
                    .single();
            int before = jdbc.sql("SELECT count(*) FROM report_review")
                    .query(Integer.class)
                    .single();
            String backwards = """
                    {"campaignId": %d, "organizationId": %d, "kind": "FINAL", "title": "Tổng kết",
                     "periodStartsOn": "2024-06-30", "periodEndsOn": "2021-06-01"}
                    """.formatted(campaign, district);
            fixtures.send(post(REVIEWS), CITY, null, backwards)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("periodEndsOn"));
            fixtures.send(post(REVIEWS), WARD, null, backwards.replace("2024-06-30", "2021-01-01"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("organizationId"));
            fixtures.send(post(REVIEWS), CITY, null, backwards.replace("\"FINAL\"", "\"SOMETIMES\""))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("kind"));
            fixtures.send(
                            post(REVIEWS),
                            CITY,
                            null,
                            backwards.replace("\"Tổng kết\"", "\"\"").replace("2024-06-30", "2021-01-01"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("title"));
            assertThat(jdbc.sql("SELECT count(*) FROM report_review")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(before);
            fixtures.send(get(REVIEWS + "/999999"), CITY, null, null).andExpect(status().isNotFound());
        });
    }
}
