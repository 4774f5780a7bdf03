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

import org.junit.jupiter.api.Test;
import vn.neuguong.IntegrationTest;

/**
 * The district adds up its wards' first-quarter reports: the wards that owe the quarter's report are expected,
 * those that handed over are summed, the others listed as missing; a ratio is the summed numerators over the summed
 * denominators, never the average of the wards' percentages. The district's own report is proposed those sums, and
 * a figure it changes needs its reason, kept beside the proposal.
 */
@IntegrationTest
class ReportAggregationIntegrationTests extends ReportTestSupport {

    @Test
    void theDistrictSumsItsWardsAndRecomputesTheRatio() {
        fixtures.rolledBack(() -> {
            long[] t = fixtures.quarterlyTemplate();
            long vanMieu = fixtures.open(t[0], fixtures.vanMieu(), "2023-01-01", WARD);
            fixtures.send(put(REPORTS + "/" + vanMieu + "/figures"), WARD, 0, figures(t, 120L, 100L, 120L, "a", null))
                    .andExpect(status().isOk());
            fixtures.send(post(REPORTS + "/" + vanMieu + "/submission"), WARD, 1, "{\"signedBy\": \"Lê Văn Bình\"}")
                    .andExpect(status().isOk());
            long quocTuGiam = fixtures.open(t[0], fixtures.quocTuGiam(), "2023-01-01", OTHER_WARD);
            fixtures.send(
                            put(REPORTS + "/" + quocTuGiam + "/figures"),
                            OTHER_WARD,
                            0,
                            figures(t, 100L, 50L, 100L, "b", null))
                    .andExpect(status().isOk());
            // a draft is not summed until it is handed over
            long expected = wardsOwingTheFirstQuarter();
            assertThat(expected).isGreaterThanOrEqualTo(2);

            String aggregation = REPORTS + "/aggregation?templateId=" + t[0] + "&organizationId=" + fixtures.district()
                    + "&periodStartsOn=2023-01-01";
            fixtures.send(get(aggregation), DISTRICT, null, null)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.periodLabel").value("Quý I/2023"))
                    .andExpect(jsonPath("$.expected").value(expected))
                    .andExpect(jsonPath("$.handedOver").value(1))
                    .andExpect(jsonPath("$.missing").value(expected - 1))
                    .andExpect(jsonPath("$.totals[0].value").value(120))
                    .andExpect(jsonPath("$.totals[1].percent").value(83.3));

            fixtures.send(
                            post(REPORTS + "/" + quocTuGiam + "/submission"),
                            OTHER_WARD,
                            1,
                            "{\"signedBy\": \"Trần An\"}")
                    .andExpect(status().isOk());
            var summed = fixtures.send(get(aggregation), DISTRICT, null, null)
                    .andExpect(jsonPath("$.handedOver").value(2))
                    .andExpect(jsonPath("$.missing").value(expected - 2))
                    .andExpect(jsonPath("$.totals[0].value").value(220))
                    .andExpect(jsonPath("$.totals[1].value").value(150))
                    .andExpect(jsonPath("$.totals[1].denominator").value(220))
                    // 150 / 220 = 68.2 %, not the mean of 83.3 % and 50 % (66.7 %)
                    .andExpect(jsonPath("$.totals[1].percent").value(68.2))
                    .andExpect(jsonPath("$.totals[2].value").isEmpty())
                    .andExpect(
                            jsonPath("$.children[?(@.organizationId == %d)].handedOver".formatted(fixtures.vanMieu()))
                                    .value(true));
            java.util.List<Object> missing = ReportFixtures.read(summed, "$.children[?(@.handedOver == false)]");
            assertThat(missing).hasSize((int) expected - 2);

            // the district's own report is proposed the sums, and its corrections carry their reason
            long own = fixtures.open(t[0], fixtures.district(), "2023-01-01", DISTRICT);
            fixtures.send(get(REPORTS + "/" + own), DISTRICT, null, null)
                    .andExpect(jsonPath("$.aggregates").value(true))
                    .andExpect(jsonPath("$.figures[0].proposed").value(220))
                    .andExpect(jsonPath("$.figures[0].value").value(220))
                    .andExpect(jsonPath("$.figures[1].proposed").value(150))
                    .andExpect(jsonPath("$.figures[1].proposedDenominator").value(220));
            fixtures.send(put(REPORTS + "/" + own + "/figures"), DISTRICT, 0, figures(t, 230L, 150L, 220L, "c", null))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("figures[0].reason"));
            fixtures.send(
                            put(REPORTS + "/" + own + "/figures"),
                            DISTRICT,
                            0,
                            figures(t, 230L, 150L, 220L, "c", "Cộng thêm 10 đảng viên của chi bộ cơ quan"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.figures[0].proposed").value(220))
                    .andExpect(jsonPath("$.figures[0].value").value(230))
                    .andExpect(jsonPath("$.figures[0].corrected").value(true))
                    .andExpect(jsonPath("$.figures[0].reason").value("Cộng thêm 10 đảng viên của chi bộ cơ quan"))
                    .andExpect(jsonPath("$.figures[1].corrected").value(false));

            // a ward reads neither the district's aggregation nor its report
            fixtures.send(get(aggregation), WARD, null, null).andExpect(status().isNotFound());
            fixtures.send(get(REPORTS + "/" + own), WARD, null, null).andExpect(status().isNotFound());
        });
    }

    private long wardsOwingTheFirstQuarter() {
        return jdbc.sql("""
                        SELECT count(DISTINCT ob.organization_id) FROM obligation ob
                        JOIN campaign_requirement r ON r.id = ob.requirement_id
                        JOIN organization o ON o.id = ob.organization_id
                        WHERE ob.campaign_id = :c AND r.label = 'Quý 1/2023' AND o.parent_id = :district
                          AND o.closed_on IS NULL AND ob.refines_obligation_id IS NULL
                        """)
                .param("c", fixtures.theme2023())
                .param("district", fixtures.district())
                .query(Long.class)
                .single();
    }
}
