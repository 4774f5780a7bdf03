package vn.neuguong.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.neuguong.report.ReportFixtures.DISTRICT;
import static vn.neuguong.report.ReportFixtures.OTHER_WARD;
import static vn.neuguong.report.ReportFixtures.REPORTS;
import static vn.neuguong.report.ReportFixtures.WARD;
import static vn.neuguong.report.ReportFixtures.figures;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.neuguong.IntegrationTest;

/**
 * A ward's quarterly report through the API, as the district asks it for the 2023 theme: opened for the first
 * quarter (matched to the ward's "Quý 1/2023" obligation, due 28/4), filled in, handed over signed off by the head,
 * which fulfils that obligation and no other; returned by the district with a comment, corrected, handed over again
 * and accepted, every version kept; then final. The ward cannot decide on its own report, another ward does not see
 * it, and every bad figure is a 400 naming its field with nothing saved.
 */
@IntegrationTest
class ReportWorkflowIntegrationTests extends ReportTestSupport {

    @Test
    void aWardsReportIsHandedOverReturnedCorrectedAndAcceptedFulfillingItsQuartersObligation() {
        fixtures.rolledBack(() -> {
            long[] t = fixtures.quarterlyTemplate();
            long report = fixtures.open(t[0], fixtures.vanMieu(), "2023-01-01", WARD);
            var opened = fixtures.send(get(REPORTS + "/" + report), WARD, null, null)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("DRAFT"))
                    .andExpect(jsonPath("$.periodEndsOn").value("2023-03-31"))
                    .andExpect(jsonPath("$.dueOn").value("2023-04-28"))
                    .andExpect(jsonPath("$.aggregates").value(false))
                    .andExpect(jsonPath("$.figures.length()").value(3));
            long obligation = ((Number) ReportFixtures.read(opened, "$.obligationId")).longValue();
            assertThat(label(obligation)).isEqualTo("Quý 1/2023");
            reopen(obligation);

            fixtures.send(
                            put(REPORTS + "/" + report + "/figures"),
                            WARD,
                            0,
                            figures(t, 120L, 100L, 120L, "Đã quán triệt đến 100% chi bộ", null))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value(1))
                    .andExpect(jsonPath("$.figures[1].value").value(100))
                    .andExpect(jsonPath("$.figures[1].denominator").value(120))
                    .andExpect(jsonPath("$.figures[2].text").value("Đã quán triệt đến 100% chi bộ"));

            // the ward cannot decide on its own report: only the parent does
            fixtures.send(post(REPORTS + "/" + report + "/submission"), WARD, 1, "{\"signedBy\": \"Lê Văn Bình\"}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("SUBMITTED"))
                    .andExpect(jsonPath("$.submittedOn")
                            .value(LocalDate.now(vn.neuguong.web.TimeConfiguration.ZONE)
                                    .toString()))
                    .andExpect(jsonPath("$.late").value(true))
                    .andExpect(jsonPath("$.signedBy").value("Lê Văn Bình"));
            assertThat(fulfilled(obligation))
                    .as("the Q1 obligation is fulfilled")
                    .isTrue();
            assertThat(note(obligation)).contains("Báo cáo #" + report);
            assertThat(fulfilledByReport(report))
                    .as("the hand-over fulfils one obligation")
                    .isEqualTo(1);
            fixtures.send(post(REPORTS + "/" + report + "/acceptance"), WARD, 2, "{}")
                    .andExpect(status().isForbidden());
            fixtures.send(get(REPORTS + "/" + report), OTHER_WARD, null, null).andExpect(status().isNotFound());
            fixtures.send(post(REPORTS + "/" + report + "/submission"), WARD, 2, "{\"signedBy\": \"Lê Văn Bình\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("status"));

            fixtures.send(post(REPORTS + "/" + report + "/return"), DISTRICT, 2, "{\"comment\": \" \"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("comment"));
            fixtures.send(
                            post(REPORTS + "/" + report + "/return"),
                            DISTRICT,
                            2,
                            "{\"comment\": \"Tỷ lệ bài thu hoạch chưa khớp với danh sách chi bộ\"}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("RETURNED"))
                    .andExpect(jsonPath("$.comment").value("Tỷ lệ bài thu hoạch chưa khớp với danh sách chi bộ"));

            fixtures.send(
                            put(REPORTS + "/" + report + "/figures"),
                            WARD,
                            3,
                            figures(t, 120L, 96L, 120L, "Đã quán triệt đến 100% chi bộ", null))
                    .andExpect(status().isOk());
            fixtures.send(post(REPORTS + "/" + report + "/submission"), WARD, 4, "{\"signedBy\": \"Lê Văn Bình\"}")
                    .andExpect(status().isOk());
            fixtures.send(post(REPORTS + "/" + report + "/acceptance"), DISTRICT, 4, "{}")
                    .andExpect(status().isConflict());
            fixtures.send(post(REPORTS + "/" + report + "/acceptance"), DISTRICT, 5, "{}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("ACCEPTED"))
                    .andExpect(jsonPath("$.decidedBy").isNotEmpty());

            // final: no change, no hand-over
            fixtures.send(put(REPORTS + "/" + report + "/figures"), WARD, 6, figures(t, 1L, 1L, 1L, "x", null))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("status"));
            fixtures.send(post(REPORTS + "/" + report + "/submission"), WARD, 6, "{\"signedBy\": \"Lê Văn Bình\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("status"));

            fixtures.send(get(REPORTS + "/" + report + "/revisions"), DISTRICT, null, null)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(4))
                    .andExpect(jsonPath("$[0].status").value("SUBMITTED"))
                    .andExpect(jsonPath("$[0].figures[1].value").value(100))
                    .andExpect(jsonPath("$[1].status").value("RETURNED"))
                    .andExpect(jsonPath("$[1].comment").value("Tỷ lệ bài thu hoạch chưa khớp với danh sách chi bộ"))
                    .andExpect(jsonPath("$[2].figures[1].value").value(96))
                    .andExpect(jsonPath("$[3].status").value("ACCEPTED"));
        });
    }

    @Test
    void badFiguresAreNamedAndNothingIsSaved() {
        fixtures.rolledBack(() -> {
            long[] t = fixtures.quarterlyTemplate();
            long report = fixtures.open(t[0], fixtures.vanMieu(), "2023-04-01", WARD);
            fixtures.send(put(REPORTS + "/" + report + "/figures"), WARD, 0, figures(t, -1L, 130L, 120L, "a", null))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[?(@.field == 'figures[0].value')]")
                            .exists())
                    .andExpect(jsonPath("$.errors[?(@.field == 'figures[1].value')]")
                            .exists());
            fixtures.send(put(REPORTS + "/" + report + "/figures"), WARD, 0, figures(t, 5L, 5L, null, "a", null))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("figures[1].denominator"));
            fixtures.send(get(REPORTS + "/" + report), WARD, null, null)
                    .andExpect(jsonPath("$.version").value(0))
                    .andExpect(jsonPath("$.figures[0].value").isEmpty())
                    .andExpect(jsonPath("$.figures[2].text").isEmpty());

            // nothing entered yet: the hand-over names each missing figure
            fixtures.send(post(REPORTS + "/" + report + "/submission"), WARD, 0, "{\"signedBy\": \"Lê Văn Bình\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("figures[0].value"))
                    .andExpect(jsonPath("$.errors[1].field").value("figures[1].value"));
            fixtures.send(post(REPORTS + "/" + report + "/submission"), WARD, 0, "{\"signedBy\": \"\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("signedBy"));
            fixtures.send(get(REPORTS + "/" + report), WARD, null, null)
                    .andExpect(jsonPath("$.status").value("DRAFT"));

            // a second report of the same period, a day that starts no quarter, an organization outside the scope
            fixtures.send(
                            post(REPORTS),
                            WARD,
                            null,
                            "{\"templateId\": %d, \"organizationId\": %d, \"periodStartsOn\": \"2023-04-01\"}"
                                    .formatted(t[0], fixtures.vanMieu()))
                    .andExpect(status().isConflict());
            fixtures.send(
                            post(REPORTS),
                            WARD,
                            null,
                            "{\"templateId\": %d, \"organizationId\": %d, \"periodStartsOn\": \"2023-02-01\"}"
                                    .formatted(t[0], fixtures.vanMieu()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("periodStartsOn"));
            fixtures.send(
                            post(REPORTS),
                            WARD,
                            null,
                            "{\"templateId\": %d, \"organizationId\": %d, \"periodStartsOn\": \"2023-04-01\"}"
                                    .formatted(t[0], fixtures.quocTuGiam()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("organizationId"));
            fixtures.send(
                            post(REPORTS),
                            WARD,
                            null,
                            "{\"templateId\": %d, \"organizationId\": %d, \"periodStartsOn\": \"2099-01-01\"}"
                                    .formatted(t[0], fixtures.vanMieu()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("periodStartsOn"));
            assertThat(jdbc.sql("SELECT count(*) FROM report WHERE template_id = :t")
                            .param("t", t[0])
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        });
    }

    private String label(long obligation) {
        return jdbc.sql("SELECT r.label FROM obligation ob JOIN campaign_requirement r ON r.id = ob.requirement_id"
                        + " WHERE ob.id = :id")
                .param("id", obligation)
                .query(String.class)
                .single();
    }

    /** The demo data may have ticked the ward's line by hand: open it again, inside the rolled-back test. */
    private void reopen(long obligation) {
        jdbc.sql("""
                        UPDATE obligation SET fulfilled_on = NULL, evidence_document_id = NULL, note = NULL,
                               attachment_key = NULL, attachment_name = NULL, fulfilled_by = NULL
                        WHERE id = :id
                        """).param("id", obligation).update();
    }

    private boolean fulfilled(long obligation) {
        return jdbc.sql("SELECT fulfilled_on IS NOT NULL FROM obligation WHERE id = :id")
                .param("id", obligation)
                .query(Boolean.class)
                .single();
    }

    private String note(long obligation) {
        return jdbc.sql("SELECT note FROM obligation WHERE id = :id")
                .param("id", obligation)
                .query(String.class)
                .single();
    }

    private long fulfilledByReport(long report) {
        return jdbc.sql("SELECT count(*) FROM obligation WHERE note LIKE :note")
                .param("note", "Báo cáo #" + report + ":%")
                .query(Long.class)
                .single();
    }
}
